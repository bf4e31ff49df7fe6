/* eslint-disable @typescript-eslint/no-explicit-any -- assertions walk GraphQL JSON responses, whose shape the query defines */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadProject, type ProjectModel } from '../../../core/metadata/project';
import type { GraphQLResponseBody } from '../../shared/contract';
import { startServer, type PreviewServer } from '../devServer';
import { createGraphQLEngine, type GraphQLEngine } from '../graphql/execute';
import { PreviewStore, type StoreOptions } from '../store/store';
import { RecordWriteError, type StoredRecord } from '../../../core/records';

/** Shared set-up for the preview server's tests: every store lives in its own temp folder. */

export const TODAY = '2026-06-15';
export const SOURCE_DIR = resolve(__dirname, '../../../force-app/main/default');

let model: ProjectModel | undefined;
/** The real model, loaded once per test file (the store never changes it). */
export function projectModel(): ProjectModel {
    model ??= loadProject(SOURCE_DIR);
    return model;
}

const dirs: string[] = [];

export function tempDir(): string {
    const dir = mkdtempSync(join(tmpdir(), 'preview-store-'));
    dirs.push(dir);
    return dir;
}

export function removeTempDirs(): void {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export interface TestStore {
    store: PreviewStore;
    engine: GraphQLEngine;
    dataFile: string;
    logs: string[];
}

export function openStore(options: StoreOptions = {}): TestStore {
    const logs: string[] = [];
    const dataFile = options.dataFile ?? join(tempDir(), 'store.json');
    const store = PreviewStore.open({
        model: projectModel(),
        today: TODAY,
        timeZone: 'UTC',
        log: (m) => logs.push(m),
        ...options,
        dataFile
    });
    return { store, engine: createGraphQLEngine(store, { log: (m) => logs.push(m) }), dataFile, logs };
}

/** Runs a query; the response as plain JSON. */
export function run(
    engine: GraphQLEngine,
    query: string,
    variables?: Record<string, unknown>,
    today?: string
): GraphQLResponseBody & { data?: any } {
    return engine.execute({ query, variables }, today ? { today } : {}) as GraphQLResponseBody & { data?: any };
}

export function recordNamed(store: PreviewStore, objectApiName: string, name: string): StoredRecord {
    const record = [...store.records(objectApiName)].find((r) => r.Name === name);
    if (!record) throw new Error(`no ${objectApiName} named ${name} in the sample`);
    return record;
}

export function countAll(store: PreviewStore): Record<string, number> {
    return Object.fromEntries(store.schema.objects.map((o) => [o.apiName, store.count(o.apiName)]));
}

export interface TestServer {
    readonly server: PreviewServer;
    readonly distDir: string;
}

/**
 * The dev server on a free loopback port over a throwaway dist folder (one index.html), started
 * before the enclosing describe block's tests and closed after them; `cleanUp` runs first.
 */
export function useTestServer(cleanUp?: () => void): TestServer {
    const distDir = mkdtempSync(join(tmpdir(), 'preview-dist-'));
    let server: PreviewServer | undefined;
    beforeAll(async () => {
        writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>x</title>');
        server = await startServer({ port: 0, distDir });
    });
    afterAll(async () => {
        cleanUp?.();
        await server?.close();
        rmSync(distDir, { recursive: true, force: true });
    });
    return {
        distDir,
        get server() {
            if (!server) throw new Error('the test server starts in beforeAll: use it inside a test');
            return server;
        }
    };
}

/** The errors of a store write expected to be refused; fails the test when the write succeeds. */
export function refusalOf(write: () => unknown): RecordWriteError['errors'] {
    try {
        write();
    } catch (error) {
        if (error instanceof RecordWriteError) return error.errors;
        throw error;
    }
    throw new Error('expected the write to be refused');
}
