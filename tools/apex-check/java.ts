import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync, realpathSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * apex-ls 5.3's Java API classes (io.github.apexdevtools.apexls.api) are compiled for Java 21 (class file
 * version 65): on Java 17 CheckForIssues dies with UnsupportedClassVersionError (exit 3, measured).
 */
export const MIN_JAVA_MAJOR = 21;

/** Where a candidate came from, in the order they are tried. */
type JavaSource = 'JAVA_HOME' | 'PATH' | 'system JVM directory';

interface JavaRuntime {
    /** The java executable. */
    path: string;
    source: JavaSource;
    /** The quoted version from `java -version`, e.g. "25.0.3" or "1.8.0_292". */
    version: string;
    /** Feature release: 25 for "25.0.3", 8 for "1.8.0_292". */
    major: number;
}

/** What to look at. Injected so that the choice can be tested without the machine's JDKs. */
export interface JavaSearch {
    /** JAVA_HOME's java, when JAVA_HOME is set. */
    javaHome?: string;
    /** The first `java` on PATH. */
    pathJava?: string;
    /** Every java under the system JVM directories. */
    systemJavas: string[];
    /** Runs `java -version` and returns what it printed (stderr and stdout), or undefined when it did not run. */
    probe: (javaPath: string) => string | undefined;
}

export interface JavaChoice {
    /** The runtime to use, when one is new enough. */
    found?: JavaRuntime;
    /** Every candidate that answered, new enough or not (for the skip message). */
    seen: JavaRuntime[];
}

/**
 * The version in `java -version` output. Every vendor's first line reads `<name> version "<version>"`
 * (openjdk, java); the feature release is the first number, or the second for the legacy "1.x" scheme
 * (JEP 223: Java 9 and later start with the feature release).
 */
export function parseJavaVersion(output: string): { version: string; major: number } | undefined {
    const match = /\bversion "([^"]+)"/.exec(output);
    if (!match?.[1]) return undefined;
    const version = match[1];
    const numbers = /^(\d+)(?:\.(\d+))?/.exec(version);
    if (!numbers?.[1]) return undefined;
    const first = Number(numbers[1]);
    const major = first === 1 && numbers[2] !== undefined ? Number(numbers[2]) : first;
    return { version, major };
}

/**
 * JAVA_HOME when it is new enough, else `java` on PATH when it is new enough, else the newest new-enough
 * runtime in the system JVM directories. A candidate that does not run is passed over.
 */
export function chooseJava(search: JavaSearch): JavaChoice {
    const seen: JavaRuntime[] = [];
    const tryOne = (path: string | undefined, source: JavaSource): JavaRuntime | undefined => {
        if (!path) return undefined;
        const parsed = parseJavaVersion(search.probe(path) ?? '');
        if (!parsed) return undefined;
        const runtime: JavaRuntime = { path, source, ...parsed };
        seen.push(runtime);
        return runtime;
    };
    const newEnough = (r: JavaRuntime | undefined): r is JavaRuntime => r !== undefined && r.major >= MIN_JAVA_MAJOR;

    const fromHome = tryOne(search.javaHome, 'JAVA_HOME');
    if (newEnough(fromHome)) return { found: fromHome, seen };
    const fromPath = tryOne(search.pathJava, 'PATH');
    if (newEnough(fromPath)) return { found: fromPath, seen };

    let best: JavaRuntime | undefined;
    for (const path of search.systemJavas) {
        const runtime = tryOne(path, 'system JVM directory');
        if (newEnough(runtime) && (!best || compareVersions(runtime.version, best.version) > 0)) best = runtime;
    }
    return { found: best, seen };
}

/** Orders "25.0.3" after "25.0.1" and "21.0.9" (numeric parts compared left to right). */
export function compareVersions(a: string, b: string): number {
    const parts = (v: string): number[] => (v.match(/\d+/g) ?? []).map(Number);
    const pa = parts(a);
    const pb = parts(b);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const d = (pa[i] ?? 0) - (pb[i] ?? 0);
        if (d !== 0) return d;
    }
    return 0;
}

const exe = process.platform === 'win32' ? 'java.exe' : 'java';

/** Where Linux distributions (and the Temurin packages) and macOS put their JDKs. */
const SYSTEM_JVM_PATTERNS: { dir: string; java: string[] }[] = [
    { dir: '/usr/lib/jvm', java: ['bin', exe] },
    { dir: '/Library/Java/JavaVirtualMachines', java: ['Contents', 'Home', 'bin', exe] }
];

function isExecutable(path: string): boolean {
    try {
        accessSync(path, constants.X_OK);
        return true;
    } catch {
        return false;
    }
}

/** Each java under the system JVM directories once (Debian links several names to one JDK). */
export function listSystemJavas(patterns = SYSTEM_JVM_PATTERNS): string[] {
    const byRealPath = new Map<string, string>();
    for (const { dir, java } of patterns) {
        if (!existsSync(dir)) continue;
        for (const name of readdirSync(dir).sort()) {
            const path = join(dir, name, ...java);
            if (!isExecutable(path)) continue;
            const real = realpathSync(path);
            if (!byRealPath.has(real)) byRealPath.set(real, path);
        }
    }
    return [...byRealPath.values()];
}

function onPath(pathVariable: string | undefined): string | undefined {
    for (const dir of (pathVariable ?? '').split(delimiter)) {
        if (!dir) continue;
        const path = join(dir, exe);
        if (isExecutable(path)) return path;
    }
    return undefined;
}

function probeJava(javaPath: string): string | undefined {
    const run = spawnSync(javaPath, ['-version'], { encoding: 'utf8', timeout: 30_000 });
    if (run.error || run.status !== 0) return undefined;
    return `${run.stderr}${run.stdout}`;
}

/** This machine's candidates. */
function machineSearch(env: NodeJS.ProcessEnv = process.env): JavaSearch {
    return {
        javaHome: env.JAVA_HOME ? join(env.JAVA_HOME, 'bin', exe) : undefined,
        pathJava: onPath(env.PATH),
        systemJavas: listSystemJavas(),
        probe: probeJava
    };
}

export function findJava(env: NodeJS.ProcessEnv = process.env): JavaChoice {
    return chooseJava(machineSearch(env));
}

/** The message printed instead of a result when no Java is new enough: what was found, what to install. */
export function noJavaMessage(choice: JavaChoice): string {
    const seen = choice.seen.length ? choice.seen.map((r) => `Java ${r.version} (${r.source}: ${r.path})`).join(', ') : 'no Java at all';
    return [
        '*'.repeat(100),
        `apex-check: SKIPPED: Apex semantic checks did not run. apex-ls needs Java ${MIN_JAVA_MAJOR} or later; found ${seen}.`,
        `Install a JDK or JRE ${MIN_JAVA_MAJOR}+ (for example Eclipse Temurin 21 or 25) and set JAVA_HOME to it, or put it on PATH,`,
        `or place it in ${SYSTEM_JVM_PATTERNS.map((p) => p.dir).join(' or ')}. Misspelt fields and missing methods in Apex go unchecked until then.`,
        '*'.repeat(100)
    ].join('\n');
}
