/**
 * npm run test:org -- --target-org <alias> [--skip-apex] [--wait <minutes>] [--today YYYY-MM-DD]
 *
 * Proves the package in an org, with jsforce:
 * 0. UI API: each standard object the components read (core/metadata/standard-objects.json) is
 *    one UI API supports in this org (GET /ui-api/object-info/<Object>); GraphQL can query no other.
 * 1. Apex: runs the package's test classes (Tooling runTestsAsynchronous), reports each failure
 *    and the coverage of the package's classes and triggers; fails on a failed test or < 75 %.
 * 2. GraphQL: every query operation of the components, with the exact document text the component
 *    builds, POSTed to /services/data/vXX.X/graphql once per seeded record it takes (an Opportunity
 *    id for the Opportunity panel); fails on any `errors` entry, a missing `data`, or the seeded
 *    record not coming back.
 * 3. Formulas: for the seeded deals and KPIs, Next_Follow_Up_Due__c, Follow_Up_Status__c,
 *    Customer_Metrics_Expected__c, Progress__c, Expected_Progress__c and KPI_Status__c as the org
 *    returns them equal tools/formula's evaluation of the same input values, with TODAY() = the
 *    running user's date in their time zone (the org evaluates TODAY() in the user's zone) and the
 *    org's own policy record. Also the Apex rule: each KPI's current value = its latest reading.
 * Needs `npm run deploy` and `npm run seed` first.
 */
import { join } from 'node:path';
import type { Connection } from './jsforce';
import { loadProject, type ProjectModel } from '../../core/metadata/project';
import { loadSamplePlan } from '../../tools/sample-data/relativeDates';
import { coveragePercent, packageApex, runApexTests } from './apexTests';
import { parseCommandLine, parseDateFlag, parseMinutes, TARGET_ORG, usage, type CommandSpec } from './args';
import { apiVersion, EXIT_FAILED, EXIT_OK, runMain, type Io } from './cli';
import {
    chunk,
    connect,
    loadCliAuth,
    orgToday,
    queryAll,
    resolveOrg,
    soqlList,
    soqlString,
    userInfo,
    type CliAuthLoader,
    type SoqlRecord
} from './connection';
import {
    checkCurrentValues,
    compareFormulas,
    FORMULA_CHECKS,
    inputFields,
    POLICY_RECORD,
    POLICY_TYPE,
    policyFields,
    withOrgPolicy,
    type Mismatch
} from './formulaParity';
import { documentProblems, findGqlDocuments, graphqlBody, operationsOf, planVariables, rootEdges } from './graphqlQueries';
import { findSeeded, samplePlanDir } from './seed';
import { toSeedRecords } from './seedPlan';

export const TEST_ORG_SPEC: CommandSpec = {
    command: 'npm run test:org',
    summary:
        "Run the package's Apex tests, every component GraphQL query and the formula parity checks against an org (after deploy and seed).",
    flags: [
        TARGET_ORG,
        { name: 'skip-apex', type: 'boolean', description: 'Skip the Apex test run (GraphQL and formula checks only).' },
        { name: 'wait', short: 'w', type: 'string', valueName: 'minutes', description: 'Minutes to wait for the Apex tests (default 10).' },
        {
            name: 'today',
            type: 'string',
            valueName: 'YYYY-MM-DD',
            description: "TODAY() for the local evaluation (default: the org user's today)."
        }
    ],
    examples: ['npm run test:org -- --target-org co-dev', 'npm run test:org -- --target-org co-dev --skip-apex']
};

export const MIN_COVERAGE = 75;
/** At most this many seeded records per GraphQL operation. */
export const MAX_RUNS_PER_QUERY = 25;

export interface TestOrgDeps {
    loadAuth?: CliAuthLoader;
    pollMs?: number;
}

interface GraphQLResponse {
    data?: unknown;
    errors?: { message?: string; locations?: unknown; path?: unknown }[];
}

