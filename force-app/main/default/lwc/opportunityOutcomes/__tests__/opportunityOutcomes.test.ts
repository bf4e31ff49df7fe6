import '#test/jest/installLabels';
import { createElement } from 'lwc';
import { executeMutation } from 'lightning/graphql';
import { notifyRecordUpdateAvailable, updateRecord } from 'lightning/uiRecordApi';
import OpportunityOutcomes from 'c/opportunityOutcomes';
import { OPPORTUNITY_OUTCOMES_QUERY } from 'c/outcomesQueries';
import { todayIso } from 'c/outcomesFormat';
import {
    byLabel,
    change,
    deepAll,
    deepOne,
    deepQuery,
    flush,
    formButton,
    formErrorAlert,
    panelHeading,
    removeAll,
    shadow,
    spyOnValidity,
    text,
    validityMessages,
    wire,
    withHiddenContactRole
} from './outcomesTestSupport';
import openNoGoals from './data/openNoGoals.json';
import openPastThreshold from './data/openPastThresholdNoKpis.json';
import openWithGoals from './data/openWithGoals.json';
import wonOverdue from './data/wonOverdue.json';
import wonWithHistory from './data/wonWithHistory.json';
import lost from './data/lost.json';
import noAccount from './data/noAccount.json';
import loadError from './data/loadError.json';
import logCheckInSuccess from './data/logCheckInSuccess.json';
import logCheckInReadingError from './data/logCheckInReadingError.json';
import goalRuleError from './data/goalRuleError.json';

/** The won Northwind deal and its two KPIs, as the generated fixture names them. */
const NORTHWIND_AR = wonOverdue.uiapi.query.Opportunity.edges[0]!.node.Id;
const kpiId = (name: string): string => wonOverdue.uiapi.query.Customer_KPI__c.edges.find((edge) => edge.node.Name.value === name)!.node.Id;
const DSO = kpiId('Days sales outstanding');
const UNAPPLIED = kpiId('Unapplied cash items');

const mutate = jest.mocked(executeMutation);
const notify = jest.mocked(notifyRecordUpdateAvailable);

let focus: jest.SpyInstance;

beforeEach(() => {
    wire.resetRequests();
    focus = jest.spyOn(HTMLElement.prototype, 'focus');
});

afterEach(() => {
    removeAll();
    jest.clearAllMocks();
    jest.restoreAllMocks();
});

function idOf(data: unknown): string {
    const id: unknown = Reflect.get(
        Reflect.get(Reflect.get(Reflect.get(Reflect.get(data ?? {}, 'uiapi'), 'query'), 'Opportunity'), 'edges')[0].node,
        'Id'
    );
    return String(id);
}

/** Mounts the panel on a record page and, unless told not to, answers its query. */
async function mount(data: unknown, props: Record<string, unknown> = {}, refresh?: () => Promise<void>): Promise<HTMLElement> {
    const element = createElement('c-opportunity-outcomes', { is: OpportunityOutcomes });
    Object.assign(element, { recordId: data ? idOf(data) : NORTHWIND_AR, ...props });
    document.body.appendChild(element);
    if (data) wire.emit(data, undefined, refresh);
    await flush();
    return element;
}

function root(element: HTMLElement): ShadowRoot {
    return shadow(element);
}

function toasts(element: HTMLElement): string[] {
    const seen: string[] = [];
    element.addEventListener('lightning__showtoast', (event) => seen.push(String(Reflect.get(Reflect.get(event, 'detail'), 'title'))));
    return seen;
}

function firstNode<T>(data: { uiapi: { query: { Opportunity: { edges: { node: T }[] } } } }): T {
    const node = data.uiapi.query.Opportunity.edges[0]?.node;
    if (!node) throw new Error('fixture has no opportunity');
    return node;
}

function clone<T>(data: T): T {
    return JSON.parse(JSON.stringify(data));
}

