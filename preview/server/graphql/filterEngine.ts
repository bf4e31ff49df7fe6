import { GraphQLError } from 'graphql';
import { toId18 } from '../store/ids';
import { objectOf, type FieldMeta, type ObjectMeta } from '../store/objectMeta';
import type { FieldValue, StoredRecord } from '../store/types';
import type { RequestContext } from './context';
import { literalRange, rangeOf, type DayRange } from './dateRanges';

/**
 * `where` evaluated as SOQL would: fields of one filter object are ANDed; text comparisons are
 * case-insensitive; `like` takes % and _ wildcards; a blank value matches only `eq: null` /
 * `ne` something; parent filters (`{ Account: { Name: { eq } } }`) read the parent record.
 */

export type Predicate = (record: StoredRecord) => boolean;

type Ops = Record<string, unknown>;

const TEXT_TYPES = new Set(['Text', 'TextArea', 'LongTextArea', 'Html', 'Picklist', 'MultiPicklist', 'Email', 'Phone', 'Url']);

function likeRegex(pattern: string): RegExp {
    let source = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i] ?? '';
        if (c === '\\' && i + 1 < pattern.length) source += (pattern[++i] ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        else if (c === '%') source += '[\\s\\S]*';
        else if (c === '_') source += '[\\s\\S]';
        else source += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${source}$`, 'i');
}

/** A comparable form: lower-case text, 18-character ids, numbers as numbers. */
function normalise(field: FieldMeta, value: unknown): FieldValue {
    if (value === null || value === undefined) return null;
    if (field.dataType === 'Id' || field.dataType === 'Reference')
        return typeof value === 'string' ? (toId18(value) ?? value) : String(value);
    if (TEXT_TYPES.has(field.dataType)) return String(value).toLowerCase();
    return value as FieldValue;
}

function compare(a: FieldValue, b: FieldValue): number {
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    const x = String(a);
    const y = String(b);
    return x < y ? -1 : x > y ? 1 : 0;
}

function scalarOp(op: string, actual: FieldValue, expected: unknown, field: FieldMeta): boolean {
    if (op === 'in' || op === 'nin') {
        const list = Array.isArray(expected) ? expected.map((e) => normalise(field, e)) : [];
        const found = list.some((e) => e === actual);
        return op === 'in' ? found : actual === null ? !list.includes(null) : !found;
    }
    const wanted = normalise(field, expected);
    switch (op) {
        case 'eq':
            return actual === wanted;
        case 'ne':
            return actual !== wanted;
        case 'like':
            return actual !== null && wanted !== null && likeRegex(String(expected)).test(String(actual));
        case 'lt':
            return actual !== null && wanted !== null && compare(actual, wanted) < 0;
        case 'gt':
            return actual !== null && wanted !== null && compare(actual, wanted) > 0;
        case 'lte':
            return actual !== null && wanted !== null && compare(actual, wanted) <= 0;
        case 'gte':
            return actual !== null && wanted !== null && compare(actual, wanted) >= 0;
        case 'includes':
        case 'excludes': {
            const values = new Set(String(actual ?? '').split(';'));
            const any = (Array.isArray(expected) ? expected : []).some((e) =>
                String(e)
                    .toLowerCase()
                    .split(';')
                    .every((p) => values.has(p))
            );
            return op === 'includes' ? any : !any;
        }
        default:
            throw new GraphQLError(`Unsupported filter operator ${op}`);
    }
}

interface DateInputValue {
    value?: string | null;
    literal?: string | null;
    range?: Record<string, unknown> | null;
}

/** The day (or instant) range a DateInput covers; a `value` is a single point. */
function dateBounds(input: unknown, today: string): DayRange | { point: string | null } {
    const d = (input ?? {}) as DateInputValue;
    if (d.literal) return literalRange(d.literal, today);
    if (d.range) {
        try {
            return rangeOf(d.range, today);
        } catch (error) {
            throw new GraphQLError((error as Error).message);
        }
    }
    return { point: d.value ?? null };
}

function localDay(instant: string, timeZone: string): string {
    const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(
        new Date(instant)
    );
    const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
    return `${part('year')}-${part('month')}-${part('day')}`;
}

function dateOp(op: string, actual: FieldValue, input: unknown, field: FieldMeta, ctx: RequestContext): boolean {
    if (op === 'in' || op === 'nin') {
        const found = (Array.isArray(input) ? input : []).some((i) => dateOp('eq', actual, i, field, ctx));
        return op === 'in' ? found : !found;
    }
    const bounds = dateBounds(input, ctx.today);
    if ('point' in bounds) {
        const wanted = bounds.point;
        const a = actual === null ? null : field.dataType === 'DateTime' ? Date.parse(String(actual)) : String(actual);
        const b = wanted === null ? null : field.dataType === 'DateTime' ? Date.parse(wanted) : wanted;
        if (op === 'eq') return a === b;
        if (op === 'ne') return a !== b;
        if (a === null || b === null) return false;
        const c = a < b ? -1 : a > b ? 1 : 0;
        return op === 'lt' ? c < 0 : op === 'gt' ? c > 0 : op === 'lte' ? c <= 0 : c >= 0;
    }
    if (actual === null) return op === 'ne';
    const day = field.dataType === 'DateTime' ? localDay(String(actual), ctx.display.timeZone) : String(actual);
    switch (op) {
        case 'eq':
            return day >= bounds.start && day <= bounds.end;
        case 'ne':
            return day < bounds.start || day > bounds.end;
        case 'lt':
            return day < bounds.start;
        case 'lte':
            return day <= bounds.end;
        case 'gt':
            return day > bounds.end;
        case 'gte':
            return day >= bounds.start;
        default:
            throw new GraphQLError(`Unsupported date operator ${op}`);
    }
}

/** `{ Opportunity: { Id: { eq: x } }, ApiName: "AccountId" }` → the AccountId values of the matching opportunities. */
function semiJoin(ctx: RequestContext, join: Ops): Set<FieldValue> {
    const apiName = typeof join.ApiName === 'string' ? join.ApiName : 'Id';
    const values = new Set<FieldValue>();
    for (const [name, filter] of Object.entries(join)) {
        const object = name === 'ApiName' ? undefined : objectOf(ctx.store.schema, name);
        const field = object?.fieldMap.get(apiName.toLowerCase());
        if (!object || !field) continue;
        const matches = compileFilter(ctx, object, filter as Ops);
        for (const record of indexedCandidates(ctx, object, filter as Ops) ?? ctx.store.records(object.apiName)) {
            if (matches(record)) values.add(normalise(field, ctx.store.value(object, record, field.apiName, ctx.today, ctx.memo)));
        }
    }
    return values;
}

function fieldPredicate(ctx: RequestContext, object: ObjectMeta, field: FieldMeta, ops: Ops): Predicate {
    const isDate = field.dataType === 'Date' || field.dataType === 'DateTime';
    const checks = Object.entries(ops ?? {}).map(([op, expected]): ((actual: FieldValue) => boolean) => {
        if (op === 'inq' || op === 'ninq') {
            let values: Set<FieldValue> | undefined;
            return (actual) => {
                values ??= semiJoin(ctx, expected as Ops);
                return op === 'inq' ? actual !== null && values.has(actual) : actual === null || !values.has(actual);
            };
        }
        return isDate ? (actual) => dateOp(op, actual, expected, field, ctx) : (actual) => scalarOp(op, actual, expected, field);
    });
    return (record) => {
        const raw = ctx.store.value(object, record, field.apiName, ctx.today, ctx.memo);
        const actual = isDate ? raw : normalise(field, raw);
        return checks.every((check) => check(actual));
    };
}

function parentPredicate(ctx: RequestContext, reference: FieldMeta, filter: Ops): Predicate {
    const target = reference.reference ? objectOf(ctx.store.schema, reference.reference.target) : undefined;
    if (!target) return () => false;
    const inner = compileFilter(ctx, target, filter);
    return (record) => {
        const parentId = record[reference.apiName];
        const parent = typeof parentId === 'string' ? ctx.store.get(parentId) : undefined;
        return parent ? inner(parent.record) : false;
    };
}

export function compileFilter(ctx: RequestContext, object: ObjectMeta, where: Ops | null | undefined): Predicate {
    if (!where) return () => true;
    const parts: Predicate[] = [];
    for (const [key, value] of Object.entries(where)) {
        if (value === null || value === undefined) continue;
        if (key === 'and') parts.push(...(value as Ops[]).map((w) => compileFilter(ctx, object, w)));
        else if (key === 'or') {
            const alternatives = (value as Ops[]).map((w) => compileFilter(ctx, object, w));
            parts.push((r) => alternatives.some((p) => p(r)));
        } else if (key === 'not') {
            const inner = compileFilter(ctx, object, value as Ops);
            parts.push((r) => !inner(r));
        } else {
            const field = object.fieldMap.get(key.toLowerCase());
            const reference = object.parentRelationships.get(key.toLowerCase());
            if (field && field.apiName === key) parts.push(fieldPredicate(ctx, object, field, value as Ops));
            else if (reference) parts.push(parentPredicate(ctx, reference, value as Ops));
        }
    }
    return (record) => parts.every((p) => p(record));
}

/**
 * Records the filter can only match, found through an index instead of a scan: `Id: { eq | in }`
 * or a reference field's `{ eq | in }` at the top level (or inside a top-level `and`).
 */
export function indexedCandidates(ctx: RequestContext, object: ObjectMeta, where: Ops | null | undefined): StoredRecord[] | undefined {
    if (!where) return undefined;
    const clauses: Ops[] = [where, ...((Array.isArray(where.and) ? where.and : []) as Ops[])];
    for (const clause of clauses) {
        for (const [key, value] of Object.entries(clause)) {
            const field = object.fieldMap.get(key.toLowerCase());
            if (!field || (field.dataType !== 'Id' && field.dataType !== 'Reference') || !value || typeof value !== 'object') continue;
            const ops = value as Ops;
            const ids =
                'eq' in ops && typeof ops.eq === 'string'
                    ? [ops.eq]
                    : Array.isArray(ops.in)
                      ? ops.in.filter((v): v is string => typeof v === 'string')
                      : undefined;
            if (!ids) continue;
            const normalised = [...new Set(ids.map((id) => toId18(id)).filter((id): id is string => id !== undefined))];
            if (field.dataType === 'Id') {
                return normalised.flatMap((id) => {
                    const entry = ctx.store.get(id);
                    return entry && entry.object.apiName === object.apiName ? [entry.record] : [];
                });
            }
            return normalised.flatMap((id) => ctx.store.children(object.apiName, field.apiName, id));
        }
    }
    return undefined;
}
