/**
 * npm run seed -- --target-org <alias> [--remove] [--today YYYY-MM-DD]
 *
 * Loads data/sample into the org with jsforce and the Composite API (see seedPlan.ts for the
 * batching, reference and idempotency design). Dates are resolved against the org user's today
 * (their time zone), so "TODAY-50" means the same day the org's TODAY() formulas see.
 *
 * --remove deletes what the seed loaded, children first (reverse plan order: measurements,
 * check-ins, KPIs, goals, contact roles, deals, contacts, accounts), one sObject Collections
 * DELETE per type and 200 ids. Records someone added under a sample account or deal since are
 * not looked for; deleting the sample account or deal then removes them through the platform's
 * cascade (master-detail children; an account's contacts and opportunities).
 */
import { join } from 'node:path';
import type { Connection } from './jsforce';
import { loadSamplePlan } from '../../tools/sample-data/relativeDates';
import { parseCommandLine, parseDateFlag, TARGET_ORG, usage, type CommandSpec } from './args';
import { apiVersion, EXIT_FAILED, EXIT_OK, runMain, type Io, type Output } from './cli';
import {
    chunk,
    connect,
    loadCliAuth,
    orgToday,
    queryAll,
    resolveOrg,
    soqlList,
    userInfo,
    type CliAuthLoader,
    type SoqlRecord
} from './connection';
import {
    COLLECTION_LIMIT,
    compositeRequest,
    IDENTITY,
    orgIdentity,
    planBatches,
    planIdentity,
    referenceFields,
    SEED_MARKER,
    sobjectOrder,
    toSeedRecords,
    type SeedRecord
} from './seedPlan';

export const SEED_SPEC: CommandSpec = {
    command: 'npm run seed',
    summary: 'Load the sample data (data/sample) into an org with the Composite API; re-running adds only what is missing.',
    flags: [
        TARGET_ORG,
        { name: 'remove', type: 'boolean', description: 'Delete the sample records the seed loaded (children first).' },
        {
            name: 'today',
            type: 'string',
            valueName: 'YYYY-MM-DD',
            description: "Resolve the plan's relative dates against this day (default: the org user's today)."
        }
    ],
    examples: ['npm run seed -- --target-org co-dev', 'npm run seed -- --target-org co-dev --remove']
};

export function samplePlanDir(root: string): string {
    return join(root, 'data', 'sample');
}

/** What the seed finds of its own records in the org. */
export interface SeededState {
    /** referenceId → record id, for every sample record found. */
    ids: Map<string, string>;
    warnings: string[];
}

/**
 * Finds the sample records already in the org: marked accounts by name, then each type through
 * the parents found so far, matched by identity (equal identities pair up in creation order).
 */
