/**
 * What every org command shares: exit codes, output that never shows a secret, and the runner
 * that turns a command's main() into a process exit code.
 *
 * Exit codes: 0 done, 1 failed (or bad flags), 2 no org connected (nothing was attempted).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_NO_ORG = 2;

/** The repository root (scripts/org/../..). */
export const REPO_ROOT = resolve(__dirname, '..', '..');

/** A bad flag or a missing required flag: exit 1 with the message and a pointer to --help. */
export class UsageError extends Error {
    override name = 'UsageError';
}

/** No org to talk to: exit 2 with a one-line message saying how to connect. */
export class NoOrgError extends Error {
    override name = 'NoOrgError';
}

/** Salesforce session ids (access tokens) look like 00D<org id>!<opaque>. */
const SESSION_ID = /\b00D[A-Za-z0-9]{12,15}![A-Za-z0-9._~+/=-]+/g;
/** Bearer values in anything that echoes a request. */
const BEARER = /\b(Bearer|OAuth)\s+[A-Za-z0-9._~+/=!-]{8,}/gi;

/** Output that masks every known secret and anything shaped like a session id. */
export class Output {
    private readonly secrets = new Set<string>();

    constructor(
        private readonly writeOut: (text: string) => void,
        private readonly writeErr: (text: string) => void
    ) {}

    /** Registers a value that must never be printed (an access token). */
    addSecret(secret: string | undefined): void {
        if (secret && secret.length >= 4) this.secrets.add(secret);
    }

    redact(text: string): string {
        let result = text;
        for (const secret of this.secrets) result = result.split(secret).join(mask(secret));
        return result.replace(SESSION_ID, (token) => mask(token)).replace(BEARER, (_m, scheme: string) => `${scheme} ****`);
    }

    line(text = ''): void {
        this.writeOut(`${this.redact(text)}\n`);
    }

    error(text: string): void {
        this.writeErr(`${this.redact(text)}\n`);
    }
}

/** "00Dxx0000001gPL!AQ4A...": keeps the org id prefix (not a secret), hides the rest. */
function mask(secret: string): string {
    const bang = secret.indexOf('!');
    return bang > 0 ? `${secret.slice(0, bang)}!****` : '****';
}

/** Everything a command needs from the outside world; tests inject their own. */
export interface Io {
    env: NodeJS.ProcessEnv;
    out: Output;
    /** The wall clock (the org's "today" is derived from it and the user's time zone). */
    now: () => Date;
    /** Waits between polls (Apex tests); tests pass a no-op. */
    sleep: (ms: number) => Promise<void>;
    /** Repository root: force-app, data/sample and sfdx-project.json are read from here. */
    root: string;
}

function processIo(): Io {
    return {
        env: process.env,
        out: new Output(
            (text) => process.stdout.write(text),
            (text) => process.stderr.write(text)
        ),
        now: () => new Date(),
        sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
        root: REPO_ROOT
    };
}

export type CommandMain = (argv: string[], io: Io) => Promise<number>;

/**
 * Runs a command and maps what it throws to an exit code: NoOrgError → 2 (one line),
 * UsageError → 1 (message + --help hint), anything else → 1 (message, masked).
 */
export async function runCommand(main: CommandMain, argv: string[], io: Io, command: string): Promise<number> {
    try {
        return await main(argv, io);
    } catch (error) {
        if (error instanceof NoOrgError) {
            io.out.error(error.message);
            return EXIT_NO_ORG;
        }
        if (error instanceof UsageError) {
            io.out.error(`${command}: ${error.message}`);
            io.out.error(`Run \`${command} -- --help\` for usage.`);
            return EXIT_FAILED;
        }
        const message = error instanceof Error ? error.message : String(error);
        io.out.error(`${command} failed: ${message}`);
        return EXIT_FAILED;
    }
}

/** Entry point used by each command file when run with tsx. */
export function runMain(main: CommandMain, command: string): void {
    const io = processIo();
    runCommand(main, process.argv.slice(2), io, command).then(
        (code) => {
            process.exitCode = code;
        },
        (error: unknown) => {
            io.out.error(String(error));
            process.exitCode = EXIT_FAILED;
        }
    );
}

/** sourceApiVersion from sfdx-project.json ("66.0"). */
export function apiVersion(root: string): string {
    const project = readProjectJson(root);
    const version = typeof project.sourceApiVersion === 'string' ? project.sourceApiVersion : '66.0';
    if (!/^\d+\.\d$/.test(version)) throw new Error(`sfdx-project.json: sourceApiVersion "${version}" is not like "66.0".`);
    return version;
}

export interface ProjectJson {
    sourceApiVersion?: string;
    packageDirectories?: { path: string; package?: string; versionName?: string; versionNumber?: string; default?: boolean }[];
    packageAliases?: Record<string, string>;
}

export function readProjectJson(root: string): ProjectJson {
    const file = join(root, 'sfdx-project.json');
    if (!existsSync(file)) throw new Error(`${file} not found.`);
    return JSON.parse(readFileSync(file, 'utf8')) as ProjectJson;
}
