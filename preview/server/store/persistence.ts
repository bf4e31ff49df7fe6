import {
    closeSync,
    existsSync,
    fsyncSync,
    mkdirSync,
    openSync,
    readdirSync,
    readFileSync,
    renameSync,
    unlinkSync,
    writeSync
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { StoredRecord } from '../../../core/records';

/**
 * The store on disk: one JSON file, replaced atomically (write a temporary file in the same
 * folder, fsync it, rename it over the old one, fsync the folder), so a crash at any moment leaves
 * either the old file or the new one, never a mix.
 */

export interface StoreFile {
    format: 'customer-outcomes-preview-store';
    version: 1;
    savedAt: string;
    keyPrefixes: Record<string, string>;
    /** The User record the preview runs as (OwnerId default, CreatedById). */
    runningUserId: string;
    /** Object → next id counter (never reused, even after deletes or rollbacks). */
    idCounters: Record<string, number>;
    /** Object → last auto-number issued. */
    autoNumbers: Record<string, number>;
    /** Ids deleted since the sample was loaded: writing to them says "entity is deleted". */
    deletedIds: string[];
    records: Record<string, StoredRecord[]>;
}

export type LoadResult = { kind: 'loaded'; data: StoreFile } | { kind: 'absent' } | { kind: 'corrupt'; reason: string };

function isStoreFile(value: unknown): value is StoreFile {
    if (typeof value !== 'object' || value === null) return false;
    const v = value as Partial<StoreFile>;
    return (
        v.format === 'customer-outcomes-preview-store' &&
        v.version === 1 &&
        typeof v.records === 'object' &&
        v.records !== null &&
        Object.values(v.records).every(
            (list) => Array.isArray(list) && list.every((r) => typeof r === 'object' && r !== null && typeof r.Id === 'string')
        ) &&
        typeof v.idCounters === 'object' &&
        typeof v.autoNumbers === 'object' &&
        typeof v.keyPrefixes === 'object' &&
        typeof v.runningUserId === 'string' &&
        Array.isArray(v.deletedIds)
    );
}

export function loadStoreFile(file: string): LoadResult {
    if (!existsSync(file)) return { kind: 'absent' };
    let text: string;
    try {
        text = readFileSync(file, 'utf8');
    } catch (error) {
        return { kind: 'corrupt', reason: `cannot be read (${(error as Error).message})` };
    }
    let parsed: unknown;
    try {
        parsed = JSON.parse(text);
    } catch (error) {
        return { kind: 'corrupt', reason: `is not valid JSON (${(error as Error).message})` };
    }
    return isStoreFile(parsed)
        ? { kind: 'loaded', data: parsed }
        : { kind: 'corrupt', reason: 'is not a preview store file of this version' };
}

/** Test seam: runs between writing the temporary file and renaming it. */
export type BeforeRenameHook = (tempFile: string) => void;

export function writeFileAtomic(file: string, content: string, beforeRename?: BeforeRenameHook): void {
    const dir = dirname(file);
    mkdirSync(dir, { recursive: true });
    const temp = join(dir, `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
    const fd = openSync(temp, 'w');
    try {
        writeSync(fd, content);
        fsyncSync(fd);
    } finally {
        closeSync(fd);
    }
    try {
        beforeRename?.(temp);
        renameSync(temp, file);
    } catch (error) {
        if (existsSync(temp)) unlinkSync(temp);
        throw error;
    }
    // Make the rename itself durable; some platforms cannot open a directory, which is harmless.
    try {
        const dirFd = openSync(dir, 'r');
        try {
            fsyncSync(dirFd);
        } finally {
            closeSync(dirFd);
        }
    } catch {
        /* directory fsync unsupported */
    }
}

/** Keeps an unreadable store file next to the new one instead of overwriting what a user entered. */
export function setAsideCorrupt(file: string): string | undefined {
    if (!existsSync(file)) return undefined;
    const aside = `${file}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(file, aside);
    return aside;
}

/** Temporary files a killed writer left behind (the store file itself is always whole). */
export function removeStaleTemporaryFiles(file: string): void {
    const dir = dirname(file);
    if (!existsSync(dir)) return;
    const prefix = `.${basename(file)}.`;
    for (const name of readdirSync(dir)) {
        if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
        try {
            unlinkSync(join(dir, name));
        } catch {
            /* another process may be finishing it */
        }
    }
}
