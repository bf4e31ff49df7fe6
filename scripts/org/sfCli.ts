/**
 * Runs the project's own Salesforce CLI (node_modules/@salesforce/cli) with --json and returns
 * its parsed output. Telemetry and auto-update are off. Nothing it prints is echoed raw: the
 * commands read the JSON and print their own summaries through the masking Output.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OrgAuth } from './connection';

export interface SfResult {
    code: number;
    stdout: string;
    stderr: string;
    /** The --json document (sf prints one on success and on failure). */
    json?: SfJson;
}

export interface SfJson {
    status?: number;
    result?: unknown;
    data?: unknown;
    name?: string;
    message?: string;
    warnings?: unknown[];
}

export type SfRunner = (args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }) => Promise<SfResult>;

function sfCommand(root: string): { command: string; prefix: string[] } {
    const local = join(root, 'node_modules', '@salesforce', 'cli', 'bin', 'run.js');
    return existsSync(local) ? { command: process.execPath, prefix: [local] } : { command: 'sf', prefix: [] };
}

const SF_ENV = { SF_DISABLE_TELEMETRY: 'true', SF_AUTOUPDATE_DISABLE: 'true', SF_DISABLE_AUTOUPDATE: 'true' } as const;

export const runSf: SfRunner = (args, options) =>
    new Promise((resolve, reject) => {
        const { command, prefix } = sfCommand(options.cwd);
        const child = spawn(command, [...prefix, ...args], {
            cwd: options.cwd,
            env: { ...process.env, ...SF_ENV, ...options.env },
            stdio: ['ignore', 'pipe', 'pipe']
        });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr, json: parseSfJson(stdout) }));
    });

/** sf --json prints one JSON document; warnings may precede it on older versions. */
export function parseSfJson(stdout: string): SfJson | undefined {
    const start = stdout.indexOf('{');
    if (start < 0) return undefined;
    try {
        return JSON.parse(stdout.slice(start)) as SfJson;
    } catch {
        return undefined;
    }
}

/**
 * Gives `fn` a --target-org value for sf. CLI auth: the alias itself. Environment auth: a
 * throwaway CLI home where `sf org login access-token --no-prompt` stores SF_ACCESS_TOKEN (the
 * variable sf itself reads, so the token never appears on a command line); removed afterwards.
 */
export async function withSfTargetOrg<T>(
    auth: OrgAuth,
    root: string,
    run: SfRunner,
    fn: (targetOrg: string, env: NodeJS.ProcessEnv) => Promise<T>
): Promise<T> {
    if (auth.source === 'cli' && auth.targetOrg) return fn(auth.targetOrg, {});
    const home = mkdtempSync(join(tmpdir(), 'co-sf-home-'));
    const env: NodeJS.ProcessEnv = { HOME: home, USERPROFILE: home, SF_USE_GENERIC_UNIX_KEYCHAIN: 'true' };
    try {
        const alias = 'customer-outcomes-env';
        const login = await run(
            ['org', 'login', 'access-token', '--instance-url', auth.instanceUrl, '--no-prompt', '--alias', alias, '--json'],
            {
                cwd: root,
                env: { ...env, SF_ACCESS_TOKEN: auth.accessToken }
            }
        );
        if (login.code !== 0) {
            throw new Error(`sf org login access-token failed: ${login.json?.message ?? (login.stderr.trim() || `exit ${login.code}`)}`);
        }
        return await fn(alias, env);
    } finally {
        rmSync(home, { recursive: true, force: true });
    }
}
