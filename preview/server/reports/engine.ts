import { getObject } from '../../../core/metadata/project';
import type { DisplayOptions } from '../graphql/display';
import { fieldOf, objectOf, type ObjectMeta } from '../store/objectMeta';
import type { PreviewStore } from '../store/store';
import type { ReportCell, ReportColumnInfo, ReportGroup, ReportInfo, ReportResult, ReportRow, ReportSummary } from '../../shared/reports';
import {
    compareCells,
    dataTypeOf,
    formatValue,
    readCell,
    resolveColumn,
    type CellContext,
    type ReportRowRecords,
    type ResolvedColumn,
    type RowRecord
} from './cells';
import type { CrossFilter, FilterItem, ReportDefinition } from './definitions';
import { cellMatches, evaluateBooleanFilter, ReportFilterError, timeFrameRange } from './filters';

/**
 * Runs a report from its own metadata over the store: rows from the report type's tables (the
 * base object's records, each join's child records; an outer join keeps parents without
 * children), the scope, the standard date filter, the criteria (with filter logic), the cross
 * filters, then groupings with row counts and the column summaries the report asks for, and the
 * detail rows in the report's sort order. What the org would do that the preview does not is
 * listed in `notes`, never silently skipped.
 */

export interface RunOptions {
    /** TODAY for this run (relative dates and formulas); default: the store's today. */
    today?: string;
    currencyIsoCode?: string;
}

/** A report's filtered rows and a reader of any report type column over them (dashboards group these). */
export interface PreparedReport {
    definition: ReportDefinition;
    ctx: CellContext;
    rows: ReportRowRecords[];
    column(token: string): ResolvedColumn | undefined;
    cell(column: ResolvedColumn, row: ReportRowRecords): ReportCell;
    notes: string[];
    filters: string[];
}

export class ReportDefinitionError extends Error {}

function cellContext(store: PreviewStore, options: RunOptions): CellContext {
    const display: DisplayOptions = { timeZone: store.timeZone, currencyIsoCode: options.currencyIsoCode ?? 'USD', locale: 'en-US' };
    return { store, today: store.today(options.today), memo: new Map(), display };
}

/** Every row the report type produces, before filters. */
function generateRows(store: PreviewStore, definition: ReportDefinition): ReportRowRecords[] {
    const reportType = definition.reportType;
    if (!reportType) return [];
    const tables = reportType.tables.map((t) => objectOf(store.schema, t.object.apiName));
    const base = tables[0];
    if (!base) return [];
    let rows: ReportRowRecords[] = [...store.records(base.apiName)].map((record) => [{ object: base, record }]);
    reportType.tables.forEach((table, i) => {
        if (i === 0) return;
        const object = tables[i];
        const parentField = table.parentField ?? '';
        const next: ReportRowRecords[] = [];
        for (const row of rows) {
            const parent = row[i - 1];
            const children = parent && object ? store.children(object.apiName, parentField, parent.record.Id) : [];
            if (children.length === 0) {
                if (table.outer) next.push([...row, null]);
                continue;
            }
            for (const record of children) next.push([...row, { object: object as ObjectMeta, record }]);
        }
        rows = next;
    });
    return rows;
}

function filterInWords(label: string, item: FilterItem, dataType?: string): string {
    const words: Record<string, string> = {
        equals: 'equals',
        notEqual: 'not equal to',
        lessThan: 'less than',
        greaterThan: 'greater than',
        lessOrEqual: 'less or equal',
        greaterOrEqual: 'greater or equal',
        contains: 'contains',
        notContain: 'does not contain',
        startsWith: 'starts with',
        includes: 'includes',
        excludes: 'excludes'
    };
    const shown = (v: string): string => (dataType === 'boolean' ? (['1', 'true', 'yes'].includes(v.toLowerCase()) ? 'True' : 'False') : v);
    const value =
        item.value === ''
            ? '(blank)'
            : item.value
                  .split(',')
                  .map((v) => shown(v.trim()))
                  .join(', ');
    return `${label} ${words[item.operator] ?? item.operator} ${value}`;
}

