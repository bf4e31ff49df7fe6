import '#test/jest/installLabels';
import { createElement } from 'lwc';
import { executeMutation } from 'lightning/graphql';
import AccountOutcomes from 'c/accountOutcomes';
import { ACCOUNT_OUTCOMES_QUERY, accountOutcomesVariables } from 'c/outcomesQueries';
import { RECORD_MEASUREMENT_MUTATION } from 'c/outcomesMutations';
import {
    all,
    byLabel,
    change,
    flush,
    formButton,
    formErrorAlert,
    one,
    removeAll,
    shadow,
    spyOnValidity,
    text,
    validityMessages,
    wire
} from '../../opportunityOutcomes/__tests__/outcomesTestSupport';
import { freezeToday, toasts, within } from '../../outcomesPanelBase/__tests__/panelTestSupport';
import northwind from './data/northwind.json';
import meridian from './data/meridian.json';
import cobaltRidge from './data/cobaltRidge.json';
import noGoals from './data/noGoals.json';
import loadError from './data/loadError.json';
import northwindAfterReading from './data/northwindAfterReading.json';
import recordReadingSuccess from './data/recordReadingSuccess.json';
import recordReadingFutureError from './data/recordReadingFutureError.json';

/** The fixtures are the preview's answers to the panel's own query over the sample data, as of this day. */
const TODAY = '2026-03-02';

const mutate = jest.mocked(executeMutation);

beforeEach(() => {
    wire.resetRequests();
    freezeToday(TODAY);
});

afterEach(() => {
    removeAll();
    jest.useRealTimers();
    jest.clearAllMocks();
    jest.restoreAllMocks();
});

function clone<T>(data: T): T {
    return JSON.parse(JSON.stringify(data));
}

function accountOf(data: typeof northwind): (typeof northwind)['uiapi']['query']['Account']['edges'][number]['node'] {
    const node = data.uiapi.query.Account.edges[0]?.node;
    if (!node) throw new Error('fixture has no account');
    return node;
}

/** The account Id a response is about, if it has the account. */
function idOf(data: unknown): string | undefined {
    const edges: unknown = Reflect.get(
        Reflect.get(Reflect.get(Reflect.get(data ?? {}, 'uiapi') ?? {}, 'query') ?? {}, 'Account') ?? {},
        'edges'
    );
    const node: unknown = Array.isArray(edges) ? Reflect.get(edges[0] ?? {}, 'node') : undefined;
    const id: unknown = node ? Reflect.get(node, 'Id') : undefined;
    return typeof id === 'string' ? id : undefined;
}

/** Mounts the panel on the account's record page and, unless told not to, answers its query. */
async function mount(data: unknown, props: Record<string, unknown> = {}, refresh?: () => Promise<void>): Promise<HTMLElement> {
    const element = createElement('c-account-outcomes', { is: AccountOutcomes });
    Object.assign(element, { recordId: idOf(data) ?? accountOf(northwind).Id, objectApiName: 'Account', ...props });
    document.body.appendChild(element);
    if (data) wire.emit(data, undefined, refresh);
    await flush();
    return element;
}

const root = shadow;

/** The goals on the panel, in the order shown. */
function goalElements(element: HTMLElement): HTMLElement[] {
    return all(root(element), 'c-account-goal');
}

/** Elements inside the goals. */
function inGoals(element: HTMLElement, selector: string): HTMLElement[] {
    return within(goalElements(element), selector);
}

function showMore(element: HTMLElement): ShadowRoot {
    return shadow(one(root(element), 'c-outcomes-show-more'));
}

/** The KPI item showing the named KPI. */
function kpiItem(element: HTMLElement, name: string): HTMLElement {
    const item = inGoals(element, 'c-account-kpi-item').find((i) => text(one(shadow(one(shadow(i), 'c-kpi-row')), '.kpi-name')) === name);
    if (!item) throw new Error(`no KPI named ${name}`);
    return item;
}

function trendLabel(item: HTMLElement): string {
    const svg = shadow(one(shadow(item), 'c-kpi-trend-line')).querySelector('svg');
    if (!svg) throw new Error('no trend line');
    return svg.getAttribute('aria-label') ?? '';
}

/** The value summary as rendered: the number shown for each status (and for goals achieved). */
function renderedCounts(element: HTMLElement): Record<string, number> {
    const summary = shadow(one(root(element), 'c-value-summary'));
    return Object.fromEntries(
        all(summary, '.summary-count').map((entry) => [
            entry.dataset.status,
            Number(Reflect.get(one(entry, 'lightning-formatted-number'), 'value'))
        ])
    );
}

