/**
 * Figures 1 and 2, in headless Chromium against the real preview: the bundle built by the
 * preview's own pipeline (production mode, into a temporary folder, so a developer's
 * preview/dist is never touched), served by the preview server over a store file of its own.
 *
 * 1. Round trips and payload: each panel's page loaded on the sample data, then on a large data
 *    set (the sample, a 1,000-deal org around it and one large account: 100 goals, 500 KPIs,
 *    6,000 measurements, one won deal with 30 goals); POST /graphql requests counted until the
 *    panel has rendered (and during a settle window after), split into the page shell's own
 *    record query (operations named preview*) and the panel's.
 * 2. Render: navigation → panel rendered for the large account and the 30-goal deal, against a
 *    bare lightning-datatable page of the same KPI rows (#/bench/kpi-table/<id>), same bundle,
 *    same server and store, loads interleaved (ABBA) so drift falls on both; medians.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { build } from '../preview/build/build';
import { startServer } from '../preview/server/devServer';
import { closePreviewData, previewData } from '../preview/server/dataService';
import { PreviewStore } from '../preview/server/store/store';
import type { StoredRecord } from '../core/records';
import { launchBrowser } from '../preview/harness/browser';
import { generateLargeData, LARGE_ACCOUNT, loadLargeData, scaledParams } from '../tools/large-data';
import { bundleExists } from './lib/components';
import { measureLoad, newBenchContext, type LoadResult, type RenderSpec } from './lib/pageLoad';
import { PANELS, type PanelKey, type PanelSpec } from './lib/panels';
import { median, round } from './lib/stats';

/** Goal: the panel renders in at most this many times the bare datatable's time. */
const RENDER_GOAL = 1.5;
const SHELL_OPERATION = /^preview/;

interface RoundTrip {
    panel: string;
    dataset: 'sample' | 'large';
    measured: boolean;
    reason?: string;
    /** The record the page shows. */
    record?: string;
    panelRequests?: number;
    panelOperations?: string[];
    shellRequests?: number;
    requestsAfterRender?: number;
    requestBytes?: number;
    responseBytes?: number;
    renderedMs?: number;
    goal: string;
    pass: boolean | null;
}

interface RenderComparison {
    panel: string;
    measured: boolean;
    reason?: string;
    shape?: string;
    baselineRows?: number;
    samples?: number;
    panelMs?: number;
    baselineMs?: number;
    ratio?: number;
    /** Same, from the app's first paint (shell header) on: the bundle's download and boot left out. */
    panelAfterBootMs?: number;
    baselineAfterBootMs?: number;
    ratioAfterBoot?: number;
    panelLongTasks?: number;
    panelLongestTaskMs?: number;
    panelBlockingMs?: number;
    panelLongTasksAfterBoot?: number;
    panelLongestTaskAfterBootMs?: number;
    baselineLongTasks?: number;
    baselineLongestTaskMs?: number;
    baselineBlockingMs?: number;
    baselineLongTasksAfterBoot?: number;
    baselineLongestTaskAfterBootMs?: number;
    /** Information: the datatable in its own long-list mode (role-based rows, vertical virtualization). */
    virtualBaselineMs?: number;
    ratioToVirtual?: number;
    virtualBaselineLongestTaskMs?: number;
    fieldsMatch?: boolean;
    goal: string;
    pass: boolean | null;
}

export interface BrowserPhaseResult {
    roundTrips: RoundTrip[];
    renders: RenderComparison[];
    build: { milliseconds: number; mainJsBytes: number; mode: string };
    largeData: { records: number; loadMs: number; validationErrors: number };
    consoleErrors: string[];
    milliseconds: number;
}

interface Served {
    url: string;
    store: PreviewStore;
    close(): Promise<void>;
}

async function serve(dataFile: string, distDir: string): Promise<Served> {
    closePreviewData();
    process.env.PREVIEW_DATA_FILE = dataFile;
    const { store } = previewData({ dataFile, log: () => undefined });
    const server = await startServer({ port: 0, distDir });
    return {
        url: server.url,
        store,
        close: async () => {
            await server.close();
            closePreviewData();
        }
    };
}

function panel(key: PanelKey): PanelSpec {
    const spec = PANELS.find((p) => p.key === key);
    if (!spec) throw new Error(`no panel ${key}`);
    return spec;
}

function panelSpec(spec: PanelSpec): RenderSpec {
    return { rendered: spec.rendered, marks: { boot: 'shell-app shell-header', panel: spec.tagName } };
}

function baselineSpec(rows: number): RenderSpec {
    return {
        rendered: ['bench-kpi-table [data-loaded="true"] lightning-datatable tbody tr'],
        minCounts: [rows],
        marks: { boot: 'shell-app shell-header' }
    };
}

