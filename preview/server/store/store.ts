import { resolve } from 'node:path';
import { loadProject, type ProjectModel } from '../../../core/metadata/project';
import { ApexRules } from './apexRules';
import { checkToday, defaultTimeZone } from './clock';
import { todayIn } from '../../../core/dates';
import { Deriver, type ComputedRecord, type DerivedMemo } from './derived';
import { DEFAULT_PERMISSION_SETS, loadCustomPermissions, loadFieldAccess, permissionSetNames } from './fieldAccess';
import { assignKeyPrefixes, makeId, toId18 } from './ids';
import { buildStoreSchema, objectOf, type ObjectMeta, type StoreSchema } from './objectMeta';
import {
    loadStoreFile,
    removeStaleTemporaryFiles,
    setAsideCorrupt,
    writeFileAtomic,
    type BeforeRenameHook,
    type StoreFile
} from './persistence';
import { planDelete } from './recordDeleter';
import { RecordTable } from './recordTable';
import { missingRecordError, RecordWriter, type ResolvedWrite } from './recordWriter';
import { loadSampleInto } from './sampleLoader';
import { RecordWriteError, type FieldValue, type StoredRecord, type WriteOptions } from '../../../core/records';

/**
 * The preview's data: every record in memory, indexed, persisted to one JSON file after each
 * committed change, and loaded from the sample plan when there is no (readable) file. Writes go
 * through the org's save pipeline (RecordWriter), deletes through the cascade planner, and the
 * package's Apex rule runs after measurement changes. Derived values are computed on read.
 */

const REPO_ROOT = resolve(__dirname, '..', '..', '..');

export interface StoreOptions {
    /** force-app/main/default; ignored when `model` is given. */
    sourceDir?: string;
    model?: ProjectModel;
    /** The JSON file; null keeps everything in memory. Default: <repo>/.preview-data/store.json. */
    dataFile?: string | null;
    /** Sample plan folder; default <repo>/data/sample. */
    samplePlanDir?: string;
    /** A fixed "today" (YYYY-MM-DD) for demos and tests; default: the calendar day in `timeZone`. */
    today?: string;
    /** The running user's time zone: decides today and date-time display. Default: this machine's. */
    timeZone?: string;
    /**
     * Permission sets assigned to the running user. Field-level security: default all of force-app's.
     * Custom permissions ($Permission in validation rules): default DEFAULT_PERMISSION_SETS (the rep
     * tier); setPermissionSets changes them at run time.
     */
    permissionSets?: string[];
    /** The running user, created with the sample. */
    runningUser?: { FirstName?: string; LastName: string; Email: string; Title?: string };
    /**
     * Milliseconds to wait before writing after a change; 0 writes before the call returns. Default:
     * 0 while a write takes under 50 ms (the sample), else twice the last write's time (up to 2 s),
     * so bursts of changes to a large store are written once. close() writes what is pending.
     */
    writeDelayMs?: number;
    log?: (message: string) => void;
    /** Clock for CreatedDate/LastModifiedDate; tests pin it. */
    now?: () => Date;
    /** Test seam for the atomic write (see persistence.ts). */
    beforeRename?: BeforeRenameHook;
}

export interface StoreEntry {
    object: ObjectMeta;
    record: StoredRecord;
}

const DEFAULT_USER = { FirstName: 'Jordan', LastName: 'Lee', Email: 'jordan.lee@example.com', Title: 'Account Executive' };

/**
 * The running user's manager (User.ManagerId), created with them: the reminder job escalates
 * overdue follow-ups to the owner's manager, and the preview's notification bell can be viewed
 * as this user (?as=manager). Not the running user: pages still run as Jordan.
 */
const DEFAULT_MANAGER = { FirstName: 'Priya', LastName: 'Nair', Email: 'priya.nair@example.com', Title: 'Sales Manager' };

export class PreviewStore {
    readonly schema: StoreSchema;
    readonly timeZone: string;
    readonly dataFile: string | null;
    private readonly table: RecordTable;
    private readonly deriver: Deriver;
    private readonly writer: RecordWriter;
    private readonly apex: ApexRules;
    private readonly log: (message: string) => void;
    private idCounters: Record<string, number> = {};
    private autoNumbers: Record<string, number> = {};
    private deletedIds = new Set<string>();
    private runningUserId = '';
    private assignedPermissionSets: string[] = [];
    private grantedPermissions = new Set<string>();
    private todayOverride: string | undefined;
    private depth = 0;
    private timer: NodeJS.Timeout | undefined;
    private dirty = false;
    private lastWriteMs = 0;

