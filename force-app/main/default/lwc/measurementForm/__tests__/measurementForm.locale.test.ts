import '#test/jest/installLabels';
import { createElement } from 'lwc';
import MeasurementForm from 'c/measurementForm';
import { mapKpi } from 'c/outcomesMappers';
import { flush, removeAll } from '../../opportunityOutcomes/__tests__/outcomesTestSupport';
import { accepted, probeForm, refused } from '../../outcomesFormBase/__tests__/badInputSupport';
import type { FormProbe } from '../../outcomesFormBase/__tests__/badInputSupport';

/**
 * Pasted thousand separators in the user's locale, through the whole form: a German user (Salesforce
 * locale de-DE) pastes "1.234,5" and means 1234.5; the en-US "1,234.5" is refused with an example
 * written the German way, rather than read as another number.
 */
jest.mock('@salesforce/i18n/locale', () => ({ __esModule: true, default: 'de-DE' }), { virtual: true });

const VALUE = 'Value (days)';

async function mount(): Promise<FormProbe> {
    const element = createElement('c-measurement-form', { is: MeasurementForm });
    Object.assign(element, { kpi: mapKpi({ Id: 'k1', Name: { value: 'Days sales outstanding' }, Unit__c: { value: 'days' } }) });
    document.body.appendChild(element);
    await flush();
    return probeForm(element);
}

describe('c-measurement-form: bad input in the de-DE locale', () => {
    afterEach(removeAll);

    it('pasted thousand separators (de-DE): "1.234,5" is 1234.5; the en-US "1,234.5" is refused, kept as typed', async () => {
        const form = await mount();
        form.type(VALUE, '1,234.5');
        expect(await form.attempt([VALUE])).toEqual(refused({ [VALUE]: 'Enter a number, such as 42 or 3,5.' }, { [VALUE]: '1,234.5' }));
        form.type(VALUE, '1.234,5');
        expect(await form.attempt()).toEqual(accepted({ kpiId: 'k1', value: 1234.5 }));
    });
});
