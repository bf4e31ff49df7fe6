import { columnOf, type ReportTypeModel } from '../../../core/reports/report-model';
import { displayValue, type DisplayOptions } from '../graphql/display';
import type { DerivedMemo } from '../store/derived';
import { fieldOf, objectOf, type FieldMeta, type ObjectMeta } from '../store/objectMeta';
import type { PreviewStore } from '../store/store';
import type { FieldValue, StoredRecord } from '../../../core/records';
import type { ReportCell, ReportDataType } from '../../shared/reports';

/**
 * Report cells: a report type column (table + field path) read from a row of records through the
 * store, so stored fields, formulas (evaluated from their XML) and roll-ups read exactly as the
 * GraphQL stand-in reads them; lookups show their record's name and link to it.
 */

export interface RowRecord {
    object: ObjectMeta;
    record: StoredRecord;
}

/** One report row: a record per report type table (null where an outer join found none). */
export type ReportRowRecords = (RowRecord | null)[];

export interface CellContext {
    store: PreviewStore;
    today: string;
    memo: DerivedMemo;
    display: DisplayOptions;
}

export interface ResolvedColumn {
    token: string;
    label: string;
    table: number;
    path: string[];
    /** The store's description of the field the column shows (a lookup column: the lookup field). */
    field?: FieldMeta;
    dataType: ReportDataType;
}

export function dataTypeOf(field: FieldMeta | undefined): ReportDataType {
    switch (field?.dataType) {
        case 'Number':
        case 'Int':
            return 'number';
        case 'Currency':
            return 'currency';
        case 'Percent':
            return 'percent';
        case 'Date':
            return 'date';
        case 'DateTime':
            return 'datetime';
        case 'Checkbox':
            return 'boolean';
        case 'Reference':
            return 'reference';
        default:
            return 'text';
    }
}

/** The report type's column for a token, located in the store's schema; undefined when the report type does not offer it. */
export function resolveColumn(store: PreviewStore, reportType: ReportTypeModel, token: string): ResolvedColumn | undefined {
    const column = columnOf(store.schema.model, reportType, token);
    if (!column?.field) return undefined;
    const object = objectOf(store.schema, column.field.object);
    const field = object ? fieldOf(object, column.field.apiName) : undefined;
    return { token, label: column.label, table: column.table, path: column.path, field, dataType: dataTypeOf(field) };
}

function fieldByPathSegment(object: ObjectMeta, segment: string): FieldMeta | undefined {
    return fieldOf(object, segment) ?? object.parentRelationships.get(segment.toLowerCase());
}

function recordHref(object: ObjectMeta, id: string): string {
    return `#/r/${object.apiName}/${id}`;
}

function recordName(ctx: CellContext, entry: RowRecord): string {
    const name = entry.object.nameField
        ? ctx.store.value(entry.object, entry.record, entry.object.nameField.apiName, ctx.today, ctx.memo)
        : null;
    return name === null || name === undefined ? entry.record.Id : String(name);
}

function formatNumber(value: number, scale: number | undefined): string {
    const digits = scale ?? 0;
    return new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** How the org shows a value of a field (en-US, the preview's single currency). */
export function formatValue(ctx: CellContext, field: FieldMeta | undefined, value: FieldValue): string {
    if (value === null || value === undefined || value === '') return '';
    if (!field) return String(value);
    switch (field.dataType) {
        case 'Checkbox':
            return value === true || value === 'true' ? 'True' : 'False';
        case 'Number':
        case 'Int':
            return formatNumber(Number(value), field.scale);
        default:
            return displayValue(field, value, ctx.display) ?? String(value);
    }
}

/** A column's cell in a row: value, display and link. */
export function readCell(ctx: CellContext, column: ResolvedColumn, row: ReportRowRecords): ReportCell {
    const first = row[column.table];
    if (!first) return { value: null, display: '' };
    let entry: RowRecord = first;
    for (const segment of column.path.slice(0, -1)) {
        const lookup = fieldByPathSegment(entry.object, segment);
        const id: FieldValue = lookup ? ctx.store.value(entry.object, entry.record, lookup.apiName, ctx.today, ctx.memo) : null;
        const next: RowRecord | undefined = typeof id === 'string' ? ctx.store.get(id) : undefined;
        if (!next) return { value: null, display: '' };
        entry = next;
    }
    const last = column.path[column.path.length - 1] ?? '';
    const field = fieldByPathSegment(entry.object, last);
    if (!field) return { value: null, display: '' };
    const value = ctx.store.value(entry.object, entry.record, field.apiName, ctx.today, ctx.memo);
    if (field.reference) {
        const target = typeof value === 'string' ? ctx.store.get(value) : undefined;
        return target
            ? { value, display: recordName(ctx, target), href: recordHref(target.object, target.record.Id) }
            : { value: null, display: '' };
    }
    const cell: ReportCell = { value, display: formatValue(ctx, field, value) };
    if (field === entry.object.nameField) cell.href = recordHref(entry.object, entry.record.Id);
    return cell;
}

/** Orders cells as the org sorts a column: numbers and dates by value, text case-insensitively, blanks first. */
export function compareCells(a: ReportCell, b: ReportCell): number {
    const blankA = a.value === null || a.value === '';
    const blankB = b.value === null || b.value === '';
    if (blankA || blankB) return blankA === blankB ? 0 : blankA ? -1 : 1;
    if (typeof a.value === 'number' && typeof b.value === 'number') return a.value - b.value;
    const x = typeof a.value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(a.value) ? a.value : a.display;
    const y = typeof b.value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(b.value) ? b.value : b.display;
    return x.localeCompare(y, 'en-US', { sensitivity: 'base' });
}