function compileCriteria(
    prepared: Pick<PreparedReport, 'column' | 'cell'>,
    items: FilterItem[],
    today: string,
    words: string[]
): ((row: ReportRowRecords) => boolean)[] {
    return items.map((item) => {
        const column = prepared.column(item.column);
        if (!column) throw new ReportDefinitionError(`the report filters on ${item.column}, which its report type does not offer`);
        words.push(filterInWords(column.label, item, column.dataType));
        return (row) => cellMatches(prepared.cell(column, row), column.dataType, item.operator, item.value, today);
    });
}

function crossFilterPredicate(store: PreviewStore, prepared: PreparedReport, cf: CrossFilter): (row: ReportRowRecords) => boolean {
    const reportType = prepared.definition.reportType;
    const table = reportType?.idColumns.get(cf.primaryTableColumn.toLowerCase())?.table;
    const related = objectOf(store.schema, cf.relatedTable);
    if (table === undefined || !related)
        throw new ReportDefinitionError(`cross filter ${cf.primaryTableColumn} / ${cf.relatedTable} does not resolve`);
    const join =
        fieldOf(related, cf.relatedTableJoinColumn) ??
        fieldOf(related, `${cf.relatedTableJoinColumn}Id`) ??
        fieldOf(related, cf.relatedTableJoinColumn.replace(/__r$/i, '__c'));
    if (!join)
        throw new ReportDefinitionError(`cross filter joins on ${cf.relatedTable}.${cf.relatedTableJoinColumn}, which does not exist`);
    const criteria = cf.criteria.map((item) => {
        const field = fieldOf(related, item.column);
        if (!field) throw new ReportDefinitionError(`cross filter tests ${cf.relatedTable}.${item.column}, which does not exist`);
        const column: ResolvedColumn = {
            token: item.column,
            label: field.label,
            table: 0,
            path: [field.apiName],
            field,
            dataType: dataTypeOf(field)
        };
        return { item, column };
    });
    const label = getObject(store.schema.model, cf.relatedTable)?.label ?? cf.relatedTable;
    const detail = criteria.length
        ? ` where ${criteria.map(({ item, column }) => filterInWords(column.label, item, column.dataType)).join(' and ')}`
        : '';
    prepared.filters.push(`Cross filter: ${cf.operation} ${label} (${join.label})${detail}`);
    const memo = new Map<string, boolean>();
    return (row) => {
        const entry = row[table];
        if (!entry) return cf.operation === 'without';
        let has = memo.get(entry.record.Id);
        if (has === undefined) {
            has = store
                .children(related.apiName, join.apiName, entry.record.Id)
                .some((record) =>
                    criteria.every(({ item, column }) =>
                        cellMatches(
                            prepared.cell(column, [{ object: related, record }]),
                            column.dataType,
                            item.operator,
                            item.value,
                            prepared.ctx.today
                        )
                    )
                );
            memo.set(entry.record.Id, has);
        }
        return cf.operation === 'with' ? has : !has;
    };
}

/** The report's rows after scope, date filter, criteria and cross filters. */
export function prepareReport(store: PreviewStore, definition: ReportDefinition, options: RunOptions = {}): PreparedReport {
    const ctx = cellContext(store, options);
    const columns = new Map<string, ResolvedColumn | undefined>();
    const prepared: PreparedReport = {
        definition,
        ctx,
        rows: [],
        notes: [...definition.unsupported],
        filters: [],
        column(token) {
            if (!definition.reportType) return undefined;
            if (!columns.has(token)) columns.set(token, resolveColumn(store, definition.reportType, token));
            return columns.get(token);
        },
        cell: (column, row) => readCell(ctx, column, row)
    };
    if (!definition.reportType)
        throw new ReportDefinitionError(`report type ${definition.reportTypeName} is not in reportTypes/ nor in the standard list`);
    let rows = generateRows(store, definition);

    const base = rows[0]?.[0]?.object ?? objectOf(store.schema, definition.reportType.tables[0]?.object.apiName ?? '');
    if (definition.scope === 'user' || definition.scope === 'mine') {
        if (base?.hasOwner) {
            rows = rows.filter((r) => r[0]?.record.OwnerId === store.userId);
            prepared.filters.push('Show: My records');
        } else
            prepared.notes.push(`scope ${definition.scope} needs an owner on ${base?.apiName ?? 'the base object'}; all records are shown`);
    } else if (definition.scope !== 'organization' && definition.scope !== 'all') {
        prepared.notes.push(
            `scope ${definition.scope} (team or hierarchy) is not modelled; all records are shown, as sharing is not modelled either`
        );
    }

    if (definition.timeFrame) {
        const column = prepared.column(definition.timeFrame.dateColumn);
        const range = timeFrameRange(definition.timeFrame, ctx.today);
        if (column && range) {
            prepared.filters.push(`${column.label} from ${range.start ?? 'any date'} to ${range.end ?? 'any date'}`);
            rows = rows.filter((row) => {
                const v = prepared.cell(column, row).value;
                const day = typeof v === 'string' ? v.slice(0, 10) : undefined;
                return !!day && (!range.start || day >= range.start) && (!range.end || day <= range.end);
            });
        }
    }

    const criteria = compileCriteria(prepared, definition.filters, ctx.today, prepared.filters);
    if (definition.booleanFilter) prepared.filters.push(`Filter logic: ${definition.booleanFilter}`);
    rows = rows.filter((row) => {
        if (!definition.booleanFilter) return criteria.every((c) => c(row));
        return evaluateBooleanFilter(
            definition.booleanFilter,
            criteria.map((c) => c(row))
        );
    });
    for (const cf of definition.crossFilters) {
        const keep = crossFilterPredicate(store, prepared, cf);
        rows = rows.filter(keep);
    }
    prepared.rows = rows;
    return prepared;
}

