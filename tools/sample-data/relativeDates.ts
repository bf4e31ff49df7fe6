/**
 * Relative dates for the sample data plan (data/sample).
 *
 * Every Date field in the sample files is written relative to the day the data is loaded,
 * as a token: "TODAY", "TODAY+30" or "TODAY-45" (whole days). This keeps the story true
 * whenever it is loaded: a deal closed "TODAY-50" without a check-in is always overdue.
 *
 * Dates are UTC calendar dates ('YYYY-MM-DD'); no time zone or daylight-saving arithmetic
 * is involved. The org tooling (seed) and the local preview reuse `loadSamplePlan`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DAY_MS, epochDayOf, ISO_DATE, isoOfEpochDay } from '../../core/dates';

/** A record in `sf data import tree` (sObject tree) format. */
export interface SampleRecord {
    attributes: { type: string; referenceId: string };
    [field: string]: unknown;
}

/** One entry of an `sf data import tree` plan file. */
export interface PlanEntry {
    sobject: string;
    saveRefs?: boolean;
    resolveRefs?: boolean;
    files: string[];
}

/** The records of one plan entry, in plan order, with dates resolved. */
export interface LoadedPlanEntry {
    sobject: string;
    records: SampleRecord[];
}

interface MaterializedFile {
    sobject: string;
    file: string;
    records: number;
}

export interface MaterializeResult {
    today: string;
    planPath: string;
    files: MaterializedFile[];
}

/** The only accepted token grammar. */
const VALID_TOKEN = /^TODAY(?:([+-])(\d{1,6}))?$/;
/**
 * Strings that look like an attempt at a token and must therefore be valid:
 * "TODAY" followed by nothing, by a sign (optionally after spaces) or by a letter/digit.
 * Ordinary text such as "TODAY we agreed..." is left alone.
 */
const TOKEN_ATTEMPT = /^\s*TODAY(?:\s*$|\s*[+-]|[0-9A-Za-z_])/;

/** Days since 1970-01-01 (UTC) of a 'YYYY-MM-DD' string or a Date (its UTC calendar day). */
function toEpochDay(today: Date | string): number {
    if (today instanceof Date) {
        const time = today.getTime();
        if (Number.isNaN(time)) {
            throw new Error('Invalid "today": the Date is not a valid date.');
        }
        return Math.floor(time / DAY_MS);
    }
    if (typeof today !== 'string') {
        throw new Error(`Invalid "today": expected a Date or a 'YYYY-MM-DD' string, got ${typeof today}.`);
    }
    if (!ISO_DATE.test(today)) {
        throw new Error(`Invalid "today" "${today}": expected a calendar date as 'YYYY-MM-DD'.`);
    }
    const day = epochDayOf(today);
    if (day === undefined) {
        throw new Error(`Invalid "today" "${today}": not a real calendar date.`);
    }
    return day;
}

/** Normalizes "today" (Date or 'YYYY-MM-DD') to 'YYYY-MM-DD', validating it. */
export function normalizeToday(today: Date | string): string {
    return isoOfEpochDay(toEpochDay(today));
}

/**
 * Resolves a relative date token against `today`:
 *   resolveRelativeDate('TODAY-45', '2025-03-01') === '2025-01-15'
 * Strings that are not tokens are returned unchanged. A malformed token
 * ("TODAY+x", "TODAY+", "TODAY + 3", "TODAY+1.5", "TODAYS") throws.
 */
export function resolveRelativeDate(token: string, today: Date | string): string {
    const base = toEpochDay(today);
    if (typeof token !== 'string' || !TOKEN_ATTEMPT.test(token)) {
        return token;
    }
    const match = VALID_TOKEN.exec(token);
    if (!match) {
        throw new Error(
            `Malformed relative date "${token}": use "TODAY", "TODAY+N" or "TODAY-N" with N a whole number of days (no spaces).`
        );
    }
    const sign = match[1];
    const digits = match[2];
    const offset = sign === undefined || digits === undefined ? 0 : (sign === '-' ? -1 : 1) * Number(digits);
    return isoOfEpochDay(base + offset);
}

/** Deep copy of `value` with every relative date token resolved (the `attributes` key is left as is). */
function resolveRelativeDates<T>(value: T, today: Date | string): T {
    const todayIso = normalizeToday(today);
    const walk = (node: unknown, where: string): unknown => {
        if (typeof node === 'string') {
            try {
                return resolveRelativeDate(node, todayIso);
            } catch (error) {
                throw new Error(`${where}: ${(error as Error).message}`);
            }
        }
        if (Array.isArray(node)) {
            return node.map((item, index) => walk(item, `${where}[${index}]`));
        }
        if (node !== null && typeof node === 'object') {
            const out: Record<string, unknown> = {};
            for (const [key, child] of Object.entries(node as Record<string, unknown>)) {
                out[key] = key === 'attributes' ? (JSON.parse(JSON.stringify(child)) as unknown) : walk(child, `${where}.${key}`);
            }
            return out;
        }
        return node;
    };
    return walk(value, '$') as T;
}

function readJson(file: string): unknown {
    let text: string;
    try {
        text = fs.readFileSync(file, 'utf8');
    } catch (error) {
        throw new Error(`Cannot read ${file}: ${(error as Error).message}`);
    }
    try {
        return JSON.parse(text) as unknown;
    } catch (error) {
        throw new Error(`${file} is not valid JSON: ${(error as Error).message}`);
    }
}