/**
 * The same counts, worked out from the fixture alone (not with the panel's mappers): one per
 * KPI_Status__c value of the KPIs in the response, a blank status counted as missing a baseline or
 * target, and the goals whose status is Achieved.
 */
function countFromFixture(data: {
    uiapi: {
        query: {
            Account: { edges: { node: { Customer_Goals__r: { edges: { node: { Status__c: { value: string | null } } }[] } } }[] };
            Customer_KPI__c: { edges: { node: { KPI_Status__c: { value: string | null } } }[] };
        };
    };
}): Record<string, number> {
    const counts: Record<string, number> = {
        Achieved: 0,
        'On track': 0,
        'At risk': 0,
        'Off track': 0,
        'Not measured': 0,
        'Missing baseline or target': 0,
        'Goals achieved': 0
    };
    for (const edge of data.uiapi.query.Customer_KPI__c.edges) {
        const status: string = edge.node.KPI_Status__c.value ?? 'Missing baseline or target';
        counts[status] = (counts[status] ?? 0) + 1;
    }
    for (const edge of data.uiapi.query.Account.edges[0]?.node.Customer_Goals__r.edges ?? []) {
        if (edge.node.Status__c.value === 'Achieved') counts['Goals achieved'] = (counts['Goals achieved'] ?? 0) + 1;
    }
    return counts;
}

/**
 * An account with `goalCount` goals of five KPIs each, as the preview answers the panel's query for
 * the given limits: goals by name, KPIs by goal name then name, with totals and next-page flags.
 */
function largeAccount(goalLimit: number, kpiLimit: number, goalCount = 100): unknown {
    const base = clone(northwind);
    const account = accountOf(base);
    const goalTemplate = account.Customer_Goals__r.edges[0]?.node;
    const kpiTemplate = base.uiapi.query.Customer_KPI__c.edges[0]?.node;
    if (!goalTemplate || !kpiTemplate) throw new Error('fixture has no goal or KPI');
    const pad = (n: number): string => String(n).padStart(3, '0');
    const goals = Array.from({ length: goalCount }, (_, g) => ({
        ...clone(goalTemplate),
        Id: `a0G00000000${pad(g)}AAA`,
        Name: { value: `Goal ${pad(g)}` },
        KPI_Count__c: { value: 5 }
    }));
    const kpis = goals.flatMap((goal, g) =>
        Array.from({ length: 5 }, (_, k) => ({
            ...clone(kpiTemplate),
            Id: `a0K0000000${pad(g)}${k}AAA`,
            Name: { value: `Measure ${k + 1}` },
            Customer_Goal__c: { value: goal.Id }
        }))
    );
    const page = <T>(list: T[], limit: number): unknown => ({
        edges: list.slice(0, limit).map((node) => ({ node })),
        pageInfo: { hasNextPage: limit < list.length, endCursor: null },
        totalCount: list.length
    });
    return {
        uiapi: {
            query: {
                Account: { edges: [{ node: { ...account, Customer_Goals__r: page(goals, goalLimit) } }] },
                Customer_KPI__c: page(kpis, kpiLimit),
                KPI_Measurement__c: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } },
                Opportunity: base.uiapi.query.Opportunity
            }
        }
    };
}