export async function findSeeded(conn: Connection, records: SeedRecord[]): Promise<SeededState> {
    const ids = new Map<string, string>();
    const refOfId = new Map<string, string>();
    const warnings: string[] = [];
    const refFields = referenceFields(records);
    for (const sobject of sobjectOrder(records)) {
        const spec = IDENTITY[sobject]!;
        const planned = records.filter((r) => r.sobject === sobject);
        let rows: SoqlRecord[] = [];
        const fields = ['Id', ...new Set(spec.keys), ...(sobject === 'Account' ? ['Description'] : []), 'CreatedDate'];
        if (sobject === 'Account') {
            const names = [...new Set(planned.map((r) => String(r.fields.Name)))];
            for (const part of chunk(names, COLLECTION_LIMIT)) {
                rows.push(
                    ...(await queryAll(
                        conn,
                        `SELECT ${fields.join(', ')} FROM Account WHERE Name IN (${soqlList(part)}) ORDER BY CreatedDate, Id`
                    ))
                );
            }
            const unmarked = rows.filter((r) => !String(r.Description ?? '').includes(SEED_MARKER));
            if (unmarked.length) warnings.push(`${unmarked.length} account(s) share a sample name but have no seed marker: left alone.`);
            rows = rows.filter((r) => String(r.Description ?? '').includes(SEED_MARKER));
        } else {
            const parents = [
                ...new Set(planned.map((r) => ids.get(r.refs[spec.scope] ?? '')).filter((id): id is string => id !== undefined))
            ];
            for (const part of chunk(parents, COLLECTION_LIMIT)) {
                rows.push(
                    ...(await queryAll(
                        conn,
                        `SELECT ${fields.join(', ')} FROM ${sobject} WHERE ${spec.scope} IN (${soqlList(part)}) ORDER BY CreatedDate, Id`
                    ))
                );
            }
        }
        const inOrg = new Map<string, SoqlRecord[]>();
        for (const row of rows) {
            const key = orgIdentity(sobject, row, refOfId, refFields.get(sobject) ?? new Set());
            inOrg.set(key, [...(inOrg.get(key) ?? []), row]);
        }
        const inPlan = new Map<string, SeedRecord[]>();
        for (const record of planned) {
            const key = planIdentity(record);
            inPlan.set(key, [...(inPlan.get(key) ?? []), record]);
        }
        for (const [key, plannedRecords] of inPlan) {
            const found = inOrg.get(key) ?? [];
            plannedRecords.forEach((record, i) => {
                const row = found[i];
                if (row && typeof row.Id === 'string') {
                    ids.set(record.referenceId, row.Id);
                    refOfId.set(row.Id, record.referenceId);
                }
            });
            if (sobject === 'Account' && found.length > plannedRecords.length) {
                warnings.push(
                    `${found.length} marked accounts named ${JSON.stringify(plannedRecords[0]!.fields.Name)}: the oldest is used.`
                );
            }
        }
    }
    return { ids, warnings };
}

interface CompositeResponse {
    compositeResponse: { body: unknown; httpStatusCode: number; referenceId: string }[];
}

interface ApiError {
    errorCode?: string;
    statusCode?: string;
    message?: string;
    fields?: string[];
}

function describeErrors(body: unknown): string {
    const errors: ApiError[] = Array.isArray(body) ? (body as ApiError[]) : ((body as { errors?: ApiError[] } | null)?.errors ?? []);
    return errors
        .map((e) => `${e.errorCode ?? e.statusCode ?? 'ERROR'}: ${e.message ?? ''}${e.fields?.length ? ` [${e.fields.join(', ')}]` : ''}`)
        .join('; ');
}

/** The first real error of a failed allOrNone request (the others say PROCESSING_HALTED). */
export function compositeFailure(response: CompositeResponse): string | undefined {
    const failed = response.compositeResponse.filter((r) => r.httpStatusCode >= 400);
    if (failed.length === 0) return undefined;
    const halted = (r: { body: unknown }): boolean => describeErrors(r.body).startsWith('PROCESSING_HALTED');
    const cause = failed.find((r) => !halted(r)) ?? failed[0]!;
    return `${cause.referenceId}: ${describeErrors(cause.body) || `HTTP ${cause.httpStatusCode}`}`;
}

export interface SeedResult {
    created: number;
    existing: number;
    requests: number;
}

/** Creates the sample records missing from the org, one Composite request per batch. */
export async function seed(conn: Connection, records: SeedRecord[], version: string, out: Output): Promise<SeedResult> {
    const state = await findSeeded(conn, records);
    for (const w of state.warnings) out.line(`Note: ${w}`);
    const ids = new Map(state.ids);
    const missing = records.filter((r) => !ids.has(r.referenceId));
    const batches = planBatches(missing);
    let created = 0;
    for (const [index, batch] of batches.entries()) {
        const body = compositeRequest(batch, ids, version);
        const response = await conn.requestPost<CompositeResponse>('/composite', body);
        const failure = compositeFailure(response);
        if (failure) {
            throw new Error(
                `request ${index + 1} of ${batches.length} was rolled back (allOrNone): ${failure}. ` +
                    `${created} record(s) from earlier requests are kept; fix the cause and re-run to load the rest.`
            );
        }
        for (const sub of response.compositeResponse) {
            const id = (sub.body as { id?: string } | null)?.id;
            if (typeof id !== 'string') throw new Error(`request ${index + 1}: no id returned for ${sub.referenceId}.`);
            ids.set(sub.referenceId, id);
        }
        created += batch.length;
        out.line(`  request ${index + 1}/${batches.length}: ${batch.length} records (${summarizeTypes(batch)})`);
    }
    return { created, existing: state.ids.size, requests: batches.length };
}

