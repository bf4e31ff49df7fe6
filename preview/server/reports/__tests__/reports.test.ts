import { addDays } from '../../../../core/dates';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
/* eslint-disable @typescript-eslint/no-explicit-any -- the independent expectations walk GraphQL JSON, whose shape each query defines */
import type { ReportGroup, ReportResult } from '../../../shared/reports';
import { openStore, recordNamed, removeTempDirs, run, SOURCE_DIR, TODAY, type TestStore } from '../../__tests__/support';
import { loadReports, type ReportDefinition } from '../definitions';
import { runReport } from '../engine';
import { dashboardResult, reportCatalog, reportResult } from '../service';

/**
 * The package's reports, run by the preview's report engine from their own XML over the sample
 * data, checked against answers the tests work out independently: plain filtering of what the
 * GraphQL stand-in returns, with the policy read from the custom metadata record. A second rep
 * takes two won deals, so "by rep" has more than one group.
 */

let t: TestStore;
let samId: string;

const OTHER_REP = 'Sam Rivera';

beforeAll(() => {
    t = openStore();
    const { store } = t;
    samId = store.create('User', { FirstName: 'Sam', LastName: 'Rivera', Email: 'sam.rivera@example.com' }, { mode: 'system' }).Id;
    for (const name of ['Brightwater Health Partners - Patient Billing Service Desk', 'Kestrel Precision - Financial Close Automation'])
        store.update(recordNamed(store, 'Opportunity', name).Id, { OwnerId: samId }, { mode: 'system' });
});
afterAll(removeTempDirs);

function edges(data: any, object: string): any[] {
    return (data.uiapi.query[object].edges as any[]).map((e) => e.node);
}

function query(q: string): any {
    const response = run(t.engine, q);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data;
}

/** Every detail row of a report as { group path, cells by column label }. */
function detailRows(result: ReportResult): { groups: string[]; cells: Record<string, string> }[] {
    const out: { groups: string[]; cells: Record<string, string> }[] = [];
    const cells = (row: ReportResult['rows'][number]): Record<string, string> =>
        Object.fromEntries(result.columns.map((c, i) => [c.label, row.cells[i]?.display ?? '']));
    const visit = (group: ReportGroup, path: string[]): void => {
        const here = [...path, group.display];
        group.rows.forEach((row) => out.push({ groups: here, cells: cells(row) }));
        group.groups.forEach((g) => visit(g, here));
    };
    result.rows.forEach((row) => out.push({ groups: [], cells: cells(row) }));
    result.groups.forEach((g) => visit(g, []));
    return out;
}

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
    const out: Record<string, number> = {};
    for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
    return out;
}

function report(name: string): ReportResult {
    const result = reportResult(t.store, name);
    if (!result) throw new Error(`no report ${name}`);
    expect(result.notes).toEqual([]);
    return result;
}

