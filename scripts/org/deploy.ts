/**
 * npm run deploy -- --target-org <alias> [--check-only] [--wait <minutes>]
 *
 * Builds the components' .js from their .ts (scripts/build-components.ts), then deploys force-app
 * with the Salesforce CLI running the package's own Apex tests (RunSpecifiedTests, the classes
 * named *Test.cls in force-app/main/default/classes). --check-only validates (sf project deploy
 * validate): tests run, nothing is saved, and the validation can be quick-deployed later.
 * Prints what was deployed from sf's --json result.
 */
import { join } from 'node:path';
import { buildComponents } from '../build-components';
import { packageApex } from './apexTests';
import { parseCommandLine, parseMinutes, TARGET_ORG, usage, type CommandSpec } from './args';
import { EXIT_FAILED, EXIT_OK, runMain, type Io } from './cli';
import { loadCliAuth, resolveOrg, type CliAuthLoader } from './connection';
import { runSf, withSfTargetOrg, type SfJson, type SfRunner } from './sfCli';

export const DEPLOY_SPEC: CommandSpec = {
    command: 'npm run deploy',
    summary: "Build the components, then deploy force-app to an org running the package's Apex tests (RunSpecifiedTests).",
    flags: [
        TARGET_ORG,
        { name: 'check-only', type: 'boolean', description: 'Validate only (sf project deploy validate): tests run, nothing is saved.' },
        { name: 'wait', short: 'w', type: 'string', valueName: 'minutes', description: 'Minutes to wait for the deployment (default 33).' }
    ],
    examples: ['npm run deploy -- --target-org co-dev', 'npm run deploy -- --target-org co-uat --check-only']
};

export interface DeployDeps {
    sf?: SfRunner;
    loadAuth?: CliAuthLoader;
    build?: (lwcDir: string) => string[];
}

/** Apex test classes of the package: force-app/main/default/classes/*Test.cls. */
export function packageTestClasses(root: string): string[] {
    return packageApex(root).tests;
}

/** The sf arguments for a deploy or validation. */
export function deployArgs(targetOrg: string, tests: string[], options: { checkOnly: boolean; wait: number }): string[] {
    return [
        'project',
        'deploy',
        options.checkOnly ? 'validate' : 'start',
        '--source-dir',
        'force-app',
        '--target-org',
        targetOrg,
        '--test-level',
        'RunSpecifiedTests',
        ...tests.flatMap((t) => ['--tests', t]),
        '--wait',
        String(options.wait),
        '--json'
    ];
}

interface FileResponse {
    fullName?: string;
    type?: string;
    state?: string;
    filePath?: string;
    error?: string;
    lineNumber?: number;
    problemType?: string;
}

interface TestFailure {
    name?: string;
    methodName?: string;
    message?: string;
    stackTrace?: string;
}

interface DeployResult {
    id?: string;
    status?: string;
    success?: boolean;
    checkOnly?: boolean;
    numberComponentsDeployed?: number;
    numberComponentErrors?: number;
    numberComponentsTotal?: number;
    numberTestsCompleted?: number;
    numberTestErrors?: number;
    files?: FileResponse[];
    details?: {
        componentFailures?: FileResponse | FileResponse[];
        runTestResult?: {
            numTestsRun?: number | string;
            numFailures?: number | string;
            failures?: TestFailure | TestFailure[];
            codeCoverageWarnings?: { message?: string } | { message?: string }[];
        };
    };
}