export async function main(argv: string[], io: Io, deps: TestOrgDeps = {}): Promise<number> {
    const flags = parseCommandLine(TEST_ORG_SPEC, argv, io.env);
    if (flags.help) {
        io.out.line(usage(TEST_ORG_SPEC));
        return EXIT_OK;
    }
    const wait = parseMinutes(flags.string('wait'), 'wait', 10);
    const todayFlag = parseDateFlag(flags.string('today'), 'today');
    const auth = await resolveOrg(flags.string('target-org'), io, deps.loadAuth ?? loadCliAuth);
    const version = apiVersion(io.root);
    const conn = connect(auth, version);
    const failures: string[] = [];
    const fail = (message: string): void => {
        failures.push(message);
        io.out.error(`  FAIL ${message}`);
    };
    io.out.line(`Testing ${auth.label} (API ${version}).`);
    const info = await userInfo(conn).catch(() => undefined);

    // 0. UI API support of the standard objects the components read
    const sourceDir = join(io.root, 'force-app', 'main', 'default');
    const model = loadProject(sourceDir);
    await uiApiSection(conn, io, model, fail);

    // 1. Apex
    if (flags.boolean('skip-apex')) {
        io.out.line('Apex: skipped (--skip-apex).');
    } else {
        await apexSection(conn, io, wait, deps.pollMs ?? 5000, fail);
    }

    // Seeded records (found the way the seed finds them).
    const today = async (): Promise<string> => todayFlag ?? (await orgToday(conn, io, info)).today;
    const first = await today();
    io.out.line(`TODAY() for the running user: ${first}${todayFlag ? ' (--today)' : info?.timeZone ? ` (${info.timeZone})` : ''}.`);
    // Identities do not depend on dates: the records are found whatever day they were loaded.
    const records = toSeedRecords(loadSamplePlan(samplePlanDir(io.root), first));
    const seeded = await findSeeded(conn, records);
    const seededIds = (sobject: string): string[] =>
        records.filter((r) => r.sobject === sobject && seeded.ids.has(r.referenceId)).map((r) => seeded.ids.get(r.referenceId)!);
    if (seeded.ids.size === 0) {
        fail('no sample data in the org: run `npm run seed -- --target-org <alias>` first (GraphQL and formula checks need it).');
    } else {
        io.out.line(`Sample data: ${seeded.ids.size} of ${records.length} records found.`);
        await graphqlSection(conn, io, model, version, first, seededIds, fail);
        await formulaSection(conn, io, model, seededIds, today, fail);
    }

    io.out.line('');
    if (failures.length) {
        io.out.error(`test:org: ${failures.length} failure(s) against ${auth.label}.`);
        return EXIT_FAILED;
    }
    io.out.line(`test:org: all checks passed against ${auth.label}.`);
    return EXIT_OK;
}

/**
 * UI API GraphQL queries only objects UI API supports (GraphQL API Developer Guide, "Query Objects":
 * "Only objects supported by UI API are available for querying",
 * https://developer.salesforce.com/docs/platform/graphql/guide/query-record-objects.html). The
 * guide's list "might not reflect the latest object support. To check if a specific object is
 * supported, use the /ui-api/object-info/{objectApiName} resource" (User Interface API Developer
 * Guide, "All Supported Objects",
 * https://developer.salesforce.com/docs/atlas.en-us.uiapi.meta/uiapi/ui_api_all_supported_objects.htm).
 * This does exactly that for each standard object the components read; OpportunityContactRole
 * (the Opportunity panel's OpportunityContactRoles child relationship) is the one whose support the
 * stored copies of the guide do not settle (docs/org-risks.md).
 */
async function uiApiSection(conn: Connection, io: Io, model: ProjectModel, fail: (m: string) => void): Promise<void> {
    const standard = [...model.objects.values()].filter((o) => !o.custom).map((o) => o.apiName);
    const supported: string[] = [];
    for (const object of standard) {
        try {
            await conn.request(`/ui-api/object-info/${object}`);
            supported.push(object);
        } catch (error) {
            fail(
                `UI API does not support ${object} for the connected user (GET /ui-api/object-info/${object}: ${(error as Error).message}); component queries that read it fail in this org.`
            );
        }
    }
    io.out.line(
        `UI API: ${supported.length} of ${standard.length} standard objects the components read are supported (${supported.join(', ')}).`
    );
}

