/**
 * Loads a generated data set into a preview store through the store's own create pipeline, in
 * system mode, as the sample loader (and `sf data import tree` in an org) does: field checks,
 * required fields, lookup filters and validation rules run on every record, Opportunity stage
 * behaviour sets IsWon/IsClosed/Probability, and the KPI current-value rule (the Apex trigger,
 * mirrored) runs after every measurement. Roll-ups and formulas are derived on read by the store,
 * so they are consistent with the loaded records by construction. One outer transaction: the
 * store file (if any) is written once, at the end.
 */
import { RecordWriteError } from '../../core/records';
import { RUNNING_USER_REF, type LargeDataSet, type PlannedValue } from './generate';

/** What the loader needs of a PreviewStore (structural, so tests may pass a stand-in). */
export interface LoadTarget {
    readonly userId: string;
    today(): string;
    transaction<T>(fn: () => T): T;
    create(objectApiName: string, fields: Record<string, unknown>, options?: { mode?: 'user' | 'system' }): { Id: string };
}

interface LoadError {
    sobject: string;
    ref: string;
    message: string;
}

export interface LoadReport {
    /** Data set ref → record id in the store. */
    ids: Map<string, string>;
    counts: Record<string, number>;
    errors: LoadError[];
    milliseconds: number;
    millisecondsByObject: Record<string, number>;
}

export function loadLargeData(store: LoadTarget, data: LargeDataSet): LoadReport {
    if (data.params.today > store.today()) {
        throw new Error(
            `the data set was generated for ${data.params.today}, after the store's today (${store.today()}): its readings would be in the future`
        );
    }
    const started = performance.now();
    const ids = new Map<string, string>([[RUNNING_USER_REF, store.userId]]);
    const counts: Record<string, number> = {};
    const errors: LoadError[] = [];
    const millisecondsByObject: Record<string, number> = {};
    store.transaction(() => {
        for (const { sobject, records } of data.objects) {
            const objectStarted = performance.now();
            counts[sobject] = 0;
            for (const { ref, fields } of records) {
                const resolved: Record<string, PlannedValue> = {};
                let missing: string | undefined;
                for (const [name, value] of Object.entries(fields)) {
                    if (typeof value === 'string' && value.startsWith('@')) {
                        const id = ids.get(value.slice(1));
                        if (!id) missing = value;
                        resolved[name] = id ?? null;
                    } else resolved[name] = value;
                }
                if (missing) {
                    errors.push({ sobject, ref, message: `refers to ${missing}, which was not loaded` });
                    continue;
                }
                try {
                    ids.set(ref, store.create(sobject, resolved, { mode: 'system' }).Id);
                    counts[sobject] = (counts[sobject] ?? 0) + 1;
                } catch (error) {
                    if (!(error instanceof RecordWriteError)) throw error;
                    errors.push({ sobject, ref, message: error.message });
                }
            }
            millisecondsByObject[sobject] = performance.now() - objectStarted;
        }
    });
    return { ids, counts, errors, milliseconds: performance.now() - started, millisecondsByObject };
}
