import { objectOf, type FieldMeta, type StoreSchema } from './objectMeta';
import type { RecordTable } from './recordTable';
import { RecordWriteError, type StoredRecord } from '../../../core/records';

/**
 * Deleting a record with what the org does to the records that point to it, read from each
 * reference field: master-detail children (and standard cascades) are deleted too, recursively
 * (Account → goals → KPIs → measurements); lookups with deleteConstraint SetNull are cleared;
 * Restrict refuses the delete. The index by parent id finds the children without scans.
 */

export interface DeletePlan {
    /** Records to delete, children before parents. */
    deletions: { object: string; record: StoredRecord }[];
    /** Lookups to clear on records that survive. */
    clears: { object: string; id: string; field: string }[];
}

export function planDelete(schema: StoreSchema, table: RecordTable, rootId: string): DeletePlan {
    const deleting = new Set<string>();
    const deletions: DeletePlan['deletions'] = [];
    const pendingClears: { object: string; id: string; field: string }[] = [];
    const visit = (id: string): void => {
        if (deleting.has(id)) return;
        const entry = table.get(id);
        if (!entry) return;
        deleting.add(id);
        const refs: FieldMeta[] = schema.referencesTo.get(entry.object.toLowerCase()) ?? [];
        for (const field of refs) {
            for (const childId of [...table.childIds(field.object, field.apiName, id)]) {
                const behaviour = field.reference?.onDelete ?? 'setNull';
                if (behaviour === 'cascade') visit(childId);
                else if (behaviour === 'restrict') {
                    const label = objectOf(schema, entry.object)?.label ?? entry.object;
                    const childLabel = objectOf(schema, field.object)?.label ?? field.object;
                    throw new RecordWriteError(entry.object, [
                        {
                            field: null,
                            errorCode: 'DELETE_FAILED',
                            message: `Your attempt to delete ${String(entry.record.Name ?? id)} could not be completed because it is associated with the following ${childLabel} records. (${label} is referenced by ${field.object}.${field.apiName}.)`
                        }
                    ]);
                } else pendingClears.push({ object: field.object, id: childId, field: field.apiName });
            }
        }
        deletions.push({ object: entry.object, record: entry.record });
    };
    visit(rootId);
    return { deletions, clears: pendingClears.filter((c) => !deleting.has(c.id)) };
}
