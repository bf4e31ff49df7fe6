import { valueFromASTUntyped, type GraphQLResolveInfo } from 'graphql';
import { objectOf, type FieldMeta, type ObjectMeta } from '../store/objectMeta';
import type { StoreEntry } from '../store/store';
import type { FieldValue, StoredRecord } from '../../../core/records';
import type { RequestContext } from './context';

/**
 * `orderBy` applied as SOQL's ORDER BY: keys in the order the query writes them, ASC with nulls
 * first and DESC with nulls last unless `nulls` says otherwise, text case-insensitive, picklists
 * in their defined order, parent fields through the parent record, and Id as the final tie-break
 * so pages never overlap.
 */

interface SortSpec {
    /** Reference fields to follow from the record to the object holding `field`. */
    path: FieldMeta[];
    field: FieldMeta;
    descending: boolean;
    nullsFirst: boolean;
}

type Raw = Record<string, unknown>;

/** The argument as written (variables as sent), so the order of its keys is the client's. */
export function rawArgument(info: GraphQLResolveInfo, name: string, variables: Record<string, unknown>): unknown {
    const node = info.fieldNodes[0]?.arguments?.find((a) => a.name.value === name);
    return node ? valueFromASTUntyped(node.value, variables) : undefined;
}

function specs(ctx: RequestContext, object: ObjectMeta, orderBy: Raw, path: FieldMeta[]): SortSpec[] {
    const out: SortSpec[] = [];
    for (const [key, value] of Object.entries(orderBy)) {
        if (!value || typeof value !== 'object') continue;
        const field = object.fieldMap.get(key.toLowerCase());
        const reference = object.parentRelationships.get(key.toLowerCase());
        if (field && field.apiName === key) {
            const clause = value as { order?: string; nulls?: string };
            const descending = clause.order === 'DESC';
            out.push({ path, field, descending, nullsFirst: clause.nulls ? clause.nulls === 'FIRST' : !descending });
        } else if (reference?.reference) {
            const target = objectOf(ctx.store.schema, reference.reference.target);
            if (target) out.push(...specs(ctx, target, value as Raw, [...path, reference]));
        }
    }
    return out;
}

function sortKey(ctx: RequestContext, spec: SortSpec, record: StoredRecord, recordObject: ObjectMeta): FieldValue {
    let current: StoredRecord | undefined = record;
    let object: ObjectMeta | undefined = recordObject;
    for (const reference of spec.path) {
        const parentId: FieldValue | undefined = current?.[reference.apiName];
        const parent: StoreEntry | undefined = typeof parentId === 'string' ? ctx.store.get(parentId) : undefined;
        current = parent?.record;
        object = parent?.object;
    }
    if (!current || !object) return null;
    const value = ctx.store.value(object, current, spec.field.apiName, ctx.today, ctx.memo);
    if (value === null) return null;
    const picklist = spec.field.picklist;
    if (picklist && spec.field.dataType === 'Picklist') {
        const index = picklist.values.indexOf(String(value));
        return index < 0 ? picklist.values.length : index;
    }
    return typeof value === 'string' ? value.toLowerCase() : value;
}

/** Sorts in place; without orderBy, records come in creation (Id) order. */
export function sortRecords(ctx: RequestContext, object: ObjectMeta, records: StoredRecord[], orderBy: unknown): StoredRecord[] {
    const list = orderBy && typeof orderBy === 'object' ? specs(ctx, object, orderBy as Raw, []) : [];
    const keyed = records.map((record) => ({ record, keys: list.map((spec) => sortKey(ctx, spec, record, object)) }));
    keyed.sort((a, b) => {
        for (const [i, spec] of list.entries()) {
            const x = a.keys[i] ?? null;
            const y = b.keys[i] ?? null;
            if (x === y) continue;
            if (x === null) return spec.nullsFirst ? -1 : 1;
            if (y === null) return spec.nullsFirst ? 1 : -1;
            const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x) < String(y) ? -1 : String(x) > String(y) ? 1 : 0;
            if (c !== 0) return spec.descending ? -c : c;
        }
        return a.record.Id < b.record.Id ? -1 : a.record.Id > b.record.Id ? 1 : 0;
    });
    return keyed.map((k) => k.record);
}
