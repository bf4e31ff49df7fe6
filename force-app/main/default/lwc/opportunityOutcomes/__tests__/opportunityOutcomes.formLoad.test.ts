import '#test/jest/installLabels';
import { createElement } from 'lwc';
import OpportunityOutcomes from 'c/opportunityOutcomes';
import { deepOne, deepQuery, flush, removeAll, shadow, text, wire } from './outcomesTestSupport';
import openWithGoals from './data/openWithGoals.json';

/**
 * The inline forms are imported when first opened. Here their module fails to load once (as in
 * an org without Lightning Web Security, or a dropped connection): the rep is told why, the panel
 * stays usable, and opening a form again loads it.
 */
let mockLoadFailures = 0;
jest.mock('c/opportunityForms', () => {
    if (mockLoadFailures > 0) {
        mockLoadFailures -= 1;
        throw new TypeError('Failed to fetch dynamically imported module');
    }
    return jest.requireActual('c/opportunityForms');
});

beforeEach(() => {
    mockLoadFailures = 1;
});

afterEach(() => {
    removeAll();
    jest.restoreAllMocks();
});

async function mountOpenDeal(): Promise<ShadowRoot> {
    const element = createElement('c-opportunity-outcomes', { is: OpportunityOutcomes });
    const id: unknown = openWithGoals.uiapi.query.Opportunity.edges[0]?.node.Id;
    Object.assign(element, { recordId: String(id) });
    document.body.appendChild(element);
    wire.emit(openWithGoals);
    await flush();
    return shadow(element);
}

describe('a form that cannot load', () => {
    it('says why at the top of the panel, opens nothing and gives focus back to "Add goal"', async () => {
        const focus = jest.spyOn(HTMLElement.prototype, 'focus');
        const root = await mountOpenDeal();
        const goalsBefore = root.querySelectorAll('.goal').length;
        deepOne(root, '.add-goal').click();
        await flush();
        expect(text(deepOne(root, '.form-load-error'))).toContain("The form couldn't open (Failed to fetch dynamically imported module).");
        expect(deepOne(root, '.form-load-error').getAttribute('role')).toBe('alert');
        expect(deepQuery(root, '.goal-form')).toBeNull();
        expect(root.querySelectorAll('.goal')).toHaveLength(goalsBefore);
        expect(focus.mock.contexts.at(-1)).toBe(deepOne(root, '.add-goal'));
    });

    it('opens the form when asked again, and the message goes', async () => {
        const root = await mountOpenDeal();
        deepOne(root, '.add-goal').click();
        await flush();
        expect(deepQuery(root, '.form-load-error')).not.toBeNull();
        deepOne(root, '.add-goal').click();
        await flush();
        expect(deepQuery(root, '.form-load-error')).toBeNull();
        expect(deepQuery(root, '.goal-form')).not.toBeNull();
    });
});
