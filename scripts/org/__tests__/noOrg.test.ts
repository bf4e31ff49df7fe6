import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT_NO_ORG, REPO_ROOT, runCommand, type CommandMain } from '../cli';
import { CONNECT_HINT, DEV_HUB_HINT, noOrgMessage, resolveOrg } from '../connection';
import { main as deployMain } from '../deploy';
import { main as packageVersionMain } from '../packageVersion';
import { main as seedMain } from '../seed';
import { main as setupMain } from '../setup';
import { main as testOrgMain } from '../testOrg';
import { captureIo, TOKEN } from './helpers';

const NO_ORG = `No Salesforce org connected: ${CONNECT_HINT}`;
const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');

interface Run {
    code: number | null;
    stdout: string;
    stderr: string;
}

/** Runs a command file as `npm run` would (tsx), with an empty environment and an empty HOME. */
function runCli(file: string, args: string[], home: string): Promise<Run> {
    return new Promise((resolve, reject) => {
        const child = spawn(TSX, [join('scripts', 'org', file), ...args], {
            cwd: REPO_ROOT,
            env: {
                PATH: process.env.PATH ?? '',
                HOME: home,
                USERPROFILE: home,
                SF_DISABLE_TELEMETRY: 'true',
                SF_AUTOUPDATE_DISABLE: 'true',
                SF_DISABLE_LOG_FILE: 'true'
            },
            stdio: ['ignore', 'pipe', 'pipe']
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
}

describe('without an org, every command stops at once: one line, exit 2 (real CLIs, empty HOME)', () => {
    let home: string;
    beforeAll(() => {
        home = mkdtempSync(join(tmpdir(), 'co-noorg-'));
    });
    afterAll(() => rmSync(home, { recursive: true, force: true }));

    const ORG_COMMANDS: [string, string[]][] = [
        ['deploy.ts', []],
        ['setup.ts', ['--permission-set', 'Customer_Outcomes_User']],
        ['setup.ts', ['--unschedule-reminders']],
        ['seed.ts', []],
        ['testOrg.ts', []],
        ['deploy.ts', ['--check-only']],
        ['seed.ts', ['--remove']]
    ];

    it('no --target-org and no SF_INSTANCE_URL/SF_ACCESS_TOKEN', async () => {
        const runs = await Promise.all([
            ...ORG_COMMANDS.map(([file, args]) => runCli(file, args, home)),
            runCli('packageVersion.ts', [], home)
        ]);
        runs.forEach((run, i) => {
            const expected = i < ORG_COMMANDS.length ? NO_ORG : `No Dev Hub connected: ${DEV_HUB_HINT}`;
            expect({ i, code: run.code, stdout: run.stdout, stderr: run.stderr }).toEqual({
                i,
                code: EXIT_NO_ORG,
                stdout: '',
                stderr: `${expected}\n`
            });
        });
        // Nothing was built or written for a command that could not run.
        expect(readdirSync(home).filter((f) => !f.startsWith('.'))).toEqual([]);
    }, 90_000);

    it('--target-org naming an org the CLI has no authorization for', async () => {
        const runs = await Promise.all([
            runCli('deploy.ts', ['--target-org', 'co-dev'], home),
            runCli('setup.ts', ['--target-org', 'co-dev', '--permission-set', 'Customer_Outcomes_User'], home),
            runCli('seed.ts', ['--target-org', 'co-dev'], home),
            runCli('testOrg.ts', ['--target-org', 'co-dev'], home),
            runCli('packageVersion.ts', ['--target-dev-hub', 'co-hub'], home)
        ]);
        runs.forEach((run, i) => {
            const expected =
                i < 4
                    ? noOrgMessage('no authorization found for "co-dev"')
                    : `No Dev Hub connected (no authorization found for "co-hub"): ${DEV_HUB_HINT}`;
            expect({ i, code: run.code, stdout: run.stdout, stderr: run.stderr }).toEqual({
                i,
                code: EXIT_NO_ORG,
                stdout: '',
                stderr: `${expected}\n`
            });
        });
    }, 90_000);
});

describe('without an org, through main() with an injected environment', () => {
    const MAINS: [string, CommandMain, string[]][] = [
        ['deploy', deployMain, []],
        ['setup', setupMain, []],
        ['seed', seedMain, []],
        ['test:org', testOrgMain, []]
    ];

    it.each(MAINS)('%s: empty environment → the connect line, exit 2, nothing else printed', async (name, main, args) => {
        const { io, stdout, stderr } = captureIo({});
        await expect(runCommand(main, args, io, `npm run ${name}`)).resolves.toBe(EXIT_NO_ORG);
        expect(stdout).toEqual([]);
        expect(stderr).toEqual([`${NO_ORG}\n`]);
    });

    it.each(MAINS)('%s: half the CI variables → says which one is missing, exit 2', async (name, main, args) => {
        const first = captureIo({ SF_INSTANCE_URL: 'https://acme.my.salesforce.com' });
        await expect(runCommand(main, args, first.io, `npm run ${name}`)).resolves.toBe(EXIT_NO_ORG);
        expect(first.stderr).toEqual([`${noOrgMessage('SF_INSTANCE_URL is set but SF_ACCESS_TOKEN is not')}\n`]);
        const second = captureIo({ SF_ACCESS_TOKEN: TOKEN });
        await expect(runCommand(main, args, second.io, `npm run ${name}`)).resolves.toBe(EXIT_NO_ORG);
        expect(second.stderr).toEqual([`${noOrgMessage('SF_ACCESS_TOKEN is set but SF_INSTANCE_URL is not')}\n`]);
        expect(second.text()).not.toContain(TOKEN);
    });

    it.each(MAINS)('%s: a failing CLI authorization lookup → exit 2, the token never printed', async (name, main) => {
        const { io, stdout, stderr } = captureIo({});
        const loadAuth = (): Promise<never> => Promise.reject(new Error(`refresh failed for session ${TOKEN}`));
        const build = jest.fn(() => []);
        const sf = jest.fn(() => Promise.reject(new Error('sf must not run')));
        const deps = { loadAuth, sf, build };
        const code = await runCommand(
            (argv, i) => (main as (a: string[], i: typeof io, d: typeof deps) => Promise<number>)(argv, i, deps),
            ['--target-org', 'co-dev', ...(name === 'setup' ? ['--permission-set', 'Customer_Outcomes_User'] : [])],
            io,
            name
        );
        expect(code).toBe(EXIT_NO_ORG);
        expect(stdout).toEqual([]);
        expect(stderr).toHaveLength(1);
        expect(stderr[0]).toMatch(
            /^No Salesforce org connected \(refresh failed for session 00D000000000001!\*\*\*\*\): run `sf org login web/
        );
        expect(stderr[0]).not.toContain('AQ4AQFake');
        expect(build).not.toHaveBeenCalled();
        expect(sf).not.toHaveBeenCalled();
    });

    it('package:version: no --target-dev-hub → the Dev Hub line, exit 2 (environment variables do not count as a Dev Hub)', async () => {
        const { io, stderr } = captureIo({ SF_INSTANCE_URL: 'https://acme.my.salesforce.com', SF_ACCESS_TOKEN: TOKEN });
        await expect(runCommand(packageVersionMain, [], io, 'npm run package:version')).resolves.toBe(EXIT_NO_ORG);
        expect(stderr).toEqual([`No Dev Hub connected: ${DEV_HUB_HINT}\n`]);
    });

    it('refuses to send a token over http:// to anything but this machine', async () => {
        const { io } = captureIo({ SF_INSTANCE_URL: 'http://acme.my.salesforce.com', SF_ACCESS_TOKEN: TOKEN });
        await expect(resolveOrg(undefined, io)).rejects.toThrow('SF_INSTANCE_URL must be an https:// My Domain URL');
        const local = captureIo({ SF_INSTANCE_URL: 'http://127.0.0.1:8443/', SF_ACCESS_TOKEN: TOKEN });
        await expect(resolveOrg(undefined, local.io)).resolves.toMatchObject({
            instanceUrl: 'http://127.0.0.1:8443',
            source: 'env',
            label: 'SF_INSTANCE_URL'
        });
        const bad = captureIo({ SF_INSTANCE_URL: 'acme', SF_ACCESS_TOKEN: TOKEN });
        await expect(resolveOrg(undefined, bad.io)).rejects.toThrow('SF_INSTANCE_URL "acme" is not a URL');
    });

    it('--target-org wins over the environment and reads the CLI authorization', async () => {
        const { io } = captureIo({ SF_INSTANCE_URL: 'https://ci.my.salesforce.com', SF_ACCESS_TOKEN: 'env-token-value' });
        const auth = await resolveOrg('co-dev', io, (alias) =>
            Promise.resolve({ instanceUrl: `https://${alias}.my.salesforce.com`, accessToken: TOKEN, username: 'me@acme.com' })
        );
        expect(auth).toMatchObject({
            instanceUrl: 'https://co-dev.my.salesforce.com',
            source: 'cli',
            targetOrg: 'co-dev',
            username: 'me@acme.com'
        });
        expect(io.out.redact(`token ${TOKEN} and env-token-value`)).toBe('token 00D000000000001!**** and ****');
    });
});
