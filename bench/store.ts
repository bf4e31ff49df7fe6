/**
 * Figure 4: the preview store's GraphQL latency for the panels' own queries, in-process against
 * preview/server/graphql/execute's engine over in-memory PreviewStores (dataFile null: the sample,
 * plus a generated org), one of 1,000 and one of 10,000 opportunities (100,000 measurements). Both
 * stores are loaded first; then rounds alternate between them so machine noise lands on both
 * sizes alike. Each round runs every query once per landmark record (10 typical accounts or deals
 * of the same shape at both sizes).
 */
import { createGraphQLEngine, type GraphQLEngine } from '../preview/server/graphql/execute';
import { PreviewStore } from '../preview/server/store/store';
import { countRecords, generateLargeData, loadLargeData, scaledParams, type LargeDataSet } from '../tools/large-data';
import { loadComponentModule } from './lib/components';
import { PANELS, panelQuery, type PanelQuery } from './lib/panels';
import { median, percentile, round } from './lib/stats';

const STORE_SIZES = [1000, 10000] as const;
/** Goal: p50 at 10,000 opportunities at most this many times p50 at 1,000. */
const GROWTH_GOAL = 2;

interface StoreLoad {
    opportunities: number;
    measurements: number;
    records: number;
    loadMs: number;
    validationErrors: number;
}

interface StoreLatency {
    panel: string;
    operation: string;
    /** Opportunities loaded → latency. */
    bySize: Record<string, { p50: number; p95: number; samples: number; recordsReturned: number }>;
    growth: number;
    goal: string;
    pass: boolean | null;
    note?: string;
}

export interface StorePhaseResult {
    method: string;
    loads: StoreLoad[];
    latencies: StoreLatency[];
    milliseconds: number;
}

interface LoadedStore {
    size: number;
    engine: GraphQLEngine;
    data: LargeDataSet;
    ids: Map<string, string>;
}

function openLoaded(size: number, log: (m: string) => void): { loaded: LoadedStore; load: StoreLoad } {
    const store = PreviewStore.open({ dataFile: null, log: () => undefined });
    const data = generateLargeData(scaledParams(size, store.today()));
    const report = loadLargeData(store, data);
    const counts = countRecords(data);
    const records = Object.values(counts).reduce((a, b) => a + b, 0);
    log(`  store ${size}: ${records} records loaded in ${(report.milliseconds / 1000).toFixed(1)} s, ${report.errors.length} refused`);
    return {
        loaded: { size, engine: createGraphQLEngine(store, { log }), data, ids: report.ids },
        load: {
            opportunities: store.count('Opportunity'),
            measurements: store.count('KPI_Measurement__c'),
            records,
            loadMs: round(report.milliseconds, 0),
            validationErrors: report.errors.length
        }
    };
}

interface Case {
    label: string;
    query: PanelQuery;
    /** Landmark refs to run the query for; [undefined] for the running user's list. */
    refs(data: LargeDataSet): (string | undefined)[];
    informational?: string;
}

function recordsReturned(body: unknown): number {
    const query = (body as { data?: { uiapi?: { query?: Record<string, { edges?: unknown[] } | null> } } }).data?.uiapi?.query ?? {};
    return Object.values(query).reduce((sum, c) => sum + (c?.edges?.length ?? 0), 0);
}

function runOnce(s: LoadedStore, c: Case, ref: string | undefined): { ms: number; rows: number } {
    const recordId = ref === undefined ? undefined : s.ids.get(ref);
    const started = performance.now();
    const body = s.engine.execute({ query: c.query.query, variables: c.query.variables(recordId), operationName: c.query.operationName });
    const ms = performance.now() - started;
    if (body.errors?.length) throw new Error(`${c.label} at ${s.size}: ${body.errors.map((e) => e.message).join('; ')}`);
    return { ms, rows: recordsReturned(body) };
}

export function runStorePhase(options: { rounds: number; log: (m: string) => void }): StorePhaseResult {
    const started = performance.now();
    const { log } = options;
    const loadedStores: LoadedStore[] = [];
    const loads: StoreLoad[] = [];
    for (const size of STORE_SIZES) {
        const { loaded, load } = openLoaded(size, log);
        loadedStores.push(loaded);
        loads.push(load);
    }
    const byKey = (key: string): PanelQuery => {
        const spec = PANELS.find((p) => p.key === key);
        if (!spec) throw new Error(`no panel ${key}`);
        return panelQuery(spec);
    };
    const home = byKey('home');
    const teamQuery = String(loadComponentModule('outcomesQueries').TEAM_FOLLOW_UPS_DUE_QUERY ?? '');
    const cases: Case[] = [
        { label: 'Opportunity panel', query: byKey('opportunity'), refs: (d) => d.landmarks.typicalDeals },
        { label: 'Account panel', query: byKey('account'), refs: (d) => d.landmarks.typicalAccounts },
        { label: 'Home list (mine)', query: home, refs: () => Array.from({ length: 10 }, () => undefined) }
    ];
    if (teamQuery) {
        cases.push({
            label: 'Home list (team, design property)',
            query: { ...home, query: teamQuery },
            refs: () => Array.from({ length: 10 }, () => undefined),
            informational: 'scans every won deal: Follow_Up_Status__c uses TODAY(), not indexable (as in an org)'
        });
    }
    const samples = new Map<string, number[]>();
    const rows = new Map<string, number[]>();
    const key = (c: Case, s: LoadedStore): string => `${c.label}@${s.size}`;
    // Warm-up: every query once per record on each store (JIT, memo-free first runs), results checked.
    for (const s of loadedStores)
        for (const c of cases)
            for (const ref of c.refs(s.data)) rows.set(key(c, s), [...(rows.get(key(c, s)) ?? []), runOnce(s, c, ref).rows]);
    for (let round = 0; round < options.rounds; round++) {
        const order = round % 2 === 0 ? loadedStores : [...loadedStores].reverse();
        for (const s of order) {
            for (const c of cases) {
                for (const ref of c.refs(s.data)) {
                    const k = key(c, s);
                    const list = samples.get(k) ?? [];
                    list.push(runOnce(s, c, ref).ms);
                    samples.set(k, list);
                }
            }
        }
    }
    const [small, large] = loadedStores;
    const latencies = cases.map((c): StoreLatency => {
        const bySize: StoreLatency['bySize'] = {};
        for (const s of loadedStores) {
            const list = samples.get(key(c, s)) ?? [];
            const returned = rows.get(key(c, s)) ?? [];
            bySize[String(s.size)] = {
                p50: round(median(list), 3),
                p95: round(percentile(list, 95), 3),
                samples: list.length,
                recordsReturned: round(median(returned), 0)
            };
        }
        const growth = small && large ? round((bySize[String(large.size)]?.p50 ?? NaN) / (bySize[String(small.size)]?.p50 ?? NaN), 2) : NaN;
        const caveat = c.query.caveat;
        return {
            panel: c.label,
            operation: c.query.operationName,
            bySize,
            growth,
            goal: c.informational ? 'info' : `p50(10k)/p50(1k) <= ${GROWTH_GOAL}`,
            pass: c.informational ? null : growth <= GROWTH_GOAL,
            ...((c.informational || caveat) && {
                note: [c.informational, caveat && `query from c/outcomesQueries; ${caveat}`].filter(Boolean).join('; ')
            })
        };
    });
    return {
        method: 'generated records created through PreviewStore.create (system mode: field checks, lookup filters, validation rules, stage behaviour, the KPI current-value rule); roll-ups and formulas derived on read',
        loads,
        latencies,
        milliseconds: round(performance.now() - started, 0)
    };
}
