import { checkValidationRules, customMetadataValue, evaluateFormula, toApiValue } from '../../../tools/formula';
import { checkValue } from './fieldChecks';
import { lookupFilterHolds, sourceFields } from './lookupFilters';
import { fieldOf, objectOf, type FieldMeta, type ObjectMeta, type StoreSchema } from './objectMeta';
import type { Deriver, DerivedMemo } from './derived';
import type { RecordTable } from './recordTable';
import { standardBehaviour } from './standardBehaviours';
import { applyBeforeSave } from './beforeSaveRules';
import { RecordWriteError, type FieldError, type FieldValue, type StoredRecord, type WriteOptions } from '../../../core/records';

/**
 * The save pipeline for one create or update, in the org's order: field names and access, value
 * types and sizes, defaults and platform-derived fields, required fields, references and lookup
 * filters, then validation rules. Any error refuses the whole record; nothing is written.
 */

export interface WriterHost {
    schema: StoreSchema;
    table: RecordTable;
    deriver: Deriver;
    userId(): string;
    nextId(object: ObjectMeta): string;
    nextAutoNumber(object: ObjectMeta): number;
    isDeleted(id: string): boolean;
    log(message: string): void;
    /** The running user's custom permissions (lower case), for `$Permission` in validation rules. */
    customPermissions?(): ReadonlySet<string>;
}

export interface ResolvedWrite {
    object: ObjectMeta;
    today: string;
    now: string;
    mode: 'user' | 'system';
}

const warnedRules = new Set<string>();

/** "M-{000000}" with 42 → "M-000042"; {YYYY}, {YY}, {MM}, {DD} from today. */
function formatAutoNumber(format: string, n: number, today: string): string {
    const [yyyy = '', mm = '', dd = ''] = today.split('-');
    return format
        .replace(/\{(0+)\}/g, (_, zeros: string) => String(n).padStart(zeros.length, '0'))
        .replace(/\{YYYY\}/g, yyyy)
        .replace(/\{YY\}/g, yyyy.slice(2))
        .replace(/\{MM\}/g, mm)
        .replace(/\{DD\}/g, dd);
}

/** Page-level problem (no field): what the org reports for ids that point nowhere. */
export function missingRecordError(deleted: boolean): FieldError {
    return deleted
        ? { field: null, errorCode: 'ENTITY_IS_DELETED', message: 'entity is deleted' }
        : { field: null, errorCode: 'INVALID_CROSS_REFERENCE_KEY', message: 'invalid cross reference id' };
}

export class RecordWriter {
    constructor(private readonly host: WriterHost) {}

    private defaultValue(field: FieldMeta, today: string): FieldValue {
        if (field.picklist?.defaultValue !== undefined) return field.picklist.defaultValue;
        if (field.apiName === 'OwnerId') return this.host.userId();
        if (field.defaultFormula === undefined) return null;
        const model = this.host.schema.model;
        try {
            const value = evaluateFormula(field.defaultFormula, {
                record: {},
                today,
                fieldType: () => undefined,
                customMetadata: (path) => customMetadataValue(model, path),
                returnType: field.model.type
            });
            return toApiValue(field.model, value);
        } catch (error) {
            this.host.log(`default value of ${field.object}.${field.apiName} cannot be evaluated locally: ${(error as Error).message}`);
            return null;
        }
    }

    /** Checks the written names and values; returns the normalised values keyed by exact API name. */
    private checkInput(
        write: ResolvedWrite,
        input: Record<string, unknown>,
        isCreate: boolean,
        errors: FieldError[]
    ): Map<string, FieldValue> {
        const values = new Map<string, FieldValue>();
        for (const [name, raw] of Object.entries(input)) {
            if (raw === undefined) continue;
            const field = fieldOf(write.object, name);
            if (!field) {
                errors.push({
                    field: name,
                    errorCode: 'INVALID_FIELD',
                    message: `No such column '${name}' on sobject of type ${write.object.apiName}`
                });
                continue;
            }
            const allowed =
                write.mode === 'system' ? field.stored && field.apiName !== 'Id' : isCreate ? field.createable : field.updateable;
            if (!allowed) {
                errors.push({
                    field: field.apiName,
                    errorCode: 'INVALID_FIELD_FOR_INSERT_UPDATE',
                    message: `Unable to ${isCreate ? 'create' : 'update'} fields: ${field.apiName}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.`
                });
                continue;
            }
            const checked = checkValue(field, raw);
            if (checked.ok) values.set(field.apiName, checked.value);
            else errors.push(checked.error);
        }
        return values;
    }