describe('the package reports over the sample data', () => {
    it('lists the five reports of the Customer Outcomes folder and its dashboard', () => {
        const catalog = reportCatalog(t.store);
        // Every report of the folder in force-app, by its <name>.
        const folder = join(SOURCE_DIR, 'reports', 'Customer_Outcomes');
        const names = readdirSync(folder)
            .filter((f) => f.endsWith('.report-meta.xml'))
            .map((f) => /<name>([^<]+)<\/name>/.exec(readFileSync(join(folder, f), 'utf8'))?.[1]);
        expect(names).toEqual(expect.arrayContaining(['Won Deals Lacking Follow-Up', 'Follow-Up Closed Without Check-In']));
        expect(catalog.reports.map((r) => r.label).sort()).toEqual([...names].sort());
        expect(new Set(catalog.reports.map((r) => r.folder))).toEqual(new Set(['Customer Outcomes']));
        for (const r of catalog.reports) expect(r.description).toMatch(/\?/);
        expect(catalog.dashboards.map((d) => d.title)).toEqual(['Customer Outcomes']);
    });

    it('Won Deals Lacking Follow-Up lists exactly the won deals whose follow-up is overdue or due soon, by owner', () => {
        const data = query(`{ uiapi { query { Opportunity(first: 200) { edges { node {
            Name { value } IsWon { value } Follow_Up_Status__c { value } Owner { Name { value } } } } } } } }`);
        const expected = edges(data, 'Opportunity').filter(
            (o) => o.IsWon.value === true && ['Overdue', 'Due soon'].includes(o.Follow_Up_Status__c.value)
        );
        const result = report('Won_Deals_Lacking_Follow_Up');
        const rows = detailRows(result);
        expect(rows.map((r) => r.cells['Opportunity Name']).sort()).toEqual(expected.map((o) => o.Name.value).sort());
        // The sample's story: Northwind and Cobalt Ridge overdue, Brightwater due soon.
        expect(rows.map((r) => `${r.cells['Opportunity Name']?.split(' - ')[0]}: ${r.cells['Follow-Up Status']}`).sort()).toEqual([
            'Brightwater Health Partners: Due soon',
            'Cobalt Ridge Software: Overdue',
            'Northwind Logistics: Overdue'
        ]);
        expect(countBy(rows, (r) => r.groups[0] ?? '')).toEqual(countBy(expected, (o) => o.Owner.Name.value));
        expect(result.groupings.map((g) => g.label)).toEqual(['Opportunity Owner']);
        // Most overdue first within a rep (sorted by Next Follow-Up Due).
        const dues = rows.filter((r) => r.groups[0] === 'Jordan Lee').map((r) => Date.parse(r.cells['Next Follow-Up Due'] ?? ''));
        expect(dues).toEqual([...dues].sort((a, b) => a - b));
        expect(result.summaries.find((s) => s.aggregate === 'Sum')?.value).toBe(148000 + 168000 + 96000);
    });

    it('Follow-Up Closed Without Check-In lists exactly the won deals completed with no check-in, with their reason, by owner', () => {
        const data = query(`{ uiapi { query { Opportunity(first: 200) { edges { node {
            Name { value } IsWon { value } Follow_Up_Complete__c { value } Check_In_Count__c { value } } } } } } }`);
        const expected = edges(data, 'Opportunity').filter(
            (o) => o.IsWon.value === true && o.Follow_Up_Complete__c.value === true && o.Check_In_Count__c.value === 0
        );
        expect(expected.length).toBeGreaterThan(0);
        const result = report('Follow_Up_Closed_Without_Check_In');
        const rows = detailRows(result);
        expect(rows.map((r) => r.cells['Opportunity Name']).sort()).toEqual(expected.map((o) => o.Name.value).sort());
        expect(rows.map((r) => r.cells['Follow-Up Closed Reason'])).toEqual(['Contract cancelled']);
        expect(result.groupings.map((g) => g.label)).toEqual(['Opportunity Owner']);
        // Not counted as lacking follow-up.
        const lacking = detailRows(report('Won_Deals_Lacking_Follow_Up')).map((r) => r.cells['Opportunity Name']);
        for (const row of rows) expect(lacking).not.toContain(row.cells['Opportunity Name']);
    });

    it('Won Deals Lacking Follow-Up includes a deal won early whose first check-in is due, though its Close Date is ahead', () => {
        const deal = recordNamed(t.store, 'Opportunity', 'Kestrel Precision - Supplier Onboarding Portal');
        const days = (n: number): string => addDays(TODAY, n);
        // The deal was won 25 days ago (its first check-in is due in 5 days): stored as the trigger would have stamped it.
        t.store.update(deal.Id, { StageName: 'Negotiation/Review' }, { mode: 'system', today: days(-26) });
        t.store.update(deal.Id, { StageName: 'Closed Won' }, { mode: 'system', today: days(-25) });
        const rows = detailRows(report('Won_Deals_Lacking_Follow_Up'));
        const row = rows.find((r) => r.cells['Opportunity Name'] === 'Kestrel Precision - Supplier Onboarding Portal');
        expect(row?.cells['Follow-Up Status']).toBe('Due soon');
    });

    it('Open Deals Missing Customer Metrics lists exactly the open deals without goals at or past the policy threshold', () => {
        const policy = t.store.schema.model.customMetadata.find((r) => r.type === 'Customer_Outcomes_Setting__mdt' && r.name === 'Default');
        const threshold = Number(policy?.values.Metrics_Expected_Probability__c);
        expect(threshold).toBe(40);
        const data = query(`{ uiapi { query { Opportunity(first: 200) { edges { node {
            Name { value } IsClosed { value } Probability { value } Customer_Goals__r(first: 200) { edges { node { Id } } } } } } } } }`);
        const expected = edges(data, 'Opportunity')
            .filter((o) => o.IsClosed.value === false && Number(o.Probability.value) >= threshold && o.Customer_Goals__r.edges.length === 0)
            .map((o) => o.Name.value)
            .sort();
        expect(expected).toEqual(['Alder & Finch - Store Expense Management', 'Cobalt Ridge Software - Revenue Recognition Add-on']);
        const result = report('Open_Deals_Missing_Customer_Metrics');
        expect(
            detailRows(result)
                .map((r) => r.cells['Opportunity Name'])
                .sort()
        ).toEqual(expected);
        expect(result.filters).toContain('Cross filter: without Customer Goal (Originating Opportunity)');
    });

    it('Open Deals Missing Customer Metrics follows the deal: a goal recorded on it takes it off the report', () => {
        const deal = recordNamed(t.store, 'Opportunity', 'Alder & Finch - Store Expense Management');
        const goal = t.store.create(
            'Customer_Goal__c',
            {
                Name: 'Cut store expense report processing time',
                Account__c: deal.AccountId,
                Originating_Opportunity__c: deal.Id,
                Level__c: 'Company',
                Category__c: 'Productivity',
                Status__c: 'Proposed'
            },
            { mode: 'system' }
        );
        try {
            const names = detailRows(report('Open_Deals_Missing_Customer_Metrics')).map((r) => r.cells['Opportunity Name']);
            expect(names).toEqual(['Cobalt Ridge Software - Revenue Recognition Add-on']);
        } finally {
            t.store.delete(goal.Id, { mode: 'system' });
        }
    });

    it('Value Delivered by Rep matches KPIs delivered (Achieved, On track apart) on the deals each rep won, counted independently', () => {
        const data = query(`{ uiapi { query { Customer_KPI__c(first: 200) { edges { node {
            Name { value } Delivery_Status__c { value }
            Customer_Goal__r { Originating_Opportunity__r { IsWon { value } Owner { Name { value } } } } } } } } } }`);
        const delivered = edges(data, 'Customer_KPI__c').filter(
            (k) =>
                ['Achieved', 'On track'].includes(k.Delivery_Status__c.value) &&
                k.Customer_Goal__r.Originating_Opportunity__r?.IsWon.value === true
        );
        const expectedByRep = countBy(delivered, (k) => k.Customer_Goal__r.Originating_Opportunity__r.Owner.Name.value);
        const expectedByRepAndStatus = countBy(
            delivered,
            (k) => `${k.Customer_Goal__r.Originating_Opportunity__r.Owner.Name.value} / ${k.Delivery_Status__c.value}`
        );
        expect(Object.keys(expectedByRep).sort()).toEqual(['Jordan Lee', OTHER_REP]);

        const result = report('Value_Delivered_by_Rep');
        expect(result.groupings.map((g) => g.label)).toEqual(['Opportunity Owner', 'Delivery Status']);
        // Both kinds are there, shown apart (issue 20: on track alone is not achieved).
        expect(Object.keys(expectedByRepAndStatus).some((k) => k.endsWith('/ Achieved'))).toBe(true);
        expect(Object.keys(expectedByRepAndStatus).some((k) => k.endsWith('/ On track'))).toBe(true);
        expect(Object.fromEntries(result.groups.map((g) => [g.display, g.rowCount]))).toEqual(expectedByRep);
        const byRepAndStatus = Object.fromEntries(
            result.groups.flatMap((rep) => rep.groups.map((s) => [`${rep.display} / ${s.display}`, s.rowCount]))
        );
        expect(byRepAndStatus).toEqual(expectedByRepAndStatus);
        expect(result.rowCount).toBe(delivered.length);
    });

    it('KPI Progress by Account shows every KPI of the goals not abandoned, per account, with progress and status', () => {
        const data = query(`{ uiapi { query { Customer_KPI__c(first: 200) { edges { node {
            Name { value } Customer_Goal__r { Status__c { value } Account__r { Name { value } } } } } } } } }`);
        const kpis = edges(data, 'Customer_KPI__c').filter((k) => k.Customer_Goal__r.Status__c.value !== 'Abandoned');
        const result = report('KPI_Progress_by_Account');
        expect(Object.fromEntries(result.groups.map((g) => [g.display, g.rowCount]))).toEqual(
            countBy(kpis, (k) => k.Customer_Goal__r.Account__r.Name.value)
        );
        expect(result.columns.map((c) => c.label)).toEqual(
            expect.arrayContaining(['KPI Status', 'Progress', 'Baseline → Current → Target'])
        );
        // Values as entered, not with the number fields' four stored decimals (issue 20, point 8).
        const values = detailRows(result).map((r) => r.cells['Baseline → Current → Target']);
        expect(values).toContain('60 → 58 → 40 days');
        expect(values.filter((v) => /\d\.\d{4}\b/.test(v ?? ''))).toEqual([]);
        const meridian = detailRows(result).filter((r) => r.groups[0] === 'Meridian Field Services');
        expect(meridian.filter((r) => r.cells['KPI Status'] === 'Achieved')).toHaveLength(2);
        expect(meridian.find((r) => r.cells['KPI Status'] === 'Achieved')?.cells.Progress).toMatch(/^\d{3}\.\d%$/);
    });

    it('Check-Ins This Quarter keeps the check-ins dated in the calendar quarter of today', () => {
        const [y, m] = TODAY.split('-').map(Number) as [number, number];
        const q = Math.floor((m - 1) / 3);
        const start = `${y}-${String(q * 3 + 1).padStart(2, '0')}-01`;
        const end = new Date(Date.UTC(y, q * 3 + 3, 0)).toISOString().slice(0, 10);
        const data = query(
            `{ uiapi { query { Success_Check_In__c(first: 200) { edges { node { Check_In_Date__c { value } Opportunity__r { Name { value } } } } } } } }`
        );
        const expected = edges(data, 'Success_Check_In__c').filter(
            (c) => c.Check_In_Date__c.value >= start && c.Check_In_Date__c.value <= end
        );
        expect(expected.length).toBeGreaterThan(0);
        const result = report('Check_Ins_This_Quarter');
        expect(result.rowCount).toBe(expected.length);
        expect(
            detailRows(result)
                .map((r) => r.cells['Opportunity Name'])
                .sort()
        ).toEqual(expected.map((c) => c.Opportunity__r.Name.value).sort());
        // A year later the same check-ins are last year's.
        expect(reportResult(t.store, 'Check_Ins_This_Quarter', { today: `${y + 1}-${TODAY.slice(5)}` })?.rowCount).toBe(0);
    });

    it('shows the dashboard as its components, each figure from its report', () => {
        const dashboard = dashboardResult(t.store, 'Customer_Outcomes/Customer_Outcomes');
        if (!dashboard) throw new Error('no dashboard');
        expect(dashboard.runningUser).toBe('Jordan Lee');
        const metric = (header: string): number | null | undefined => dashboard.components.find((c) => c.header === header)?.metric?.value;
        expect(metric('Won deals lacking follow-up')).toBe(report('Won_Deals_Lacking_Follow_Up').rowCount);
        expect(metric('Open deals missing metrics')).toBe(report('Open_Deals_Missing_Customer_Metrics').rowCount);
        const delivered = dashboard.components.find((c) => c.header === 'KPIs delivered: achieved and on track');
        const byStatus: Record<string, number> = {};
        for (const rep of report('Value_Delivered_by_Rep').groups)
            for (const status of rep.groups) byStatus[status.display] = (byStatus[status.display] ?? 0) + status.rowCount;
        expect(Object.fromEntries((delivered?.series ?? []).map((p) => [p.label, p.value]))).toEqual(byStatus);
        expect(Object.keys(byStatus).sort()).toEqual(['Achieved', 'On track']);
        expect(metric('Check-ins this quarter')).toBe(report('Check_Ins_This_Quarter').rowCount);
        const value = dashboard.components.find((c) => c.header === 'Value delivered by rep');
        const byRep = report('Value_Delivered_by_Rep');
        expect(Object.fromEntries((value?.series ?? []).map((p) => [p.label, p.value]))).toEqual(
            Object.fromEntries(byRep.groups.map((g) => [g.display, g.rowCount]))
        );
        expect(value?.series?.[0]?.segments?.map((s) => s.label).sort()).toEqual(expect.arrayContaining(['On track']));
        const progress = dashboard.components.find((c) => c.header === 'KPI progress by account');
        expect(progress?.summaryLabel).toBe('Average of Progress');
        const kpiReport = report('KPI_Progress_by_Account');
        for (const point of progress?.series ?? []) {
            const group = kpiReport.groups.find((g) => g.display === point.label);
            expect(point.display).toBe(group?.summaries.find((s) => s.aggregate === 'Average')?.display);
        }
        expect(dashboard.components.every((c) => !c.error)).toBe(true);
    });
});

