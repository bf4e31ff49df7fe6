/**
 * A dashboard (#/r/Dashboard/<Name>, or #/o/Dashboard for the package's one) as the org lays it
 * out: a 12-column grid of components, each computed by the server from its source report: a
 * metric's figure, a chart's bars (stacked when it groups twice) or a table's rows, with a link to
 * the report. Bars carry their labels and values as text, so nothing depends on colour alone.
 */
import { LightningElement, api } from 'lwc';
import { loadReportData, reportHref, type Loaded } from 'shell/reportData';
import type { DashboardComponentResult, DashboardResult, DashboardSeriesPoint } from '../../../../shared/reports';

interface Segment {
    key: string;
    label: string;
    display: string;
    style: string;
    swatchStyle: string;
}

interface Bar {
    key: string;
    label: string;
    display: string;
    style: string;
    segments: Segment[];
    hasSegments: boolean;
}

interface Tile {
    key: string;
    header: string;
    footer: string;
    style: string;
    reportHref: string;
    reportLink: string;
    summaryLabel: string;
    /** Charts say what their bars measure; a metric's footer already says it. */
    showSummaryLabel: boolean;
    groupLabel: string;
    error?: string;
    isMetric: boolean;
    /** Table components; every chart type is drawn as labelled horizontal bars (stacked for a second grouping). */
    isTable: boolean;
    metric: string;
    bars: Bar[];
    isEmpty: boolean;
}

/** SLDS chart palette; each segment also names its value in text. */
const PALETTE = ['#0176d3', '#04844b', '#fe9339', '#9050e9', '#ea001e', '#06a59a', '#5867e8'];

function widthOf(point: DashboardSeriesPoint, max: number): number {
    return max > 0 && point.value !== null ? Math.max(2, Math.round((Math.max(0, point.value) / max) * 100)) : 0;
}

export default class DashboardPage extends LightningElement {
    /** The dashboard's developer name; empty for the package's first dashboard. */
    @api developerName = '';

    dashboard?: Loaded<DashboardResult>;
    private loadedFor?: string;

    override connectedCallback(): void {
        void this.load();
    }

    override renderedCallback(): void {
        if (this.loadedFor !== this.developerName) void this.load();
    }

    private async load(): Promise<void> {
        this.loadedFor = this.developerName;
        this.dashboard = undefined;
        this.dashboard = await loadReportData<DashboardResult>(`/reports/dashboard/${encodeURIComponent(this.developerName)}`);
    }

    get loading(): boolean {
        return !this.dashboard;
    }

    get errors(): string[] {
        return this.dashboard?.error ? [this.dashboard.error] : [];
    }

    get hasErrors(): boolean {
        return this.errors.length > 0;
    }

    get result(): DashboardResult | undefined {
        return this.dashboard?.data;
    }

    get heading(): string {
        return this.result?.title ?? 'Dashboard';
    }

    get subtitle(): string {
        const d = this.result;
        return d ? `As of ${d.today} · Viewing as ${d.runningUser} (dashboard runs as the viewer)` : '';
    }

    get gridStyle(): string {
        return `grid-template-columns: repeat(${this.result?.columns ?? 12}, minmax(0, 1fr));`;
    }

    get tiles(): Tile[] {
        return (this.result?.components ?? []).map((c) => this.tile(c));
    }

    private tile(c: DashboardComponentResult): Tile {
        const series = c.series ?? [];
        const max = Math.max(
            0,
            ...series.map((p) => (p.segments?.length ? p.segments.reduce((s, x) => s + (x.value ?? 0), 0) : (p.value ?? 0)))
        );
        const segmentNames = [...new Set(series.flatMap((p) => (p.segments ?? []).map((s) => s.label)))];
        const bars: Bar[] = series.map((p) => {
            const segments = (p.segments ?? []).map((s) => {
                const color = PALETTE[segmentNames.indexOf(s.label) % PALETTE.length] ?? PALETTE[0];
                return {
                    key: `${p.key}-${s.key}`,
                    label: s.label,
                    display: s.display,
                    style: `flex-grow: ${Math.max(0, s.value ?? 0)}; background: ${color};`,
                    swatchStyle: `background: ${color};`
                };
            });
            return {
                key: p.key,
                label: p.label,
                display: p.display,
                style: `width: ${widthOf(p, max)}%;`,
                segments,
                hasSegments: segments.length > 0
            };
        });
        const kind = c.kind;
        return {
            key: c.id,
            header: c.header || c.title,
            footer: c.footer,
            style: `grid-column: ${c.column + 1} / span ${c.colSpan}; grid-row: ${c.row + 1} / span ${c.rowSpan};`,
            reportHref: reportHref(c.reportDeveloperName),
            reportLink: `View report (${c.reportLabel})`,
            summaryLabel: c.summaryLabel,
            showSummaryLabel: !c.metric,
            groupLabel: c.groupLabel ?? '',
            error: c.error,
            isMetric: !!c.metric,
            isTable: !c.metric && (kind === 'Table' || kind === 'FlexTable'),
            metric: c.metric?.display ?? '',
            bars,
            isEmpty: !c.metric && bars.length === 0
        };
    }
}
