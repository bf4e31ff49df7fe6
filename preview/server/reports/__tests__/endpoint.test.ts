import type { DashboardResult, ReportCatalog, ReportResult } from '../../../shared/reports';
import { cellMatches, evaluateBooleanFilter, relativeDateRange, timeFrameRange } from '../filters';
import { useTestServer } from '../../__tests__/support';

// Never touch the developer's saved preview data from a test.
process.env.PREVIEW_DATA_FILE ??= 'memory';

describe('GET /reports on the preview server', () => {
    const running = useTestServer();

    const get = (path: string, headers: Record<string, string> = {}) => fetch(new URL(path, running.server.url), { headers });

    it('lists the reports and dashboards', async () => {
        const response = await get('/reports');
        expect(response.status).toBe(200);
        const catalog = (await response.json()) as ReportCatalog;
        expect(catalog.reports.map((r) => r.developerName)).toContain('Won_Deals_Lacking_Follow_Up');
        expect(catalog.dashboards.map((d) => d.name)).toEqual(['Customer_Outcomes/Customer_Outcomes']);
    });

    it('runs a report by Folder/Name or by its developer name, as of the day asked', async () => {
        const byFolder = (await (await get('/reports/report/Customer_Outcomes/Won_Deals_Lacking_Follow_Up')).json()) as ReportResult;
        const byName = (await (await get('/reports/report/Won_Deals_Lacking_Follow_Up')).json()) as ReportResult;
        expect(byName.rowCount).toBe(byFolder.rowCount);
        expect(byFolder.rowCount).toBeGreaterThan(0);
        const later = (await (await get('/reports/report/Won_Deals_Lacking_Follow_Up?today=2099-01-01')).json()) as ReportResult;
        expect(later.today).toBe('2099-01-01');
        expect(later.rowCount).toBe(0);
        const header = (await (
            await get('/reports/report/Won_Deals_Lacking_Follow_Up', { 'X-Preview-Today': '2099-01-01' })
        ).json()) as ReportResult;
        expect(header.today).toBe('2099-01-01');
    });

    it('runs the dashboard, and answers 404 and 400 with a JSON error', async () => {
        const dashboard = (await (await get('/reports/dashboard/Customer_Outcomes')).json()) as DashboardResult;
        expect(dashboard.components.length).toBeGreaterThanOrEqual(4);
        const missing = await get('/reports/report/No_Such_Report');
        expect(missing.status).toBe(404);
        expect(await missing.json()).toEqual({ error: 'No report named No_Such_Report.' });
        const bad = await get('/reports/report/Won_Deals_Lacking_Follow_Up?today=someday');
        expect(bad.status).toBe(400);
    });
});

describe('report filter semantics', () => {
    const TODAY = '2026-05-20';
    const cell = (value: string | number | boolean | null, display = String(value ?? '')) => ({ value, display });

    it('reads relative date values and standard date filter intervals', () => {
        expect(relativeDateRange('THIS_QUARTER', TODAY)).toEqual({ start: '2026-04-01', end: '2026-06-30' });
        expect(relativeDateRange('LAST_N_DAYS:730', TODAY)).toEqual({ start: '2024-05-20', end: TODAY });
        expect(relativeDateRange('N_DAYS_AGO:3', TODAY)).toEqual({ start: '2026-05-17', end: '2026-05-17' });
        expect(relativeDateRange('2026-01-31', TODAY)).toBeUndefined();
        expect(() => relativeDateRange('SOMEDAY', TODAY)).toThrow(/does not know the relative date value SOMEDAY/);
        expect(timeFrameRange({ interval: 'INTERVAL_CUSTOM' }, TODAY)).toBeUndefined();
        expect(timeFrameRange({ interval: 'INTERVAL_CURFY' }, TODAY)).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    });

    it('treats a value list as any-of, and as none-of for negative operators; blank as blank', () => {
        expect(cellMatches(cell('Due soon'), 'text', 'equals', 'Overdue,Due soon', TODAY)).toBe(true);
        expect(cellMatches(cell('due SOON'), 'text', 'equals', 'Overdue,Due soon', TODAY)).toBe(true);
        expect(cellMatches(cell('Not due'), 'text', 'notEqual', 'Overdue,Due soon', TODAY)).toBe(true);
        expect(cellMatches(cell('Overdue'), 'text', 'notEqual', 'Overdue,Due soon', TODAY)).toBe(false);
        expect(cellMatches(cell(null), 'text', 'equals', '', TODAY)).toBe(true);
        expect(cellMatches(cell(null), 'text', 'notEqual', 'Abandoned', TODAY)).toBe(true);
        expect(cellMatches(cell(true), 'boolean', 'equals', '1', TODAY)).toBe(true);
        expect(cellMatches(cell(false), 'boolean', 'equals', '1', TODAY)).toBe(false);
        expect(cellMatches(cell(40), 'percent', 'greaterOrEqual', '40', TODAY)).toBe(true);
        expect(cellMatches(cell('2026-04-01'), 'date', 'equals', 'THIS_QUARTER', TODAY)).toBe(true);
        expect(cellMatches(cell('2026-03-31'), 'date', 'lessThan', 'THIS_QUARTER', TODAY)).toBe(true);
    });

    it('evaluates filter logic and rejects logic naming a missing criterion', () => {
        expect(evaluateBooleanFilter('1 AND (2 OR 3)', [true, false, true])).toBe(true);
        expect(evaluateBooleanFilter('1 AND NOT 2', [true, true])).toBe(false);
        expect(() => evaluateBooleanFilter('1 AND 4', [true, true])).toThrow(/names criterion 4/);
    });
});