describe('the report engine on report features the package reports do not use', () => {
    function base(overrides: Partial<ReportDefinition>): ReportDefinition {
        const template = loadReports(t.store.schema.model).find((r) => r.developerName === 'Open_Deals_Missing_Customer_Metrics');
        if (!template) throw new Error('no template report');
        return {
            ...template,
            filters: [],
            crossFilters: [],
            groupings: [],
            format: 'Tabular',
            sortColumn: 'OPPORTUNITY_NAME',
            sortOrder: 'Asc',
            ...overrides
        };
    }
    const names = (result: ReportResult): string[] => detailRows(result).map((r) => r.cells['Opportunity Name'] ?? '');

    it('combines criteria with filter logic', () => {
        const result = runReport(
            t.store,
            base({
                filters: [
                    { column: 'STAGE_NAME', operator: 'equals', value: 'Closed Lost' },
                    { column: 'AMOUNT', operator: 'greaterThan', value: '150000' },
                    { column: 'WON', operator: 'equals', value: '1' }
                ],
                booleanFilter: '1 OR (2 AND 3)'
            })
        );
        expect(names(result)).toEqual([
            'Alder & Finch - Retail AP Automation',
            'Brightwater Health Partners - Procurement Card Program',
            'Cobalt Ridge Software - Subscription Billing',
            'Kestrel Precision - Financial Close Automation',
            'Kestrel Precision - Treasury Cash Forecasting'
        ]);
        expect(result.filters).toContain('Filter logic: 1 OR (2 AND 3)');
    });

    it('applies a "with" cross filter with criteria on the related records', () => {
        const result = runReport(
            t.store,
            base({
                crossFilters: [
                    {
                        operation: 'with',
                        primaryTableColumn: 'OPPORTUNITY_ID',
                        relatedTable: 'Customer_Goal__c',
                        relatedTableJoinColumn: 'Originating_Opportunity__c',
                        criteria: [{ column: 'Status__c', operator: 'equals', value: 'Achieved' }]
                    }
                ]
            })
        );
        const data = query(`{ uiapi { query { Customer_Goal__c(first: 200, where: { Status__c: { eq: "Achieved" } }) { edges { node {
            Originating_Opportunity__r { Name { value } } } } } } } }`);
        const expected = [
            ...new Set(
                edges(data, 'Customer_Goal__c').flatMap((g) =>
                    g.Originating_Opportunity__r ? [g.Originating_Opportunity__r.Name.value] : []
                )
            )
        ].sort();
        expect(expected.length).toBeGreaterThan(0);
        expect(names(result)).toEqual(expected);
    });

    it('keeps only the running user\'s records for scope "user", and applies the standard date filter', () => {
        const mine = runReport(t.store, base({ scope: 'user', filters: [{ column: 'WON', operator: 'equals', value: '1' }] }));
        expect(names(mine)).not.toContain('Kestrel Precision - Financial Close Automation');
        expect(names(mine)).toContain('Northwind Logistics - Accounts Receivable Automation');
        const future = runReport(t.store, base({ timeFrame: { dateColumn: 'CLOSE_DATE', interval: 'INTERVAL_NEXT90' } }));
        const data = query(`{ uiapi { query { Opportunity(first: 200) { edges { node { Name { value } CloseDate { value } } } } } } }`);
        const limit = addDays(TODAY, 90);
        const expected = edges(data, 'Opportunity')
            .filter((o) => o.CloseDate.value > TODAY && o.CloseDate.value <= limit)
            .map((o) => o.Name.value)
            .sort();
        expect(names(future).sort()).toEqual(expected);
    });

    it('says what it cannot run instead of guessing', () => {
        const result = runReport(t.store, base({ filters: [{ column: 'CLOSE_DATE', operator: 'equals', value: 'THIS_DECADE' }] }));
        expect(result.rowCount).toBe(0);
        expect(result.notes.join(' ')).toMatch(/does not know the relative date value THIS_DECADE/);
        const unknown = runReport(
            t.store,
            base({ columns: [{ token: 'NOT_A_COLUMN', aggregates: [] }], unsupported: ['bucket fields are not computed'] })
        );
        expect(unknown.notes).toEqual([
            'bucket fields are not computed',
            'column NOT_A_COLUMN is not offered by the report type; it is left out'
        ]);
    });
});
