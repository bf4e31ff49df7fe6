import '#test/jest/installLabels';
import { createElement } from 'lwc';
import CheckInForm from 'c/checkInForm';
import { mapKpi } from 'c/outcomesMappers';
import { todayIso } from 'c/outcomesFormat';
import { flush, removeAll } from '../../opportunityOutcomes/__tests__/outcomesTestSupport';
import {
    EMOJI_RTL,
    LONG_TEXT,
    MARKUP,
    MESSAGES,
    accepted,
    addDays,
    probeForm,
    refused
} from '../../outcomesFormBase/__tests__/badInputSupport';
import type { FormProbe } from '../../outcomesFormBase/__tests__/badInputSupport';

/**
 * Issue #11's bad inputs on the check-in form (Success_Check_In__c: Check-in date required, not in
 * the future; Summary long text 32,768 required; Next step text 255; Next check-in date after the
 * check-in; and a reading per KPI, KPI_Measurement__c.Value__c Number(18, 4)), through the real
 * form and the real c/outcomesValidation. Each refused input: its message on the field, everything
 * typed still there (readings too), no `save` event, so neither the check-in nor any reading is
 * sent. Each acceptable one: the `save` event carries it unchanged.
 *
 * Not applicable here: negative where not allowed (a reading may be below zero; no rule forbids
 * it, so the test below shows a negative reading is kept exactly), a target on the wrong side of
 * the baseline (a check-in records readings, not targets). "Before the baseline" is the next
 * check-in date on or before this check-in's date.
 */
const DATE = 'Check-In Date';
const SUMMARY = 'Summary';
const NEXT_STEP = 'Next Step';
const NEXT_DATE = 'Next Check-In Date';
const DSO = 'Days sales outstanding (days)';
const NPS = 'NPS';

const kpis = [
    mapKpi({ Id: 'k1', Name: { value: 'Days sales outstanding' }, Unit__c: { value: 'days' } }),
    mapKpi({ Id: 'k2', Name: { value: 'NPS' }, Unit__c: { value: '' } })
];

async function mount(values: Record<string, string>): Promise<FormProbe> {
    const element = createElement('c-check-in-form', { is: CheckInForm });
    Object.assign(element, { kpis, contactOptions: [{ label: 'None', value: '' }] });
    document.body.appendChild(element);
    await flush();
    const form = probeForm(element);
    for (const [label, value] of Object.entries(values)) form.type(label, value);
    return form;
}

const SUMMARY_TEXT = 'Go-live slipped a week; DSO report due Friday.';
const CHECK_IN_FUTURE =
    "Check-in date can't be in the future. Log the check-in once it has happened, and use Next check-in date to plan the next one.";
const NEXT_AFTER = "Next check-in date must be after this check-in's date. Choose a later date, or leave it blank.";