    private constructor(
        private readonly options: StoreOptions,
        model: ProjectModel,
        loaded: StoreFile | undefined
    ) {
        this.log = options.log ?? ((message) => console.log(`[preview store] ${message}`));
        this.timeZone = options.timeZone ?? defaultTimeZone();
        this.todayOverride = options.today === undefined ? undefined : checkToday(options.today);
        this.dataFile = options.dataFile === undefined ? resolve(REPO_ROOT, '.preview-data', 'store.json') : options.dataFile;
        const access = loadFieldAccess(model.sourceDir, options.permissionSets);
        const names = [...model.objects.values()].map((o) => o.apiName).filter((n) => !n.endsWith('__mdt'));
        this.schema = buildStoreSchema(model, access, assignKeyPrefixes(names, loaded?.keyPrefixes));
        const referenceFields = new Map(
            this.schema.objects.map((o) => [o.apiName, o.fields.filter((f) => f.reference).map((f) => f.apiName)])
        );
        this.table = new RecordTable(referenceFields);
        this.deriver = new Deriver(this.schema, this.table, this.log);
        this.setPermissionSets(options.permissionSets);
        this.apex = new ApexRules(this.schema, this.table, this.deriver, () => this.grantedPermissions);
        this.writer = new RecordWriter({
            schema: this.schema,
            table: this.table,
            deriver: this.deriver,
            userId: () => this.runningUserId,
            nextId: (object) => makeId(object.keyPrefix, (this.idCounters[object.apiName] = (this.idCounters[object.apiName] ?? 0) + 1)),
            nextAutoNumber: (object) => (this.autoNumbers[object.apiName] = (this.autoNumbers[object.apiName] ?? 0) + 1),
            isDeleted: (id) => this.deletedIds.has(id),
            log: this.log,
            customPermissions: () => this.grantedPermissions
        });
    }

    /** Opens the store: the data file when it is readable, else the sample (and says why). */
    static open(options: StoreOptions = {}): PreviewStore {
        const model = options.model ?? loadProject(options.sourceDir ?? resolve(REPO_ROOT, 'force-app', 'main', 'default'));
        const file = options.dataFile === undefined ? resolve(REPO_ROOT, '.preview-data', 'store.json') : options.dataFile;
        if (file) removeStaleTemporaryFiles(file);
        const result = file ? loadStoreFile(file) : ({ kind: 'absent' } as const);
        const store = new PreviewStore(options, model, result.kind === 'loaded' ? result.data : undefined);
        if (result.kind === 'loaded') {
            store.hydrate(result.data);
        } else {
            if (result.kind === 'corrupt' && file) {
                const aside = setAsideCorrupt(file);
                store.log(
                    `the store file ${file} ${result.reason}; it was kept as ${aside ?? '(gone)'} and the sample data is loaded instead`
                );
            } else if (file) store.log(`no store file at ${file}; loading the sample data`);
            store.loadSample();
        }
        return store;
    }

    private hydrate(data: StoreFile): void {
        this.idCounters = { ...data.idCounters };
        this.autoNumbers = { ...data.autoNumbers };
        this.deletedIds = new Set(data.deletedIds);
        this.runningUserId = data.runningUserId;
        let count = 0;
        for (const [objectName, records] of Object.entries(data.records)) {
            const object = objectOf(this.schema, objectName);
            if (!object) {
                this.log(`the store file has ${records.length} ${objectName} records, an object the model no longer has; they are ignored`);
                continue;
            }
            for (const record of records) {
                this.table.insert(object.apiName, record);
                count++;
            }
        }
        if (!this.table.get(this.runningUserId)) this.createRunningUser();
        this.log(`loaded ${count} records from ${this.dataFile ?? 'memory'}`);
    }

    /**
     * The running user, then their manager (so the running user keeps the first User id). Both are
     * active and in the store's time zone, the zone the reminder job's "today" is taken in.
     */
    private createRunningUser(): void {
        const user = objectOf(this.schema, 'User');
        if (!user) return;
        const common = { IsActive: true, TimeZoneSidKey: this.timeZone };
        const record = this.create(user.apiName, { ...DEFAULT_USER, ...common, ...this.options.runningUser }, { mode: 'system' });
        this.runningUserId = record.Id;
        const manager = this.create(user.apiName, { ...DEFAULT_MANAGER, ...common }, { mode: 'system' });
        this.update(record.Id, { ManagerId: manager.Id }, { mode: 'system' });
    }

    private loadSample(): void {
        this.transaction(() => {
            this.createRunningUser();
            const today = this.today();
            const planDir = this.options.samplePlanDir ?? resolve(REPO_ROOT, 'data', 'sample');
            const loaded = loadSampleInto(
                { schema: this.schema, log: this.log, create: (object, fields) => this.create(object, fields, { mode: 'system', today }) },
                planDir,
                today
            );
            this.log(`loaded ${loaded} sample records from ${planDir} with dates relative to ${today}`);
        });
    }

