/**
 * The wire contract of the preview's reports and dashboards (GET /reports...): what the server
 * computes from the report and dashboard XML over the store, and the shell's report and dashboard
 * pages render. Types only, for both sides.
 */

/** GET /reports: the report folder and dashboards, as the Reports and Dashboards tabs list them. */
export interface ReportCatalog {
    reports: ReportInfo[];
    dashboards: DashboardInfo[];
}

export interface ReportInfo {
    /** Folder/DeveloperName, as dashboards name reports. */
    name: string;
    /** DeveloperName: unique in an org, the preview's route id (#/r/Report/<developerName>). */
    developerName: string;
    folder: string;
    label: string;
    description: string;
    format: string;
    reportType: string;
}

interface DashboardInfo {
    name: string;
    developerName: string;
    folder: string;
    title: string;
    description: string;
}

export type ReportDataType = 'text' | 'number' | 'currency' | 'percent' | 'date' | 'datetime' | 'boolean' | 'reference';

export interface ReportColumnInfo {
    token: string;
    label: string;
    dataType: ReportDataType;
    /** Summaries the report asks of this column (Sum, Average, Maximum, Minimum, Median, Unique). */
    aggregates: string[];
}

export interface ReportCell {
    value: string | number | boolean | null;
    /** As the org shows it (en-US): $148,000.00, 12.5%, 6/15/2026, a lookup's record name. */
    display: string;
    /** Hash route of the record the cell names (the row's record for a Name column, a lookup's target). */
    href?: string;
}

export interface ReportRow {
    /** The base record of the row (for keys and links). */
    id: string;
    cells: ReportCell[];
}

export interface ReportSummary {
    /** The column summarized, absent for the row count. */
    token?: string;
    aggregate: string;
    label: string;
    value: number | null;
    display: string;
}

export interface ReportGroup {
    /** The grouping column. */
    token: string;
    label: string;
    key: string;
    value: string | number | boolean | null;
    display: string;
    href?: string;
    rowCount: number;
    summaries: ReportSummary[];
    /** The next grouping level, when the report groups by more than one column. */
    groups: ReportGroup[];
    /** Detail rows of the innermost groups (when the report shows details). */
    rows: ReportRow[];
}

export interface ReportResult extends ReportInfo {
    /** The day relative dates and formulas were evaluated for. */
    today: string;
    columns: ReportColumnInfo[];
    groupings: { token: string; label: string }[];
    /** Tabular reports: the rows; summary reports: empty (rows live in the groups). */
    rows: ReportRow[];
    groups: ReportGroup[];
    rowCount: number;
    /** Grand totals: row count and each column summary. */
    summaries: ReportSummary[];
    /** The report's filters in words, as the report's filter panel lists them. */
    filters: string[];
    /** What the preview could not apply as the org would (kept visible, never silent). */
    notes: string[];
}

export interface DashboardSeriesPoint {
    key: string;
    label: string;
    value: number | null;
    display: string;
    /** Stacked charts: the second grouping's values inside this bar. */
    segments?: DashboardSeriesPoint[];
}

export interface DashboardComponentResult {
    id: string;
    kind: string;
    header: string;
    footer: string;
    title: string;
    /** Folder/DeveloperName of the source report, and its route id. */
    report: string;
    reportDeveloperName: string;
    reportLabel: string;
    /** What the figures are: "Record Count", "Average of Progress". */
    summaryLabel: string;
    /** Grid placement (12 columns). */
    row: number;
    column: number;
    rowSpan: number;
    colSpan: number;
    /** Metric: the one figure. */
    metric?: { value: number | null; display: string };
    /** Charts and tables: one point per grouping value. */
    series?: DashboardSeriesPoint[];
    /** The second grouping's label for stacked charts. */
    segmentLabel?: string;
    groupLabel?: string;
    error?: string;
}

export interface DashboardResult extends DashboardInfo {
    today: string;
    runningUser: string;
    columns: number;
    components: DashboardComponentResult[];
}