// ------------------------------------------------------------------------------- summaries

const AGGREGATE_WORDS: Record<string, string> = {
    Sum: 'Sum',
    Average: 'Average',
    Maximum: 'Max',
    Minimum: 'Min',
    Median: 'Median',
    Unique: 'Unique'
};

export function summarize(prepared: PreparedReport, column: ResolvedColumn, aggregate: string, rows: ReportRowRecords[]): ReportSummary {
    const cells = rows.map((row) => prepared.cell(column, row)).filter((c) => c.value !== null && c.value !== '');
    const label = `${AGGREGATE_WORDS[aggregate] ?? aggregate} of ${column.label}`;
    if (aggregate === 'Unique') {
        const unique = new Set(cells.map((c) => c.display)).size;
        return { token: column.token, aggregate, label, value: unique, display: String(unique) };
    }
    let value: number | string | null = null;
    if (column.dataType === 'date' || column.dataType === 'datetime') {
        const days = cells.map((c) => String(c.value)).sort();
        value = aggregate === 'Maximum' ? (days[days.length - 1] ?? null) : aggregate === 'Minimum' ? (days[0] ?? null) : null;
        return { token: column.token, aggregate, label, value: null, display: value ? formatValue(prepared.ctx, column.field, value) : '' };
    }
    const numbers = cells.map((c) => Number(c.value)).filter((n) => !Number.isNaN(n));
    if (numbers.length) {
        const sum = numbers.reduce((a, b) => a + b, 0);
        const sorted = [...numbers].sort((a, b) => a - b);
        const mid = Math.floor(sorted.length / 2);
        switch (aggregate) {
            case 'Sum':
                value = sum;
                break;
            case 'Average':
                value = sum / numbers.length;
                break;
            case 'Maximum':
                value = sorted[sorted.length - 1] ?? null;
                break;
            case 'Minimum':
                value = sorted[0] ?? null;
                break;
            case 'Median':
                value = sorted.length % 2 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
                break;
            default:
                value = null;
        }
    } else if (aggregate === 'Sum') value = 0;
    const rounded = typeof value === 'number' ? Math.round(value * 1e6) / 1e6 : null;
    const field =
        column.field && aggregate === 'Average' && column.dataType === 'number'
            ? { ...column.field, scale: Math.max(column.field.scale ?? 0, 2) }
            : column.field;
    return {
        token: column.token,
        aggregate,
        label,
        value: rounded,
        display: rounded === null ? '' : formatValue(prepared.ctx, field, rounded)
    };
}

export function rowCountSummary(count: number): ReportSummary {
    return { aggregate: 'RowCount', label: 'Record Count', value: count, display: new Intl.NumberFormat('en-US').format(count) };
}

// ------------------------------------------------------------------------------- result

export function reportInfo(definition: ReportDefinition): ReportInfo {
    return {
        name: definition.name,
        developerName: definition.developerName,
        folder: definition.folderLabel,
        label: definition.label,
        description: definition.description,
        format: definition.format,
        reportType: definition.reportType?.label ?? definition.reportTypeName
    };
}

