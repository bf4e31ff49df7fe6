import { createSession, evaluateField, FormulaError, type EvaluationSession } from '../../../tools/formula';
import type { ProjectModel } from '../../../core/metadata/project';
import { fieldOf, objectOf, type FieldMeta, type ObjectMeta, type StoreSchema } from './objectMeta';
import type { RecordTable } from './recordTable';
import type { FieldValue, StoredRecord } from '../../../core/records';

/**
 * Derived values, computed on read so they are never stale: roll-up summaries from the parent
 * index (COUNT/SUM/MIN/MAX over the children), formula fields from their XML formula text with
 * the reader's "today". Cross-object references in formulas (Account.Name) read nested parents.
 */

export type ComputedRecord = Record<string, FieldValue>;

/** What one request has worked out about one record on one day. */
interface MemoEntry {
    /** Stored values + roll-ups + reachable parents: what formulas read. */
    evaluation: Record<string, unknown>;
    /** Formula results shared between the record's formulas. */
    session: EvaluationSession;
    values: Map<string, FieldValue>;
}

/** Per-request memo: each record is worked out once, and only the derived fields a query reads. */
export type DerivedMemo = Map<string, MemoEntry>;

const warned = new Set<string>();

function compare(a: FieldValue, b: FieldValue): number {
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

export class Deriver {
    constructor(
        private readonly schema: StoreSchema,
        private readonly table: RecordTable,
        private readonly log: (message: string) => void
    ) {}

    private get model(): ProjectModel {
        return this.schema.model;
    }

    rollup(field: FieldMeta, record: StoredRecord, today: string, memo: DerivedMemo): FieldValue {
        const rollup = field.rollup;
        if (!rollup) return null;
        if (rollup.operation === 'count') return this.table.childIds(rollup.childObject, rollup.childField, record.Id).size;
        const children = this.table.children(rollup.childObject, rollup.childField, record.Id);
        const childObject = objectOf(this.schema, rollup.childObject);
        const summarized = childObject && rollup.summarizedField ? fieldOf(childObject, rollup.summarizedField) : undefined;
        if (!childObject || !summarized) return null;
        const values: FieldValue[] = [];
        for (const child of children) {
            const value = this.value(childObject, child, summarized, today, memo);
            if (value !== null) values.push(value);
        }
        if (rollup.operation === 'sum') {
            const total = values.reduce<number>((sum, v) => sum + Number(v), 0);
            return field.scale === undefined ? total : Number(total.toFixed(field.scale));
        }
        if (values.length === 0) return null;
        const sorted = values.sort(compare);
        return (rollup.operation === 'min' ? sorted[0] : sorted[sorted.length - 1]) ?? null;
    }

    /** Stored values plus the roll-ups and parents that formulas and validation rules read. */
    evaluationRecord(
        object: ObjectMeta,
        record: Record<string, FieldValue>,
        today: string,
        memo: DerivedMemo,
        depth = 0
    ): Record<string, unknown> {
        const out: Record<string, unknown> = { ...record };
        if (typeof record.Id === 'string') {
            for (const field of object.rollupsForFormulas) out[field.apiName] = this.rollup(field, record as StoredRecord, today, memo);
        } else {
            // A record being inserted has no children yet: a COUNT or SUM is 0, a MIN or MAX blank
            // (so a validation rule reading "Check_In_Count__c = 0" fires on insert as on update).
            for (const field of object.rollupsForFormulas)
                out[field.apiName] = field.rollup?.operation === 'count' || field.rollup?.operation === 'sum' ? 0 : null;
        }
        if (depth < 5) {
            for (const path of object.formulaParentPaths) this.attachParent(out, object, path, today, memo, depth);
        }
        return out;
    }

    private attachParent(
        out: Record<string, unknown>,
        object: ObjectMeta,
        path: string[],
        today: string,
        memo: DerivedMemo,
        depth: number
    ): void {
        const [relationship, ...rest] = path;
        if (!relationship) return;
        const reference = object.parentRelationships.get(relationship.toLowerCase());
        if (!reference?.reference) return;
        const parentId = out[reference.apiName];
        const parent = typeof parentId === 'string' ? this.table.get(parentId) : undefined;
        const parentObject = parent ? objectOf(this.schema, parent.object) : undefined;
        const key = reference.reference.relationshipName;
        if (!parent || !parentObject) {
            out[key] = null;
            return;
        }
        // Another path through the same parent may have attached it already (Goal__r.A__r and Goal__r.B__r).
        const existing = out[key];
        const parentOut =
            existing && typeof existing === 'object'
                ? (existing as Record<string, unknown>)
                : { ...this.computed(parentObject, parent.record, today, memo, depth + 1) };
        out[key] = parentOut;
        // Multi-level paths (Customer_Goal__r.Originating_Opportunity__r.IsWon): attach the grandparent to the parent.
        if (rest.length && depth < 5) this.attachParent(parentOut, parentObject, rest, today, memo, depth + 1);
    }

    private entry(object: ObjectMeta, record: StoredRecord, today: string, memo: DerivedMemo, depth: number): MemoEntry {
        const key = `${record.Id}@${today}`;
        let entry = memo.get(key);
        if (!entry) {
            entry = { evaluation: this.evaluationRecord(object, record, today, memo, depth), session: createSession(), values: new Map() };
            memo.set(key, entry);
        }
        return entry;
    }

    /** One field as the API returns it; a formula reads only what it needs (through the session). */
    value(object: ObjectMeta, record: StoredRecord, field: FieldMeta, today: string, memo: DerivedMemo, depth = 0): FieldValue {
        if (field.stored) return record[field.apiName] ?? null;
        const entry = this.entry(object, record, today, memo, depth);
        let value = entry.values.get(field.apiName);
        if (value === undefined) {
            value = field.rollup
                ? this.rollup(field, record, today, memo)
                : this.formula(object, field, entry.evaluation, today, entry.session);
            entry.values.set(field.apiName, value);
        }
        return value;
    }

    /** The record as the API returns it: stored fields, roll-ups and formula fields. */
    computed(object: ObjectMeta, record: StoredRecord, today: string, memo: DerivedMemo, depth = 0): ComputedRecord {
        const result: ComputedRecord = {};
        for (const field of object.fields) result[field.apiName] = this.value(object, record, field, today, memo, depth);
        return result;
    }

    private formula(
        object: ObjectMeta,
        field: FieldMeta,
        evaluation: Record<string, unknown>,
        today: string,
        session: EvaluationSession
    ): FieldValue {
        try {
            return evaluateField(this.model, object.apiName, field.apiName, evaluation, today, { session });
        } catch (error) {
            // The org shows #Error! for a formula it cannot compute; the preview shows blank and says why once.
            const id = `${object.apiName}.${field.apiName}`;
            if (!warned.has(id)) {
                warned.add(id);
                this.log(`formula ${id} cannot be evaluated locally: ${error instanceof FormulaError ? error.message : String(error)}`);
            }
            return null;
        }
    }
}