describe('c-check-in-form: bad input', () => {
    afterEach(removeAll);

    it('text in a number field: words and markup in the readings, while the check-in itself is valid', async () => {
        const form = await mount({ [SUMMARY]: SUMMARY_TEXT, [DSO]: 'about 50', [NPS]: MARKUP });
        expect(await form.attempt([DSO, NPS, SUMMARY])).toEqual(
            refused({ [DSO]: MESSAGES.notNumber, [NPS]: MESSAGES.notNumber }, { [DSO]: 'about 50', [NPS]: MARKUP, [SUMMARY]: SUMMARY_TEXT })
        );
    });

    it('numbers beyond the precision of Number(18, 4): 15 digits before the point, 5 decimals, 18 digits a double rounds', async () => {
        const form = await mount({ [SUMMARY]: SUMMARY_TEXT, [DSO]: '123456789012345', [NPS]: '41.00001' });
        expect(await form.attempt([DSO, NPS])).toEqual(
            refused({ [DSO]: MESSAGES.tooLarge(14), [NPS]: MESSAGES.decimals(4) }, { [DSO]: '123456789012345', [NPS]: '41.00001' })
        );
        // Fits the field; as a double it would reach the org as 99999999999999.98.
        form.type(DSO, '99999999999999.9999');
        form.type(NPS, '41');
        expect(await form.attempt([DSO, NPS])).toEqual(
            refused({ [DSO]: MESSAGES.notExact }, { [DSO]: '99999999999999.9999', [NPS]: '41' })
        );
    });

    it('negative values: allowed for a reading (no rule forbids them) and saved exactly', async () => {
        const form = await mount({ [SUMMARY]: SUMMARY_TEXT, [NPS]: '-12.5' });
        expect(await form.attempt()).toEqual(accepted({ readings: [{ kpiId: 'k2', value: -12.5, confirmed: false }] }));
    });

    it('date in the future: a check-in dated tomorrow (its readings would be dated in the future too)', async () => {
        const tomorrow = addDays(todayIso(), 1);
        const form = await mount({ [DATE]: tomorrow, [SUMMARY]: SUMMARY_TEXT, [DSO]: '52' });
        expect(await form.attempt([DATE, SUMMARY, DSO])).toEqual(
            refused({ [DATE]: CHECK_IN_FUTURE }, { [DATE]: tomorrow, [SUMMARY]: SUMMARY_TEXT, [DSO]: '52' })
        );
    });

    it("date before the baseline: a next check-in date before (or on) this check-in's date", async () => {
        const today = todayIso();
        const form = await mount({ [SUMMARY]: SUMMARY_TEXT, [NEXT_DATE]: addDays(today, -7) });
        expect(await form.attempt([NEXT_DATE, DATE])).toEqual(
            refused({ [NEXT_DATE]: NEXT_AFTER }, { [NEXT_DATE]: addDays(today, -7), [DATE]: today })
        );
        form.type(NEXT_DATE, today);
        expect(await form.attempt([NEXT_DATE])).toEqual(refused({ [NEXT_DATE]: NEXT_AFTER }, { [NEXT_DATE]: today }));
    });

    it('blank required fields: no check-in date and a summary of spaces and line breaks', async () => {
        const typed = { [DATE]: '', [SUMMARY]: '  \n\t ', [DSO]: '52', [NEXT_STEP]: 'Quarterly review' };
        const form = await mount(typed);
        expect(await form.attempt(Object.keys(typed))).toEqual(refused({ [DATE]: MESSAGES.required, [SUMMARY]: MESSAGES.required }, typed));
    });

    it('32,000-character text: refused in the 255-character next step, saved exactly in the summary (32,768)', async () => {
        const form = await mount({ [SUMMARY]: LONG_TEXT, [NEXT_STEP]: LONG_TEXT, [DSO]: '52' });
        expect(await form.attempt([SUMMARY, NEXT_STEP, DSO])).toEqual(
            refused({ [NEXT_STEP]: MESSAGES.tooLong(255) }, { [SUMMARY]: LONG_TEXT, [NEXT_STEP]: LONG_TEXT, [DSO]: '52' })
        );
        form.type(NEXT_STEP, 'Quarterly review');
        expect(await form.attempt()).toEqual(
            accepted({ summary: LONG_TEXT, nextStep: 'Quarterly review', readings: [{ kpiId: 'k1', value: 52, confirmed: false }] })
        );
    });

    it('emoji and right-to-left text: saved exactly as typed in the summary and the next step', async () => {
        const form = await mount({ [SUMMARY]: `${EMOJI_RTL}\n${EMOJI_RTL}`, [NEXT_STEP]: EMOJI_RTL });
        expect(await form.attempt()).toEqual(accepted({ summary: `${EMOJI_RTL}\n${EMOJI_RTL}`, nextStep: EMOJI_RTL }));
    });

    it('markup and script text: saved as the text typed in the summary and the next step', async () => {
        const form = await mount({ [SUMMARY]: `Close took 6 days ${MARKUP}`, [NEXT_STEP]: '<script>alert(1)</script>' });
        expect(await form.attempt()).toEqual(accepted({ summary: `Close took 6 days ${MARKUP}`, nextStep: '<script>alert(1)</script>' }));
    });

    it('pasted thousand separators (en-US): "1,204.5" is understood; a misplaced separator is refused', async () => {
        const form = await mount({ [SUMMARY]: SUMMARY_TEXT, [DSO]: '1,204.5', [NPS]: '4,1' });
        expect(await form.attempt([DSO, NPS])).toEqual(refused({ [NPS]: MESSAGES.notNumber }, { [DSO]: '1,204.5', [NPS]: '4,1' }));
        form.type(NPS, '41');
        expect(await form.attempt()).toEqual(
            accepted({
                readings: [
                    { kpiId: 'k1', value: 1204.5, confirmed: false },
                    { kpiId: 'k2', value: 41, confirmed: false }
                ]
            })
        );
    });
});
