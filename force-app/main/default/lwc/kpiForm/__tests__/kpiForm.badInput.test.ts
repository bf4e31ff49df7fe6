import '#test/jest/installLabels';
import { createElement } from 'lwc';
import KpiForm from 'c/kpiForm';
import { flush, removeAll } from '../../opportunityOutcomes/__tests__/outcomesTestSupport';
import { EMOJI_RTL, LONG_TEXT, MARKUP, MESSAGES, accepted, probeForm, refused } from '../../outcomesFormBase/__tests__/badInputSupport';
import type { FormProbe } from '../../outcomesFormBase/__tests__/badInputSupport';

/**
 * Issue #11's bad inputs on the KPI form (Customer_KPI__c: Name text 80 required, Unit text 20,
 * Direction required, Baseline and Target value Number(18, 4), their dates, and the KPI
 * validation rules), through the real form and the real c/outcomesValidation. Each refused input:
 * its message on the field, everything typed still there, no `save` event. Each acceptable one:
 * the `save` event carries it unchanged.
 *
 * Not applicable here: negative where not allowed (baseline and target may be below zero, such as
 * a net margin; no rule forbids it, so the test below shows a negative is kept exactly), dates in
 * the future (a target date lies ahead by nature; no rule limits either date).
 */
const NAME = 'KPI Name';
const UNIT = 'Unit';
const DIRECTION = 'Direction';
const BASELINE = 'Baseline Value';
const BASELINE_DATE = 'Baseline Date';
const TARGET = 'Target Value';
const TARGET_DATE = 'Target Date';

const VALID: Record<string, string> = {
    [NAME]: 'Days sales outstanding',
    [UNIT]: 'days',
    [DIRECTION]: 'Decrease',
    [BASELINE]: '60',
    [BASELINE_DATE]: '2026-01-05',
    [TARGET]: '40',
    [TARGET_DATE]: '2026-12-17'
};

async function mount(values: Record<string, string> = VALID): Promise<FormProbe> {
    const element = createElement('c-kpi-form', { is: KpiForm });
    Object.assign(element, { goalId: 'a0BG' });
    document.body.appendChild(element);
    await flush();
    const form = probeForm(element);
    for (const [label, value] of Object.entries(values)) form.type(label, value);
    return form;
}

const DECREASE_TARGET =
    'This is a Decrease KPI (lower is better), so the target must be below the baseline. Lower the target, or set Direction to Increase if higher is better.';
const INCREASE_TARGET =
    'This is an Increase KPI (higher is better), so the target must be above the baseline. Raise the target, or set Direction to Decrease if lower is better.';
const TARGET_EQUALS_BASELINE =
    'Target must differ from baseline: progress is measured from the baseline to the target. Enter a target above the baseline for an Increase KPI, or below it for a Decrease KPI.';
const TARGET_DATE_AFTER = 'Target date must be after the baseline date. Choose a later target date, or correct the baseline date.';
const BASELINE_DATE_REQUIRED = 'Enter the baseline date: the date the baseline value was measured. Progress over time is counted from it.';

