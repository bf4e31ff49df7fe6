import '#test/jest/installLabels';
import { createElement } from 'lwc';
import { executeMutation } from 'lightning/graphql';
import OpportunityOutcomes from 'c/opportunityOutcomes';
import { byLabel, change, deepAll, deepOne, deepQuery, flush, formButton, removeAll, shadow, text, wire } from './outcomesTestSupport';
import openWithGoals from './data/openWithGoals.json';
import lost from './data/lost.json';

/**
 * Guidance for the rep: the next step "add contact roles" is a link to the deal's
 * Contact Roles; a KPI lacking baseline or target says which and offers "Complete this KPI"; after
 * a new goal is saved focus goes to its "Add KPI"; a lost deal does not ask how a goal will be measured.
 */

// Pages the panel navigates to and the URLs it links (the stub's mixin, with its calls kept).
const navigated: unknown[] = [];
jest.mock('lightning/navigation', () => {
    const Navigate = Symbol('Navigate');
    const GenerateUrl = Symbol('GenerateUrl');
    const NavigationMixin = (Base: new () => object) =>
        class extends Base {
            [Navigate](ref: unknown): void {
                navigated.push(ref);
            }

            [GenerateUrl](ref: { attributes: { recordId: string; relationshipApiName?: string } }): Promise<string> {
                const { recordId, relationshipApiName } = ref.attributes;
                return Promise.resolve(`/lightning/r/Opportunity/${recordId}/related/${relationshipApiName ?? ''}/view`);
            }
        };
    return { NavigationMixin: Object.assign(NavigationMixin, { Navigate, GenerateUrl }) };
});

const mutate = jest.mocked(executeMutation);
let focus: jest.SpyInstance;

beforeEach(() => {
    wire.resetRequests();
    navigated.length = 0;
    focus = jest.spyOn(HTMLElement.prototype, 'focus');
});

afterEach(() => {
    removeAll();
    jest.clearAllMocks();
    jest.restoreAllMocks();
});

function clone<T>(data: T): T {
    return JSON.parse(JSON.stringify(data));
}

function deal(data: typeof openWithGoals): (typeof openWithGoals)['uiapi']['query']['Opportunity']['edges'][number]['node'] {
    const node = data.uiapi.query.Opportunity.edges[0]?.node;
    if (!node) throw new Error('fixture has no opportunity');
    return node;
}

async function mount(data: unknown, refresh?: () => Promise<void>): Promise<HTMLElement> {
    const element = createElement('c-opportunity-outcomes', { is: OpportunityOutcomes });
    Object.assign(element, { recordId: deal(data as typeof openWithGoals).Id });
    document.body.appendChild(element);
    wire.emit(data, undefined, refresh);
    await flush();
    return element;
}

/** openWithGoals with no contact roles and every KPI complete: only the contact roles are missing. */
function goalsWithoutRoles(): typeof openWithGoals {
    const data = clone(openWithGoals);
    deal(data).OpportunityContactRoles.edges = [];
    for (const edge of data.uiapi.query.Customer_KPI__c.edges) {
        if (edge.node.Baseline_Value__c.value === null) Object.assign(edge.node.Baseline_Value__c, { value: 12 });
    }
    return data;
}

describe('contact roles (issue 20, point 5)', () => {
    it('goals for account contacts who are not contact roles count; the next step links to Contact Roles', async () => {
        const element = await mount(goalsWithoutRoles());
        const r = shadow(element);
        expect(text(deepOne(r, '.roles-with-goal'))).toBe('2 of 2 people involved have a goal');
        expect(text(deepOne(r, '.next-action'))).toBe('Add the people involved as contact roles, then ask each how they are measured.');
        const link = deepOne(r, '.open-contact-roles');
        expect(link.tagName).toBe('A');
        expect(text(link)).toBe('Open contact roles');
        expect(link.getAttribute('href')).toBe(`/lightning/r/Opportunity/${deal(openWithGoals).Id}/related/OpportunityContactRoles/view`);
        link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 }));
        expect(navigated).toEqual([
            {
                type: 'standard__recordRelationshipPage',
                attributes: {
                    recordId: deal(openWithGoals).Id,
                    objectApiName: 'Opportunity',
                    relationshipApiName: 'OpportunityContactRoles',
                    actionName: 'view'
                }
            }
        ]);
        await expect(element).toBeAccessible();
    });

    it('no link while the next step is something else', async () => {
        const element = await mount(openWithGoals);
        expect(deepQuery(shadow(element), '.open-contact-roles')).toBeNull();
    });
});

describe('a KPI without baseline or target (issue 20, point 6)', () => {
    it('its row names only what is missing and "Complete this KPI" opens the KPI form', async () => {
        const element = await mount(openWithGoals);
        const r = shadow(element);
        const rows = deepAll(r, 'c-kpi-row').map((row) => shadow(row));
        const lacking = rows.find((row) => text(deepOne(row, '.kpi-name')) === 'Technician time on collection calls');
        if (!lacking) throw new Error('no KPI row');
        expect(text(deepOne(lacking, '.kpi-needs'))).toContain('Needs a baseline');
        const complete = deepOne(lacking, '.complete-kpi');
        expect(Reflect.get(complete, 'label')).toBe('Complete this KPI');
        complete.click();
        await flush();
        const form = shadow(deepOne(r, '.kpi-form'));
        expect(Reflect.get(byLabel(form, 'lightning-input', 'KPI Name'), 'value')).toBe('Technician time on collection calls');
        // A complete KPI says nothing is missing.
        const complete2 = rows.find((row) => text(deepOne(row, '.kpi-name')) === 'Days sales outstanding');
        expect(complete2?.querySelector('.kpi-needs')).toBeNull();
    });
});

describe('after saving a new goal (issue 20, point 8)', () => {
    it("focus goes to the new goal's Add KPI once it is shown", async () => {
        const NEW_GOAL = 'a0BHs0000000999AAE';
        mutate.mockResolvedValue({ data: { uiapi: { goal: { Record: { Id: NEW_GOAL } } } }, errors: undefined });
        const withNewGoal = clone(openWithGoals);
        const goals = deal(withNewGoal).Customer_Goals__r.edges;
        const first = clone(goals[0]);
        if (!first) throw new Error('fixture has no goal');
        Object.assign(first.node, { Id: NEW_GOAL, Name: { value: 'Halve the cost of an AP invoice' } });
        goals.push(first);
        const refresh = jest.fn(async () => {
            wire.emit(withNewGoal, undefined, refresh);
            await Promise.resolve();
        });
        const element = await mount(openWithGoals, refresh);
        const r = shadow(element);
        deepOne(r, '.add-goal').click();
        await flush();
        const form = shadow(deepOne(r, '.goal-form'));
        change(byLabel(form, 'lightning-input', 'Goal'), { value: 'Halve the cost of an AP invoice' });
        formButton(form, 'save').click();
        await flush();
        await flush();
        expect(refresh).toHaveBeenCalledTimes(1);
        const focused = focus.mock.contexts.at(-1) as HTMLElement;
        expect(focused.classList.contains('add-kpi')).toBe(true);
        expect(focused.dataset.goalId).toBe(NEW_GOAL);
    });
});

describe('a lost deal (issue 20, point 8)', () => {
    it('does not ask how a goal will be measured', async () => {
        const data = clone(lost);
        data.uiapi.query.Customer_KPI__c.edges = [];
        const element = await mount(data);
        expect(deepAll(shadow(element), '.no-kpis').map(text)).toEqual(['No KPI was recorded for this goal.']);
    });
});
