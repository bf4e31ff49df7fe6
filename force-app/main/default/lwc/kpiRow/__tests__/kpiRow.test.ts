import '#test/jest/installLabels';
import { createElement } from 'lwc';
import KpiRow from 'c/kpiRow';
import { mapKpi } from 'c/outcomesMappers';
import { flush, one, removeAll, shadow, text } from '../../opportunityOutcomes/__tests__/outcomesTestSupport';
import type { KpiView } from 'c/outcomesMappers';

const kpi = mapKpi({
    Id: 'a0CHs0000000091AAE',
    Name: { value: 'Days sales outstanding' },
    Unit__c: { value: 'days' },
    Direction__c: { value: 'Decrease', displayValue: 'Decrease' },
    Baseline_Value__c: { value: 60 },
    Baseline_Date__c: { value: '2025-12-12', displayValue: '12/12/2025' },
    Target_Value__c: { value: 40 },
    Target_Date__c: { value: '2026-12-17', displayValue: '12/17/2026' },
    Current_Value__c: { value: 58 },
    Current_As_Of__c: { value: '2026-01-25', displayValue: '1/25/2026' },
    Progress__c: { value: 10, displayValue: '10.0%' },
    KPI_Status__c: { value: 'On track' }
});

async function mount(props: Record<string, unknown>): Promise<HTMLElement> {
    const element = createElement('c-kpi-row', { is: KpiRow });
    Object.assign(element, { kpi, ...props });
    document.body.appendChild(element);
    await flush();
    return element;
}

describe('c-kpi-row', () => {
    afterEach(removeAll);

    it('shows direction, baseline, current and target with dates and unit, and the status in words', async () => {
        const element = await mount({});
        const r = shadow(element);
        expect(text(one(r, '.kpi-name'))).toBe('Days sales outstanding');
        expect(text(one(r, '.kpi-direction'))).toBe('Lower is better');
        expect(text(one(r, '.kpi-baseline'))).toBe('60 days on 12/12/2025');
        expect(text(one(r, '.kpi-current'))).toBe('58 days as of 1/25/2026');
        expect(text(one(r, '.kpi-target'))).toBe('40 days by 12/17/2026');
        expect(Reflect.get(one(r, '.kpi-status'), 'label')).toBe('On track');
        expect(r.querySelector('.edit-kpi')).toBeNull();
        expect(r.querySelector('c-kpi-progress-bar')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows progress and an edit button named after the KPI when asked', async () => {
        const element = await mount({ editable: true, showProgress: true });
        const r = shadow(element);
        const edits: unknown[] = [];
        element.addEventListener('editkpi', (event) => edits.push(Reflect.get(event, 'detail')));
        const edit = one(r, '.edit-kpi');
        expect(Reflect.get(edit, 'alternativeText')).toBe('Edit KPI Days sales outstanding');
        edit.click();
        expect(edits).toEqual([{ kpiId: 'a0CHs0000000091AAE' }]);
        expect(Reflect.get(one(r, 'c-kpi-progress-bar'), 'progress')).toBe(10);
        await expect(element).toBeAccessible();
    });

    it.each([
        ['Achieved', 'utility:success'],
        ['On track', 'utility:check'],
        ['At risk', 'utility:warning'],
        ['Off track', 'utility:error'],
        ['Not measured', 'utility:clock'],
        ['Missing baseline or target', 'utility:info']
    ])('%s: the status in words and its own icon, not colour alone', async (status, icon) => {
        const element = await mount({ kpi: { ...kpi, ...statusOf(status) } });
        const badge = one(shadow(element), '.kpi-status');
        expect(Reflect.get(badge, 'label')).toBe(status);
        expect(Reflect.get(badge, 'iconName')).toBe(icon);
        await expect(element).toBeAccessible();
    });
});

/** The status fields mapKpi derives from a KPI_Status__c value. */
function statusOf(status: string): Pick<KpiView, 'statusLabel' | 'statusIcon'> {
    const { statusLabel, statusIcon } = mapKpi({ Id: 'a0CHs0000000092AAE', Name: { value: 'Any' }, KPI_Status__c: { value: status } });
    return { statusLabel, statusIcon };
}

describe('c-kpi-row after a re-base (issue 20)', () => {
    afterEach(removeAll);
    const base = {
        Id: 'a0CHs0000000092AAE',
        Name: { value: 'Billing errors' },
        Baseline_Value__c: { value: 35 },
        Target_Value__c: { value: 10 },
        KPI_Status__c: { value: 'Not measured' }
    };

    it('says when and by whom the baseline or target was re-based', async () => {
        const element = createElement('c-kpi-row', { is: KpiRow });
        Object.assign(element, {
            kpi: mapKpi({
                ...base,
                Rebased_On__c: { value: '2026-05-04', displayValue: '5/4/2026' },
                Rebased_By__r: { Id: '005Hs00000000AAAAA', Name: { value: 'Morgan Diaz' } }
            })
        });
        document.body.appendChild(element);
        await flush();
        expect(text(one(shadow(element), '.kpi-rebased'))).toBe('Re-based on 5/4/2026 by Morgan Diaz');
        await expect(element).toBeAccessible();
    });

    it('names only the day when the user is not readable, and says nothing when never re-based', async () => {
        expect(mapKpi({ ...base, Rebased_On__c: { value: '2026-05-04', displayValue: '5/4/2026' } }).rebasedText).toBe(
            'Re-based on 5/4/2026'
        );
        expect(mapKpi({ ...base, Rebased_On__c: { value: null }, Rebased_By__r: null }).rebasedText).toBe('');
        const element = await mount({});
        expect(shadow(element).querySelector('.kpi-rebased')).toBeNull();
    });
});
