import type { PreviewStore } from '../store/store';
import type { DashboardComponentResult, DashboardResult, DashboardSeriesPoint, ReportSummary } from '../../shared/reports';
import type { ReportRowRecords } from './cells';
import type { DashboardComponentDefinition, DashboardDefinition, ReportDefinition } from './definitions';
import { prepareReport, ReportDefinitionError, rowCountSummary, summarize, type PreparedReport, type RunOptions } from './engine';
import { ReportFilterError } from './filters';

/**
 * A dashboard as its components: each runs its source report (as the viewer: the dashboard runs
 * as the logged-in user; the preview runs as one user, its rep) and shows the component's summary (record
 * count or a column summary the report makes): one figure for a metric, one point per grouping
 * value for charts and tables (a second grouping stacks), sorted and capped as the component says.
 */

function summaryOf(prepared: PreparedReport, component: DashboardComponentDefinition, rows: ReportRowRecords[]): ReportSummary {
    const { column, aggregate } = component.summary;
    if (column === 'RowCount') return rowCountSummary(rows.length);
    const resolved = prepared.column(column);
    if (!resolved) throw new ReportDefinitionError(`the component summarizes ${column}, which the report type does not offer`);
    return summarize(prepared, resolved, aggregate ?? 'Sum', rows);
}

function points(
    prepared: PreparedReport,
    component: DashboardComponentDefinition,
    rows: ReportRowRecords[],
    level: number
): DashboardSeriesPoint[] {
    const token = component.groupingColumns[level];
    const column = token ? prepared.column(token) : undefined;
    if (!token || !column) return [];
    const buckets = new Map<string, { label: string; rows: ReportRowRecords[] }>();
    for (const row of rows) {
        const cell = prepared.cell(column, row);
        const key = JSON.stringify(cell.value);
        const bucket = buckets.get(key) ?? { label: cell.display === '' ? '-' : cell.display, rows: [] };
        bucket.rows.push(row);
        buckets.set(key, bucket);
    }
    const out = [...buckets.entries()].map(([key, bucket]) => {
        const summary = summaryOf(prepared, component, bucket.rows);
        const point: DashboardSeriesPoint = { key, label: bucket.label, value: summary.value, display: summary.display };
        if (level + 1 < component.groupingColumns.length) point.segments = points(prepared, component, bucket.rows, level + 1);
        return point;
    });
    const sortBy = component.sortBy ?? 'RowLabelAscending';
    const byLabel = (a: DashboardSeriesPoint, b: DashboardSeriesPoint): number =>
        a.label.localeCompare(b.label, 'en-US', { sensitivity: 'base' });
    const byValue = (a: DashboardSeriesPoint, b: DashboardSeriesPoint): number =>
        (a.value ?? -Infinity) - (b.value ?? -Infinity) || byLabel(a, b);
    out.sort(
        sortBy === 'RowLabelDescending'
            ? (a, b) => byLabel(b, a)
            : sortBy === 'RowValueAscending'
              ? byValue
              : sortBy === 'RowValueDescending'
                ? (a, b) => byValue(b, a)
                : byLabel
    );
    return level === 0 && component.maxValues ? out.slice(0, component.maxValues) : out;
}

export function runDashboard(
    store: PreviewStore,
    dashboard: DashboardDefinition,
    reports: ReportDefinition[],
    options: RunOptions = {}
): DashboardResult {
    const prepared = new Map<string, PreparedReport>();
    const user = store.get(store.userId);
    const runningUser = user ? String(user.record.Name ?? user.record.Id) : '';
    const components = dashboard.components.map((component, i): DashboardComponentResult => {
        const definition = reports.find((r) => r.name.toLowerCase() === component.report.toLowerCase());
        const base: DashboardComponentResult = {
            id: `${i}`,
            kind: component.kind,
            header: component.header,
            footer: component.footer,
            title: component.title,
            report: component.report,
            reportDeveloperName: definition?.developerName ?? component.report.split('/').pop() ?? '',
            reportLabel: definition?.label ?? component.report,
            summaryLabel: '',
            row: component.row,
            column: component.column,
            rowSpan: component.rowSpan,
            colSpan: component.colSpan
        };
        if (!definition) return { ...base, error: `The report ${component.report} does not exist.` };
        try {
            let report = prepared.get(definition.name);
            if (!report) {
                report = prepareReport(store, definition, options);
                prepared.set(definition.name, report);
            }
            const total = summaryOf(report, component, report.rows);
            const result: DashboardComponentResult = { ...base, summaryLabel: total.label };
            if (component.kind === 'Metric' || component.kind === 'Gauge') result.metric = { value: total.value, display: total.display };
            else {
                result.series = points(report, component, report.rows, 0);
                result.groupLabel = component.groupingColumns[0] ? report.column(component.groupingColumns[0])?.label : undefined;
                if (component.groupingColumns[1]) result.segmentLabel = report.column(component.groupingColumns[1])?.label;
            }
            return result;
        } catch (error) {
            if (error instanceof ReportDefinitionError || error instanceof ReportFilterError)
                return { ...base, error: `The preview cannot run ${component.report}: ${error.message}.` };
            throw error;
        }
    });
    return {
        name: dashboard.name,
        developerName: dashboard.developerName,
        folder: dashboard.folderLabel,
        title: dashboard.title,
        description: dashboard.description,
        today: store.today(options.today),
        runningUser: dashboard.dashboardType === 'LoggedInUser' ? runningUser : `${runningUser} (the preview runs as one user)`,
        columns: dashboard.columns,
        components
    };
}
