/* eslint-disable @typescript-eslint/no-explicit-any -- assertions walk GraphQL JSON responses, whose shape the query defines */
import { openStore, recordNamed, removeTempDirs, run, TODAY, type TestStore } from './support';

const OPP_NW = 'Northwind Logistics - Accounts Receivable Automation';

describe('GraphQL queries over the store', () => {
    let t: TestStore;
    beforeEach(() => {
        t = openStore({ dataFile: null });
    });
    afterAll(removeTempDirs);

    it('filters, orders, pages with opaque cursors and counts', () => {
        const query = `query page($after: String) { uiapi { query {
            Opportunity(where: { StageName: { in: ["Closed Won", "Closed Lost"] } }, orderBy: { CloseDate: { order: DESC } }, first: 3, after: $after) {
                edges { node { Name { value } CloseDate { value } } cursor }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                totalCount pageResultCount
            } } } }`;
        const first = run(t.engine, query).data.uiapi.query.Opportunity;
        expect(first.totalCount).toBe(10);
        expect(first.pageResultCount).toBe(3);
        // The deal won early keeps its Close Date months ahead: it sorts first.
        expect(first.edges.map((e: any) => e.node.CloseDate.value)).toEqual(['2026-11-12', '2026-05-26', '2026-04-26']);
        expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
        const second = run(t.engine, query, { after: first.pageInfo.endCursor }).data.uiapi.query.Opportunity;
        expect(second.edges.map((e: any) => e.node.CloseDate.value)).toEqual(['2026-04-06', '2026-04-01', '2026-02-15']);
        expect(second.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
        const third = run(t.engine, query, { after: second.pageInfo.endCursor }).data.uiapi.query.Opportunity;
        expect(third.edges.map((e: any) => e.node.CloseDate.value)).toEqual(['2026-01-26', '2026-01-06', '2025-08-19']);
        const last = run(t.engine, query, { after: third.pageInfo.endCursor }).data.uiapi.query.Opportunity;
        expect(last.edges).toHaveLength(1);
        expect(last.pageInfo.hasNextPage).toBe(false);
    });

    it('defaults to 10 records and refuses more than 2000', () => {
        const all = run(t.engine, 'query { uiapi { query { Contact { edges { node { Id } } totalCount } } } }').data.uiapi.query.Contact;
        expect(all.edges).toHaveLength(10);
        expect(all.totalCount).toBe(21);
        const tooMany = run(t.engine, 'query { uiapi { query { Contact(first: 2001) { edges { node { Id } } } } } }');
        expect(tooMany.errors?.[0]?.message).toBe('The value of first must be between 0 and 2000.');
    });

    it('orders by several keys in the order written, nulls as asked, and by parent fields', () => {
        const rows: [string, number | null][] = run(
            t.engine,
            `query { uiapi { query { Opportunity(first: 50, orderBy: { Account: { Name: { order: ASC } }, Amount: { order: DESC, nulls: LAST } }) {
                edges { node { Account { Name { value } } Amount { value } } } } } } }`
        ).data.uiapi.query.Opportunity.edges.map((e: any) => [e.node.Account.Name.value, e.node.Amount.value]);
        const expected = [...rows].sort((a, b) => a[0].localeCompare(b[0]) || (b[1] ?? -Infinity) - (a[1] ?? -Infinity));
        expect(rows).toEqual(expected);
        expect(rows[0]?.[0]).toBe('Alder & Finch Outfitters');
        // Written the other way round, amount decides first.
        const amountFirst = run(
            t.engine,
            `query { uiapi { query { Opportunity(first: 3, orderBy: { Amount: { order: DESC } , Account: { Name: { order: ASC } } }) { edges { node { Amount { value } } } } } } }`
        ).data.uiapi.query.Opportunity.edges.map((e: any) => e.node.Amount.value);
        expect(amountFirst).toEqual([...amountFirst].sort((a: number, b: number) => b - a));
    });

    it('filters on text case-insensitively, with like, not/or, and on parent fields', () => {
        const names = (where: string): string[] =>
            run(
                t.engine,
                `query { uiapi { query { Opportunity(first: 50, where: ${where}) { edges { node { Name { value } } } } } } }`
            ).data.uiapi.query.Opportunity.edges.map((e: any) => e.node.Name.value);
        expect(names('{ Account: { Name: { eq: "northwind logistics" } } }').sort()).toEqual([
            OPP_NW,
            'Northwind Logistics - Freight Audit and Pay'
        ]);
        expect(names('{ Name: { like: "%freight%" } }')).toEqual(['Northwind Logistics - Freight Audit and Pay']);
        expect(names('{ and: [{ Account: { Name: { like: "Kestrel%" } } }, { not: { StageName: { eq: "Closed Lost" } } }] }')).toHaveLength(
            3
        );
        expect(names('{ or: [{ Amount: { gt: 200000 } }, { StageName: { eq: "Prospecting" } }] }').length).toBeGreaterThanOrEqual(2);
        expect(names('{ NextStep: { eq: null }, IsWon: { eq: true } }')).toHaveLength(8);
    });

    it('semi-joins with inq/ninq: contacts of the deal account, goals without KPIs', () => {
        const opp = recordNamed(t.store, 'Opportunity', OPP_NW);
        const contacts = run(
            t.engine,
            `query c($id: ID) { uiapi { query { Contact(first: 50, where: { AccountId: { inq: { Opportunity: { Id: { eq: $id } }, ApiName: "AccountId" } } }, orderBy: { Name: { order: ASC } }) {
                edges { node { Name { value } Account { Name { value } } } } } } } }`,
            { id: opp.Id }
        ).data.uiapi.query.Contact.edges.map((e: any) => e.node);
        expect(contacts.length).toBeGreaterThan(0);
        expect(new Set(contacts.map((c: any) => c.Account.Name.value))).toEqual(new Set(['Northwind Logistics']));
        const withoutKpis = run(
            t.engine,
            `query { uiapi { query { Customer_Goal__c(where: { Id: { ninq: { Customer_KPI__c: {}, ApiName: "Customer_Goal__c" } } }) { totalCount } } } }`
        ).data.uiapi.query.Customer_Goal__c.totalCount;
        expect(withoutKpis).toBe(t.store.count('Customer_Goal__c') - t.store.count('Customer_KPI__c'));
    });

    it('filters dates by value, literal and range relative to today', () => {
        const count = (where: string): number =>
            run(t.engine, `query { uiapi { query { Opportunity(where: ${where}) { totalCount } } } }`).data.uiapi.query.Opportunity
                .totalCount;
        expect(count('{ CloseDate: { gt: { value: "2026-06-15" } } }')).toBe(8);
        expect(count('{ CloseDate: { eq: { range: { next_n_days: 30 } } } }')).toBe(2);
        expect(count('{ CloseDate: { eq: { literal: LAST_90_DAYS } } }')).toBe(4);
    });

    it('reads parent fields and child relationships with their own where, orderBy and paging', () => {
        const opp = recordNamed(t.store, 'Opportunity', 'Kestrel Precision - Financial Close Automation');
        const node = run(
            t.engine,
            `query one($id: ID) { uiapi { query { Opportunity(where: { Id: { eq: $id } }) { edges { node {
                Id ApiName DisplayValue Account { Name { value } Owner { Name { value } } }
                Success_Check_Ins__r(first: 1, orderBy: { Check_In_Date__c: { order: DESC } }, where: { Type__c: { ne: "Email" } }) {
                    edges { node { Check_In_Date__c { value displayValue } Type__c { value displayValue label } } }
                    pageInfo { hasNextPage endCursor } totalCount
                } } } } } } }`,
            { id: opp.Id.slice(0, 15) }
        ).data.uiapi.query.Opportunity.edges[0].node;
        expect(node).toMatchObject({ Id: opp.Id, ApiName: 'Opportunity', DisplayValue: 'Kestrel Precision - Financial Close Automation' });
        expect(node.Account).toEqual({ Name: { value: 'Kestrel Precision Manufacturing' }, Owner: { Name: { value: 'Jordan Lee' } } });
        expect(node.Success_Check_Ins__r).toEqual({
            edges: [
                {
                    node: {
                        Check_In_Date__c: { value: '2026-06-05', displayValue: '6/5/2026' },
                        Type__c: { value: 'Business review', displayValue: 'Business review', label: 'Business review' }
                    }
                }
            ],
            pageInfo: { hasNextPage: true, endCursor: expect.any(String) },
            totalCount: 2
        });
    });

    it('shows values and display values as the org formats them', () => {
        const opp = recordNamed(t.store, 'Opportunity', OPP_NW);
        const node = run(
            t.engine,
            `query one($id: ID) { uiapi { query { Opportunity(where: { Id: { eq: $id } }) { edges { node {
                Amount { value displayValue } Probability { value displayValue } CloseDate { value displayValue format }
                IsWon { value displayValue } Name { value displayValue } WeakEtag LastModifiedDate { value } RecordTypeId(fallback: true) { value }
            } } } } } }`,
            { id: opp.Id }
        ).data.uiapi.query.Opportunity.edges[0].node;
        expect(node.Amount).toEqual({ value: 148000, displayValue: '$148,000.00' });
        expect(node.Probability).toEqual({ value: 100, displayValue: '100%' });
        expect(node.CloseDate).toEqual({ value: '2026-04-26', displayValue: '4/26/2026', format: 'M/d/yyyy' });
        expect(node.IsWon).toEqual({ value: true, displayValue: null });
        expect(node.Name.displayValue).toBeNull();
        expect(node.WeakEtag).toBe(Date.parse(node.LastModifiedDate.value));
        expect(node.RecordTypeId.value).toBe('012000000000000AAA');
    });

    it('computes formulas and roll-ups as the data-model truth tables do', () => {
        const kpi = recordNamed(t.store, 'Customer_KPI__c', 'Days sales outstanding');
        // Decrease KPI 60 → 40; a reading of 45 is 75% of the way.
        t.store.create('KPI_Measurement__c', { Customer_KPI__c: kpi.Id, Value__c: 45, Measured_On__c: TODAY });
        const node = run(
            t.engine,
            `query k($id: ID) { uiapi { query { Customer_KPI__c(where: { Id: { eq: $id } }) { edges { node {
                Current_Value__c { value } Current_As_Of__c { value } Progress__c { value displayValue } KPI_Status__c { value }
                Measurement_Count__c { value } Last_Measured_On__c { value } } } } } } }`,
            { id: kpi.Id }
        ).data.uiapi.query.Customer_KPI__c.edges[0].node;
        expect(node).toEqual({
            Current_Value__c: { value: 45 },
            Current_As_Of__c: { value: TODAY },
            Progress__c: { value: 75, displayValue: '75.0%' },
            // Expected progress is 80/370 days = 21.6%; 75% is ahead of it.
            KPI_Status__c: { value: 'On track' },
            Measurement_Count__c: { value: 3 },
            Last_Measured_On__c: { value: TODAY }
        });
    });

    it('follow-up status: overdue 50 days after a win with no check-in, not due after one is logged', () => {
        const opp = recordNamed(t.store, 'Opportunity', OPP_NW);
        const status = (): unknown =>
            run(
                t.engine,
                'query s($id: ID) { uiapi { query { Opportunity(where: { Id: { eq: $id } }) { edges { node { Follow_Up_Status__c { value } Next_Follow_Up_Due__c { value } } } } } } }',
                {
                    id: opp.Id
                }
            ).data.uiapi.query.Opportunity.edges[0].node;
        expect(status()).toEqual({ Follow_Up_Status__c: { value: 'Overdue' }, Next_Follow_Up_Due__c: { value: '2026-05-26' } });
        const created = run(
            t.engine,
            `mutation log($opp: IdOrRef!) { uiapi(input: { allOrNone: true }) {
                Success_Check_In__cCreate(input: { Success_Check_In__c: { Opportunity__c: $opp, Summary__c: "Go-live review", Type__c: "Call" } }) { Record { Id Check_In_Date__c { value } } }
            } }`,
            { opp: opp.Id }
        );
        expect(created.errors).toBeUndefined();
        // Check_In_Date__c defaults to TODAY(); the next check-in is due 90 days later.
        expect(created.data.uiapi.Success_Check_In__cCreate.Record.Check_In_Date__c.value).toBe(TODAY);
        expect(status()).toEqual({ Follow_Up_Status__c: { value: 'Not due' }, Next_Follow_Up_Due__c: { value: '2026-09-13' } });
    });

    it('a per-request today changes the follow-up status', () => {
        const opp = recordNamed(t.store, 'Opportunity', 'Brightwater Health Partners - Patient Billing Service Desk');
        const query =
            'query s($id: ID) { uiapi { query { Opportunity(where: { Id: { eq: $id } }) { edges { node { Follow_Up_Status__c { value } } } } } } }';
        const at = (today?: string): unknown =>
            run(t.engine, query, { id: opp.Id }, today).data.uiapi.query.Opportunity.edges[0].node.Follow_Up_Status__c.value;
        expect(at()).toBe('Due soon');
        expect(at('2026-05-27')).toBe('Not due');
        expect(at('2026-07-01')).toBe('Overdue');
        t.store.setToday('2026-07-01');
        expect(at()).toBe('Overdue');
        expect(run(t.engine, query, { id: opp.Id }, '2026-13-01').errors?.[0]?.message).toContain('YYYY-MM-DD');
    });

    it('scope MINE returns the running user records', () => {
        const mine = run(t.engine, 'query { uiapi { query { Opportunity(scope: MINE) { totalCount } } } }').data.uiapi.query.Opportunity
            .totalCount;
        expect(mine).toBe(t.store.count('Opportunity'));
    });
});
