/**
 * `npm run bench`: every performance figure of issue 10, measured in one run on this machine,
 * printed as a table (each figure with its goal and PASS/FAIL) and written to
 * bench/results/latest.json. Not part of `npm test`.
 *
 *   npm run bench                      everything (about 6-8 minutes on 2 cores)
 *   npm run bench -- --only store      one or more of: bundle, store, browser (comma-separated)
 *   npm run bench -- --quick           fewer repeats (for working on the bench itself)
 *
 * Phases: 3. bundle sizes (Rollup + terser + gzip), 4. preview store latency (in-process GraphQL
 * over 1,000 and 10,000 generated opportunities), then 1. round trips and 2. render in headless
 * Chromium against the preview built in production mode. Ratios are always against a baseline
 * measured in the same run; timings are medians over repeats.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { runBrowserPhase, type BrowserPhaseResult } from './browser';
import { runBundlePhase, type BundleSize } from './bundle';
import { ROOT } from './lib/components';
import { PANELS } from './lib/panels';
import { round } from './lib/stats';
import { runStorePhase, type StorePhaseResult } from './store';

type Phase = 'bundle' | 'store' | 'browser';

interface TableRow {
    figure: string;
    subject: string;
    value: string;
    goal: string;
    result: string;
}

const RESULTS_FILE = join(ROOT, 'bench', 'results', 'latest.json');

function kb(bytes: number | undefined): string {
    return bytes === undefined ? '?' : `${(bytes / 1024).toFixed(1)} KB`;
}

function verdict(pass: boolean | null, measured = true, reason?: string): string {
    if (!measured) return `not measured: ${reason ?? 'unknown'}`;
    if (pass === null) return 'info';
    return pass ? 'PASS' : 'FAIL';
}

function bundleRows(sizes: BundleSize[]): TableRow[] {
    return sizes.flatMap((s) => [
        {
            figure: '3 bundle',
            subject: `${s.panel} (c/${s.bundle}), first load`,
            value: s.measured ? `${kb(s.gzipBytes)} gzip (${kb(s.minifiedBytes)} min, ${s.modules} modules)` : '-',
            goal: s.goal,
            result: verdict(s.pass, s.measured, s.reason)
        },
        ...(s.onDemand ?? []).map((chunk) => ({
            figure: '3 bundle',
            subject: `  + ${chunk.chunk}, on first open`,
            value: `${kb(chunk.gzipBytes)} gzip (${chunk.modules} modules)`,
            goal: '(loaded when opened, info)',
            result: 'info'
        }))
    ]);
}

function storeRows(store: StorePhaseResult): TableRow[] {
    return store.latencies.map((l) => {
        const small = l.bySize['1000'];
        const large = l.bySize['10000'];
        return {
            figure: '4 store',
            subject: `${l.panel} query (${l.operation})`,
            value: `p50 ${small?.p50.toFixed(1)} -> ${large?.p50.toFixed(1)} ms, p95 ${small?.p95.toFixed(1)} -> ${large?.p95.toFixed(1)} ms (1k -> 10k opps): x${l.growth.toFixed(2)}`,
            goal: l.goal === 'info' ? '(design property, info)' : 'x <= 2 (near-constant)',
            result: verdict(l.pass) + (l.note && l.pass !== null ? ` (${l.note})` : '')
        };
    });
}

function browserRows(browser: BrowserPhaseResult): TableRow[] {
    const rows: TableRow[] = browser.roundTrips.map((r) => ({
        figure: '1 round trips',
        subject: `${r.panel}, ${r.dataset}${r.record ? ` (${r.record})` : ''}`,
        value: r.measured
            ? `${r.panelRequests} panel request (+${r.shellRequests} page-shell query), ${r.requestsAfterRender} after render; ${kb(r.requestBytes)} up, ${kb(r.responseBytes)} down`
            : '-',
        goal: r.goal,
        result: verdict(r.pass, r.measured, r.reason)
    }));
    for (const c of browser.renders) {
        rows.push({
            figure: '2 render',
            subject: `${c.panel}, ${c.shape ?? ''}`,
            value: c.measured
                ? `${c.panelMs} ms vs ${c.baselineMs} ms bare datatable (${c.baselineRows} rows): x${c.ratio?.toFixed(2)}; long tasks ${c.panelLongTasks} (longest ${c.panelLongestTaskMs} ms) vs ${c.baselineLongTasks} (longest ${c.baselineLongestTaskMs} ms)`
                : '-',
            goal: c.goal,
            result: verdict(c.pass, c.measured, c.reason)
        });
        if (c.measured) {
            rows.push({
                figure: '2 render',
                subject: `${c.panel}, after app boot / vs virtualized table`,
                value: `${c.panelAfterBootMs} ms vs ${c.baselineAfterBootMs} ms: x${c.ratioAfterBoot?.toFixed(2)}; vs datatable virtualized ${c.virtualBaselineMs} ms: x${c.ratioToVirtual?.toFixed(2)}`,
                goal: '(info)',
                result: 'info'
            });
        }
    }
    return rows;
}

function formatTable(rows: TableRow[]): string {
    const headers: TableRow = { figure: 'figure', subject: 'subject', value: 'measured', goal: 'goal', result: 'result' };
    const keys = Object.keys(headers) as (keyof TableRow)[];
    const widths = keys.map((k) => Math.max(headers[k].length, ...rows.map((r) => r[k].length)));
    const line = (r: TableRow): string => `| ${keys.map((k, i) => r[k].padEnd(widths[i] ?? 0)).join(' | ')} |`;
    const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
    return [line(headers), rule, ...rows.map(line)].join('\n');
}

function gitCommit(): string | undefined {
    try {
        const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
        const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
        return `${commit}${dirty ? ' (with uncommitted changes)' : ''}`;
    } catch {
        return undefined;
    }
}

function parseArgs(argv: string[]): { phases: Set<Phase>; quick: boolean } {
    const at = argv.indexOf('--only');
    const only = at >= 0 ? (argv[at + 1] ?? '').split(',').filter(Boolean) : ['bundle', 'store', 'browser'];
    return { phases: new Set(only as Phase[]), quick: argv.includes('--quick') };
}

async function main(argv: string[]): Promise<void> {
    const started = performance.now();
    const { phases, quick } = parseArgs(argv);
    const log = (message: string): void => console.log(message);
    const result: Record<string, unknown> = {
        generatedAt: new Date().toISOString(),
        commit: gitCommit(),
        machine: {
            cpus: availableParallelism(),
            cpuModel: cpus()[0]?.model,
            memoryGiB: round(totalmem() / 2 ** 30, 1),
            node: process.version
        },
        options: { phases: [...phases], quick },
        panels: PANELS.map((p) => ({ panel: p.label, bundle: p.bundle, rendered: p.rendered }))
    };
    const rows: TableRow[] = [];
    if (phases.has('bundle')) {
        log('3. bundle sizes');
        const bundle = await runBundlePhase(log);
        result.bundle = bundle;
        rows.push(...bundleRows(bundle.sizes));
    }
    if (phases.has('store')) {
        log('4. preview store latency');
        const store = runStorePhase({ rounds: quick ? 3 : 10, log });
        result.store = store;
        rows.push(...storeRows(store));
    }
    if (phases.has('browser')) {
        log('1-2. round trips and render in headless Chromium');
        const browser = await runBrowserPhase({ repeats: quick ? 2 : 5, log });
        result.browser = browser;
        rows.unshift(...browserRows(browser));
    }
    const wallSeconds = round((performance.now() - started) / 1000, 1);
    result.table = rows;
    result.wallSeconds = wallSeconds;
    mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
    writeFileSync(RESULTS_FILE, `${JSON.stringify(result, null, 2)}\n`);
    const judged = rows.filter((r) => r.result === 'PASS' || r.result === 'FAIL');
    console.log(`\n${formatTable(rows)}\n`);
    console.log(
        `${judged.filter((r) => r.result === 'PASS').length} of ${judged.length} goals met; ` +
            `${rows.filter((r) => r.result.startsWith('not measured')).length} not measured. ` +
            `Wall time ${wallSeconds} s. Written to ${RESULTS_FILE.slice(ROOT.length + 1)}.`
    );
}

main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
});