    private checkReferences(
        write: ResolvedWrite,
        next: Record<string, FieldValue>,
        prior: StoredRecord | null,
        written: Set<string>,
        errors: FieldError[]
    ): void {
        const { table, schema } = this.host;
        for (const field of write.object.fields) {
            const reference = field.reference;
            if (!reference) continue;
            const id = next[field.apiName];
            if (typeof id !== 'string') continue;
            if (written.has(field.apiName)) {
                const target = table.get(id);
                if (!target) {
                    errors.push({ ...missingRecordError(this.host.isDeleted(id)), field: field.apiName });
                    continue;
                }
                if (target.object.toLowerCase() !== reference.target.toLowerCase()) {
                    errors.push({
                        field: field.apiName,
                        errorCode: 'FIELD_INTEGRITY_EXCEPTION',
                        message: `${field.label}: id value of incorrect type: ${id}`
                    });
                    continue;
                }
            }
            const filter = reference.lookupFilter;
            if (!filter) continue;
            // Checked when the lookup is set, or when a field the filter compares with changes.
            const sourceChanged = sourceFields(filter).some((f) => written.has(fieldOf(write.object, f)?.apiName ?? f));
            if (prior && !written.has(field.apiName) && !sourceChanged) continue;
            const target = table.get(id);
            const targetObject = target ? objectOf(schema, target.object) : undefined;
            if (!target || !targetObject) continue;
            const read = (path: string[]): FieldValue => {
                let object: ObjectMeta | undefined = targetObject;
                let record: StoredRecord | undefined = target.record;
                for (const [i, segment] of path.entries()) {
                    if (!object || !record) return null;
                    if (i === path.length - 1) return record[fieldOf(object, segment)?.apiName ?? segment] ?? null;
                    const rel: FieldMeta | undefined = object.parentRelationships.get(segment.toLowerCase());
                    const parentId: FieldValue | undefined = rel ? record[rel.apiName] : null;
                    const parent: { object: string; record: StoredRecord } | undefined =
                        typeof parentId === 'string' ? table.get(parentId) : undefined;
                    object = parent ? objectOf(schema, parent.object) : undefined;
                    record = parent?.record;
                }
                return null;
            };
            const source = (name: string): FieldValue => next[fieldOf(write.object, name)?.apiName ?? name] ?? null;
            if (!lookupFilterHolds(filter, read, source)) {
                errors.push({ field: field.apiName, errorCode: 'FIELD_FILTER_VALIDATION_EXCEPTION', message: filter.errorMessage });
            }
        }
    }

    private checkRules(write: ResolvedWrite, next: Record<string, FieldValue>, prior: StoredRecord | null, errors: FieldError[]): void {
        const { deriver, schema } = this.host;
        const memo: DerivedMemo = new Map();
        const record = deriver.evaluationRecord(write.object, next, write.today, memo);
        const priorRecord = prior ? deriver.evaluationRecord(write.object, prior, write.today, memo) : null;
        try {
            for (const failure of checkValidationRules(schema.model, write.object.apiName, record, write.today, {
                priorRecord,
                now: write.now,
                customPermissions: this.host.customPermissions?.() ?? []
            })) {
                const field = failure.field ? fieldOf(write.object, failure.field) : undefined;
                errors.push({
                    field: field?.apiName ?? failure.field,
                    errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                    message: failure.message
                });
            }
        } catch (error) {
            const key = `${write.object.apiName}:${(error as Error).message}`;
            if (!warnedRules.has(key)) {
                warnedRules.add(key);
                this.host.log(
                    `validation rules of ${write.object.apiName} cannot be evaluated locally (not enforced): ${(error as Error).message}`
                );
            }
        }
    }

