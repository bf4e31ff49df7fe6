import '#test/jest/installLabels';
import { createElement } from 'lwc';
import GoalForm from 'c/goalForm';
import { flush, removeAll } from '../../opportunityOutcomes/__tests__/outcomesTestSupport';
import { EMOJI_RTL, LONG_TEXT, MARKUP, MESSAGES, accepted, probeForm, refused } from '../../outcomesFormBase/__tests__/badInputSupport';
import type { FormProbe, SaveOutcome } from '../../outcomesFormBase/__tests__/badInputSupport';

/**
 * Issue #11's bad inputs on the goal form (Customer_Goal__c: Name text 80 required, Why it matters
 * long text 32,768, Cost of doing nothing Currency(18, 2), Target date), through the real form and
 * the real c/outcomesValidation. Each refused input: its message on the field, everything typed
 * still there, no `save` event. Each acceptable one: the `save` event carries it unchanged.
 *
 * Not applicable here: dates in the future (a goal's target date is meant to lie ahead, and no
 * rule limits it), dates before the baseline and a target on the wrong side of the baseline (a
 * goal has no baseline or target value; its KPIs do, see kpiForm.badInput.test.ts).
 */
async function mount(): Promise<FormProbe> {
    const element = createElement('c-goal-form', { is: GoalForm });
    Object.assign(element, { stakeholderOptions: [{ label: 'No stakeholder', value: '' }] });
    document.body.appendChild(element);
    await flush();
    return probeForm(element);
}

const NAME = 'Goal';
const WHY = 'Why It Matters';
const COST = 'Cost of doing nothing';
const GOAL = 'Cut days sales outstanding';

/** A goal named GOAL with this cost typed; Save. */
async function saveCost(form: FormProbe, typed: string): Promise<SaveOutcome> {
    form.type(NAME, GOAL);
    form.type(COST, typed);
    return form.attempt([COST, NAME]);
}

describe('c-goal-form: bad input', () => {
    afterEach(removeAll);

    it('text in a number field: words, an exponent or markup in Cost of doing nothing are refused there', async () => {
        const form = await mount();
        expect(await saveCost(form, 'about 2 million')).toEqual(
            refused({ [COST]: MESSAGES.notNumber }, { [COST]: 'about 2 million', [NAME]: GOAL })
        );
        expect(await saveCost(form, '2e6')).toEqual(refused({ [COST]: MESSAGES.notNumber }, { [COST]: '2e6', [NAME]: GOAL }));
        expect(await saveCost(form, MARKUP)).toEqual(refused({ [COST]: MESSAGES.notNumber }, { [COST]: MARKUP, [NAME]: GOAL }));
    });

    it('numbers beyond the precision of Currency(18, 2): 17 digits before the point, 3 decimals, 16 digits a double rounds', async () => {
        const form = await mount();
        expect(await saveCost(form, '12345678901234567')).toEqual(
            refused({ [COST]: MESSAGES.tooLarge(16) }, { [COST]: '12345678901234567', [NAME]: GOAL })
        );
        expect(await saveCost(form, '1500.125')).toEqual(refused({ [COST]: MESSAGES.decimals(2) }, { [COST]: '1500.125', [NAME]: GOAL }));
        // Fits the field, but would reach the org as 9007199254740992.
        expect(await saveCost(form, '9007199254740993')).toEqual(
            refused({ [COST]: MESSAGES.notExact }, { [COST]: '9007199254740993', [NAME]: GOAL })
        );
    });

    it('negative where not allowed: a cost of doing nothing below zero', async () => {
        const form = await mount();
        expect(await saveCost(form, '-250000')).toEqual(refused({ [COST]: MESSAGES.negative }, { [COST]: '-250000', [NAME]: GOAL }));
    });

    it('blank required fields: a goal name of spaces only, and an individual goal without its stakeholder', async () => {
        const form = await mount();
        form.type(NAME, '   ');
        form.type('Level', 'Individual');
        form.type(WHY, 'Collectors chase invoices by hand.');
        expect(await form.attempt([NAME, WHY, 'Level'])).toEqual(
            refused(
                {
                    [NAME]: MESSAGES.required,
                    Stakeholder:
                        'An individual goal needs a stakeholder: choose the contact who is measured by this goal, or set Level to Company or Department.'
                },
                { [NAME]: '   ', [WHY]: 'Collectors chase invoices by hand.', Level: 'Individual' }
            )
        );
    });

    it('32,000-character text: refused in the 80-character goal name, saved exactly in Why it matters (32,768)', async () => {
        const form = await mount();
        form.type(NAME, LONG_TEXT);
        form.type(WHY, LONG_TEXT);
        expect(await form.attempt([NAME, WHY])).toEqual(refused({ [NAME]: MESSAGES.tooLong(80) }, { [NAME]: LONG_TEXT, [WHY]: LONG_TEXT }));

        form.type(NAME, 'Invoice the day the job closes');
        expect(await form.attempt()).toEqual(accepted({ name: 'Invoice the day the job closes', whyItMatters: LONG_TEXT }));
    });

    it('emoji and right-to-left text: saved exactly as typed', async () => {
        const form = await mount();
        form.type(NAME, EMOJI_RTL);
        form.type(WHY, `${EMOJI_RTL}\n${EMOJI_RTL}`);
        expect(await form.attempt()).toEqual(accepted({ name: EMOJI_RTL, whyItMatters: `${EMOJI_RTL}\n${EMOJI_RTL}` }));
    });

    it('markup and script text: saved as the text typed, nothing stripped or escaped', async () => {
        const form = await mount();
        form.type(NAME, `Cut DSO ${MARKUP}`);
        form.type(WHY, `<script>alert(1)</script> & "quotes" ${MARKUP}`);
        expect(await form.attempt()).toEqual(
            accepted({ name: `Cut DSO ${MARKUP}`, whyItMatters: `<script>alert(1)</script> & "quotes" ${MARKUP}` })
        );
    });

    it('pasted thousand separators (en-US): "1,234,567.89" is 1234567.89; a misplaced separator is refused, never guessed', async () => {
        const form = await mount();
        expect(await saveCost(form, '1,23')).toEqual(refused({ [COST]: MESSAGES.notNumber }, { [COST]: '1,23', [NAME]: GOAL }));
        expect(await saveCost(form, '1.234,50')).toEqual(refused({ [COST]: MESSAGES.notNumber }, { [COST]: '1.234,50', [NAME]: GOAL }));
        expect(await saveCost(form, '1,234,567.89')).toEqual(accepted({ name: GOAL, costOfInaction: 1234567.89 }));
    });
});
