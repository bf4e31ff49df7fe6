import '#test/jest/installLabels';
import { createElement } from 'lwc';
import { executeMutation } from 'lightning/graphql';
import OpportunityOutcomes from 'c/opportunityOutcomes';
import {
    byLabel,
    change,
    deepOne,
    deepQuery,
    flush,
    formButton,
    formErrorAlert,
    removeAll,
    shadow,
    text,
    wire
} from './outcomesTestSupport';
import wonOverdue from './data/wonOverdue.json';
import { picklistValues } from '#test/jest/metadata';

/**
 * A rep whose profile gives only Read on Opportunity (the package's permission sets grant no
 * more): the org refuses a check-in (master-detail to the deal, Read/Write needed on it) and
 * "mark follow-up complete" (an Opportunity update). The panel says what is missing where the rep
 * clicked, keeps what was typed and claims nothing. The refusal shapes are in
 * outcomesMutations.test.ts, with their sources.
 */
const mutate = jest.mocked(executeMutation);
const OPPORTUNITY_EDIT =
    "You don't have edit access to this opportunity, which this needs. Ask your Salesforce admin for Edit on Opportunities (profile or permission set) and edit access to this deal (owner, opportunity team or sharing).";

afterEach(() => {
    removeAll();
    jest.clearAllMocks();
});

async function mountWon(): Promise<{ element: HTMLElement; root: ShadowRoot; refresh: jest.Mock; toasts: string[] }> {
    const element = createElement('c-opportunity-outcomes', { is: OpportunityOutcomes });
    Object.assign(element, { recordId: wonOverdue.uiapi.query.Opportunity.edges[0]!.node.Id });
    const toasts: string[] = [];
    element.addEventListener('lightning__showtoast', (event) => toasts.push(String(Reflect.get(Reflect.get(event, 'detail'), 'title'))));
    document.body.appendChild(element);
    const refresh = jest.fn(() => Promise.resolve());
    wire.emit(wonOverdue, undefined, refresh);
    await flush();
    return { element, root: shadow(element), refresh, toasts };
}

describe('a save refused for lack of access', () => {
    it('Log check-in: the form says the rep needs edit access to this opportunity, keeps what was typed, saves nothing', async () => {
        mutate.mockResolvedValue({
            data: undefined,
            errors: [
                {
                    message: 'insufficient access rights on cross-reference id: 006Hs0000000028',
                    path: ['uiapi', 'checkIn'],
                    extensions: { errorCode: 'INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY' }
                }
            ]
        });
        const { element, root, refresh, toasts } = await mountWon();
        deepOne(root, '.log-check-in').click();
        await flush();
        const form = shadow(deepOne(root, '.check-in-form'));
        change(byLabel(form, 'lightning-textarea', 'Summary'), { value: 'Went live in March.' });
        formButton(form, 'save').click();
        await flush();
        expect(text(deepOne(formErrorAlert(form), 'p'))).toBe(`Nothing was saved: ${OPPORTUNITY_EDIT}`);
        expect(Reflect.get(byLabel(form, 'lightning-textarea', 'Summary'), 'value')).toBe('Went live in March.');
        expect(deepQuery(root, '.check-in-form')).not.toBeNull();
        expect(toasts).toEqual([]);
        expect(refresh).not.toHaveBeenCalled();
        await expect(element).toBeAccessible();
    });

    it('Mark follow-up complete: the message beside the button names what is missing', async () => {
        mutate.mockResolvedValue({
            data: undefined,
            errors: [
                {
                    message: "Validation error of type FieldUndefined: Field 'OpportunityUpdate' in type 'UIAPIMutations' is undefined",
                    extensions: { classification: 'ValidationError' }
                }
            ]
        });
        const { element, root, toasts } = await mountWon();
        deepOne(root, '.mark-complete').click();
        await flush();
        // No check-in on this deal: a reason is chosen, as the confirmation asks.
        const [reason] = picklistValues('Opportunity', 'Follow_Up_Closed_Reason__c');
        deepOne(root, '.close-reason').dispatchEvent(new CustomEvent('change', { detail: { value: reason!.value } }));
        await flush();
        deepOne(root, '.confirm-complete-button').click();
        await flush();
        expect(text(deepOne(root, '.action-error p'))).toBe(`Follow-up wasn't marked complete: ${OPPORTUNITY_EDIT}`);
        expect(toasts).toEqual([]);
        await expect(element).toBeAccessible();
    });
});