describe('one GraphQL request per panel load', () => {
    it('configures exactly one graphql wire with the panel query, and nothing else', async () => {
        const element = await mount(wonOverdue);
        // Children (KPI rows, badge, progress bars) rendered: they must not read anything themselves.
        expect(deepAll(root(element), 'c-kpi-row')).toHaveLength(2);
        expect(wire.instances).toBe(1);
        expect(wire.requests).toHaveLength(1);
        expect(wire.requests[0]?.query).toBe(String(OPPORTUNITY_OUTCOMES_QUERY));
        expect(wire.requests[0]?.variables).toEqual({
            recordId: NORTHWIND_AR,
            goalLimit: 50,
            kpiLimit: 200,
            contactRoleLimit: 50,
            contactLimit: 200,
            checkInLimit: 5
        });
        expect(mutate).not.toHaveBeenCalled();
    });

    it('asks nothing until the page gives the record Id', async () => {
        const element = createElement('c-opportunity-outcomes', { is: OpportunityOutcomes });
        document.body.appendChild(element);
        await flush();
        expect(wire.requests).toHaveLength(0);
        Object.assign(element, { recordId: NORTHWIND_AR });
        await flush();
        expect(wire.requests).toHaveLength(1);
    });

    it('reads the deal, contact roles, goals, check-ins, KPIs and contacts in that one query', () => {
        const query = String(OPPORTUNITY_OUTCOMES_QUERY);
        for (const part of [
            'Opportunity(where: { Id: { eq: $recordId } }',
            'OpportunityContactRoles(first: $contactRoleLimit)',
            'Customer_Goals__r(first: $goalLimit',
            'Success_Check_Ins__r(first: $checkInLimit',
            'Customer_KPI__c(',
            'Customer_Goal__r: { Originating_Opportunity__c: { eq: $recordId } }',
            'Contact(',
            'pageInfo'
        ]) {
            expect(query).toContain(part);
        }
    });

    it('asks for more goals and KPIs with one more request when the user wants them', async () => {
        const data = clone(wonOverdue);
        data.uiapi.query.Customer_KPI__c.pageInfo.hasNextPage = true;
        const element = await mount(data);
        deepOne(root(element), '.load-more').click();
        await flush();
        expect(wire.requests).toHaveLength(2);
        expect(wire.requests[1]?.variables).toMatchObject({ goalLimit: 100, kpiLimit: 400 });
    });
});

