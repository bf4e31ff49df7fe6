import type { PreviewStore } from '../store/store';
import type { DashboardResult, ReportCatalog, ReportResult } from '../../shared/reports';
import { runDashboard } from './dashboard';
import { loadDashboards, loadReports, type DashboardDefinition, type ReportDefinition } from './definitions';
import { reportInfo, runReport, type RunOptions } from './engine';

/**
 * The preview's reports and dashboards over one store, read fresh from force-app on each call
 * (a few small XML files), so an edited report shows on the next page load.
 *
 * HTTP (devServer): GET /reports → the catalog; GET /reports/report/<Folder>/<Name> or
 * /reports/report/<Name> → a report's result; GET /reports/dashboard/<...> → a dashboard's.
 * `?today=YYYY-MM-DD` (or the X-Preview-Today header) evaluates as of another day.
 */

export function reportCatalog(store: PreviewStore): ReportCatalog {
    const model = store.schema.model;
    return {
        reports: loadReports(model).map(reportInfo),
        dashboards: loadDashboards(model).map((d) => ({
            name: d.name,
            developerName: d.developerName,
            folder: d.folderLabel,
            title: d.title,
            description: d.description
        }))
    };
}

function byName<T extends { name: string; developerName: string }>(items: T[], id: string): T | undefined {
    const key = id.toLowerCase();
    return items.find((i) => i.name.toLowerCase() === key) ?? items.find((i) => i.developerName.toLowerCase() === key);
}

function findReport(store: PreviewStore, id: string): ReportDefinition | undefined {
    return byName(loadReports(store.schema.model), id);
}

export function reportResult(store: PreviewStore, id: string, options: RunOptions = {}): ReportResult | undefined {
    const definition = findReport(store, id);
    return definition ? runReport(store, definition, options) : undefined;
}

export function dashboardResult(store: PreviewStore, id: string, options: RunOptions = {}): DashboardResult | undefined {
    const model = store.schema.model;
    const dashboards: DashboardDefinition[] = loadDashboards(model);
    const dashboard = id === '' ? dashboards[0] : byName(dashboards, id);
    return dashboard ? runDashboard(store, dashboard, loadReports(model), options) : undefined;
}

export interface ReportsResponse {
    status: number;
    body: unknown;
}

/** Answers a GET under /reports, or undefined when the path is not one of ours. */
export function reportsResponse(store: PreviewStore, path: string, today?: string): ReportsResponse | undefined {
    if (path !== '/reports' && !path.startsWith('/reports/')) return undefined;
    const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
    const options: RunOptions = today ? { today } : {};
    try {
        if (parts.length === 1) return { status: 200, body: reportCatalog(store) };
        const [, kind, ...rest] = parts;
        const id = rest.join('/');
        if (kind === 'report') {
            const result = reportResult(store, id, options);
            return result ? { status: 200, body: result } : { status: 404, body: { error: `No report named ${id}.` } };
        }
        if (kind === 'dashboard') {
            const result = dashboardResult(store, id, options);
            return result ? { status: 200, body: result } : { status: 404, body: { error: `No dashboard named ${id}.` } };
        }
        return { status: 404, body: { error: `Not found: ${path}` } };
    } catch (error) {
        // A bad ?today= is the caller's mistake; anything else is the preview's.
        const message = (error as Error).message;
        return /"today"/.test(message)
            ? { status: 400, body: { error: message } }
            : { status: 500, body: { error: `Preview server error: ${message}` } };
    }
}
