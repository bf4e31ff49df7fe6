import '#test/jest/installLabels';
import { createElement } from 'lwc';
import OpportunityOutcomes from 'c/opportunityOutcomes';
import { flush, one, removeAll, shadow, text, wire } from './outcomesTestSupport';
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
        one(root, '.add-goal').click();
        await flush();
        expect(text(one(root, '.form-load-error'))).toContain("The form couldn't open (Failed to fetch dynamically imported module).");
        expect(one(root, '.form-load-error').getAttribute('role')).toBe('alert');
        expect(root.querySelector('.goal-form')).toBeNull();
        expect(root.querySelectorAll('.goal')).toHaveLength(goalsBefore);
        expect(focus.mock.contexts.at(-1)).toBe(one(root, '.add-goal'));
    });

    it('opens the form when asked again, and the message goes', async () => {
        const root = await mountOpenDeal();
        one(root, '.add-goal').click();
        await flush();
        expect(root.querySelector('.form-load-error')).not.toBeNull();
        one(root, '.add-goal').click();
        await flush();
        expect(root.querySelector('.form-load-error')).toBeNull();
        expect(root.querySelector('.goal-form')).not.toBeNull();
    });
});
