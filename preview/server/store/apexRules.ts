import { checkValidationRules } from '../../../tools/formula';
import { fieldOf, objectOf, type ObjectMeta, type StoreSchema } from './objectMeta';
import type { Deriver } from './derived';
import type { RecordTable } from './recordTable';
import { RecordWriteError, type FieldValue, type StoredRecord } from '../../../core/records';

/**
 * The package's Apex, mirrored: KpiMeasurementTrigger + KpiCurrentValueService keep
 * Customer_KPI__c.Current_Value__c and Current_As_Of__c equal to the KPI's latest measurement
 * (Measured_On__c DESC NULLS LAST, CreatedDate DESC, Id DESC; blank when there is none). Like the
 * Apex, it runs after insert, update (when value, date or KPI changed) and delete, writes only
 * KPIs whose values changed (in system mode, so field-level security does not apply), and a KPI
 * that fails its own validation rules fails the measurement that caused the recompute.
 */

interface LatestChildRule {
    parentObject: string;
    childObject: string;
    /** The child's reference to the parent. */
    parentField: string;
    /** Parent field ← child field. */
    copy: Record<string, string>;
    /** The child field that decides which child is latest (then CreatedDate, then Id). */
    orderField: string;
    /** Child fields whose change can change which child is latest. */
    watched: string[];
    failurePrefix: string;
}

const RULES: LatestChildRule[] = [
    {
        parentObject: 'Customer_KPI__c',
        childObject: 'KPI_Measurement__c',
        parentField: 'Customer_KPI__c',
        copy: { Current_Value__c: 'Value__c', Current_As_Of__c: 'Measured_On__c' },
        orderField: 'Measured_On__c',
        watched: ['Value__c', 'Measured_On__c', 'Customer_KPI__c'],
        failurePrefix: 'Could not update the current value of the KPI for this measurement: '
    }
];

export type ChildChange =
    | { kind: 'insert'; record: StoredRecord }
    | { kind: 'update'; before: StoredRecord; after: StoredRecord }
    | { kind: 'delete'; record: StoredRecord };

/** Measured_On DESC NULLS LAST, then CreatedDate DESC, then Id DESC: is `a` later than `b`? */
function isLater(a: StoredRecord, b: StoredRecord, orderField: string): boolean {
    const da = a[orderField] ?? null;
    const db = b[orderField] ?? null;
    if (da !== db) {
        if (da === null) return false;
        if (db === null) return true;
        return da > db;
    }
    const ca = a.CreatedDate ?? '';
    const cb = b.CreatedDate ?? '';
    if (ca !== cb) return ca > cb;
    return a.Id > b.Id;
}

function sameValue(field: { scale?: number }, a: FieldValue, b: FieldValue): boolean {
    if (typeof a === 'number' && typeof b === 'number' && field.scale !== undefined)
        return a.toFixed(field.scale) === b.toFixed(field.scale);
    return (a ?? null) === (b ?? null);
}

export class ApexRules {
    /** Parent id → its latest child id, so an insert compares with one record instead of all. */
    private readonly latestChild = new Map<string, string>();

    constructor(
        private readonly schema: StoreSchema,
        private readonly table: RecordTable,
        private readonly deriver: Deriver,
        /** The running user's custom permissions: validation rules see them in system mode too. */
        private readonly customPermissions: () => ReadonlySet<string> = () => new Set()
    ) {}

    /** Rules whose objects and fields all exist in this model (a fixture model may lack them). */
    private rulesFor(childObject: string): { rule: LatestChildRule; parent: ObjectMeta }[] {
        return RULES.flatMap((rule) => {
            if (rule.childObject.toLowerCase() !== childObject.toLowerCase()) return [];
            const parent = objectOf(this.schema, rule.parentObject);
            const child = objectOf(this.schema, rule.childObject);
            const complete =
                parent &&
                child &&
                fieldOf(child, rule.parentField) &&
                Object.entries(rule.copy).every(([p, c]) => fieldOf(parent, p) && fieldOf(child, c));
            return complete && parent ? [{ rule, parent }] : [];
        });
    }

    /** A rollback may restore records the cache does not know about. */
    forgetCache(): void {
        this.latestChild.clear();
    }

    private latest(rule: LatestChildRule, parentId: string, inserted: StoredRecord | undefined): StoredRecord | undefined {
        const cachedId = this.latestChild.get(parentId);
        const cached = cachedId ? this.table.get(cachedId)?.record : undefined;
        let latest: StoredRecord | undefined;
        if (inserted && cached && cached[rule.parentField] === parentId) {
            latest = isLater(inserted, cached, rule.orderField) ? inserted : cached;
        } else {
            for (const id of this.table.childIds(rule.childObject, rule.parentField, parentId)) {
                const child = this.table.get(id)?.record;
                if (child && (!latest || isLater(child, latest, rule.orderField))) latest = child;
            }
        }
        if (latest) this.latestChild.set(parentId, latest.Id);
        else this.latestChild.delete(parentId);
        return latest;
    }

    /** After-save: recompute the affected parents; throws when a parent cannot be saved. */
    afterChange(childObject: string, change: ChildChange, today: string, now: string): void {
        for (const { rule, parent } of this.rulesFor(childObject)) {
            const parentIds = new Set<string>();
            const add = (r: StoredRecord): void => {
                const id = r[rule.parentField];
                if (typeof id === 'string') parentIds.add(id);
            };
            if (change.kind === 'update') {
                if (!rule.watched.some((f) => change.before[f] !== change.after[f])) continue;
                add(change.before);
                add(change.after);
            } else add(change.record);
            for (const parentId of parentIds) {
                const inserted = change.kind === 'insert' ? change.record : undefined;
                const failure = this.recompute(rule, parent, parentId, inserted, today, now);
                if (failure)
                    throw new RecordWriteError(childObject, [
                        { field: null, errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: rule.failurePrefix + failure }
                    ]);
            }
        }
    }

    private recompute(
        rule: LatestChildRule,
        parentObject: ObjectMeta,
        parentId: string,
        inserted: StoredRecord | undefined,
        today: string,
        now: string
    ): string | undefined {
        const entry = this.table.get(parentId);
        if (!entry) return undefined;
        const latest = this.latest(rule, parentId, inserted);
        const next: StoredRecord = { ...entry.record };
        let changed = false;
        for (const [parentField, childField] of Object.entries(rule.copy)) {
            const meta = fieldOf(parentObject, parentField);
            const value = latest ? (latest[childField] ?? null) : null;
            if (!meta || sameValue(meta, next[meta.apiName] ?? null, value)) continue;
            next[meta.apiName] = value;
            changed = true;
        }
        if (!changed) return undefined;
        const evaluation = this.deriver.evaluationRecord(parentObject, next, today, new Map());
        const prior = this.deriver.evaluationRecord(parentObject, entry.record, today, new Map());
        let failures: { message: string }[] = [];
        try {
            failures = checkValidationRules(this.schema.model, parentObject.apiName, evaluation, today, {
                priorRecord: prior,
                now,
                customPermissions: this.customPermissions()
            });
        } catch {
            // A rule the local evaluator cannot run is not enforced here either (the writer logs it).
        }
        if (failures.length) return failures.map((f) => f.message).join('; ');
        this.table.replace(parentObject.apiName, { ...next, LastModifiedDate: now, SystemModstamp: now });
        return undefined;
    }
}
