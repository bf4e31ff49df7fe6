/**
 * Reports: the Customer Outcomes report folder (#/o/Report) and one report (#/r/Report/<Name>) as
 * the org's report run page shows it: filters, groupings with record counts and subtotals, the
 * detail rows, grand totals. Computed by the server from the report's own XML.
 */
import { LightningElement, api } from 'lwc';
import { loadReportData, previewHref, reportHref, type Loaded } from 'shell/reportData';
import type { ReportCatalog, ReportGroup, ReportResult, ReportRow, ReportSummary } from '../../../../shared/reports';

interface Cell {
    key: string;
    text: string;
    href?: string;
    className: string;
}

interface Line {
    key: string;
    kind: 'group' | 'detail' | 'subtotal' | 'total';
    isGroup: boolean;
    isDetail: boolean;
    isTotal: boolean;
    className: string;
    label: string;
    labelHref?: string;
    countText: string;
    span: number;
    cells: Cell[];
}

interface ListItem {
    key: string;
    label: string;
    href: string;
    description: string;
    folder: string;
}

const NUMERIC = new Set(['number', 'currency', 'percent']);

export default class ReportPage extends LightningElement {
    /** The report's developer name; empty for the report list. */
    @api developerName = '';

    catalog?: Loaded<ReportCatalog>;
    report?: Loaded<ReportResult>;
    private loadedFor?: string;

    override connectedCallback(): void {
        void this.load();
    }

    override renderedCallback(): void {
        if (this.loadedFor !== this.developerName) void this.load();
    }

    private async load(): Promise<void> {
        const name = this.developerName;
        this.loadedFor = name;
        if (name) {
            this.report = undefined;
            this.report = await loadReportData<ReportResult>(`/reports/report/${encodeURIComponent(name)}`);
        } else {
            this.catalog = undefined;
            this.catalog = await loadReportData<ReportCatalog>('/reports');
        }
    }

    get isList(): boolean {
        return !this.developerName;
    }

    get loading(): boolean {
        return this.isList ? !this.catalog : !this.report;
    }

    get hasErrors(): boolean {
        return this.errors.length > 0;
    }

    get errors(): string[] {
        const error = this.isList ? this.catalog?.error : this.report?.error;
        return error ? [error] : [];
    }

    get reports(): ListItem[] {
        return (this.catalog?.data?.reports ?? []).map((r) => ({
            key: r.name,
            label: r.label,
            href: reportHref(r.developerName),
            description: r.description,
            folder: r.folder
        }));
    }

    get dashboards(): ListItem[] {
        return (this.catalog?.data?.dashboards ?? []).map((d) => ({
            key: d.name,
            label: d.title,
            href: `#/r/Dashboard/${encodeURIComponent(d.developerName)}`,
            description: d.description,
            folder: d.folder
        }));
    }

    get result(): ReportResult | undefined {
        return this.report?.data;
    }

    get heading(): string {
        return this.result?.label ?? 'Reports';
    }

    get subtitle(): string {
        const r = this.result;
        return r ? `${r.folder} · ${r.reportType} · as of ${r.today}` : '';
    }

    get totalText(): string {
        const n = this.result?.rowCount ?? 0;
        return `Total Records: ${n}`;
    }

    get filters(): { key: string; text: string }[] {
        return (this.result?.filters ?? []).map((text, i) => ({ key: `f${i}`, text }));
    }

    get hasFilters(): boolean {
        return this.filters.length > 0;
    }

    get notes(): { key: string; text: string }[] {
        return (this.result?.notes ?? []).map((text, i) => ({ key: `n${i}`, text }));
    }

    get hasNotes(): boolean {
        return this.notes.length > 0;
    }

    get headers(): { key: string; label: string; className: string }[] {
        return (this.result?.columns ?? []).map((c) => ({
            key: c.token,
            label: c.label,
            className: NUMERIC.has(c.dataType) ? 'slds-text-align_right' : ''
        }));
    }

    get columnCount(): number {
        return Math.max(1, this.result?.columns.length ?? 1);
    }

    get caption(): string {
        const r = this.result;
        if (!r) return '';
        const by = r.groupings.length ? `, grouped by ${r.groupings.map((g) => g.label).join(' then ')}` : '';
        return `${r.label}: ${r.rowCount} records${by}`;
    }

    get isEmpty(): boolean {
        return !!this.result && this.result.rowCount === 0;
    }

    /** A subtotal or total line: the label in the first column, each column's summaries under it. */
    private summaryCells(summaries: ReportSummary[], keyPrefix: string, label: string): Cell[] {
        const columns = this.result?.columns ?? [];
        const cells = columns.map((c, i) => {
            const texts = summaries.filter((s) => s.token === c.token && s.aggregate !== 'RowCount').map((s) => `${s.label}: ${s.display}`);
            return { key: `${keyPrefix}-${i}`, text: texts.join(' · '), className: 'slds-text-align_right report-summary' };
        });
        const first = cells[0];
        if (first) {
            first.text = first.text ? `${label} · ${first.text}` : label;
            first.className = '';
        }
        return cells;
    }

    private detailLine(row: ReportRow, level: number): Line {
        const columns = this.result?.columns ?? [];
        return {
            key: `d-${row.id}`,
            kind: 'detail',
            isGroup: false,
            isDetail: true,
            isTotal: false,
            className: `report-detail report-level-${level}`,
            label: '',
            countText: '',
            span: 1,
            cells: row.cells.map((cell, i) => ({
                key: `${row.id}-${i}`,
                text: cell.display,
                href: previewHref(cell.href),
                className: NUMERIC.has(columns[i]?.dataType ?? '') ? 'slds-text-align_right' : ''
            }))
        };
    }

    private groupLines(group: ReportGroup, level: number): Line[] {
        const lines: Line[] = [
            {
                key: `g-${group.key}`,
                kind: 'group',
                isGroup: true,
                isDetail: false,
                isTotal: false,
                className: `report-group report-level-${level}`,
                label: `${group.label}: ${group.display}`,
                labelHref: previewHref(group.href),
                countText: `(${group.rowCount})`,
                span: this.columnCount,
                cells: []
            }
        ];
        for (const inner of group.groups) lines.push(...this.groupLines(inner, level + 1));
        for (const row of group.rows) lines.push(this.detailLine(row, level + 1));
        const subtotals = this.summaryCells(group.summaries, `s-${group.key}`, `Subtotal ${group.display} (${group.rowCount})`);
        if (group.summaries.some((s) => s.aggregate !== 'RowCount')) {
            lines.push({
                key: `s-${group.key}`,
                kind: 'subtotal',
                isGroup: false,
                isDetail: false,
                isTotal: true,
                className: `report-subtotal report-level-${level}`,
                label: `Subtotal`,
                countText: '',
                span: 1,
                cells: subtotals
            });
        }
        return lines;
    }

    get lines(): Line[] {
        const r = this.result;
        if (!r) return [];
        const lines: Line[] = [];
        for (const g of r.groups) lines.push(...this.groupLines(g, 0));
        for (const row of r.rows) lines.push(this.detailLine(row, 0));
        const totals = this.summaryCells(r.summaries, 'total', `Total (${r.rowCount})`);
        lines.push({
            key: 'total',
            kind: 'total',
            isGroup: false,
            isDetail: false,
            isTotal: true,
            className: 'report-total',
            label: `Total (${r.rowCount})`,
            countText: '',
            span: 1,
            cells: totals
        });
        return lines;
    }
}