function summarizeTypes(records: SeedRecord[]): string {
    const counts = new Map<string, number>();
    for (const r of records) counts.set(r.sobject, (counts.get(r.sobject) ?? 0) + 1);
    return [...counts.entries()].map(([t, n]) => `${n} ${t}`).join(', ');
}

interface CollectionResult {
    id?: string;
    success: boolean;
    errors?: ApiError[];
}

export interface RemoveResult {
    deleted: number;
    failures: string[];
    requests: number;
}

/** Deletes the sample records found in the org, children first, 200 ids per request. */
export async function removeSeeded(conn: Connection, records: SeedRecord[], out: Output): Promise<RemoveResult> {
    const state = await findSeeded(conn, records);
    for (const w of state.warnings) out.line(`Note: ${w}`);
    let deleted = 0;
    let requests = 0;
    const failures: string[] = [];
    for (const sobject of sobjectOrder(records).reverse()) {
        const ids = records.filter((r) => r.sobject === sobject && state.ids.has(r.referenceId)).map((r) => state.ids.get(r.referenceId)!);
        for (const part of chunk(ids, COLLECTION_LIMIT)) {
            requests += 1;
            const results = await conn.requestDelete<CollectionResult[]>(`/composite/sobjects?ids=${part.join(',')}&allOrNone=false`);
            for (const result of results) {
                const gone = result.errors?.some((e) => e.statusCode === 'ENTITY_IS_DELETED' || e.errorCode === 'ENTITY_IS_DELETED');
                if (result.success || gone) deleted += 1;
                else failures.push(`${sobject} ${result.id ?? ''}: ${describeErrors(result.errors ?? [])}`);
            }
            out.line(`  deleted ${part.length} ${sobject}`);
        }
    }
    return { deleted, failures, requests };
}

export interface SeedDeps {
    loadAuth?: CliAuthLoader;
}

export async function main(argv: string[], io: Io, deps: SeedDeps = {}): Promise<number> {
    const flags = parseCommandLine(SEED_SPEC, argv, io.env);
    if (flags.help) {
        io.out.line(usage(SEED_SPEC));
        return EXIT_OK;
    }
    const todayFlag = parseDateFlag(flags.string('today'), 'today');
    const remove = flags.boolean('remove');
    const auth = await resolveOrg(flags.string('target-org'), io, deps.loadAuth ?? loadCliAuth);
    const version = apiVersion(io.root);
    const conn = connect(auth, version);

    let today = todayFlag;
    if (!today) {
        const zone = await orgToday(conn, io, await userInfo(conn).catch(() => undefined));
        today = zone.today;
        io.out.line(`Today for ${auth.label} is ${today} (${zone.timeZone}, from ${zone.from}).`);
    }
    const records = toSeedRecords(loadSamplePlan(samplePlanDir(io.root), today));

    if (remove) {
        io.out.line(`Removing the sample data from ${auth.label} …`);
        const result = await removeSeeded(conn, records, io.out);
        if (result.deleted === 0 && result.failures.length === 0)
            io.out.line('Nothing to remove: no sample record found (no account carries the seed marker).');
        else io.out.line(`Removed ${result.deleted} sample record(s) in ${result.requests} request(s).`);
        for (const f of result.failures) io.out.error(`  could not delete ${f}`);
        return result.failures.length ? EXIT_FAILED : EXIT_OK;
    }

    io.out.line(`Seeding ${records.length} sample records into ${auth.label} (dates relative to ${today}) …`);
    const result = await seed(conn, records, version, io.out);
    if (result.created === 0) io.out.line(`Nothing to load: all ${records.length} sample records are already in the org.`);
    else
        io.out.line(
            `Loaded ${result.created} record(s) in ${result.requests} Composite request(s); ${result.existing} were already there.`
        );
    return EXIT_OK;
}

if (require.main === module) runMain((argv, io) => main(argv, io), 'npm run seed');