    /** Restores the sample data (ids as on a first start), discarding everything entered. */
    reset(): void {
        this.table.clear();
        this.apex.forgetCache();
        this.depth = 0;
        this.idCounters = {};
        this.autoNumbers = {};
        this.deletedIds.clear();
        this.runningUserId = '';
        this.loadSample();
    }

    // ----------------------------------------------------------------------------- today

    /** The day formulas and validation rules see: the request's override, the store's, or the real one. */
    today(override?: string): string {
        if (override !== undefined) return checkToday(override);
        return this.todayOverride ?? todayIn(this.timeZone, this.now());
    }

    setToday(today: string | undefined): void {
        this.todayOverride = today === undefined ? undefined : checkToday(today);
    }

    get userId(): string {
        return this.runningUserId;
    }

    // ----------------------------------------------------------------------------- permissions

    /** Every permission set in force-app (API names). */
    availablePermissionSets(): string[] {
        return permissionSetNames(this.schema.model.sourceDir);
    }

    /**
     * The running user's permission sets for custom permissions ($Permission), from the next write on;
     * undefined: DEFAULT_PERMISSION_SETS. Throws on a name that is not a permission set in force-app.
     */
    setPermissionSets(names: readonly string[] | undefined): void {
        const available = this.availablePermissionSets();
        const wanted = names ?? DEFAULT_PERMISSION_SETS.filter((n) => available.includes(n));
        const resolved = wanted.map((name) => {
            const match = available.find((n) => n.toLowerCase() === name.toLowerCase());
            if (!match) throw new Error(`"${name}" is not a permission set in force-app (${available.join(', ')}).`);
            return match;
        });
        this.assignedPermissionSets = resolved;
        this.grantedPermissions = loadCustomPermissions(this.schema.model.sourceDir, resolved);
    }

    /** The running user's permission sets (for custom permissions). */
    get permissionSets(): readonly string[] {
        return this.assignedPermissionSets;
    }

    /** The custom permissions the running user has (lower-case API names). */
    get customPermissions(): ReadonlySet<string> {
        return this.grantedPermissions;
    }

    private now(): Date {
        return this.options.now?.() ?? new Date();
    }

    /** The store clock as an ISO instant: one per request, shared by every record it writes. */
    timestamp(): string {
        return this.now().toISOString();
    }

    // ----------------------------------------------------------------------------- reads

    get(id: string): StoreEntry | undefined {
        const id18 = toId18(id);
        const entry = id18 ? this.table.get(id18) : undefined;
        const object = entry ? objectOf(this.schema, entry.object) : undefined;
        return entry && object ? { object, record: entry.record } : undefined;
    }

    records(objectApiName: string): IterableIterator<StoredRecord> {
        return this.table.records(objectOf(this.schema, objectApiName)?.apiName ?? objectApiName);
    }

    count(objectApiName: string): number {
        return this.table.count(objectOf(this.schema, objectApiName)?.apiName ?? objectApiName);
    }

    /** Children of `parentId` through `childObject.field`, from the parent index. */
    children(childObject: string, field: string, parentId: string): StoredRecord[] {
        return this.table.children(childObject, field, parentId);
    }

    childIds(childObject: string, field: string, parentId: string): ReadonlySet<string> {
        return this.table.childIds(childObject, field, parentId);
    }

    /** Stored, roll-up and formula values as the API returns them, for one day. */
    computed(object: ObjectMeta, record: StoredRecord, today: string, memo: DerivedMemo = new Map()): ComputedRecord {
        return this.deriver.computed(object, record, today, memo);
    }

    /** One field's value, computing derived fields only when asked for one. */
    value(object: ObjectMeta, record: StoredRecord, field: string, today: string, memo: DerivedMemo): FieldValue {
        const meta = object.fieldMap.get(field.toLowerCase());
        return meta ? this.deriver.value(object, record, meta, today, memo) : null;
    }

    // ----------------------------------------------------------------------------- writes

    /**
     * Runs `fn` all-or-nothing: if it throws, every change it made is undone. Nested calls are
     * savepoints. The file is written once the outermost transaction commits.
     */
    transaction<T>(fn: () => T): T {
        const savepoint = this.table.savepoint();
        this.depth++;
        try {
            const result = fn();
            this.depth--;
            if (this.depth === 0) {
                this.table.commit();
                this.changed();
            }
            return result;
        } catch (error) {
            this.depth--;
            this.table.rollbackTo(savepoint);
            this.apex.forgetCache();
            if (this.depth === 0) this.table.commit();
            throw error;
        }
    }