describe('one GraphQL request per panel load', () => {
    it('configures exactly one graphql wire with the panel query, and its children read nothing', async () => {
        const element = await mount(northwind);
        expect(inGoals(element, 'c-account-kpi-item')).toHaveLength(3);
        expect(wire.instances).toBe(1);
        expect(wire.requests).toHaveLength(1);
        expect(wire.requests[0]?.query).toBe(String(ACCOUNT_OUTCOMES_QUERY));
        expect(wire.requests[0]?.operationName).toBe('AccountOutcomes');
        expect(wire.requests[0]?.variables).toEqual({
            recordId: accountOf(northwind).Id,
            goalLimit: 20,
            kpiLimit: 100,
            measurementLimit: 500,
            dealLimit: 10,
            statuses: ['Overdue', 'Due soon']
        });
        expect(mutate).not.toHaveBeenCalled();
    });

    it('asks nothing until the page gives the record Id', async () => {
        const element = createElement('c-account-outcomes', { is: AccountOutcomes });
        document.body.appendChild(element);
        await flush();
        expect(wire.requests).toHaveLength(0);
        Object.assign(element, { recordId: accountOf(northwind).Id });
        await flush();
        expect(wire.requests).toHaveLength(1);
    });

    it('reads goals as the account child relationship and KPIs, readings and due deals as root fields of that one query', () => {
        const query = String(ACCOUNT_OUTCOMES_QUERY);
        for (const part of [
            'Account(where: { Id: { eq: $recordId } }, first: 1)',
            'Customer_Goals__r(first: $goalLimit',
            'Customer_KPI__c(',
            'where: { Customer_Goal__r: { Account__c: { eq: $recordId } } }',
            'KPI_Measurement__c(',
            'where: { Customer_KPI__r: { Customer_Goal__r: { Account__c: { eq: $recordId } } } }',
            'Opportunity(',
            'where: { AccountId: { eq: $recordId }, IsWon: { eq: true }, Follow_Up_Status__c: { in: $statuses } }',
            'orderBy: { Next_Follow_Up_Due__c: { order: ASC } }'
        ]) {
            expect(query).toContain(part);
        }
        expect(query.match(/pageInfo/g)?.length).toBe(4);
        // No child relationship under a child relationship: the wire adapter reads one level.
        expect(query).not.toMatch(/Customer_Goals__r\([^)]*\)\s*{\s*edges\s*{\s*node\s*{[^}]*Customer_KPIs__r/);
    });
});

describe('states', () => {
    it('shows a spinner while loading', async () => {
        const element = await mount(null);
        expect(one(shadow(one(root(element), 'c-outcomes-panel-frame')), 'lightning-spinner')).toBeTruthy();
        await expect(element).toBeAccessible();
    });

    it('loaded: groups the goals by stakeholder, company goals first, each KPI with status, values, progress and trend', async () => {
        const element = await mount(northwind);
        const r = root(element);
        expect(all(r, '.group-heading').map(text)).toEqual([
            'Company goals',
            'Luis Ortega (VP Operations)',
            'Tom Becker (Accounts Receivable Manager)'
        ]);
        expect(inGoals(element, '.goal-name').map(text)).toEqual([
            'Cut days sales outstanding from 60 to 40 days',
            'Stop paying carrier invoices with billing errors',
            'Clear the unapplied-cash backlog and keep it under 25 items'
        ]);
        const dso = kpiItem(element, 'Days sales outstanding');
        const row = shadow(one(shadow(dso), 'c-kpi-row'));
        expect(Reflect.get(one(row, 'lightning-badge'), 'label')).toBe('On track');
        expect(text(one(row, '.kpi-baseline'))).toBe('60 days on 12/12/2025');
        expect(text(one(row, '.kpi-current'))).toBe('58 days as of 1/26/2026');
        expect(text(one(row, '.kpi-target'))).toBe('40 days by 12/17/2026');
        const bar = shadow(one(row, 'c-kpi-progress-bar'));
        expect(Reflect.get(one(bar, 'lightning-progress-bar'), 'value')).toBe(10);
        expect(text(one(bar, '.progress-text'))).toBe('10% of the way from 60 to 40 days');
        expect(trendLabel(dso)).toBe('Days sales outstanding: 60 days on 12/12/2025, 58 days on 1/26/2026; target 40 days');
        // No line without two readings: it says so instead.
        expect(text(one(shadow(one(shadow(kpiItem(element, 'Unapplied cash items')), 'c-kpi-trend-line')), '.trend-summary'))).toBe(
            'No readings yet'
        );
        expect(text(one(showMore(element), '.shown-text'))).toBe('Showing 3 of 3 goals');
        expect(showMore(element).querySelector('.show-more')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it("lists the account's won deals due for follow-up, linked, with days overdue counted from today", async () => {
        const element = await mount(northwind);
        const list = shadow(one(root(element), 'c-follow-up-deal-list'));
        const links = all(list, '.deal-link');
        expect(links.map(text)).toEqual(['Northwind Logistics - Accounts Receivable Automation']);
        expect(links[0]?.getAttribute('href')).toBe('https://www.example.com');
        // Due 2026-02-10, today 2026-03-02.
        expect(all(list, '.days-text').map(text)).toEqual(['20 days overdue']);
        const badge = shadow(one(list, 'c-follow-up-status-badge'));
        expect(Reflect.get(one(badge, 'lightning-badge'), 'label')).toBe('Follow-up overdue');
        expect(text(one(badge, '.last-check-in'))).toBe('No check-in yet');
        expect(text(one(list, '.deal-amount'))).toBe('Amount: $148,000.00');
        expect(list.querySelector('.deal-account')).toBeNull();
    });

    it('an account whose deals are all followed up says so', async () => {
        const element = await mount(meridian);
        expect(root(element).querySelector('c-follow-up-deal-list')).toBeNull();
        expect(text(one(root(element), '.no-deals-due'))).toBe('No won deal of this account needs a check-in now.');
        await expect(element).toBeAccessible();
    });

    it('empty: an account with no goals says how goals get there', async () => {
        const element = await mount(noGoals);
        const r = root(element);
        expect(text(one(r, '.no-goals'))).toBe(
            'No goals recorded for this account yet. Capture how the customer is measured on one of its opportunities.'
        );
        expect(r.querySelector('lightning-radio-group')).toBeNull();
        expect(Object.values(renderedCounts(element))).toEqual([0, 0, 0, 0, 0, 0, 0]);
        await expect(element).toBeAccessible();
    });

    it('not found: an account the user cannot see', async () => {
        const data = clone(northwind);
        data.uiapi.query.Account.edges = [];
        const element = await mount(data, { recordId: accountOf(northwind).Id });
        expect(text(one(root(element), '.not-found'))).toBe("This account isn't available to you.");
        await expect(element).toBeAccessible();
    });

    it('error: says what failed and retries the same query', async () => {
        const refresh = jest.fn(() => Promise.resolve());
        const element = await mount(null);
        wire.emitErrors(loadError, undefined, refresh);
        await flush();
        const status = shadow(one(root(element), 'c-outcomes-panel-frame'));
        const alert = one(status, '[role="alert"]');
        expect(text(alert)).toContain("Customer outcomes couldn't be loaded: Validation error of type FieldUndefined");
        await expect(element).toBeAccessible();
        one(status, '.retry').click();
        await flush();
        expect(refresh).toHaveBeenCalledTimes(1);
        wire.emit(northwind, undefined, refresh);
        await flush();
        expect(root(element).querySelector('c-outcomes-panel-frame')).not.toBeNull();
        expect(shadow(one(root(element), 'c-outcomes-panel-frame')).querySelector('[role="alert"]')).toBeNull();
        expect(inGoals(element, 'c-account-kpi-item')).toHaveLength(3);
        expect(wire.requests).toHaveLength(1);
    });
});

describe('value summary', () => {
    it.each([
        ['Northwind', northwind],
        ['Meridian', meridian],
        ['Cobalt Ridge', cobaltRidge]
    ])('%s: the counts equal those counted from the data', async (_name, data) => {
        const element = await mount(data);
        expect(renderedCounts(element)).toEqual(countFromFixture(data));
        await expect(element).toBeAccessible();
    });

    it('says it in words too', async () => {
        const element = await mount(meridian);
        const summary = shadow(one(root(element), 'c-value-summary'));
        expect(text(one(summary, '.summary-sentence'))).toBe('2 of 4 KPIs achieved or on track; 2 of 4 goals achieved');
        expect(all(summary, '.status-words').map(text)).toEqual([
            'Achieved',
            'On track',
            'At risk',
            'Off track',
            'Not measured',
            'Missing baseline or target',
            'Goals achieved'
        ]);
        expect(summary.querySelector('.summary-partial')).toBeNull();
    });
});

describe('grouping', () => {
    it('switches between by stakeholder and by goal with a labelled radio group', async () => {
        const element = await mount(meridian);
        const r = root(element);
        const group = one(r, 'lightning-radio-group');
        expect(Reflect.get(group, 'label')).toBe('Group goals by');
        expect(Reflect.get(group, 'type')).toBe('button');
        expect(Reflect.get(group, 'options')).toEqual([
            { label: 'Stakeholder', value: 'stakeholder' },
            { label: 'Goal', value: 'goal' }
        ]);
        expect(Reflect.get(group, 'value')).toBe('stakeholder');
        expect(all(r, '.group-heading').map(text)).toEqual([
            'Company goals',
            'Greg Halvorsen (VP Operations)',
            'Teresa Vance (Controller)'
        ]);
        const before = inGoals(element, 'c-account-kpi-item');

        change(group, { value: 'goal' });
        await flush();
        expect(Reflect.get(group, 'value')).toBe('goal');
        expect(all(r, '.group-heading')).toHaveLength(0);
        expect(inGoals(element, '.goal-name').map(text)).toEqual(
            meridian.uiapi.query.Account.edges[0]?.node.Customer_Goals__r.edges.map((e) => e.node.Name.value)
        );
        expect(inGoals(element, '.goal-name').map((h) => h.getAttribute('aria-level'))).toEqual(['4', '4', '4', '4']);
        expect(inGoals(element, '.goal-stakeholder').map(text)).toContain('Stakeholder: Teresa Vance (Controller)');
        // Same view, regrouped: the KPI items are not rebuilt from the data.
        expect(inGoals(element, 'c-account-kpi-item').map((i) => Reflect.get(i, 'item'))).toEqual(
            expect.arrayContaining(before.map((i) => Reflect.get(i, 'item')))
        );
        await expect(element).toBeAccessible();

        change(group, { value: 'stakeholder' });
        await flush();
        expect(all(r, '.group-heading')).toHaveLength(3);
        expect(wire.requests).toHaveLength(1);
    });

    it('starts grouped by goal when the page says so', async () => {
        const element = await mount(meridian, { defaultGrouping: 'Goal' });
        expect(Reflect.get(one(root(element), 'lightning-radio-group'), 'value')).toBe('goal');
        expect(all(root(element), '.group-heading')).toHaveLength(0);
        await expect(element).toBeAccessible();
    });
});

describe('recording a reading', () => {
    async function openForm(element: HTMLElement): Promise<ShadowRoot> {
        const item = kpiItem(element, 'Days sales outstanding');
        one(shadow(item), '.record-reading').click();
        await flush();
        return shadow(one(shadow(item), '.measurement-form'));
    }

    it('saves value, date (today unless changed), source and confirmation in one request, then re-reads', async () => {
        mutate.mockResolvedValue(recordReadingSuccess);
        const refresh = jest.fn(() => Promise.resolve());
        const element = await mount(northwind, {}, refresh);
        const seen = toasts(element);
        const form = await openForm(element);
        expect(Reflect.get(byLabel(form, 'lightning-input', 'Measured On'), 'value')).toBe(TODAY);
        expect(Reflect.get(byLabel(form, 'lightning-input', 'Measured On'), 'max')).toBe(TODAY);
        change(byLabel(form, 'lightning-input', 'Value (days)'), { value: '55' });
        change(byLabel(form, 'lightning-combobox', 'Source'), { value: 'System data' });
        change(byLabel(form, 'lightning-input', 'Customer Confirmed'), { checked: true });
        formButton(form, 'save').click();
        await flush();

        expect(mutate).toHaveBeenCalledTimes(1);
        const call = mutate.mock.calls[0]?.[0];
        expect(call?.query).toBe(RECORD_MEASUREMENT_MUTATION);
        expect(String(call?.query)).toContain('uiapi(input: { allOrNone: true })');
        const dsoId = northwind.uiapi.query.Customer_KPI__c.edges.find((e) => e.node.Name.value === 'Days sales outstanding')?.node.Id;
        expect(call?.variables).toEqual({
            input: {
                KPI_Measurement__c: {
                    Customer_KPI__c: dsoId,
                    Value__c: 55,
                    Measured_On__c: TODAY,
                    Source__c: 'System data',
                    Customer_Confirmed__c: true
                }
            }
        });
        expect(seen).toEqual(['Reading saved']);
        expect(refresh).toHaveBeenCalledTimes(1);
        expect(shadow(kpiItem(element, 'Days sales outstanding')).querySelector('.measurement-form')).toBeNull();

        wire.emit(northwindAfterReading, undefined, refresh);
        await flush();
        expect(trendLabel(kpiItem(element, 'Days sales outstanding'))).toBe(
            'Days sales outstanding: 60 days on 12/12/2025, 58 days on 1/26/2026, 55 days on 3/2/2026; target 40 days'
        );
        expect(wire.requests).toHaveLength(1);
        await expect(element).toBeAccessible();
    });

    it('a reading the org refuses keeps what was typed and puts the message on the date field', async () => {
        mutate.mockResolvedValue(recordReadingFutureError);
        const refresh = jest.fn(() => Promise.resolve());
        const element = await mount(northwind, {}, refresh);
        const seen = toasts(element);
        const form = await openForm(element);
        const validity = spyOnValidity(form);
        change(byLabel(form, 'lightning-input', 'Value (days)'), { value: '55' });
        formButton(form, 'save').click();
        await flush();
        expect(mutate).toHaveBeenCalledTimes(1);
        expect(seen).toEqual([]);
        expect(refresh).not.toHaveBeenCalled();
        expect(validityMessages(validity)).toEqual({
            'Measured On': "Measured on can't be in the future. Enter the date the value was measured: today or earlier."
        });
        expect(Reflect.get(byLabel(form, 'lightning-input', 'Value (days)'), 'value')).toBe('55');
        expect(text(formErrorAlert(form))).toContain('Nothing was saved. Fix the highlighted fields and save again.');
        await expect(element).toBeAccessible();
    });

    it('text in the value field is stopped on the field, with nothing sent', async () => {
        const element = await mount(northwind);
        const form = await openForm(element);
        const validity = spyOnValidity(form);
        change(byLabel(form, 'lightning-input', 'Value (days)'), { value: 'about 50' });
        change(byLabel(form, 'lightning-input', 'Measured On'), { value: '2026-03-09' });
        formButton(form, 'save').click();
        await flush();
        expect(mutate).not.toHaveBeenCalled();
        expect(validityMessages(validity)).toEqual({
            'Value (days)': 'Enter a number, such as 42 or 3.5.',
            'Measured On': "Measured on can't be in the future. Enter the date the value was measured: today or earlier."
        });
        expect(Reflect.get(byLabel(form, 'lightning-input', 'Value (days)'), 'value')).toBe('about 50');
        await expect(element).toBeAccessible();
    });

    it('a network failure saves nothing and says so on the form', async () => {
        mutate.mockRejectedValue(new Error('Failed to fetch'));
        const element = await mount(northwind);
        const form = await openForm(element);
        change(byLabel(form, 'lightning-input', 'Value (days)'), { value: '55' });
        formButton(form, 'save').click();
        await flush();
        expect(text(formErrorAlert(form))).toContain('Nothing was saved: Failed to fetch');
        expect(Reflect.get(byLabel(form, 'lightning-input', 'Value (days)'), 'value')).toBe('55');
        await expect(element).toBeAccessible();
    });

    it('cancel closes the form without a request', async () => {
        const element = await mount(northwind);
        const form = await openForm(element);
        formButton(form, 'cancel').click();
        await flush();
        expect(shadow(kpiItem(element, 'Days sales outstanding')).querySelector('.measurement-form')).toBeNull();
        expect(mutate).not.toHaveBeenCalled();
    });
});

describe('a large account (100 goals, 500 KPIs)', () => {
    it('renders the first page of goals without rendering every KPI, and "Show more goals" asks for the next page', async () => {
        const started = performance.now();
        const element = await mount(largeAccount(20, 100));
        const elapsed = performance.now() - started;
        console.log(`first page rendered in ${Math.round(elapsed)} ms`);
        const r = root(element);
        expect(inGoals(element, '.account-goal')).toHaveLength(20);
        expect(inGoals(element, 'c-account-kpi-item')).toHaveLength(100);
        expect(elapsed).toBeLessThan(10000);
        expect(text(one(showMore(element), '.shown-text'))).toBe('Showing 20 of 100 goals');
        expect(text(one(shadow(one(r, 'c-value-summary')), '.summary-partial'))).toBe(
            'Counted from the 20 of 100 goals and 100 of 500 KPIs loaded so far. Show more to count the rest.'
        );
        await expect(element).toBeAccessible();

        one(showMore(element), '.show-more').click();
        await flush();
        expect(Reflect.get(one(showMore(element), '.show-more'), 'disabled')).toBe(true);
        expect(wire.requests).toHaveLength(2);
        expect(wire.requests[1]?.query).toBe(String(ACCOUNT_OUTCOMES_QUERY));
        expect(wire.requests[1]?.variables).toEqual(accountOutcomesVariables(accountOf(northwind).Id, 2));
        expect(wire.requests[1]?.variables).toMatchObject({ goalLimit: 40, kpiLimit: 200, measurementLimit: 1000 });

        wire.emit(largeAccount(40, 200));
        await flush();
        expect(inGoals(element, '.account-goal')).toHaveLength(40);
        expect(inGoals(element, 'c-account-kpi-item')).toHaveLength(200);
        expect(Reflect.get(one(showMore(element), '.show-more'), 'disabled')).toBe(false);
    }, 60000);

    it('says when a goal has more KPIs than the page loaded', async () => {
        const element = await mount(largeAccount(20, 98));
        const notes = inGoals(element, '.kpis-not-loaded').map(text);
        expect(notes).toEqual(['2 more KPIs of this goal are not loaded yet.']);
    });

    it('asks for larger pages when the page is set to show more goals at once', async () => {
        await mount(null, { goalsPerPage: 50 });
        expect(wire.requests[0]?.variables).toMatchObject({ goalLimit: 50, kpiLimit: 250, measurementLimit: 1250 });
    });
});
