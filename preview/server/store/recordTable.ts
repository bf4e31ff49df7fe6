import type { StoredRecord } from '../../../core/records';

/**
 * Records in memory with the indexes queries need: by id, and for every reference field by the
 * id it points to, so child relationships, roll-ups and cascades never scan a whole object.
 * Every change is recorded in an undo log, so a request can be rolled back (allOrNone).
 */

type UndoEntry =
    | { kind: 'insert'; record: StoredRecord; object: string }
    | { kind: 'replace'; before: StoredRecord; object: string }
    | { kind: 'remove'; record: StoredRecord; object: string };

export class RecordTable {
    /** Object API name → id → record. */
    private readonly byObject = new Map<string, Map<string, StoredRecord>>();
    private readonly byId = new Map<string, { object: string; record: StoredRecord }>();
    /** "Object.Field" → parent id → child ids (insertion order). */
    private readonly byParent = new Map<string, Map<string, Set<string>>>();
    private undo: UndoEntry[] | undefined;

    constructor(
        /** Object API name → its reference fields (exact case). */
        private readonly referenceFields: Map<string, string[]>
    ) {}

    private table(object: string): Map<string, StoredRecord> {
        let t = this.byObject.get(object);
        if (!t) {
            t = new Map();
            this.byObject.set(object, t);
        }
        return t;
    }

    private index(object: string, field: string): Map<string, Set<string>> {
        const key = `${object}.${field}`;
        let i = this.byParent.get(key);
        if (!i) {
            i = new Map();
            this.byParent.set(key, i);
        }
        return i;
    }

    private link(object: string, record: StoredRecord): void {
        for (const field of this.referenceFields.get(object) ?? []) {
            const parent = record[field];
            if (typeof parent !== 'string') continue;
            const index = this.index(object, field);
            let children = index.get(parent);
            if (!children) {
                children = new Set();
                index.set(parent, children);
            }
            children.add(record.Id);
        }
    }

    private unlink(object: string, record: StoredRecord): void {
        for (const field of this.referenceFields.get(object) ?? []) {
            const parent = record[field];
            if (typeof parent !== 'string') continue;
            const children = this.byParent.get(`${object}.${field}`)?.get(parent);
            children?.delete(record.Id);
            if (children?.size === 0) this.byParent.get(`${object}.${field}`)?.delete(parent);
        }
    }

    private put(object: string, record: StoredRecord): void {
        this.table(object).set(record.Id, record);
        this.byId.set(record.Id, { object, record });
        this.link(object, record);
    }

    private drop(object: string, record: StoredRecord): void {
        this.unlink(object, record);
        this.table(object).delete(record.Id);
        this.byId.delete(record.Id);
    }

    /** Same id, new version: keeps the record's place in its table (queries fall back to that order). */
    private swap(object: string, before: StoredRecord, after: StoredRecord): void {
        this.unlink(object, before);
        this.table(object).set(after.Id, after);
        this.byId.set(after.Id, { object, record: after });
        this.link(object, after);
    }

    get(id: string): { object: string; record: StoredRecord } | undefined {
        return this.byId.get(id);
    }

    records(object: string): IterableIterator<StoredRecord> {
        return this.table(object).values();
    }

    count(object: string): number {
        return this.table(object).size;
    }

    /** Ids of `object` records whose `field` points to `parentId`. */
    childIds(object: string, field: string, parentId: string): ReadonlySet<string> {
        return this.byParent.get(`${object}.${field}`)?.get(parentId) ?? new Set();
    }

    children(object: string, field: string, parentId: string): StoredRecord[] {
        const out: StoredRecord[] = [];
        for (const id of this.childIds(object, field, parentId)) {
            const entry = this.byId.get(id);
            if (entry) out.push(entry.record);
        }
        return out;
    }

    insert(object: string, record: StoredRecord): void {
        if (this.byId.has(record.Id)) throw new Error(`Duplicate id ${record.Id}`);
        this.put(object, record);
        this.undo?.push({ kind: 'insert', record, object });
    }

    /** Replaces a record with a new version (records are never mutated in place). */
    replace(object: string, record: StoredRecord): void {
        const before = this.byId.get(record.Id)?.record;
        if (!before) throw new Error(`No record ${record.Id}`);
        this.swap(object, before, record);
        this.undo?.push({ kind: 'replace', before, object });
    }

    remove(object: string, id: string): void {
        const record = this.byId.get(id)?.record;
        if (!record) return;
        this.drop(object, record);
        this.undo?.push({ kind: 'remove', record, object });
    }

    /** Starts recording changes (idempotent); returns a savepoint to roll back to. */
    savepoint(): number {
        this.undo ??= [];
        return this.undo.length;
    }

    rollbackTo(savepoint: number): void {
        const log = this.undo;
        if (!log) return;
        this.undo = undefined;
        while (log.length > savepoint) {
            const entry = log.pop();
            if (!entry) break;
            if (entry.kind === 'insert') this.drop(entry.object, entry.record);
            else if (entry.kind === 'remove') this.put(entry.object, entry.record);
            else {
                const current = this.byId.get(entry.before.Id)?.record;
                if (current) this.swap(entry.object, current, entry.before);
            }
        }
        this.undo = log;
    }

    /** Stops recording; the changes stay. */
    commit(): void {
        this.undo = undefined;
    }

    get inTransaction(): boolean {
        return this.undo !== undefined;
    }

    /** Every record, per object, for persistence. */
    dump(): Record<string, StoredRecord[]> {
        const out: Record<string, StoredRecord[]> = {};
        for (const [object, table] of this.byObject) if (table.size) out[object] = [...table.values()];
        return out;
    }

    clear(): void {
        this.byObject.clear();
        this.byId.clear();
        this.byParent.clear();
        this.undo = undefined;
    }
}
