import '#test/jest/installLabels';
import { createElement } from 'lwc';
import KpiForm from 'c/kpiForm';
import {
    byLabel,
    change,
    flush,
    formButton,
    removeAll,
    shadow,
    spyOnValidity,
    validityMessages
} from '../../opportunityOutcomes/__tests__/outcomesTestSupport';

async function mount(): Promise<HTMLElement> {
    const element = createElement('c-kpi-form', { is: KpiForm });
    Object.assign(element, { goalId: 'a0BG' });
    document.body.appendChild(element);
    await flush();
    return element;
}

function fill(r: ShadowRoot, values: Record<string, string>): void {
    for (const [label, value] of Object.entries(values)) {
        const control = label === 'Direction' ? byLabel(r, 'lightning-combobox', label) : byLabel(r, 'lightning-input', label);
        change(control, { value });
    }
}

describe('c-kpi-form', () => {
    afterEach(removeAll);

    const valid = {
        'KPI Name': 'First-contact resolution',
        Unit: '%',
        Direction: 'Increase',
        'Baseline Value': '62',
        'Baseline Date': '2026-01-01',
        'Target Value': '80',
        'Target Date': '2026-08-20'
    };

    it('emits a typed KPI for its goal', async () => {
        const element = await mount();
        const seen: unknown[] = [];
        element.addEventListener('save', (event) => seen.push(Reflect.get(event, 'detail')));
        const r = shadow(element);
        fill(r, valid);
        formButton(r, 'save').click();
        await flush();
        expect(seen).toEqual([
            {
                id: null,
                goalId: 'a0BG',
                name: 'First-contact resolution',
                unit: '%',
                direction: 'Increase',
                baselineValue: 62,
                baselineDate: '2026-01-01',
                targetValue: 80,
                targetDate: '2026-08-20',
                source: null
            }
        ]);
        await expect(element).toBeAccessible();
    });

    it('puts each rule on its field: target side, date order, missing baseline date, precision', async () => {
        const element = await mount();
        const r = shadow(element);
        const validity = spyOnValidity(r);
        fill(r, { ...valid, 'Target Value': '50.12345', 'Baseline Date': '' });
        formButton(r, 'save').click();
        await flush();
        expect(validityMessages(validity)).toEqual({
            'Baseline Date': expect.stringContaining('Enter the baseline date'),
            'Target Value': 'Use at most 4 decimal places.'
        });
        fill(r, { 'Target Value': '50', 'Baseline Date': '2026-01-01', 'Target Date': '2025-12-01' });
        formButton(r, 'save').click();
        await flush();
        expect(validityMessages(validity)).toEqual({
            'Target Value': expect.stringContaining('This is an Increase KPI (higher is better)'),
            'Target Date': expect.stringContaining('Target date must be after the baseline date')
        });
        await expect(element).toBeAccessible();
    });
});
