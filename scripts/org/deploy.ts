/**
 * npm run deploy -- --target-org <alias> [--check-only] [--wait <minutes>]
 *
 * Builds the components' .js from their .ts (scripts/build-components.ts), then deploys force-app
 * with the Salesforce CLI running the package's own Apex tests (RunSpecifiedTests, the classes
 * named *Test.cls in force-app/main/default/classes). --check-only validates (sf project deploy
 * validate): tests run, nothing is saved, and the validation can be quick-deployed later.
 * Prints what was deployed from sf's --json result.
 *
 * Then each other package directory of sfdx-project.json is deployed on its own: today
 * force-app-dashboard, the manager dashboard, which runs as the viewer (dashboardType
 * LoggedInUser). Orgs have few such dynamic dashboards (Enterprise 5, Unlimited and Performance 10,
 * Developer 3; Salesforce Help, "Dynamic Dashboards",
 * https://help.salesforce.com/s/articleView?id=analytics.dashboards_dynamic_overview.htm&type=5)
 * and an org at its limit refuses the dashboard ("You reached the limit for dashboards run as the
 * logged-in user.", reported for package installs in SFDO-Community/GrantGuides#133). Deployed
 * with the package, that refusal would undo the whole deploy; on its own it leaves the package in
 * place, and the command says how to add the dashboard later (exit 0: the package works without it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildComponents } from '../../core/components/build';
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

/** One `sf project deploy` of one package directory; the packaged one runs the Apex tests. */
export interface DeployStep {
    sourceDir: string;
    packaged: boolean;
}

/** sfdx-project.json's package directories: the packaged one first, then the others, each its own step. */
export function deploySteps(root: string): DeployStep[] {
    const project = JSON.parse(readFileSync(join(root, 'sfdx-project.json'), 'utf8')) as {
        packageDirectories?: { path: string; package?: string }[];
    };
    const steps = (project.packageDirectories ?? []).map((d) => ({ sourceDir: d.path, packaged: Boolean(d.package) }));
    return [...steps.filter((s) => s.packaged), ...steps.filter((s) => !s.packaged)];
}

/**
 * The sf arguments for a deploy or validation of one directory. Without tests, no --test-level:
 * the org's default applies (no tests for a deploy without Apex, in production too).
 */
export function deployArgs(
    targetOrg: string,
    tests: string[],
    options: { checkOnly: boolean; wait: number; sourceDir?: string }
): string[] {
    return [
        'project',
        'deploy',
        options.checkOnly ? 'validate' : 'start',
        '--source-dir',
        options.sourceDir ?? 'force-app',
        '--target-org',
        targetOrg,
        ...(tests.length ? ['--test-level', 'RunSpecifiedTests', ...tests.flatMap((t) => ['--tests', t])] : []),
        '--wait',
        String(options.wait),
        '--json'
    ];
}

/** The org's refusal of a dashboard that runs as the viewer, at the edition's limit. */
const DYNAMIC_DASHBOARD_LIMIT = /limit for (?:dashboards run as the logged-in user|dynamic dashboards)/i;

export function hitDynamicDashboardLimit(json: SfJson | undefined): boolean {
    return DYNAMIC_DASHBOARD_LIMIT.test(JSON.stringify(json ?? {}));
}

/** What to tell an admin whose org refused the directory's dashboard at its dynamic-dashboard limit. */
export function dashboardLimitAdvice(sourceDir: string): string[] {
    return [
        'This org is at its limit of dynamic dashboards (dashboards that run as the viewer: Enterprise 5, Unlimited and Performance 10, Developer 3; deleted ones in the Recycle Bin count).',
        `The package is deployed and its reports work; only the dashboard in ${sourceDir} is missing. To add it, either:`,
        '  - free a slot: delete a dynamic dashboard the org no longer uses and empty it from the Recycle Bin, or set one to run as a specific user; or',
        `  - run this one as a specific user: in its .dashboard-meta.xml under ${sourceDir} set <dashboardType>SpecifiedUser</dashboardType> and add <runningUser>username</runningUser>;`,
        `then: sf project deploy start --source-dir ${sourceDir} --target-org <alias>`
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
    const [packaged, ...others] = deploySteps(io.root);
    const sourceDir = packaged?.sourceDir ?? 'force-app';
    io.out.line(`${checkOnly ? 'Validating' : 'Deploying'} ${sourceDir} to ${auth.label} with RunSpecifiedTests: ${tests.join(', ')} …`);

    const sf = deps.sf ?? runSf;
    const result = await withSfTargetOrg(auth, io.root, sf, async (targetOrg, env) => {
        const main = await sf(deployArgs(targetOrg, tests, { checkOnly, wait, sourceDir }), { cwd: io.root, env });
        const summary = summarizeDeploy(main.json, checkOnly);
        for (const line of summary.lines) (summary.ok ? io.out.line.bind(io.out) : io.out.error.bind(io.out))(line);
        if (!summary.ok || main.code !== 0) {
            if (summary.ok) io.out.error(`sf exited with ${main.code}.`);
            if (others.length) io.out.error(`Not deployed: ${others.map((o) => o.sourceDir).join(', ')} (it follows ${sourceDir}).`);
            return EXIT_FAILED;
        }
        let code = EXIT_OK;
        for (const step of others) code = Math.max(code, await deployAlone(step, targetOrg, env));
        return code;
    });
    return result;

    /** A directory deployed after the package; its failure leaves the package in place. */
    async function deployAlone(step: DeployStep, targetOrg: string, env: NodeJS.ProcessEnv): Promise<number> {
        if (checkOnly) {
            io.out.line(
                `Not validated: ${step.sourceDir} (deployed after ${sourceDir}, whose reports it shows; a validation saves nothing for it to find).`
            );
            return EXIT_OK;
        }
        io.out.line(`Deploying ${step.sourceDir} on its own, so that an org refusing it keeps ${sourceDir} …`);
        const run = await sf(deployArgs(targetOrg, [], { checkOnly: false, wait, sourceDir: step.sourceDir }), { cwd: io.root, env });
        const summary = summarizeDeploy(run.json, false);
        if (summary.ok && run.code === 0) {
            for (const line of summary.lines) io.out.line(line);
            return EXIT_OK;
        }
        if (hitDynamicDashboardLimit(run.json)) {
            io.out.error(`${step.sourceDir} was not deployed: the org refused its dashboard.`);
            for (const line of dashboardLimitAdvice(step.sourceDir)) io.out.error(line);
            return EXIT_OK;
        }
        for (const line of summary.lines) io.out.error(line);
        if (summary.ok) io.out.error(`sf exited with ${run.code}.`);
        io.out.error(
            `${sourceDir} is deployed; only ${step.sourceDir} failed (deploy it again with: sf project deploy start --source-dir ${step.sourceDir}).`
        );
        return EXIT_FAILED;
    }
}

if (require.main === module) runMain((argv, io) => main(argv, io), 'npm run deploy');