/** Reads and checks `<planDir>/plan.json`. */
export function readPlan(planDir: string): PlanEntry[] {
    const planPath = path.join(planDir, 'plan.json');
    const raw = readJson(planPath);
    if (!Array.isArray(raw)) {
        throw new Error(`${planPath}: a plan must be a JSON array of {sobject, files} entries.`);
    }
    return raw.map((entry: unknown, index: number): PlanEntry => {
        const where = `${planPath} entry ${index}`;
        if (entry === null || typeof entry !== 'object') {
            throw new Error(`${where}: expected an object.`);
        }
        const candidate = entry as Record<string, unknown>;
        const { sobject, files, saveRefs, resolveRefs } = candidate;
        if (typeof sobject !== 'string' || sobject.length === 0) {
            throw new Error(`${where}: "sobject" must be a non-empty string.`);
        }
        if (!Array.isArray(files) || files.length === 0 || !files.every((f): f is string => typeof f === 'string')) {
            throw new Error(`${where}: "files" must be a non-empty array of file names.`);
        }
        const result: PlanEntry = { sobject, files: [...files] };
        if (typeof saveRefs === 'boolean') result.saveRefs = saveRefs;
        if (typeof resolveRefs === 'boolean') result.resolveRefs = resolveRefs;
        return result;
    });
}

/** Reads one sObject tree file, checking its shape, without resolving dates. */
export function readRecordsFile(file: string, sobject: string): SampleRecord[] {
    const raw = readJson(file);
    const records = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>).records : undefined;
    if (!Array.isArray(records)) {
        throw new Error(`${file}: expected {"records": [...]}.`);
    }
    return records.map((record: unknown, index: number): SampleRecord => {
        const attributes = record !== null && typeof record === 'object' ? (record as Record<string, unknown>).attributes : undefined;
        const attrs = attributes !== null && typeof attributes === 'object' ? (attributes as Record<string, unknown>) : {};
        if (typeof attrs.type !== 'string' || typeof attrs.referenceId !== 'string') {
            throw new Error(`${file} record ${index}: "attributes" needs "type" and "referenceId".`);
        }
        if (attrs.type !== sobject) {
            throw new Error(`${file} record ${index}: type "${attrs.type}" does not match the plan's sobject "${sobject}".`);
        }
        return record as SampleRecord;
    });
}

/**
 * Loads the plan in `planDir` and returns its records in plan order with every relative date
 * resolved against `today` (default: today's UTC date). References ("@AccNorthwind") are kept.
 */
export function loadSamplePlan(planDir: string, today: Date | string = new Date()): LoadedPlanEntry[] {
    const todayIso = normalizeToday(today);
    return readPlan(planDir).map((entry) => {
        const records: SampleRecord[] = [];
        for (const file of entry.files) {
            const filePath = path.resolve(planDir, file);
            const raw = readRecordsFile(filePath, entry.sobject);
            let resolved: SampleRecord[];
            try {
                resolved = resolveRelativeDates(raw, todayIso);
            } catch (error) {
                throw new Error(`${filePath}: ${(error as Error).message}`);
            }
            records.push(...resolved);
        }
        return { sobject: entry.sobject, records };
    });
}

/**
 * Writes a copy of the plan in `planDir` to `outDir` with real dates for `today`, so that
 * `sf data import tree --plan <outDir>/plan.json` can load it. Returns what it wrote.
 */
export function materializePlan(planDir: string, outDir: string, today: Date | string = new Date()): MaterializeResult {
    const todayIso = normalizeToday(today);
    const plan = readPlan(planDir);
    const written: { target: string; content: string; info: MaterializedFile }[] = [];
    // Resolve everything first so that a bad token leaves no half-written output.
    for (const entry of plan) {
        for (const file of entry.files) {
            if (path.isAbsolute(file) || path.normalize(file).startsWith('..')) {
                throw new Error(`Plan file "${file}" must be a path inside ${planDir}.`);
            }
            const source = path.resolve(planDir, file);
            const records = readRecordsFile(source, entry.sobject);
            let resolved: SampleRecord[];
            try {
                resolved = resolveRelativeDates(records, todayIso);
            } catch (error) {
                throw new Error(`${source}: ${(error as Error).message}`);
            }
            written.push({
                target: path.resolve(outDir, file),
                content: `${JSON.stringify({ records: resolved }, null, 2)}\n`,
                info: { sobject: entry.sobject, file: path.join(outDir, file), records: resolved.length }
            });
        }
    }
    fs.mkdirSync(outDir, { recursive: true });
    for (const item of written) {
        fs.mkdirSync(path.dirname(item.target), { recursive: true });
        fs.writeFileSync(item.target, item.content, 'utf8');
    }
    const planPath = path.join(outDir, 'plan.json');
    fs.writeFileSync(planPath, `${JSON.stringify(plan, null, 2)}\n`, 'utf8');
    return { today: todayIso, planPath, files: written.map((item) => item.info) };
}

/** data/sample in this repository. */
export function defaultSamplePlanDir(): string {
    return path.resolve(__dirname, '..', '..', 'data', 'sample');
}
