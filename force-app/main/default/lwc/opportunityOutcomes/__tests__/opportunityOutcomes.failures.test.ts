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
import openNoGoals from './data/openNoGoals.json';
import type { GraphQLResult } from 'lightning/graphql';

/**
 * A save that fails on the way (the connection drops, the server answers 500): the preview's
 * lightning/graphql reports it as an error with extensions.errorType NetworkError, the org's may
 * reject instead (the rejection is covered in opportunityOutcomes.test.ts). Either way nothing
 * is claimed, nothing typed is lost, and Save again sends the same write once.
 */
const mutate = jest.mocked(executeMutation);
const NETWORK_ERROR = { data: undefined, errors: [{ message: 'Failed to fetch', extensions: { errorType: 'NetworkError' } }] };
const SAVED = { data: { uiapi: { goal: { Record: { Id: 'a0BHs0000000999AAE' } } } }, errors: undefined };

afterEach(() => {
    removeAll();
    jest.clearAllMocks();
});

async function openGoalForm(): Promise<{ root: ShadowRoot; form: ShadowRoot; refresh: jest.Mock }> {
    const element = createElement('c-opportunity-outcomes', { is: OpportunityOutcomes });
    Object.assign(element, { recordId: openNoGoals.uiapi.query.Opportunity.edges[0]!.node.Id });
    document.body.appendChild(element);
    const refresh = jest.fn(() => Promise.resolve());
    wire.emit(openNoGoals, undefined, refresh);
    await flush();
    const root = shadow(element);
    deepOne(root, '.add-goal').click();
    await flush();
    return { root, form: shadow(deepOne(root, '.goal-form')), refresh };
}

describe('a save that fails on the network', () => {
    it('keeps the form and every value, says nothing was saved; Save again sends the same write once and closes the form', async () => {
        mutate.mockResolvedValueOnce(NETWORK_ERROR).mockResolvedValueOnce(SAVED);
        const { root, form, refresh } = await openGoalForm();
        change(byLabel(form, 'lightning-input', 'Goal'), { value: 'Halve the cost of an AP invoice' });
        change(byLabel(form, 'lightning-input', 'Cost of doing nothing'), { value: '120000' });
        formButton(form, 'save').click();
        await flush();
        expect(text(deepOne(formErrorAlert(form), 'p'))).toBe('Nothing was saved: Failed to fetch');
        expect(Reflect.get(byLabel(form, 'lightning-input', 'Goal'), 'value')).toBe('Halve the cost of an AP invoice');
        expect(Reflect.get(byLabel(form, 'lightning-input', 'Cost of doing nothing'), 'value')).toBe('120000');
        expect(refresh).not.toHaveBeenCalled();

        formButton(form, 'save').click();
        await flush();
        expect(mutate).toHaveBeenCalledTimes(2);
        expect(mutate.mock.calls[1]?.[0]).toEqual(mutate.mock.calls[0]?.[0]);
        expect(deepQuery(root, '.goal-form')).toBeNull();
        expect(refresh).toHaveBeenCalledTimes(1);
    });

    it('Save is disabled while the write is in flight (a browser sends no click from a disabled button)', async () => {
        let answer: (result: GraphQLResult) => void = () => undefined;
        mutate.mockReturnValueOnce(
            new Promise((resolve) => {
                answer = resolve;
            })
        );
        const { form } = await openGoalForm();
        change(byLabel(form, 'lightning-input', 'Goal'), { value: 'Halve the cost of an AP invoice' });
        formButton(form, 'save').click();
        await flush();
        expect(Reflect.get(formButton(form, 'save'), 'disabled')).toBe(true);
        answer(SAVED);
        await flush();
        expect(mutate).toHaveBeenCalledTimes(1);
    });
});