    private resolve(objectApiName: string, options: WriteOptions): ResolvedWrite {
        const object = objectOf(this.schema, objectApiName);
        if (!object)
            throw new RecordWriteError(objectApiName, [
                { field: null, errorCode: 'INVALID_TYPE', message: `sObject type '${objectApiName}' is not supported.` }
            ]);
        return { object, today: this.today(options.today), now: options.now ?? this.now().toISOString(), mode: options.mode ?? 'user' };
    }

    create(objectApiName: string, fields: Record<string, unknown>, options: WriteOptions = {}): StoredRecord {
        const write = this.resolve(objectApiName, options);
        return this.transaction(() => {
            const record = this.writer.create(write, fields);
            this.apex.afterChange(write.object.apiName, { kind: 'insert', record }, write.today, write.now);
            return record;
        });
    }

    private existing(id: string, expectedObject: string | undefined): StoreEntry {
        const id18 = toId18(id);
        const entry = id18 ? this.get(id18) : undefined;
        const objectName = expectedObject ?? entry?.object.apiName ?? 'sObject';
        if (!id18) throw new RecordWriteError(objectName, [{ field: null, errorCode: 'MALFORMED_ID', message: `malformed id ${id}` }]);
        if (!entry || (expectedObject && entry.object.apiName.toLowerCase() !== expectedObject.toLowerCase())) {
            throw new RecordWriteError(objectName, [missingRecordError(this.deletedIds.has(id18))]);
        }
        return entry;
    }

    update(id: string, fields: Record<string, unknown>, options: WriteOptions & { objectApiName?: string } = {}): StoredRecord {
        const entry = this.existing(id, options.objectApiName);
        const write = this.resolve(entry.object.apiName, options);
        return this.transaction(() => {
            const record = this.writer.update(write, entry.record, fields, options);
            this.apex.afterChange(write.object.apiName, { kind: 'update', before: entry.record, after: record }, write.today, write.now);
            return record;
        });
    }

    /** Deletes the record and what the org deletes with it; returns every deleted id. */
    delete(id: string, options: WriteOptions & { objectApiName?: string } = {}): string[] {
        const entry = this.existing(id, options.objectApiName);
        const write = this.resolve(entry.object.apiName, options);
        return this.transaction(() => {
            const plan = planDelete(this.schema, this.table, entry.record.Id);
            for (const { object, record } of plan.deletions) {
                this.table.remove(object, record.Id);
                this.deletedIds.add(record.Id);
            }
            for (const clear of plan.clears) {
                const current = this.table.get(clear.id);
                if (current) this.table.replace(clear.object, { ...current.record, [clear.field]: null, SystemModstamp: write.now });
            }
            for (const { object, record } of plan.deletions)
                this.apex.afterChange(object, { kind: 'delete', record }, write.today, write.now);
            return plan.deletions.map((d) => d.record.Id);
        });
    }

    // ----------------------------------------------------------------------------- persistence

    private changed(): void {
        if (!this.dataFile) return;
        this.dirty = true;
        const delay = this.options.writeDelayMs ?? (this.lastWriteMs < 50 ? 0 : Math.min(2000, this.lastWriteMs * 2));
        if (delay <= 0) {
            this.flushQuietly();
            return;
        }
        this.timer ??= setTimeout(() => {
            this.timer = undefined;
            this.flushQuietly();
        }, delay);
        this.timer.unref?.();
    }

    /** A failed write leaves the change in memory and the old file on disk; the next change retries. */
    private flushQuietly(): void {
        try {
            this.flush();
        } catch (error) {
            this.log(
                `could not write ${this.dataFile}: ${(error as Error).message}; the previous file is intact and the next change retries`
            );
        }
    }

    /** Writes pending changes now (atomically). */
    flush(): void {
        if (!this.dataFile || !this.dirty) return;
        if (this.timer) {
            clearTimeout(this.timer);
            this.timer = undefined;
        }
        const file: StoreFile = {
            format: 'customer-outcomes-preview-store',
            version: 1,
            savedAt: this.now().toISOString(),
            keyPrefixes: this.schema.keyPrefixes,
            runningUserId: this.runningUserId,
            idCounters: this.idCounters,
            autoNumbers: this.autoNumbers,
            deletedIds: [...this.deletedIds],
            records: this.table.dump()
        };
        const started = Date.now();
        writeFileAtomic(this.dataFile, JSON.stringify(file), this.options.beforeRename);
        this.lastWriteMs = Date.now() - started;
        this.dirty = false;
    }

    close(): void {
        this.flush();
    }
}