    private checkRequired(
        write: ResolvedWrite,
        next: Record<string, FieldValue>,
        written: Set<string>,
        isCreate: boolean,
        errors: FieldError[]
    ): void {
        const missing = write.object.fields.filter(
            (f) => f.required && (next[f.apiName] === null || next[f.apiName] === undefined) && (isCreate || written.has(f.apiName))
        );
        if (!missing.length) return;
        const message = `Required fields are missing: [${missing.map((f) => f.apiName).join(', ')}]`;
        for (const field of missing) errors.push({ field: field.apiName, errorCode: 'REQUIRED_FIELD_MISSING', message });
    }

    /** Runs every check; returns the record to store (without system fields) or throws RecordWriteError. */
    private prepare(write: ResolvedWrite, input: Record<string, unknown>, prior: StoredRecord | null): Record<string, FieldValue> {
        const isCreate = prior === null;
        const errors: FieldError[] = [];
        const values = this.checkInput(write, input, isCreate, errors);
        if (errors.length) throw new RecordWriteError(write.object.apiName, errors);
        const next: Record<string, FieldValue> = prior ? { ...prior } : {};
        if (isCreate) {
            for (const field of write.object.fields)
                if (field.stored && !values.has(field.apiName)) next[field.apiName] = this.defaultValue(field, write.today);
        }
        for (const [name, value] of values) next[name] = value;
        const written = new Set(values.keys());
        standardBehaviour(write.object.apiName, write.object.compoundName).derive?.(next, prior, written);
        applyBeforeSave(write, next, prior, this.host.table, this.host.userId());
        this.checkRequired(write, next, written, isCreate, errors);
        if (errors.length) throw new RecordWriteError(write.object.apiName, errors);
        this.checkReferences(write, next, prior, written, errors);
        this.checkRules(write, next, prior, errors);
        if (errors.length) throw new RecordWriteError(write.object.apiName, errors);
        return next;
    }

    create(write: ResolvedWrite, input: Record<string, unknown>): StoredRecord {
        const next = this.prepare(write, input, null);
        const record: StoredRecord = { ...next, Id: this.host.nextId(write.object) };
        // The running user's own record is created before there is a running user: it created itself.
        const userId = this.host.userId() || record.Id;
        if (write.object.autoNumberFormat && write.object.nameField) {
            record[write.object.nameField.apiName] = formatAutoNumber(
                write.object.autoNumberFormat,
                this.host.nextAutoNumber(write.object),
                write.today
            );
        }
        Object.assign(record, {
            CreatedDate: write.now,
            CreatedById: userId,
            LastModifiedDate: write.now,
            LastModifiedById: userId,
            SystemModstamp: write.now,
            IsDeleted: false
        });
        const stored = keepKnown(write.object, record);
        this.host.table.insert(write.object.apiName, stored);
        return stored;
    }

    update(write: ResolvedWrite, prior: StoredRecord, input: Record<string, unknown>, options: WriteOptions = {}): StoredRecord {
        const lastModified = typeof prior.LastModifiedDate === 'string' ? prior.LastModifiedDate : '';
        if (options.ifUnmodifiedSince && lastModified > options.ifUnmodifiedSince) {
            throw new RecordWriteError(write.object.apiName, [
                {
                    field: null,
                    errorCode: 'RECORD_MODIFIED',
                    message: `The record was changed at ${lastModified}, after it was loaded. Reload it and try again.`
                }
            ]);
        }
        const next = this.prepare(write, input, prior);
        const userId = this.host.userId();
        const record: StoredRecord = {
            ...next,
            Id: prior.Id,
            LastModifiedDate: write.now,
            LastModifiedById: userId,
            SystemModstamp: write.now
        };
        const stored = keepKnown(write.object, record);
        this.host.table.replace(write.object.apiName, stored);
        return stored;
    }
}

/** Only the object's stored fields are kept (a field removed from the metadata disappears on the next write). */
function keepKnown(object: ObjectMeta, record: StoredRecord): StoredRecord {
    const out: StoredRecord = { Id: record.Id };
    for (const field of object.fields) {
        if (!field.stored || field.apiName === 'Id') continue;
        const value = record[field.apiName];
        out[field.apiName] = value === undefined ? null : value;
    }
    return out;
}