const asArray = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** Lines describing sf's deploy result: components by type and state, tests, failures. */
export function summarizeDeploy(json: SfJson | undefined, checkOnly: boolean): { ok: boolean; lines: string[] } {
    const result = (json?.result ?? json?.data) as DeployResult | undefined;
    if (!result || typeof result !== 'object') {
        return { ok: false, lines: [`sf returned no deploy result${json?.message ? `: ${json.message}` : ''}`] };
    }
    const lines: string[] = [];
    const files = (result.files ?? []).filter((f) => f.type && f.fullName);
    const components = new Map<string, FileResponse>();
    for (const file of files) components.set(`${file.type}:${file.fullName}:${file.state === 'Failed' ? (file.filePath ?? '') : ''}`, file);
    const byType = new Map<string, number>();
    const byState = new Map<string, number>();
    for (const c of components.values()) {
        if (c.state === 'Failed') continue;
        byType.set(c.type!, (byType.get(c.type!) ?? 0) + 1);
        byState.set(c.state ?? 'Unknown', (byState.get(c.state ?? 'Unknown') ?? 0) + 1);
    }
    const ok = result.success === true || result.status === 'Succeeded';
    const verb = checkOnly ? (ok ? 'Validated (nothing saved)' : 'Validation failed') : ok ? 'Deployed' : 'Deploy failed';
    const count = [...byType.values()].reduce((a, b) => a + b, 0);
    const states = [...byState.entries()].map(([state, n]) => `${n} ${state}`).join(', ');
    lines.push(
        `${verb}: ${count} component${count === 1 ? '' : 's'}${states ? ` (${states})` : ''}${result.id ? `, deploy id ${result.id}` : ''}.`
    );
    for (const [type, n] of [...byType.entries()].sort(([a], [b]) => a.localeCompare(b))) lines.push(`  ${type}: ${n}`);
    const failures = [...components.values()].filter((c) => c.state === 'Failed');
    for (const f of failures) {
        lines.push(
            `  FAILED ${f.type} ${f.fullName}${f.filePath ? ` (${f.filePath}${f.lineNumber ? `:${f.lineNumber}` : ''})` : ''}: ${f.error ?? 'no message'}`
        );
    }
    if (failures.length === 0) {
        for (const f of asArray(result.details?.componentFailures)) {
            lines.push(`  FAILED ${f.type ?? ''} ${f.fullName ?? ''}: ${(f as { problem?: string }).problem ?? f.error ?? 'no message'}`);
        }
    }
    const tests = result.details?.runTestResult;
    if (tests) {
        const run = Number(tests.numTestsRun ?? result.numberTestsCompleted ?? 0);
        const failed = Number(tests.numFailures ?? result.numberTestErrors ?? 0);
        lines.push(`Apex tests: ${run} run, ${failed} failed.`);
        for (const t of asArray(tests.failures)) lines.push(`  FAILED ${t.name ?? ''}.${t.methodName ?? ''}: ${t.message ?? ''}`);
        for (const w of asArray(tests.codeCoverageWarnings)) if (w.message) lines.push(`  Coverage warning: ${w.message}`);
    }
    if (!ok && json?.message && failures.length === 0) lines.push(json.message);
    return { ok, lines };
}

export async function main(argv: string[], io: Io, deps: DeployDeps = {}): Promise<number> {
    const flags = parseCommandLine(DEPLOY_SPEC, argv, io.env);
    if (flags.help) {
        io.out.line(usage(DEPLOY_SPEC));
        return EXIT_OK;
    }
    const checkOnly = flags.boolean('check-only');
    const wait = parseMinutes(flags.string('wait'), 'wait', 33);
    const auth = await resolveOrg(flags.string('target-org'), io, deps.loadAuth ?? loadCliAuth);
    const tests = packageTestClasses(io.root);
    if (tests.length === 0) throw new Error('no Apex test class (force-app/main/default/classes/*Test.cls): RunSpecifiedTests needs one.');

    const built = (deps.build ?? buildComponents)(join(io.root, 'force-app', 'main', 'default', 'lwc'));
    io.out.line(`Built ${built.length} component module${built.length === 1 ? '' : 's'} (.ts → .js).`);
    io.out.line(`${checkOnly ? 'Validating' : 'Deploying'} force-app to ${auth.label} with RunSpecifiedTests: ${tests.join(', ')} …`);

    const sf = deps.sf ?? runSf;
    const result = await withSfTargetOrg(auth, io.root, sf, (targetOrg, env) =>
        sf(deployArgs(targetOrg, tests, { checkOnly, wait }), { cwd: io.root, env })
    );
    const summary = summarizeDeploy(result.json, checkOnly);
    for (const line of summary.lines) (summary.ok ? io.out.line.bind(io.out) : io.out.error.bind(io.out))(line);
    if (!summary.ok || result.code !== 0) {
        if (summary.ok) io.out.error(`sf exited with ${result.code}.`);
        return EXIT_FAILED;
    }
    return EXIT_OK;
}

if (require.main === module) runMain((argv, io) => main(argv, io), 'npm run deploy');
