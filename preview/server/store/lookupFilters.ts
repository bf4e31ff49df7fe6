import type { FieldModel } from '../../../core/metadata/project';
import { childNodes, text } from '../../../core/xml';
import type { FieldValue } from '../../../core/records';

/**
 * Lookup filters read from a lookup field's XML (`<lookupFilter>`): which target records the
 * lookup may point to. Only required (non-optional), active filters are enforced, as the org does
 * on save; items compare a target field (`Opportunity.AccountId`) with a value or with a field of
 * the record being saved (`$Source.Account__c`).
 */

interface LookupFilterItem {
    /** Path on the target record, without the object name: ['AccountId']. */
    targetPath: string[];
    operation: string;
    /** A field of the record being saved ($Source.X), or a literal value. */
    sourceField?: string;
    value?: string;
}

export interface LookupFilter {
    errorMessage: string;
    items: LookupFilterItem[];
    /** "1 AND (2 OR 3)"; absent: every item must hold. */
    booleanFilter?: string;
}

export function readLookupFilter(field: FieldModel): LookupFilter | undefined {
    const node = field.doc ? childNodes(field.doc.root, 'lookupFilter')[0] : undefined;
    if (!node || text(node, 'active') === 'false' || text(node, 'isOptional') === 'true') return undefined;
    const items: LookupFilterItem[] = childNodes(node, 'filterItems').map((item) => {
        const [, ...targetPath] = (text(item, 'field') ?? '').split('.');
        const valueField = text(item, 'valueField');
        return {
            targetPath,
            operation: text(item, 'operation') ?? 'equals',
            sourceField: valueField?.startsWith('$Source.') ? valueField.slice('$Source.'.length) : undefined,
            value: valueField && !valueField.startsWith('$Source.') ? valueField : text(item, 'value')
        };
    });
    return {
        errorMessage: text(node, 'errorMessage') ?? 'Value does not exist or does not match filter criteria.',
        items,
        booleanFilter: text(node, 'booleanFilter')
    };
}

/** Fields of the source record a filter reads, so an update re-checks the filter when they change. */
export function sourceFields(filter: LookupFilter): string[] {
    return filter.items.flatMap((i) => (i.sourceField ? [i.sourceField] : []));
}

const norm = (v: unknown): string => (v === null || v === undefined ? '' : String(v).toLowerCase());

function holds(item: LookupFilterItem, read: (path: string[]) => FieldValue, source: (field: string) => FieldValue): boolean {
    const actual = read(item.targetPath);
    const expected = item.sourceField ? source(item.sourceField) : (item.value ?? null);
    const a = norm(actual);
    const b = norm(expected);
    switch (item.operation) {
        case 'equals':
            return a === b;
        case 'notEqual':
            return a !== b;
        case 'contains':
            return a.includes(b);
        case 'notContain':
            return !a.includes(b);
        case 'startsWith':
            return a.startsWith(b);
        case 'lessThan':
            return a !== '' && b !== '' && compare(actual, expected) < 0;
        case 'greaterThan':
            return a !== '' && b !== '' && compare(actual, expected) > 0;
        case 'lessOrEqual':
            return a !== '' && b !== '' && compare(actual, expected) <= 0;
        case 'greaterOrEqual':
            return a !== '' && b !== '' && compare(actual, expected) >= 0;
        default:
            // An operation the preview does not know is not enforced rather than guessed.
            return true;
    }
}

function compare(a: unknown, b: unknown): number {
    const x = Number(a);
    const y = Number(b);
    if (!Number.isNaN(x) && !Number.isNaN(y)) return x - y;
    return String(a).localeCompare(String(b));
}

/** Evaluates "1 AND (2 OR NOT 3)" over the items' results. */
function evaluateBoolean(expression: string, results: boolean[]): boolean {
    const tokens = expression.match(/\d+|\(|\)|AND|OR|NOT/gi) ?? [];
    let pos = 0;
    const peek = (): string | undefined => tokens[pos]?.toUpperCase();
    const primary = (): boolean => {
        const token = tokens[pos++];
        if (token === '(') {
            const value = or();
            pos++;
            return value;
        }
        if (token?.toUpperCase() === 'NOT') return !primary();
        return results[Number(token) - 1] ?? true;
    };
    const and = (): boolean => {
        let value = primary();
        while (peek() === 'AND') {
            pos++;
            value = primary() && value;
        }
        return value;
    };
    const or = (): boolean => {
        let value = and();
        while (peek() === 'OR') {
            pos++;
            value = and() || value;
        }
        return value;
    };
    return or();
}

export function lookupFilterHolds(
    filter: LookupFilter,
    read: (path: string[]) => FieldValue,
    source: (field: string) => FieldValue
): boolean {
    const results = filter.items.map((item) => holds(item, read, source));
    return filter.booleanFilter ? evaluateBoolean(filter.booleanFilter, results) : results.every(Boolean);
}
