import '#test/jest/installLabels';
import { createElement } from 'lwc';
import AccountOutcomes from 'c/accountOutcomes';
import { ACCOUNT_OUTCOMES_QUERY } from 'c/outcomesQueries';
import { all, flush, one, removeAll, shadow, text, wire } from '../../opportunityOutcomes/__tests__/outcomesTestSupport';
import { freezeToday, within } from '../../outcomesPanelBase/__tests__/panelTestSupport';
import { countFields, strippableOptionalFields, withoutFields } from '../../outcomesMappers/__tests__/fieldAccessSupport';
import northwind from './data/northwind.json';

/**
 * Issue 11: the Account panel for a user without field-level security for the fields its query
 * marks @optional (the org leaves them out of the response): it renders, shows the goals, KPIs,
 * value summary and deals due, and leaves out what it cannot see.
 */
const TODAY = '2026-03-02';
const OPTIONAL = strippableOptionalFields(ACCOUNT_OUTCOMES_QUERY);

beforeEach(() => {
    wire.resetRequests();
    freezeToday(TODAY);
});
afterEach(() => {
    removeAll();
    jest.useRealTimers();
    jest.clearAllMocks();
});

async function mount(data: typeof northwind): Promise<HTMLElement> {
    const element = createElement('c-account-outcomes', { is: AccountOutcomes });
    Object.assign(element, { recordId: data.uiapi.query.Account.edges[0]?.node.Id, objectApiName: 'Account' });
    document.body.appendChild(element);
    wire.emit(data);
    await flush();
    return element;
}

function goals(element: HTMLElement): HTMLElement[] {
    return all(shadow(element), 'c-account-goal');
}

function essentials(element: HTMLElement): Record<string, unknown> {
    const r = shadow(element);
    const summary = shadow(one(r, 'c-value-summary'));
    const kpiRows = within(goals(element), 'c-account-kpi-item').map((item) => shadow(one(shadow(item), 'c-kpi-row')));
    const deals = shadow(one(r, 'c-follow-up-deal-list'));
    return {
        goals: within(goals(element), '.goal-name').map(text),
        kpis: kpiRows.map((row) => text(one(row, '.kpi-name'))),
        statuses: kpiRows.map((row) => Reflect.get(one(row, '.kpi-status'), 'label')),
        sentence: text(one(summary, '.summary-sentence')),
        counts: all(summary, '.summary-count').map(text),
        deals: all(deals, '.deal-link').map(text),
        dueIn: all(deals, '.days-text').map(text)
    };
}

describe('a user without access to the optional fields', () => {
    it('the fixture holds the optional fields the query marks, and stripping removes them', () => {
        expect(OPTIONAL).toEqual(expect.arrayContaining(['Amount', 'Cost_Of_Inaction__c', 'Progress__c', 'Value__c', 'KPI_Count__c']));
        expect(OPTIONAL).not.toContain('KPI_Status__c');
        expect(OPTIONAL).not.toContain('Follow_Up_Status__c');
        expect(countFields(northwind, OPTIONAL)).toBeGreaterThan(10);
        expect(countFields(withoutFields(northwind, OPTIONAL), OPTIONAL)).toBe(0);
    });

    it('renders goals, KPIs, the value summary and the deals due as with every field, without amounts, no error', async () => {
        const fullElement = await mount(northwind);
        const full = essentials(fullElement);
        expect(all(shadow(one(shadow(fullElement), 'c-follow-up-deal-list')), '.deal-amount').length).toBeGreaterThan(0);
        removeAll();

        const element = await mount(withoutFields(northwind, OPTIONAL));
        const r = shadow(element);
        expect(r.querySelector('.load-error')).toBeNull();
        expect(essentials(element)).toEqual(full);
        expect((full.goals as string[]).length).toBeGreaterThan(0);
        expect((full.deals as string[]).length).toBeGreaterThan(0);
        // Left out, not "not set" or $0.
        expect(all(shadow(one(r, 'c-follow-up-deal-list')), '.deal-amount')).toHaveLength(0);
        expect(within(goals(element), '.why-it-matters')).toHaveLength(0);
        await expect(element).toBeAccessible();
    });
});
