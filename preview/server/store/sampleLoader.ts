import { loadSamplePlan } from '../../../tools/sample-data/relativeDates';
import { fieldOf, objectOf, type StoreSchema } from './objectMeta';
import { RecordWriteError, type StoredRecord } from '../../../core/records';

/**
 * Loads data/sample (an `sf data import tree` plan) into an empty store, with its relative dates
 * ("TODAY-50") resolved against the store's today. Records go through the normal save pipeline
 * in system mode, as `sf data import tree` runs validation rules in an org; fields the model does
 * not know are skipped with a message rather than failing the whole sample.
 */

export interface SampleTarget {
    schema: StoreSchema;
    create(objectApiName: string, fields: Record<string, unknown>): StoredRecord;
    log(message: string): void;
}

export function loadSampleInto(target: SampleTarget, planDir: string, today: string): number {
    const ids = new Map<string, string>();
    const skippedFields = new Set<string>();
    let loaded = 0;
    for (const entry of loadSamplePlan(planDir, today)) {
        const object = objectOf(target.schema, entry.sobject);
        if (!object) {
            target.log(`sample data: object ${entry.sobject} is not in the model; its ${entry.records.length} records are skipped`);
            continue;
        }
        for (const sample of entry.records) {
            const fields: Record<string, unknown> = {};
            let unresolved: string | undefined;
            for (const [name, value] of Object.entries(sample)) {
                if (name === 'attributes') continue;
                const field = fieldOf(object, name);
                if (!field || !field.stored) {
                    const key = `${object.apiName}.${name}`;
                    if (!skippedFields.has(key)) target.log(`sample data: ${key} is not a writable field in the model; skipped`);
                    skippedFields.add(key);
                    continue;
                }
                if (typeof value === 'string' && value.startsWith('@')) {
                    const id = ids.get(value.slice(1));
                    if (!id) unresolved = value;
                    fields[field.apiName] = id;
                } else fields[field.apiName] = value;
            }
            const ref = sample.attributes.referenceId;
            if (unresolved) {
                target.log(`sample data: ${object.apiName} ${ref} refers to ${unresolved}, which was not loaded; skipped`);
                continue;
            }
            try {
                ids.set(ref, target.create(object.apiName, fields).Id);
                loaded++;
            } catch (error) {
                if (!(error instanceof RecordWriteError)) throw error;
                target.log(`sample data: ${object.apiName} ${ref} was refused: ${error.message}`);
            }
        }
    }
    return loaded;
}