describe('c-kpi-form: bad input', () => {
    afterEach(removeAll);

    it('text in a number field: words in the baseline, markup in the target', async () => {
        const form = await mount({ ...VALID, [BASELINE]: 'sixty', [TARGET]: MARKUP });
        expect(await form.attempt([BASELINE, TARGET, NAME])).toEqual(
            refused(
                { [BASELINE]: MESSAGES.notNumber, [TARGET]: MESSAGES.notNumber },
                { [BASELINE]: 'sixty', [TARGET]: MARKUP, [NAME]: VALID[NAME] }
            )
        );
    });

    it('numbers beyond the precision of Number(18, 4): 15 digits before the point, 5 decimals, 18 digits a double rounds', async () => {
        const form = await mount({ ...VALID, [BASELINE]: '123456789012345', [TARGET]: '40.12345' });
        expect(await form.attempt([BASELINE, TARGET])).toEqual(
            refused(
                { [BASELINE]: MESSAGES.tooLarge(14), [TARGET]: MESSAGES.decimals(4) },
                { [BASELINE]: '123456789012345', [TARGET]: '40.12345' }
            )
        );
        // Fits the field; as a double it would reach the org as 12345678901234.568.
        form.type(BASELINE, '12345678901234.5678');
        form.type(TARGET, '40');
        expect(await form.attempt([BASELINE])).toEqual(refused({ [BASELINE]: MESSAGES.notExact }, { [BASELINE]: '12345678901234.5678' }));
    });

    it('negative values: allowed for a KPI (no rule forbids them) and saved exactly', async () => {
        const form = await mount({ ...VALID, [BASELINE]: '-2.5', [TARGET]: '-10.0001' });
        expect(await form.attempt()).toEqual(accepted({ baselineValue: -2.5, targetValue: -10.0001 }));
    });

    it('date before the baseline: a target date before (or on) the baseline date', async () => {
        const form = await mount({ ...VALID, [TARGET_DATE]: '2025-12-31' });
        expect(await form.attempt([TARGET_DATE, BASELINE_DATE])).toEqual(
            refused({ [TARGET_DATE]: TARGET_DATE_AFTER }, { [TARGET_DATE]: '2025-12-31', [BASELINE_DATE]: '2026-01-05' })
        );
        form.type(TARGET_DATE, '2026-01-05');
        expect(await form.attempt([TARGET_DATE])).toEqual(refused({ [TARGET_DATE]: TARGET_DATE_AFTER }, { [TARGET_DATE]: '2026-01-05' }));
    });

    it('target on the wrong side of the baseline: above it on a Decrease KPI, below it on an Increase KPI, equal to it', async () => {
        const form = await mount({ ...VALID, [TARGET]: '70' });
        expect(await form.attempt([TARGET, BASELINE])).toEqual(
            refused({ [TARGET]: DECREASE_TARGET }, { [TARGET]: '70', [BASELINE]: '60' })
        );
        form.type(DIRECTION, 'Increase');
        form.type(TARGET, '50');
        expect(await form.attempt([TARGET, DIRECTION])).toEqual(
            refused({ [TARGET]: INCREASE_TARGET }, { [TARGET]: '50', [DIRECTION]: 'Increase' })
        );
        form.type(TARGET, '60.0');
        expect(await form.attempt([TARGET])).toEqual(refused({ [TARGET]: TARGET_EQUALS_BASELINE }, { [TARGET]: '60.0' }));
    });

    it('blank required fields: name and direction, and a baseline value without its date', async () => {
        const form = await mount({ ...VALID, [NAME]: ' ', [DIRECTION]: '', [BASELINE_DATE]: '' });
        expect(await form.attempt([NAME, BASELINE, TARGET])).toEqual(
            refused(
                { [NAME]: MESSAGES.required, [DIRECTION]: MESSAGES.required, [BASELINE_DATE]: BASELINE_DATE_REQUIRED },
                { [NAME]: ' ', [BASELINE]: '60', [TARGET]: '40' }
            )
        );
    });

    it('32,000-character text: refused in the 80-character name and the 20-character unit', async () => {
        const form = await mount({ ...VALID, [NAME]: LONG_TEXT, [UNIT]: LONG_TEXT });
        expect(await form.attempt([NAME, UNIT])).toEqual(
            refused({ [NAME]: MESSAGES.tooLong(80), [UNIT]: MESSAGES.tooLong(20) }, { [NAME]: LONG_TEXT, [UNIT]: LONG_TEXT })
        );
    });

    it('emoji and right-to-left text: saved exactly as typed in the name and the unit', async () => {
        const form = await mount({ ...VALID, [NAME]: EMOJI_RTL, [UNIT]: 'يوم 📅' });
        expect(await form.attempt()).toEqual(accepted({ name: EMOJI_RTL, unit: 'يوم 📅' }));
    });

    it('markup and script text: saved as the text typed in the name and the unit', async () => {
        const form = await mount({ ...VALID, [NAME]: `DSO ${MARKUP}`, [UNIT]: '<b>days</b>' });
        expect(await form.attempt()).toEqual(accepted({ name: `DSO ${MARKUP}`, unit: '<b>days</b>' }));
    });

    it('pasted thousand separators (en-US): "1,250.5" and "12,000" are understood; a misplaced separator is refused', async () => {
        const form = await mount({ ...VALID, [DIRECTION]: 'Increase', [BASELINE]: '1,250.5', [TARGET]: '12,00' });
        expect(await form.attempt([BASELINE, TARGET])).toEqual(
            refused({ [TARGET]: MESSAGES.notNumber }, { [BASELINE]: '1,250.5', [TARGET]: '12,00' })
        );
        form.type(TARGET, '12,000');
        expect(await form.attempt()).toEqual(accepted({ baselineValue: 1250.5, targetValue: 12000 }));
    });
});