async function apexSection(conn: Connection, io: Io, waitMinutes: number, pollMs: number, fail: (m: string) => void): Promise<void> {
    const apex = packageApex(io.root);
    if (apex.tests.length === 0) {
        fail('no Apex test class (force-app/main/default/classes/*Test.cls).');
        return;
    }
    const run = await runApexTests(conn, apex, {
        timeoutMs: waitMinutes * 60_000,
        pollMs,
        sleep: io.sleep,
        progress: (l) => io.out.line(l)
    });
    const passed = run.results.filter((r) => r.outcome === 'Pass').length;
    const failed = run.results.filter((r) => r.outcome !== 'Pass');
    io.out.line(`Apex: ${passed} passed, ${failed.length} failed (run ${run.jobId}, ${run.status}).`);
    for (const f of failed)
        fail(
            `Apex ${f.className}.${f.methodName}: ${f.outcome}${f.message ? `: ${f.message}` : ''}${f.stackTrace ? ` (${f.stackTrace.split('\n')[0]})` : ''}`
        );
    if (run.results.length === 0) fail(`Apex run ${run.jobId} ended ${run.status} with no test result.`);
    for (const c of run.coverage) {
        const total = c.covered + c.uncovered;
        io.out.line(`  coverage ${c.name}: ${total ? Math.round((c.covered / total) * 100) : 0}% (${c.covered}/${total} lines)`);
    }
    for (const n of run.notCovered) io.out.line(`  coverage ${n}: no coverage data`);
    const percent = coveragePercent(run.coverage);
    io.out.line(`  package coverage: ${percent}%`);
    if (percent < MIN_COVERAGE) fail(`Apex coverage ${percent}% is below ${MIN_COVERAGE}% (needed to promote a package version).`);
}

async function graphqlSection(
    conn: Connection,
    io: Io,
    model: ProjectModel,
    version: string,
    today: string,
    seededIds: (sobject: string) => string[],
    fail: (m: string) => void
): Promise<void> {
    const operations = operationsOf(findGqlDocuments(join(io.root, 'force-app', 'main', 'default', 'lwc'), io.root));
    const queries = operations.filter((o) => o.type === 'query');
    const writes = operations.filter((o) => o.type !== 'query');
    io.out.line(`GraphQL (/services/data/v${version}/graphql): ${queries.length} component quer${queries.length === 1 ? 'y' : 'ies'}.`);
    for (const op of queries) {
        const plan = planVariables(op, model, today);
        const label = `${op.document.name} (${op.name}, ${op.document.file})`;
        const problems = documentProblems(op.ast);
        if (problems.length) {
            fail(`GraphQL ${label}: ${problems.join(' ')}`);
            continue;
        }
        if (plan.problem) {
            fail(`GraphQL ${label}: ${plan.problem}`);
            continue;
        }
        const ids: (string | undefined)[] = plan.object ? seededIds(plan.object).slice(0, MAX_RUNS_PER_QUERY) : [undefined];
        if (plan.object && ids.length === 0) {
            fail(`GraphQL ${label}: no seeded ${plan.object} to run it with.`);
            continue;
        }
        let ok = 0;
        for (const id of ids) {
            let body: ReturnType<typeof graphqlBody>;
            try {
                body = graphqlBody(op, plan.build(id));
            } catch (error) {
                fail(`GraphQL ${label}: ${(error as Error).message}`);
                break;
            }
            let response: GraphQLResponse;
            try {
                response = await conn.requestPost<GraphQLResponse>('/graphql', body);
            } catch (error) {
                fail(`GraphQL ${label}${id ? ` for ${id}` : ''}: ${(error as Error).message}`);
                continue;
            }
            if (response.errors?.length) {
                fail(
                    `GraphQL ${label}${id ? ` for ${id}` : ''}: ${response.errors.map((e) => e.message ?? JSON.stringify(e)).join(' | ')}`
                );
                continue;
            }
            if (response.data === undefined || response.data === null) {
                fail(`GraphQL ${label}${id ? ` for ${id}` : ''}: no data in the response.`);
                continue;
            }
            const edges = rootEdges(op, response.data);
            if (edges && edges.count === 0) {
                fail(`GraphQL ${label}: ${edges.object} ${id} did not come back (sharing or field access?).`);
                continue;
            }
            ok += 1;
        }
        io.out.line(
            `  ${label}: ${ok}/${ids.length} run(s) without error${plan.object ? ` (one per seeded ${plan.object})` : ''}; variables from ${plan.from}.`
        );
    }
    if (writes.length) io.out.line(`  not run (they write): ${writes.map((o) => o.document.name).join(', ')}.`);
}

