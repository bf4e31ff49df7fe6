import '#test/jest/installLabels';
import { createElement } from 'lwc';
import MeasurementForm from 'c/measurementForm';
import { mapKpi } from 'c/outcomesMappers';
import { todayIso } from 'c/outcomesFormat';
import { flush, removeAll } from '../../opportunityOutcomes/__tests__/outcomesTestSupport';
import { LONG_TEXT, MARKUP, MESSAGES, accepted, addDays, probeForm, refused } from '../../outcomesFormBase/__tests__/badInputSupport';
import type { FormProbe, SaveOutcome } from '../../outcomesFormBase/__tests__/badInputSupport';

/**
 * Issue #11's bad inputs on the Account panel's reading form (KPI_Measurement__c: Value
 * Number(18, 4) required, Measured on required and not in the future, Source, Customer confirmed),
 * through the real form and the real c/outcomesValidation. Each refused input: its message on the
 * field, everything typed still there, no `save` event. Each acceptable one: the `save` event
 * carries it unchanged.
 *
 * Not applicable here: 32,000-character text, emoji and right-to-left text (the form has no free
 * text field: Source is a picklist; markup and long text typed into the value are covered as text
 * in a number field), negative where not allowed (a reading may be below zero; shown kept exactly
 * below), a target on the wrong side of the baseline (a reading has no target). A reading dated
 * before its KPI's baseline date is history the org accepts (no rule): the test below shows it is
 * saved, not refused.
 */
const VALUE = 'Value (days)';
const MEASURED_ON = 'Measured On';

const kpi = mapKpi({
    Id: 'k1',
    Name: { value: 'Days sales outstanding' },
    Unit__c: { value: 'days' },
    Direction__c: { value: 'Decrease' },
    Baseline_Value__c: { value: 60 },
    Baseline_Date__c: { value: '2026-01-05' },
    Target_Value__c: { value: 40 },
    Target_Date__c: { value: '2026-12-17' },
    Measurement_Source__c: { value: 'System data' }
});

async function mount(values: Record<string, string>): Promise<FormProbe> {
    const element = createElement('c-measurement-form', { is: MeasurementForm });
    Object.assign(element, { kpi });
    document.body.appendChild(element);
    await flush();
    const form = probeForm(element);
    for (const [label, value] of Object.entries(values)) form.type(label, value);
    return form;
}

/** Types a value, saves, and reads the outcome. */
async function saveValue(form: FormProbe, typed: string): Promise<SaveOutcome> {
    form.type(VALUE, typed);
    return form.attempt([VALUE, MEASURED_ON]);
}

describe('c-measurement-form: bad input', () => {
    afterEach(removeAll);

    it('text in a number field: words, markup and 32,000 characters of prose in the value', async () => {
        const form = await mount({});
        const today = todayIso();
        expect(await saveValue(form, 'fifty-two')).toEqual(
            refused({ [VALUE]: MESSAGES.notNumber }, { [VALUE]: 'fifty-two', [MEASURED_ON]: today })
        );
        expect(await saveValue(form, MARKUP)).toEqual(refused({ [VALUE]: MESSAGES.notNumber }, { [VALUE]: MARKUP, [MEASURED_ON]: today }));
        expect(await saveValue(form, LONG_TEXT)).toEqual(
            refused({ [VALUE]: MESSAGES.notNumber }, { [VALUE]: LONG_TEXT, [MEASURED_ON]: today })
        );
    });

    it('numbers beyond the precision of Number(18, 4): 15 digits before the point, 5 decimals, 18 digits a double rounds', async () => {
        const form = await mount({});
        const today = todayIso();
        expect(await saveValue(form, '123456789012345')).toEqual(
            refused({ [VALUE]: MESSAGES.tooLarge(14) }, { [VALUE]: '123456789012345', [MEASURED_ON]: today })
        );
        expect(await saveValue(form, '52.00001')).toEqual(
            refused({ [VALUE]: MESSAGES.decimals(4) }, { [VALUE]: '52.00001', [MEASURED_ON]: today })
        );
        expect(await saveValue(form, '12345678901234.5678')).toEqual(
            refused({ [VALUE]: MESSAGES.notExact }, { [VALUE]: '12345678901234.5678', [MEASURED_ON]: today })
        );
    });

    it('negative values: allowed for a reading (no rule forbids them) and saved exactly', async () => {
        const form = await mount({});
        expect(await saveValue(form, '-0.5')).toEqual(accepted({ kpiId: 'k1', value: -0.5 }));
    });

    it('date in the future: a reading measured tomorrow', async () => {
        const tomorrow = addDays(todayIso(), 1);
        const form = await mount({ [VALUE]: '52', [MEASURED_ON]: tomorrow });
        expect(await form.attempt([VALUE, MEASURED_ON])).toEqual(
            refused(
                { [MEASURED_ON]: "Measured on can't be in the future. Enter the date the value was measured: today or earlier." },
                { [VALUE]: '52', [MEASURED_ON]: tomorrow }
            )
        );
    });

    it("date before the baseline: a reading dated before the KPI's baseline date is saved as history (the org has no rule against it)", async () => {
        const form = await mount({ [VALUE]: '63', [MEASURED_ON]: '2025-11-30' });
        expect(await form.attempt()).toEqual(
            accepted({ kpiId: 'k1', value: 63, measuredOn: '2025-11-30', source: 'System data', confirmed: false, note: null })
        );
    });

    it('blank required fields: no value (spaces only) and no date', async () => {
        const form = await mount({ [VALUE]: '   ', [MEASURED_ON]: '' });
        expect(await form.attempt([VALUE, MEASURED_ON])).toEqual(
            refused({ [VALUE]: MESSAGES.required, [MEASURED_ON]: MESSAGES.required }, { [VALUE]: '   ', [MEASURED_ON]: '' })
        );
    });

    it('pasted thousand separators (en-US): "1,234.5" is understood; a misplaced separator is refused', async () => {
        const form = await mount({});
        expect(await saveValue(form, '1,2345')).toEqual(
            refused({ [VALUE]: MESSAGES.notNumber }, { [VALUE]: '1,2345', [MEASURED_ON]: todayIso() })
        );
        expect(await saveValue(form, '1,234.5')).toEqual(accepted({ value: 1234.5 }));
    });
});
