import { GraphQLError } from 'graphql';
import { todayIn } from '../../../core/dates';
import { toId18 } from '../store/ids';
import { objectOf, type FieldMeta, type ObjectMeta } from '../store/objectMeta';
import type { FieldValue, StoredRecord } from '../../../core/records';
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

/** The calendar day of an instant in the user's time zone (one cached formatter per zone). */
function localDay(instant: string, timeZone: string): string {
    return todayIn(timeZone, new Date(instant));
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
                values ??= semiJoinOnce(ctx, expected as Ops);
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

/** Semi-join results of one request, so the index lookup and the predicate share one evaluation. */
const semiJoins = new WeakMap<RequestContext, WeakMap<object, Set<FieldValue>>>();

function semiJoinOnce(ctx: RequestContext, join: Ops): Set<FieldValue> {
    let cache = semiJoins.get(ctx);
    if (!cache) {
        cache = new WeakMap();
        semiJoins.set(ctx, cache);
    }
    let values = cache.get(join);
    if (!values) {
        values = semiJoin(ctx, join);
        cache.set(join, values);
    }
    return values;
}

/** The ids a reference or Id field must take under `ops`: `eq`, `in`, or an `inq` semi-join. */
function indexedIds(ctx: RequestContext, field: FieldMeta, ops: Ops): string[] | undefined {
    if ('eq' in ops && typeof ops.eq === 'string') return [ops.eq];
    if (Array.isArray(ops.in)) return ops.in.filter((v): v is string => typeof v === 'string');
    if (field.dataType === 'Reference' && ops.inq && typeof ops.inq === 'object') {
        return [...semiJoinOnce(ctx, ops.inq as Ops)].filter((v): v is string => typeof v === 'string');
    }
    return undefined;
}

/**
 * Records the filter can only match, found through an index instead of a scan: `Id: { eq | in }`,
 * a reference field's `{ eq | in | inq }`, or a parent relationship whose own filter is indexed
 * (`Customer_Goal__r: { Account__c: { eq } }`: the parents from their index, then their children
 * from the parent index), at the top level or inside a top-level `and`. The full filter still runs
 * on every candidate, so an index only ever narrows the scan.
 */
export function indexedCandidates(
    ctx: RequestContext,
    object: ObjectMeta,
    where: Ops | null | undefined,
    depth = 0
): StoredRecord[] | undefined {
    if (!where) return undefined;
    const clauses: Ops[] = [where, ...((Array.isArray(where.and) ? where.and : []) as Ops[])];
    for (const clause of clauses) {
        for (const [key, value] of Object.entries(clause)) {
            if (!value || typeof value !== 'object' || Array.isArray(value)) continue;
            const field = object.fieldMap.get(key.toLowerCase());
            if (field && field.apiName === key) {
                if (field.dataType !== 'Id' && field.dataType !== 'Reference') continue;
                const ids = indexedIds(ctx, field, value as Ops);
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
            const reference = field ? undefined : object.parentRelationships.get(key.toLowerCase());
            const target = reference?.reference && depth < 5 ? objectOf(ctx.store.schema, reference.reference.target) : undefined;
            if (!reference || !target) continue;
            const parents = indexedCandidates(ctx, target, value as Ops, depth + 1);
            if (!parents) continue;
            return parents.flatMap((parent) => ctx.store.children(object.apiName, reference.apiName, parent.Id));
        }
    }
    return undefined;
}

/** `scope: MINE` on an object with owners: the running user's records, from the OwnerId index. */
export function ownedCandidates(ctx: RequestContext, object: ObjectMeta, scope: string | null | undefined): StoredRecord[] | undefined {
    if (scope !== 'MINE' || !object.hasOwner || !object.fieldMap.get('ownerid')?.reference) return undefined;
    return ctx.store.children(object.apiName, 'OwnerId', ctx.store.userId);
}