export function runReport(store: PreviewStore, definition: ReportDefinition, options: RunOptions = {}): ReportResult {
    const base = reportInfo(definition);
    let prepared: PreparedReport;
    try {
        prepared = prepareReport(store, definition, options);
    } catch (error) {
        if (!(error instanceof ReportDefinitionError) && !(error instanceof ReportFilterError)) throw error;
        return {
            ...base,
            today: store.today(options.today),
            columns: [],
            groupings: [],
            rows: [],
            groups: [],
            rowCount: 0,
            summaries: [],
            filters: [],
            notes: [`The preview cannot run this report: ${error.message}.`]
        };
    }
    const { notes } = prepared;
    const resolve = (token: string): ResolvedColumn | undefined => {
        const c = prepared.column(token);
        if (!c) notes.push(`column ${token} is not offered by the report type; it is left out`);
        return c;
    };
    const detail = definition.columns.flatMap((c) => {
        const column = resolve(c.token);
        return column ? [{ column, aggregates: c.aggregates.filter((a) => a !== 'None') }] : [];
    });
    const columns: ReportColumnInfo[] = detail.map(({ column, aggregates }) => ({
        token: column.token,
        label: column.label,
        dataType: column.dataType,
        aggregates
    }));
    const groupings =
        definition.format === 'Tabular'
            ? []
            : definition.groupings.flatMap((g) => {
                  const column = resolve(g.token);
                  return column ? [{ column, sortOrder: g.sortOrder }] : [];
              });
    const summariesOf = (rows: ReportRowRecords[]): ReportSummary[] => [
        rowCountSummary(rows.length),
        ...detail.flatMap(({ column, aggregates }) => aggregates.map((a) => summarize(prepared, column, a, rows)))
    ];
    const sortColumn = definition.sortColumn ? resolve(definition.sortColumn) : detail[0]?.column;
    const sorted = (rows: ReportRowRecords[]): ReportRowRecords[] => {
        if (!sortColumn) return rows;
        const direction = definition.sortColumn && definition.sortOrder === 'Desc' ? -1 : 1;
        return [...rows].sort((a, b) => direction * compareCells(prepared.cell(sortColumn, a), prepared.cell(sortColumn, b)));
    };
    const toRows = (rows: ReportRowRecords[]): ReportRow[] =>
        definition.showDetails
            ? sorted(rows).map((row) => ({
                  id: row.map((r: RowRecord | null) => r?.record.Id ?? '-').join(':'),
                  cells: detail.map(({ column }) => prepared.cell(column, row))
              }))
            : [];
    const group = (rows: ReportRowRecords[], level: number, parentKey: string): ReportGroup[] => {
        const grouping = groupings[level];
        if (!grouping) return [];
        const buckets = new Map<string, { cell: ReportCell; rows: ReportRowRecords[] }>();
        for (const row of rows) {
            const cell = prepared.cell(grouping.column, row);
            const key = JSON.stringify(cell.value);
            const bucket = buckets.get(key) ?? { cell, rows: [] };
            bucket.rows.push(row);
            buckets.set(key, bucket);
        }
        const direction = grouping.sortOrder === 'Desc' ? -1 : 1;
        return [...buckets.entries()]
            .sort(([, a], [, b]) => direction * compareCells(a.cell, b.cell))
            .map(([key, bucket]) => {
                const inner = level + 1 < groupings.length;
                const id = `${parentKey}/${key}`;
                return {
                    token: grouping.column.token,
                    label: grouping.column.label,
                    key: id,
                    value: bucket.cell.value,
                    display: bucket.cell.display === '' ? '-' : bucket.cell.display,
                    href: bucket.cell.href,
                    rowCount: bucket.rows.length,
                    summaries: summariesOf(bucket.rows),
                    groups: inner ? group(bucket.rows, level + 1, id) : [],
                    rows: inner ? [] : toRows(bucket.rows)
                };
            });
    };
    return {
        ...base,
        today: prepared.ctx.today,
        columns,
        groupings: groupings.map((g) => ({ token: g.column.token, label: g.column.label })),
        rows: groupings.length ? [] : toRows(prepared.rows),
        groups: group(prepared.rows, 0, ''),
        rowCount: prepared.rows.length,
        summaries: summariesOf(prepared.rows),
        filters: prepared.filters,
        notes
    };
}
