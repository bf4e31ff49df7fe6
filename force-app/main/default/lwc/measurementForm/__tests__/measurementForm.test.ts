import '#test/jest/installLabels';
import { createElement } from 'lwc';
import MeasurementForm from 'c/measurementForm';
import { mapKpi } from 'c/outcomesMappers';
import { flush, formButton, removeAll, shadow } from '../../opportunityOutcomes/__tests__/outcomesTestSupport';
import type { KpiView } from 'c/outcomesMappers';

const kpi = mapKpi({
    Id: 'k1',
    Name: { value: 'Days sales outstanding' },
    Unit__c: { value: 'days' },
    Direction__c: { value: 'Decrease' },
    Baseline_Value__c: { value: 60 },
    Target_Value__c: { value: 40 }
});

describe('c-measurement-form', () => {
    afterEach(removeAll);

    it('is accessible as it opens and after a refused save, with its messages shown', async () => {
        const element = createElement('c-measurement-form', { is: MeasurementForm });
        Object.assign(element, { kpi });
        document.body.appendChild(element);
        await flush();
        await expect(element).toBeAccessible();
        formButton(shadow(element), 'save').click();
        await flush();
        expect(shadow(element).querySelector('c-outcomes-form-error')).not.toBeNull();
        await expect(element).toBeAccessible();
    });
});

// issue 20 ui
describe('c-measurement-form: a KPI without a target (issue 20)', () => {
    afterEach(removeAll);

    it('takes the reading and says what the KPI lacks', async () => {
        const element = createElement('c-measurement-form', { is: MeasurementForm });
        Object.assign(element, { kpi: { ...kpi, ...mapKpiNeeds(60, null) } });
        document.body.appendChild(element);
        await flush();
        expect(shadow(element).querySelector('.reading-needs')?.textContent).toBe(
            'Needs a target: progress shows once this KPI is complete.'
        );
        await expect(element).toBeAccessible();
    });

    it('a complete KPI says nothing more', async () => {
        const element = createElement('c-measurement-form', { is: MeasurementForm });
        Object.assign(element, { kpi });
        document.body.appendChild(element);
        await flush();
        expect(shadow(element).querySelector('.reading-needs')).toBeNull();
    });
});

function mapKpiNeeds(baseline: number | null, target: number | null): Pick<KpiView, 'needsText' | 'incomplete'> {
    const { needsText, incomplete } = mapKpi({ Id: 'k1', Baseline_Value__c: { value: baseline }, Target_Value__c: { value: target } });
    return { needsText, incomplete };
}
