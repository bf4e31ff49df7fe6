/**
 * Runs the package's Apex tests through the Tooling API and reads results and coverage:
 *   POST /tooling/runTestsAsynchronous  {tests: [{className}], testLevel: RunSpecifiedTests, skipCodeCoverage: false}
 *   poll  ApexTestRunResult WHERE AsyncApexJobId = <job>   until Completed / Failed / Aborted
 *   read  ApexTestResult WHERE AsyncApexJobId = <job>
 *   read  ApexCodeCoverageAggregate for the package's classes and triggers
 * Aggregate coverage is the org's running total for each class, which is this run's coverage
 * when the package's own tests are the only tests touching its classes (true for a fresh org).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Connection } from './jsforce';
import { queryAll, soqlList } from './connection';

interface ApexTestOutcome {
    className: string;
    methodName: string;
    outcome: string;
    message?: string;
    stackTrace?: string;
}

export interface ApexCoverage {
    name: string;
    covered: number;
    uncovered: number;
}

export interface ApexRun {
    jobId: string;
    status: string;
    results: ApexTestOutcome[];
    coverage: ApexCoverage[];
    /** Package classes/triggers without coverage data. */
    notCovered: string[];
}

/** The package's Apex: non-test classes and triggers under force-app/main/default. */
export function packageApex(root: string): { classes: string[]; triggers: string[]; tests: string[] } {
    const list = (dir: string, ext: string): string[] =>
        existsSync(dir)
            ? readdirSync(dir)
                  .filter((f) => f.endsWith(ext))
                  .map((f) => f.slice(0, -ext.length))
                  .sort()
            : [];
    const classes = list(join(root, 'force-app', 'main', 'default', 'classes'), '.cls');
    return {
        classes: classes.filter((c) => !c.endsWith('Test')),
        triggers: list(join(root, 'force-app', 'main', 'default', 'triggers'), '.trigger'),
        tests: classes.filter((c) => c.endsWith('Test'))
    };
}

const DONE = new Set(['Completed', 'Failed', 'Aborted']);

export async function runApexTests(
    conn: Connection,
    apex: { classes: string[]; triggers: string[]; tests: string[] },
    options: { timeoutMs: number; pollMs: number; sleep: (ms: number) => Promise<void>; progress?: (line: string) => void }
): Promise<ApexRun> {
    const jobId = await conn.requestPost<string>('/tooling/runTestsAsynchronous', {
        tests: apex.tests.map((className) => ({ className })),
        testLevel: 'RunSpecifiedTests',
        skipCodeCoverage: false
    });
    if (typeof jobId !== 'string' || !/^707[A-Za-z0-9]{12,15}$/.test(jobId))
        throw new Error(`runTestsAsynchronous returned ${JSON.stringify(jobId)}, not a job id.`);
    options.progress?.(`Apex test run ${jobId} queued (${apex.tests.join(', ')}).`);
    let status = 'Queued';
    let waited = 0;
    for (;;) {
        const rows = await queryAll(
            conn,
            `SELECT Status, MethodsEnqueued, MethodsCompleted, MethodsFailed FROM ApexTestRunResult WHERE AsyncApexJobId = '${jobId}'`,
            { tooling: true }
        );
        status = String(rows[0]?.Status ?? 'Queued');
        if (DONE.has(status)) break;
        if (waited >= options.timeoutMs)
            throw new Error(`Apex test run ${jobId} still ${status} after ${Math.round(options.timeoutMs / 60000)} min (raise --wait).`);
        await options.sleep(options.pollMs);
        waited += options.pollMs;
    }
    const results = (
        await queryAll(
            conn,
            `SELECT ApexClass.Name, MethodName, Outcome, Message, StackTrace FROM ApexTestResult WHERE AsyncApexJobId = '${jobId}'`,
            { tooling: true }
        )
    ).map((r) => ({
        className: String((r.ApexClass as { Name?: string } | null)?.Name ?? ''),
        methodName: String(r.MethodName ?? ''),
        outcome: String(r.Outcome ?? ''),
        message: typeof r.Message === 'string' ? r.Message : undefined,
        stackTrace: typeof r.StackTrace === 'string' ? r.StackTrace : undefined
    }));
    results.sort((a, b) => a.className.localeCompare(b.className) || a.methodName.localeCompare(b.methodName));

    const ids = new Map<string, string>();
    if (apex.classes.length) {
        for (const r of await queryAll(conn, `SELECT Id, Name FROM ApexClass WHERE Name IN (${soqlList(apex.classes)})`, { tooling: true }))
            ids.set(String(r.Id), String(r.Name));
    }
    if (apex.triggers.length) {
        for (const r of await queryAll(conn, `SELECT Id, Name FROM ApexTrigger WHERE Name IN (${soqlList(apex.triggers)})`, {
            tooling: true
        }))
            ids.set(String(r.Id), String(r.Name));
    }
    const coverage: ApexCoverage[] = [];
    if (ids.size) {
        const rows = await queryAll(
            conn,
            `SELECT ApexClassOrTriggerId, NumLinesCovered, NumLinesUncovered FROM ApexCodeCoverageAggregate WHERE ApexClassOrTriggerId IN (${soqlList(ids.keys())})`,
            { tooling: true }
        );
        for (const r of rows) {
            coverage.push({
                name: ids.get(String(r.ApexClassOrTriggerId)) ?? String(r.ApexClassOrTriggerId),
                covered: Number(r.NumLinesCovered ?? 0),
                uncovered: Number(r.NumLinesUncovered ?? 0)
            });
        }
    }
    const named = new Set(coverage.map((c) => c.name));
    const notCovered = [...apex.classes, ...apex.triggers].filter((n) => !named.has(n));
    coverage.sort((a, b) => a.name.localeCompare(b.name));
    return { jobId, status, results, coverage, notCovered };
}

/** Covered lines / all lines of the package's Apex, in percent (one decimal). */
export function coveragePercent(coverage: ApexCoverage[]): number {
    const covered = coverage.reduce((n, c) => n + c.covered, 0);
    const total = coverage.reduce((n, c) => n + c.covered + c.uncovered, 0);
    return total === 0 ? 0 : Math.round((covered / total) * 1000) / 10;
}