/** Virtualized, the datatable renders only the rows in view: rendered once the first screenful is. */
function virtualBaselineSpec(rows: number): RenderSpec {
    return {
        rendered: ['bench-kpi-table [data-loaded="true"] lightning-datatable [role="row"]'],
        minCounts: [Math.min(rows, 20) + 1],
        marks: { boot: 'shell-app shell-header' }
    };
}

/** The sample's records with the most goals: the richest Opportunity and Account pages of the sample. */
function richestSampleRecords(store: PreviewStore): { account?: string; deal?: string } {
    const byAccount = new Map<string, number>();
    const byDeal = new Map<string, number>();
    for (const goal of store.records('Customer_Goal__c')) {
        const account = goal.Account__c;
        const deal = goal.Originating_Opportunity__c;
        if (typeof account === 'string') byAccount.set(account, (byAccount.get(account) ?? 0) + 1);
        if (typeof deal === 'string') byDeal.set(deal, (byDeal.get(deal) ?? 0) + 1);
    }
    const top = (counts: Map<string, number>): string | undefined =>
        [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
    return { account: top(byAccount), deal: top(byDeal) };
}

function kpisOfDeal(store: PreviewStore, dealId: string): number {
    let n = 0;
    for (const goal of store.children('Customer_Goal__c', 'Originating_Opportunity__c', dealId))
        n += store.childIds('Customer_KPI__c', 'Customer_Goal__c', goal.Id).size;
    return n;
}

function kpisOfAccount(store: PreviewStore, accountId: string): number {
    let n = 0;
    for (const goal of store.children('Customer_Goal__c', 'Account__c', accountId))
        n += store.childIds('Customer_KPI__c', 'Customer_Goal__c', goal.Id).size;
    return n;
}

function recordName(store: PreviewStore, id: string | undefined): string | undefined {
    const record: StoredRecord | undefined = id ? store.get(id)?.record : undefined;
    return record && typeof record.Name === 'string' ? record.Name : id;
}

async function roundTrip(
    context: BrowserContext,
    served: Served,
    spec: PanelSpec,
    dataset: 'sample' | 'large',
    recordId: string | undefined,
    errors: string[]
): Promise<RoundTrip> {
    const goal = '1 request';
    const base = { panel: spec.label, dataset, goal };
    if (!bundleExists(spec.bundle)) return { ...base, measured: false, reason: `${spec.bundle} not built`, pass: null };
    if (spec.key !== 'home' && !recordId) return { ...base, measured: false, reason: 'no record to show', pass: null };
    const url = `${served.url}${spec.route(recordId)}`;
    const loads: LoadResult[] = [];
    try {
        for (let i = 0; i < 3; i++) loads.push(await measureLoad(context, url, panelSpec(spec), { settleMs: 750 }));
    } catch (error) {
        return { ...base, measured: false, reason: `did not render: ${(error as Error).message.split('\n', 1)[0]}`, pass: null };
    }
    errors.push(...loads.flatMap((l) => l.consoleErrors.map((e) => `${spec.label} (${dataset}): ${e}`)));
    const panelCalls = (l: LoadResult): typeof l.calls => l.calls.filter((c) => c.beforeRendered && !SHELL_OPERATION.test(c.operation));
    const counts = loads.map((l) => panelCalls(l).length);
    const panelRequests = Math.max(...counts);
    return {
        ...base,
        measured: true,
        record: recordName(served.store, recordId) ?? 'running user',
        panelRequests,
        panelOperations: [...new Set(loads.flatMap((l) => panelCalls(l).map((c) => c.operation)))],
        shellRequests: Math.max(...loads.map((l) => l.calls.filter((c) => c.beforeRendered && SHELL_OPERATION.test(c.operation)).length)),
        requestsAfterRender: Math.max(...loads.map((l) => l.calls.filter((c) => !c.beforeRendered).length)),
        requestBytes: median(loads.map((l) => panelCalls(l).reduce((s, c) => s + c.requestBytes, 0))),
        responseBytes: median(loads.map((l) => panelCalls(l).reduce((s, c) => s + c.responseBytes, 0))),
        renderedMs: round(median(loads.map((l) => l.renderedMs)), 0),
        pass: panelRequests === 1 && Math.min(...counts) === 1
    };
}

function kpiFieldNames(response: unknown): string[] | undefined {
    const edges = (response as { data?: { uiapi?: { query?: { Customer_KPI__c?: { edges?: { node: Record<string, unknown> }[] } } } } })
        ?.data?.uiapi?.query?.Customer_KPI__c?.edges;
    const node = edges?.[0]?.node;
    return node ? Object.keys(node).sort() : undefined;
}

function blocking(tasks: [number, number][]): number {
    return tasks.reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
}

interface Series {
    loads: LoadResult[];
    ms: number;
    afterBootMs: number;
    longTasks: number;
    longestTaskMs: number;
    blockingMs: number;
    /** Long tasks that started after the app's first paint: the page's own work, not the bundle's evaluation. */
    longTasksAfterBoot: number;
    longestTaskAfterBootMs: number;
}

function summarise(loads: LoadResult[]): Series {
    const med = (f: (l: LoadResult) => number): number => median(loads.map(f));
    return {
        loads,
        ms: med((l) => l.renderedMs),
        afterBootMs: med((l) => l.renderedMs - (l.marks.boot ?? 0)),
        longTasks: med((l) => l.longTasks.length),
        longestTaskMs: round(
            med((l) => Math.max(0, ...l.longTasks.map(([, d]) => d))),
            0
        ),
        blockingMs: round(
            med((l) => blocking(l.longTasks)),
            0
        ),
        longTasksAfterBoot: med((l) => afterBoot(l).length),
        longestTaskAfterBootMs: round(
            med((l) => Math.max(0, ...afterBoot(l).map(([, d]) => d))),
            0
        )
    };
}

function afterBoot(load: LoadResult): [number, number][] {
    const boot = load.marks.boot ?? 0;
    return load.longTasks.filter(([start]) => start >= boot);
}

async function compareRender(
    context: BrowserContext,
    served: Served,
    spec: PanelSpec,
    recordId: string,
    rows: number,
    shape: string,
    repeats: number,
    errors: string[]
): Promise<RenderComparison> {
    const goal = `<= ${RENDER_GOAL}x bare datatable`;
    const base = { panel: spec.label, shape, goal };
    if (!bundleExists(spec.bundle)) return { ...base, measured: false, reason: `${spec.bundle} not built`, pass: null };
    const pages = [
        { name: 'panel', url: `${served.url}${spec.route(recordId)}`, spec: panelSpec(spec) },
        { name: 'baseline', url: `${served.url}#/bench/kpi-table/${recordId}`, spec: baselineSpec(rows) },
        { name: 'virtual', url: `${served.url}#/bench/kpi-table-virtual/${recordId}`, spec: virtualBaselineSpec(rows) }
    ];
    const loads = new Map<string, LoadResult[]>(pages.map((p) => [p.name, []]));
    try {
        // Warm-up (discarded): server-side JIT and first queries, Chromium's first layouts; fields compared.
        const fields: Record<string, string[] | undefined> = {};
        for (const page of pages) {
            const warm = await measureLoad(context, page.url, page.spec, { keepResponses: true, settleMs: 200 });
            fields[page.name] = kpiFieldNames(warm.calls.find((c) => kpiFieldNames(c.response))?.response);
        }
        for (let i = 0; i < repeats; i++) {
            const order = i % 2 === 0 ? pages : [...pages].reverse();
            for (const page of order) loads.get(page.name)?.push(await measureLoad(context, page.url, page.spec, { settleMs: 500 }));
        }
        errors.push(...[...loads.values()].flat().flatMap((l) => l.consoleErrors.map((e) => `${spec.label} render: ${e}`)));
        const panelSeries = summarise(loads.get('panel') ?? []);
        const baseline = summarise(loads.get('baseline') ?? []);
        const virtual = summarise(loads.get('virtual') ?? []);
        const ratio = panelSeries.ms / baseline.ms;
        return {
            ...base,
            measured: true,
            baselineRows: rows,
            samples: repeats,
            panelMs: round(panelSeries.ms, 0),
            baselineMs: round(baseline.ms, 0),
            ratio: round(ratio, 2),
            panelAfterBootMs: round(panelSeries.afterBootMs, 0),
            baselineAfterBootMs: round(baseline.afterBootMs, 0),
            ratioAfterBoot: round(panelSeries.afterBootMs / baseline.afterBootMs, 2),
            panelLongTasks: panelSeries.longTasks,
            panelLongestTaskMs: panelSeries.longestTaskMs,
            panelBlockingMs: panelSeries.blockingMs,
            panelLongTasksAfterBoot: panelSeries.longTasksAfterBoot,
            panelLongestTaskAfterBootMs: panelSeries.longestTaskAfterBootMs,
            baselineLongTasks: baseline.longTasks,
            baselineLongestTaskMs: baseline.longestTaskMs,
            baselineBlockingMs: baseline.blockingMs,
            baselineLongTasksAfterBoot: baseline.longTasksAfterBoot,
            baselineLongestTaskAfterBootMs: baseline.longestTaskAfterBootMs,
            virtualBaselineMs: round(virtual.ms, 0),
            ratioToVirtual: round(panelSeries.ms / virtual.ms, 2),
            virtualBaselineLongestTaskMs: virtual.longestTaskMs,
            fieldsMatch: Boolean(
                fields.panel &&
                fields.baseline &&
                fields.panel.join() === fields.baseline.join() &&
                fields.baseline.join() === fields.virtual?.join()
            ),
            pass: ratio <= RENDER_GOAL
        };
    } catch (error) {
        return { ...base, measured: false, reason: `did not render: ${(error as Error).message.split('\n', 1)[0]}`, pass: null };
    }
}

export async function runBrowserPhase(options: { repeats: number; log: (m: string) => void }): Promise<BrowserPhaseResult> {
    const started = performance.now();
    const { log } = options;
    const work = mkdtempSync(join(tmpdir(), 'customer-outcomes-bench-'));
    const distDir = join(work, 'dist');
    const consoleErrors: string[] = [];
    let browser: Browser | undefined;
    try {
        const built = await build({ mode: 'production', outDir: distDir, sourcemap: false });
        const mainJs = built.files.find((f) => f.file === 'main.js');
        log(`  preview build (production): ${(built.milliseconds / 1000).toFixed(1)} s, main.js ${mainJs?.bytes ?? 0} B`);

        // The large store file: the sample, a 1,000-deal org around it, and the large account.
        const largeFile = join(work, 'large.json');
        const seedStore = PreviewStore.open({ dataFile: largeFile, log: () => undefined });
        const data = generateLargeData({ ...scaledParams(1000, seedStore.today()), largeAccount: LARGE_ACCOUNT });
        const loaded = loadLargeData(seedStore, data);
        seedStore.close();
        const records = Object.values(loaded.counts).reduce((a, b) => a + b, 0);
        log(`  large store: ${records} records in ${(loaded.milliseconds / 1000).toFixed(1)} s, ${loaded.errors.length} refused`);
        const largeAccountId = loaded.ids.get(data.landmarks.largeAccount ?? '');
        const largeDealId = loaded.ids.get(data.landmarks.largeDeal ?? '');
        if (!largeAccountId || !largeDealId) throw new Error('the large account or its deal did not load');

        browser = await launchBrowser();
        const context = await newBenchContext(browser);
        const roundTrips: RoundTrip[] = [];

        const sample = await serve(join(work, 'sample.json'), distDir);
        try {
            const rich = richestSampleRecords(sample.store);
            for (const spec of PANELS) {
                const id = spec.key === 'opportunity' ? rich.deal : spec.key === 'account' ? rich.account : undefined;
                const row = await roundTrip(context, sample, spec, 'sample', id, consoleErrors);
                roundTrips.push(row);
                log(`  ${spec.label} (sample): ${row.measured ? `${row.panelRequests} request(s), ${row.responseBytes} B` : row.reason}`);
            }
        } finally {
            await sample.close();
        }

        const large = await serve(largeFile, distDir);
        const renders: RenderComparison[] = [];
        try {
            for (const spec of PANELS) {
                const id = spec.key === 'opportunity' ? largeDealId : spec.key === 'account' ? largeAccountId : undefined;
                const row = await roundTrip(context, large, spec, 'large', id, consoleErrors);
                roundTrips.push(row);
                log(`  ${spec.label} (large): ${row.measured ? `${row.panelRequests} request(s), ${row.responseBytes} B` : row.reason}`);
            }
            const accountRows = kpisOfAccount(large.store, largeAccountId);
            const dealRows = kpisOfDeal(large.store, largeDealId);
            const dealGoals = large.store.childIds('Customer_Goal__c', 'Originating_Opportunity__c', largeDealId).size;
            const comparisons: [PanelSpec, string, number, string][] = [
                [
                    panel('account'),
                    largeAccountId,
                    accountRows,
                    `${LARGE_ACCOUNT.goals} goals, ${accountRows} KPIs, ${LARGE_ACCOUNT.measurements} measurements`
                ],
                [panel('opportunity'), largeDealId, dealRows, `${dealGoals} goals, ${dealRows} KPIs`]
            ];
            for (const [spec, id, rows, shape] of comparisons) {
                const row = await compareRender(context, large, spec, id, rows, shape, options.repeats, consoleErrors);
                renders.push(row);
                log(`  ${spec.label} render: ${row.measured ? `${row.panelMs} ms vs ${row.baselineMs} ms (${row.ratio}x)` : row.reason}`);
            }
        } finally {
            await large.close();
        }
        await context.close();
        return {
            roundTrips,
            renders,
            build: { milliseconds: round(built.milliseconds, 0), mainJsBytes: mainJs?.bytes ?? 0, mode: 'production' },
            largeData: { records, loadMs: round(loaded.milliseconds, 0), validationErrors: loaded.errors.length },
            consoleErrors: [...new Set(consoleErrors)].slice(0, 20),
            milliseconds: round(performance.now() - started, 0)
        };
    } finally {
        await browser?.close();
        rmSync(work, { recursive: true, force: true });
    }
}