describe('open deal', () => {
    it('shows a spinner while loading', async () => {
        const element = await mount(null);
        expect(deepOne(root(element), 'lightning-spinner')).toBeTruthy();
        await expect(element).toBeAccessible();
    });

    it('with no goals: asks how the customer is measured and offers to add a goal', async () => {
        const element = await mount(openNoGoals);
        const r = root(element);
        expect(panelHeading(r)).toBe('How is your customer measured?');
        expect(text(deepOne(r, '.intro'))).toContain('how each is measured');
        // Nothing yet reads as what to do, never "0 of 0".
        expect(text(deepOne(r, '.roles-with-goal'))).toBe('No one involved yet: add contact roles, or a goal for each person.');
        expect(text(deepOne(r, '.kpis-measurable'))).toBe('No KPI yet: add one to each goal.');
        expect(text(deepOne(r, '.next-action'))).toBe('Ask your customer how the company is measured, and add it as a company goal.');
        expect(text(deepOne(r, '.no-goals'))).toBe('No goals recorded for this deal yet.');
        expect(deepQuery(r, '.metrics-warning')).toBeNull();
        expect(deepQuery(r, '.add-goal')).not.toBeNull();
        expect(deepQuery(r, '.follow-up')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('past the threshold with no measurable KPI: warns, with the probability and the threshold', async () => {
        const element = await mount(openPastThreshold);
        const r = root(element);
        const warning = deepOne(shadow(deepOne(r, '.metrics-warning')), '[role="status"]');
        expect(warning.getAttribute('role')).toBe('status');
        expect(text(warning)).toContain('This deal is at 90% probability, past the 40% threshold');
        expect(text(deepOne(r, '.next-action'))).toBe('Ask Nina Brooks (VP Store Operations) how they are measured');
        expect(deepAll(r, '.prompt').map(text)).toEqual([
            'Ask Nina Brooks (VP Store Operations) how they are measured',
            'Ask Olivia Park (Chief Financial Officer) how they are measured'
        ]);
        await expect(element).toBeAccessible();
    });

    it('with goals: groups them by stakeholder and shows each KPI with direction, baseline, target, dates and unit', async () => {
        const element = await mount(withHiddenContactRole(openWithGoals));
        const r = root(element);
        expect(deepAll(r, '.group-heading').map(text)).toEqual(['Greg Halvorsen (VP Operations)', 'Teresa Vance (Controller)']);
        expect(deepAll(r, '.goal-name').map(text)).toEqual([
            'Take field technicians off collection calls',
            'Collect service invoices in under 40 days'
        ]);
        const dso = shadow(deepAll(r, 'c-kpi-row')[1]);
        expect(text(deepOne(dso, '.kpi-name'))).toBe('Days sales outstanding');
        expect(text(deepOne(dso, '.kpi-direction'))).toBe('Lower is better');
        expect(text(deepOne(dso, '.kpi-baseline'))).toBe('52 days on 2/5/2026');
        expect(text(deepOne(dso, '.kpi-target'))).toBe('38 days by 1/26/2027');
        expect(text(deepOne(r, '.roles-with-goal'))).toBe('2 of 3 people involved have a goal');
        expect(text(deepOne(r, '.kpis-measurable'))).toBe('1 of 2 KPIs have a baseline and a target');
        expect(deepQuery(r, '.metrics-warning')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it("shows each goal's level, category, status, target date and cost as labelled values, blank ones left out", async () => {
        const data = clone(openWithGoals);
        const second = firstNode(data).Customer_Goals__r.edges[0]?.node;
        if (!second) throw new Error('fixture changed');
        Reflect.set(second, 'Category__c', { value: null, displayValue: null });
        const element = await mount(data);
        const details = deepAll(root(element), '.goal-details').map((list) =>
            deepAll(shadow(list), '.detail').map((pair) => [text(deepOne(pair, 'dt')), text(deepOne(pair, 'dd'))])
        );
        // Goals in the order shown (Greg's first); label and value apart, not run together.
        expect(details).toEqual([
            [
                ['Level', 'Individual'],
                ['Category', 'Productivity'],
                ['Status', 'Proposed'],
                ['Target date', '8/29/2026'],
                ['Cost of doing nothing', '$95,000.00']
            ],
            [
                ['Level', 'Department'],
                ['Status', 'Confirmed by customer'],
                ['Target date', '1/26/2027'],
                ['Cost of doing nothing', '$110,000.00']
            ]
        ]);
        await expect(element).toBeAccessible();
    });

    it('puts Company-level goals first', async () => {
        const data = clone(openWithGoals);
        const goal = firstNode(data).Customer_Goals__r.edges[1]?.node;
        if (!goal) throw new Error('fixture changed');
        goal.Level__c = { value: 'Company', displayValue: 'Company' };
        const element = await mount(data);
        // "Take field technicians off collection calls" (Greg's) is now company-level: it leads.
        expect(deepAll(root(element), '.group-heading').map(text)).toEqual(['Company goals', 'Teresa Vance (Controller)']);
        expect(deepAll(root(element), '.goal-name').map(text)[0]).toBe('Take field technicians off collection calls');
    });

    it('hides contact-role prompts when the design property is off', async () => {
        const element = await mount(openPastThreshold, { showContactRolePrompts: false });
        expect(deepQuery(root(element), '.prompts')).toBeNull();
    });

    it('shows the first goals and the rest on "Show all"', async () => {
        const element = await mount(openWithGoals, { goalsBeforeShowMore: 1 });
        const r = root(element);
        expect(deepAll(r, '.goal')).toHaveLength(1);
        expect(deepOne(r, '.toggle-goals').getAttribute('label') ?? Reflect.get(deepOne(r, '.toggle-goals'), 'label')).toBe(
            'Show all 2 goals'
        );
        deepOne(r, '.toggle-goals').click();
        await flush();
        expect(deepAll(r, '.goal')).toHaveLength(2);
        await expect(element).toBeAccessible();
    });

    it('renders markup typed into a goal as text', async () => {
        const data = clone(openWithGoals);
        const goal = firstNode(data).Customer_Goals__r.edges[0]?.node;
        if (!goal) throw new Error('fixture changed');
        goal.Name = { value: '<img src=x onerror=alert(1)>' };
        goal.Why_It_Matters__c = { value: '<script>alert(1)</script> 売掛金 تقليل' };
        const element = await mount(data);
        const r = root(element);
        expect(deepAll(r, '.goal-name').map(text)).toContain('<img src=x onerror=alert(1)>');
        expect(deepAll(r, '.why-it-matters').map(text)).toContain('<script>alert(1)</script> 売掛金 تقليل');
        expect(deepQuery(r, 'img')).toBeNull();
        expect(deepQuery(r, 'script')).toBeNull();
        await expect(element).toBeAccessible();
    });
});

describe('adding and editing goals and KPIs', () => {
    it('a contact-role prompt opens a goal form for that person', async () => {
        const element = await mount(openPastThreshold);
        const r = root(element);
        deepOne(r, '.add-goal-for').click();
        await flush();
        const form = shadow(deepOne(r, '.goal-form'));
        const primary = firstNode(openPastThreshold).OpportunityContactRoles.edges.find((e) => e.node.IsPrimary.value);
        expect(primary?.node.Contact.Name.value).toBe('Nina Brooks');
        expect(Reflect.get(byLabel(form, 'lightning-combobox', 'Stakeholder'), 'value')).toBe(primary?.node.ContactId.value);
        expect(Reflect.get(byLabel(form, 'lightning-combobox', 'Level'), 'value')).toBe('Individual');
        await expect(element).toBeAccessible();
    });

    it('a form opens with focus in its first field; Cancel closes it and focus goes back to the button that opened it', async () => {
        const element = await mount(openNoGoals);
        const r = root(element);
        deepOne(r, '.add-goal').click();
        await flush();
        const form = shadow(deepOne(r, '.goal-form'));
        expect(focus.mock.contexts).toContain(byLabel(form, 'lightning-input', 'Goal'));
        formButton(form, 'cancel').click();
        await flush();
        expect(deepQuery(r, '.goal-form')).toBeNull();
        expect(focus.mock.contexts.at(-1)).toBe(deepOne(r, '.add-goal'));
    });

    it('another deal on the same panel starts clean: no form of the first deal stays open', async () => {
        const element = await mount(openNoGoals);
        const r = root(element);
        deepOne(r, '.add-goal').click();
        await flush();
        expect(deepQuery(r, '.goal-form')).not.toBeNull();
        Object.assign(element, { recordId: idOf(openWithGoals) });
        await flush();
        expect(deepQuery(r, '.goal-form')).toBeNull();
        expect(deepQuery(r, 'lightning-spinner')).not.toBeNull();
        wire.emit(openWithGoals);
        await flush();
        expect(deepAll(r, '.goal-name').map(text)).toContain('Collect service invoices in under 40 days');
        expect(deepQuery(r, '.goal-form')).toBeNull();
    });

    it('saves a new goal on the deal and its account, then refreshes', async () => {
        mutate.mockResolvedValue({ data: { uiapi: { goal: { Record: { Id: 'a0BHs0000000999AAE' } } } }, errors: undefined });
        const refresh = jest.fn(() => Promise.resolve());
        const element = await mount(openNoGoals, {}, refresh);
        const seen = toasts(element);
        const r = root(element);
        deepOne(r, '.add-goal').click();
        await flush();
        const form = shadow(deepOne(r, '.goal-form'));
        change(byLabel(form, 'lightning-input', 'Goal'), { value: 'Halve the cost of an AP invoice' });
        change(byLabel(form, 'lightning-input', 'Cost of doing nothing'), { value: '120,000' });
        formButton(form, 'save').click();
        await flush();
        expect(mutate).toHaveBeenCalledTimes(1);
        const call = mutate.mock.calls[0]?.[0];
        expect(String(call?.query)).toContain('Customer_Goal__cCreate');
        expect(call?.variables).toMatchObject({
            input: {
                Customer_Goal__c: {
                    Name: 'Halve the cost of an AP invoice',
                    Level__c: 'Company',
                    Cost_Of_Inaction__c: 120000,
                    Originating_Opportunity__c: idOf(openNoGoals)
                }
            }
        });
        expect(refresh).toHaveBeenCalledTimes(1);
        expect(seen).toEqual(['Goal saved']);
        expect(deepQuery(r, '.goal-form')).toBeNull();
    });

    it('an individual goal without a stakeholder is stopped on the field before anything is sent', async () => {
        const element = await mount(openNoGoals);
        const r = root(element);
        deepOne(r, '.add-goal').click();
        await flush();
        const form = shadow(deepOne(r, '.goal-form'));
        const validity = spyOnValidity(form);
        change(byLabel(form, 'lightning-input', 'Goal'), { value: 'Clear the backlog' });
        change(byLabel(form, 'lightning-combobox', 'Level'), { value: 'Individual' });
        formButton(form, 'save').click();
        await flush();
        expect(mutate).not.toHaveBeenCalled();
        expect(validityMessages(validity)).toEqual({
            Stakeholder:
                'An individual goal needs a stakeholder: choose the contact who is measured by this goal, or set Level to Company or Department.'
        });
        expect(Reflect.get(focus.mock.contexts.at(-1) ?? {}, 'label')).toBe('Stakeholder');
        await expect(element).toBeAccessible();
    });

    it('a goal the org rejects keeps what was typed and shows the message on the field', async () => {
        mutate.mockResolvedValue(goalRuleError);
        const element = await mount(openNoGoals);
        const seen = toasts(element);
        const r = root(element);
        deepOne(r, '.add-goal').click();
        await flush();
        const form = shadow(deepOne(r, '.goal-form'));
        const validity = spyOnValidity(form);
        change(byLabel(form, 'lightning-input', 'Goal'), { value: 'Clear the backlog' });
        formButton(form, 'save').click();
        await flush();
        expect(mutate).toHaveBeenCalledTimes(1);
        expect(seen).toEqual([]);
        expect(validityMessages(validity).Stakeholder).toContain('An individual goal needs a stakeholder');
        expect(Reflect.get(byLabel(form, 'lightning-input', 'Goal'), 'value')).toBe('Clear the backlog');
        expect(text(deepOne(formErrorAlert(form), 'p'))).toBe('Nothing was saved. Fix the highlighted fields and save again.');
    });

    it('a KPI whose target equals its baseline is stopped on the target field', async () => {
        const element = await mount(openWithGoals);
        const r = root(element);
        deepOne(r, '.add-kpi').click();
        await flush();
        const form = shadow(deepOne(r, '.kpi-form'));
        const validity = spyOnValidity(form);
        change(byLabel(form, 'lightning-input', 'KPI Name'), { value: 'Dispute rate' });
        change(byLabel(form, 'lightning-combobox', 'Direction'), { value: 'Decrease' });
        change(byLabel(form, 'lightning-input', 'Baseline Value'), { value: '12' });
        change(byLabel(form, 'lightning-input', 'Baseline Date'), { value: '2026-01-05' });
        change(byLabel(form, 'lightning-input', 'Target Value'), { value: '12' });
        change(byLabel(form, 'lightning-input', 'Target Date'), { value: '2026-09-30' });
        formButton(form, 'save').click();
        await flush();
        expect(mutate).not.toHaveBeenCalled();
        expect(validityMessages(validity)).toEqual({ 'Target Value': expect.stringContaining('Target must differ from baseline') });
        expect(Reflect.get(byLabel(form, 'lightning-input', 'Target Value'), 'value')).toBe('12');
    });

    it('saves an edited KPI with updateRecord: only the fields changed', async () => {
        const element = await mount(openWithGoals);
        const r = root(element);
        const row = deepAll(r, 'c-kpi-row')[0];
        deepOne(shadow(row), '.edit-kpi').click();
        await flush();
        const form = shadow(deepOne(r, '.kpi-form'));
        expect(Reflect.get(byLabel(form, 'lightning-input', 'KPI Name'), 'value')).toBe('Technician time on collection calls');
        change(byLabel(form, 'lightning-input', 'Baseline Value'), { value: '14' });
        change(byLabel(form, 'lightning-input', 'Baseline Date'), { value: '2026-02-01' });
        formButton(form, 'save').click();
        await flush();
        expect(mutate).not.toHaveBeenCalled();
        expect(jest.mocked(updateRecord).mock.calls[0]?.[0]).toEqual({
            fields: { Id: expect.any(String), Baseline_Value__c: 14, Baseline_Date__c: '2026-02-01' }
        });
    });
});

describe('won deal', () => {
    it('overdue: says so in words with the missed date, and offers a check-in', async () => {
        const element = await mount(wonOverdue);
        const r = root(element);
        expect(panelHeading(r)).toBe('Is your customer getting the outcome?');
        const badge = deepOne(r, 'c-follow-up-status-badge');
        expect(Reflect.get(deepOne(shadow(badge), 'lightning-badge'), 'label')).toBe('Follow-up overdue');
        expect(text(deepOne(shadow(badge), '.due-text'))).toBe('Was due 2/10/2026');
        expect(text(deepOne(r, '.no-check-ins'))).toBe('No check-ins logged yet.');
        expect(deepQuery(r, '.log-check-in')).not.toBeNull();
        expect(deepQuery(r, '.mark-complete')).not.toBeNull();
        expect(deepQuery(r, '.completeness')).toBeNull();
        const bar = deepOne(shadow(deepAll(r, 'c-kpi-row')[0]), 'c-kpi-progress-bar');
        expect(text(deepOne(shadow(bar), '.progress-text'))).toBe('10% of the way from 60 to 40 days');
        await expect(element).toBeAccessible();
    });

    it('with history: lists recent check-ins and KPI progress since baseline', async () => {
        const element = await mount(wonWithHistory);
        const r = root(element);
        expect(deepAll(r, '.check-in-title').map(text)).toEqual([
            '2/20/2026: Business review with Helen Kowalski',
            '12/4/2025: Call with Ben Adeyemi'
        ]);
        // Each check-in's labelled values, label and value apart (not run together).
        expect(
            deepAll(shadow(deepOne(r, '.check-in-details')), '.detail').map((pair) => [
                text(deepOne(pair, 'dt')),
                text(deepOne(pair, 'dd'))
            ])
        ).toEqual([
            ['Implementation status', 'Live'],
            ['Customer sentiment', 'Positive'],
            ['Next step', 'Agree which close tasks to move to day one; scope procure-to-pay with Carl.']
        ]);
        expect(Reflect.get(deepOne(shadow(deepOne(r, 'c-follow-up-status-badge')), 'lightning-badge'), 'label')).toBe(
            'Follow-up not due yet'
        );
        const texts = deepAll(r, 'c-kpi-row').map((row) =>
            text(deepOne(shadow(deepOne(shadow(row), 'c-kpi-progress-bar')), '.progress-text'))
        );
        expect(texts).toEqual(['85.7% of the way from 12 to 5 days', '66.7% of the way from 420 to 150 entries']);
        await expect(element).toBeAccessible();
    });

    it('logs a check-in with a reading per KPI in one all-or-nothing request', async () => {
        mutate.mockResolvedValue({ data: logCheckInSuccess, errors: undefined });
        const refresh = jest.fn(() => Promise.resolve());
        const element = await mount(wonOverdue, {}, refresh);
        const seen = toasts(element);
        const r = root(element);
        deepOne(r, '.log-check-in').click();
        await flush();
        const form = shadow(deepOne(r, '.check-in-form'));
        expect(Reflect.get(byLabel(form, 'lightning-input', 'Check-In Date'), 'value')).toBe(todayIso());
        change(byLabel(form, 'lightning-textarea', 'Summary'), { value: 'DSO at 55; unapplied cash down to 120.' });
        change(byLabel(form, 'lightning-input', 'Days sales outstanding (days)'), { value: '55' });
        change(byLabel(form, 'lightning-input', 'Customer confirmed the Days sales outstanding reading'), { checked: true });
        change(byLabel(form, 'lightning-input', 'Unapplied cash items (items)'), { value: '120' });
        formButton(form, 'save').click();
        await flush();

        expect(mutate).toHaveBeenCalledTimes(1);
        const call = mutate.mock.calls[0]?.[0];
        const query = String(call?.query);
        expect(query).toContain('uiapi(input: { allOrNone: true })');
        expect(query).toContain('checkIn: Success_Check_In__cCreate(input: $checkIn)');
        expect(query.match(/: KPI_Measurement__cCreate\(/g)).toHaveLength(2);
        expect(query.match(/Check_In__c: "@\{checkIn\}"/g)).toHaveLength(2);
        expect(call?.variables).toMatchObject({
            checkIn: {
                Success_Check_In__c: {
                    Opportunity__c: NORTHWIND_AR,
                    Check_In_Date__c: todayIso(),
                    Summary__c: 'DSO at 55; unapplied cash down to 120.'
                }
            },
            m0Kpi: DSO,
            m0Value: 55,
            m0Confirmed: true,
            m1Kpi: UNAPPLIED,
            m1Value: 120,
            m1Confirmed: false,
            measuredOn: todayIso()
        });
        expect(seen).toEqual(['Check-in saved']);
        expect(refresh).toHaveBeenCalledTimes(1);
        expect(notify).toHaveBeenCalledWith([{ recordId: NORTHWIND_AR }]);
        expect(deepQuery(r, '.check-in-form')).toBeNull();
    });

    it('refreshes through the latest emitted result that carries refresh (lightning/graphql has no refreshGraphQL)', async () => {
        mutate.mockResolvedValue({ data: logCheckInSuccess, errors: undefined });
        const first = jest.fn(() => Promise.resolve());
        const element = await mount(wonOverdue, {}, first);
        // A later emission without refresh (as the adapter's first, empty one is) must not lose it.
        wire.emit(wonOverdue);
        await flush();
        const r = root(element);
        deepOne(r, '.log-check-in').click();
        await flush();
        const form = shadow(deepOne(r, '.check-in-form'));
        change(byLabel(form, 'lightning-textarea', 'Summary'), { value: 'Quick call.' });
        formButton(form, 'save').click();
        await flush();
        expect(first).toHaveBeenCalledTimes(1);
        expect(String(mutate.mock.calls[0]?.[0]?.query)).not.toContain('KPI_Measurement__cCreate');
    });

    it('a failed check-in claims nothing, keeps every value typed and puts the error on the reading', async () => {
        mutate.mockResolvedValue(logCheckInReadingError);
        const refresh = jest.fn(() => Promise.resolve());
        const element = await mount(wonOverdue, {}, refresh);
        const seen = toasts(element);
        const r = root(element);
        deepOne(r, '.log-check-in').click();
        await flush();
        const form = shadow(deepOne(r, '.check-in-form'));
        const validity = spyOnValidity(form);
        change(byLabel(form, 'lightning-textarea', 'Summary'), { value: 'Numbers from the ERP export.' });
        change(byLabel(form, 'lightning-input', 'Days sales outstanding (days)'), { value: '55' });
        change(byLabel(form, 'lightning-input', 'Unapplied cash items (items)'), { value: '12345678901234' });
        formButton(form, 'save').click();
        await flush();

        expect(seen).toEqual([]);
        expect(refresh).not.toHaveBeenCalled();
        expect(notify).not.toHaveBeenCalled();
        expect(deepQuery(r, '.check-in-form')).not.toBeNull();
        expect(Reflect.get(byLabel(form, 'lightning-textarea', 'Summary'), 'value')).toBe('Numbers from the ERP export.');
        expect(Reflect.get(byLabel(form, 'lightning-input', 'Days sales outstanding (days)'), 'value')).toBe('55');
        expect(Reflect.get(byLabel(form, 'lightning-input', 'Unapplied cash items (items)'), 'value')).toBe('12345678901234');
        expect(validityMessages(validity)).toEqual({
            'Unapplied cash items (items)': 'Value: value outside of valid range on numeric field: 123456789012345'
        });
        expect(Reflect.get(focus.mock.contexts.at(-1) ?? {}, 'label')).toBe('Unapplied cash items (items)');
        await expect(element).toBeAccessible();
    });

    it('a network failure says nothing was saved, at the top of the form', async () => {
        mutate.mockRejectedValue(new Error('Failed to fetch'));
        const element = await mount(wonOverdue);
        const r = root(element);
        deepOne(r, '.log-check-in').click();
        await flush();
        const form = shadow(deepOne(r, '.check-in-form'));
        change(byLabel(form, 'lightning-textarea', 'Summary'), { value: 'Kick-off.' });
        formButton(form, 'save').click();
        await flush();
        expect(text(deepOne(formErrorAlert(form), 'p'))).toBe('Nothing was saved: Failed to fetch');
        expect(formErrorAlert(form).getAttribute('role')).toBe('alert');
        expect(focus.mock.contexts.at(-1)).toBe(formErrorAlert(form));
        expect(Reflect.get(byLabel(form, 'lightning-textarea', 'Summary'), 'value')).toBe('Kick-off.');
    });

    it('bad input never leaves the browser: blank summary, future date, text in a reading', async () => {
        const element = await mount(wonOverdue);
        const r = root(element);
        deepOne(r, '.log-check-in').click();
        await flush();
        const form = shadow(deepOne(r, '.check-in-form'));
        const validity = spyOnValidity(form);
        change(byLabel(form, 'lightning-input', 'Check-In Date'), { value: '2999-01-01' });
        change(byLabel(form, 'lightning-input', 'Days sales outstanding (days)'), { value: 'fifty-five' });
        formButton(form, 'save').click();
        await flush();
        expect(mutate).not.toHaveBeenCalled();
        expect(validityMessages(validity)).toEqual({
            'Check-In Date': expect.stringContaining("Check-in date can't be in the future"),
            Summary: 'Complete this field.',
            'Days sales outstanding (days)': 'Enter a number, such as 42 or 3.5.'
        });
        expect(Reflect.get(focus.mock.contexts.at(-1) ?? {}, 'label')).toBe('Check-In Date');
        expect(Reflect.get(byLabel(form, 'lightning-input', 'Days sales outstanding (days)'), 'value')).toBe('fifty-five');
        await expect(element).toBeAccessible();
    });

    it('marks follow-up complete after confirmation (the deal has check-ins: no reason asked)', async () => {
        mutate.mockResolvedValue({ data: { uiapi: { opportunity: { Record: { Id: '006000000000001AAA' } } } }, errors: undefined });
        const element = await mount(
            wonWithHistory,
            {},
            jest.fn(() => Promise.resolve())
        );
        const id = idOf(wonWithHistory);
        const seen = toasts(element);
        const r = root(element);
        deepOne(r, '.mark-complete').click();
        await flush();
        expect(mutate).not.toHaveBeenCalled();
        expect(deepQuery(r, '.close-reason')).toBeNull();
        await expect(element).toBeAccessible();
        deepOne(r, '.confirm-complete-button').click();
        await flush();
        expect(mutate.mock.calls[0]?.[0]?.variables).toEqual({ input: { Id: id, Opportunity: { Follow_Up_Complete__c: true } } });
        expect(seen).toEqual(['Follow-up marked complete']);
        expect(notify).toHaveBeenCalledWith([{ recordId: id }]);
    });

    it('a failed "mark complete" says why and claims nothing', async () => {
        mutate.mockResolvedValue({
            data: undefined,
            errors: [{ message: 'insufficient access rights on object id', path: ['uiapi', 'opportunity'] }]
        });
        const element = await mount(wonWithHistory);
        const seen = toasts(element);
        const r = root(element);
        deepOne(r, '.mark-complete').click();
        await flush();
        deepOne(r, '.confirm-complete-button').click();
        await flush();
        expect(text(deepOne(r, '.action-error p'))).toBe(
            "Follow-up wasn't marked complete: You don't have edit access to this opportunity, which this needs. Ask your Salesforce admin for Edit on Opportunities (profile or permission set) and edit access to this deal (owner, opportunity team or sharing)."
        );
        expect(seen).toEqual([]);
        await expect(element).toBeAccessible();
    });
});

describe('lost deal, no account, errors', () => {
    it('lost: a read-only summary', async () => {
        const element = await mount(lost);
        const r = root(element);
        expect(panelHeading(r)).toBe('Customer outcomes (deal lost)');
        expect(deepAll(r, '.goal-name').map(text)).toEqual(['Cut purchase-card reconciliation effort for clinic managers']);
        for (const action of ['.add-goal', '.edit-goal', '.add-kpi', '.log-check-in', '.mark-complete', '.prompts'])
            expect(deepQuery(r, action)).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('no account: says goals belong to an account and offers nothing that cannot be saved', async () => {
        const element = await mount(noAccount);
        const r = root(element);
        expect(text(deepOne(r, '.no-account'))).toBe(
            'Goals belong to an account. Add an account to this opportunity to record how the customer is measured.'
        );
        expect(deepQuery(r, '.add-goal')).toBeNull();
        expect(deepQuery(r, '.prompts')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('a load error says what failed and Retry asks again', async () => {
        const refresh = jest.fn(() => Promise.resolve());
        const element = await mount(null);
        wire.emitErrors(loadError, undefined, refresh);
        await flush();
        const r = root(element);
        const alert = deepOne(shadow(deepOne(r, 'c-outcomes-panel-frame')), '[role="alert"]');
        expect(alert.getAttribute('role')).toBe('alert');
        expect(text(alert)).toContain("Customer outcomes couldn't be loaded: Validation error");
        await expect(element).toBeAccessible();
        deepOne(shadow(deepOne(r, 'c-outcomes-panel-frame')), '.retry').click();
        await flush();
        expect(refresh).toHaveBeenCalledTimes(1);
        wire.emit(wonOverdue);
        await flush();
        expect(deepQuery(r, '.load-error')).toBeNull();
        expect(deepQuery(r, 'c-follow-up-status-badge')).not.toBeNull();
    });

    it('an opportunity the user cannot read', async () => {
        const data = clone(openNoGoals);
        data.uiapi.query.Opportunity.edges = [];
        const element = await mount(null);
        wire.emit(data);
        await flush();
        expect(text(deepOne(root(element), '.not-found'))).toBe("This opportunity isn't available to you.");
        await expect(element).toBeAccessible();
    });
});