async function formulaSection(
    conn: Connection,
    io: Io,
    model: ProjectModel,
    seededIds: (sobject: string) => string[],
    today: () => Promise<string>,
    fail: (m: string) => void
): Promise<void> {
    const policyRows = await queryAll(
        conn,
        `SELECT DeveloperName, ${policyFields(model).join(', ')} FROM ${POLICY_TYPE} WHERE DeveloperName = ${soqlString(POLICY_RECORD)}`
    );
    if (policyRows.length === 0) {
        fail(`${POLICY_TYPE}.${POLICY_RECORD} is not in the org (deploy first).`);
        return;
    }
    const policy = withOrgPolicy(model, policyRows[0]!);
    for (const d of policy.differences) io.out.line(`  note: the org's policy differs from force-app: ${d} (the org's value is used).`);

    const mismatches: Mismatch[] = [];
    let kpis: SoqlRecord[] = [];
    for (const check of FORMULA_CHECKS) {
        const ids = seededIds(check.object);
        if (ids.length === 0) {
            fail(`formulas: no seeded ${check.object}.`);
            continue;
        }
        const fields = ['Id', 'Name', ...inputFields(model, check.object, check.fields), ...check.fields];
        // The org evaluates TODAY() when it answers: read "today" before and after, retry once across midnight.
        let rows: SoqlRecord[] = [];
        let day = '';
        for (let attempt = 0; attempt < 2; attempt++) {
            const before = await today();
            rows = [];
            for (const part of chunk(ids, 200))
                rows.push(
                    ...(await queryAll(
                        conn,
                        `SELECT ${[...new Set(fields)].join(', ')} FROM ${check.object} WHERE Id IN (${soqlList(part)})`
                    ))
                );
            day = await today();
            if (day === before) break;
        }
        if (check.object === 'Customer_KPI__c') kpis = rows;
        const found = compareFormulas(policy.model, check.object, check.fields, rows, day);
        mismatches.push(...found);
        io.out.line(
            `Formulas ${check.object} (${check.fields.join(', ')}): ${rows.length} records, ${found.length} difference(s), TODAY() = ${day}.`
        );
    }
    if (kpis.length) {
        const measurements: SoqlRecord[] = [];
        for (const part of chunk(
            kpis.map((k) => String(k.Id)),
            200
        )) {
            measurements.push(
                ...(await queryAll(
                    conn,
                    `SELECT Id, Customer_KPI__c, Value__c, Measured_On__c FROM KPI_Measurement__c WHERE Customer_KPI__c IN (${soqlList(part)}) ORDER BY Customer_KPI__c, Measured_On__c DESC, CreatedDate DESC, Id DESC`
                ))
            );
        }
        const current = checkCurrentValues(kpis, measurements);
        mismatches.push(...current);
        io.out.line(`Apex rule (KPI current value = latest reading): ${kpis.length} KPIs, ${current.length} difference(s).`);
    }
    for (const m of mismatches)
        fail(`${m.object} ${m.name} (${m.id}) ${m.field}: org ${JSON.stringify(m.org)}, local ${JSON.stringify(m.local)}`);
}

if (require.main === module) runMain((argv, io) => main(argv, io), 'npm run test:org');
