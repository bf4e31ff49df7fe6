import { parseCommandLine, parseDateFlag, parseFlags, parseMinutes, usage } from '../args';
import { EXIT_FAILED, EXIT_OK, runCommand, UsageError, type CommandMain } from '../cli';
import { DEPLOY_SPEC, main as deployMain } from '../deploy';
import { main as packageVersionMain, PACKAGE_VERSION_SPEC } from '../packageVersion';
import { main as seedMain, SEED_SPEC } from '../seed';
import { main as setupMain, SETUP_SPEC } from '../setup';
import { main as testOrgMain, TEST_ORG_SPEC } from '../testOrg';
import { captureIo } from './helpers';

const COMMANDS: [string, typeof DEPLOY_SPEC, CommandMain][] = [
    ['deploy', DEPLOY_SPEC, deployMain],
    ['setup', SETUP_SPEC, setupMain],
    ['seed', SEED_SPEC, seedMain],
    ['test:org', TEST_ORG_SPEC, testOrgMain],
    ['package:version', PACKAGE_VERSION_SPEC, packageVersionMain]
];

const usageError = (fn: () => unknown): string => {
    try {
        fn();
    } catch (error) {
        expect(error).toBeInstanceOf(UsageError);
        return (error as Error).message;
    }
    throw new Error('expected a UsageError');
};

describe('flags of each command', () => {
    it('deploy: --target-org (long, short, =value) and --check-only', () => {
        expect(parseFlags(DEPLOY_SPEC, ['--target-org', 'co-dev']).string('target-org')).toBe('co-dev');
        expect(parseFlags(DEPLOY_SPEC, ['-o', 'co-dev']).string('target-org')).toBe('co-dev');
        const flags = parseFlags(DEPLOY_SPEC, ['--target-org=me@acme.com', '--check-only', '--wait', '20']);
        expect(flags.string('target-org')).toBe('me@acme.com');
        expect(flags.boolean('check-only')).toBe(true);
        expect(flags.string('wait')).toBe('20');
        expect(parseFlags(DEPLOY_SPEC, []).boolean('check-only')).toBe(false);
    });

    it('setup: --permission-set and --users take repeated or comma-separated values, deduplicated', () => {
        const flags = parseFlags(SETUP_SPEC, [
            '--target-org',
            'co-dev',
            '--permission-set',
            'Customer_Outcomes_User,Customer_Outcomes_Manager',
            '--permission-set',
            'Customer_Outcomes_User',
            '--users',
            'a@b.com, c@d.com'
        ]);
        expect(flags.list('permission-set')).toEqual(['Customer_Outcomes_User', 'Customer_Outcomes_Manager']);
        expect(flags.list('users')).toEqual(['a@b.com', 'c@d.com']);
    });

    it('seed: --remove and --today', () => {
        const flags = parseFlags(SEED_SPEC, ['--target-org', 'co-dev', '--remove', '--today', '2026-02-28']);
        expect(flags.boolean('remove')).toBe(true);
        expect(parseDateFlag(flags.string('today'), 'today')).toBe('2026-02-28');
    });

    it('test:org: --skip-apex, --wait, --today', () => {
        const flags = parseFlags(TEST_ORG_SPEC, ['-o', 'co-dev', '--skip-apex', '-w', '15', '--today', '2026-01-31']);
        expect(flags.boolean('skip-apex')).toBe(true);
        expect(parseMinutes(flags.string('wait'), 'wait', 10)).toBe(15);
        expect(parseMinutes(undefined, 'wait', 10)).toBe(10);
    });

    it('package:version: --target-dev-hub (or -v)', () => {
        expect(parseFlags(PACKAGE_VERSION_SPEC, ['-v', 'hub']).string('target-dev-hub')).toBe('hub');
    });

    it.each(COMMANDS)('%s: --help is recognised and the usage lists every flag and an example', (_name, spec) => {
        expect(parseFlags(spec, ['--help']).help).toBe(true);
        expect(parseFlags(spec, ['-h']).help).toBe(true);
        const text = usage(spec);
        for (const flag of spec.flags) expect(text).toContain(`--${flag.name}`);
        expect(text).toContain(spec.examples[0]);
        expect(text).toContain('2 no org connected');
    });
});

describe('bad flags are usage errors naming the problem', () => {
    it.each(COMMANDS)('%s: an unknown flag', (_name, spec) => {
        expect(usageError(() => parseFlags(spec, ['--target-orgg', 'x']))).toMatch(/unknown flag --target-orgg\. Known flags: /);
    });

    it.each(COMMANDS)('%s: a stray argument', (_name, spec) => {
        expect(usageError(() => parseFlags(spec, ['co-dev']))).toMatch(/unexpected argument "co-dev"/);
    });

    it('a missing value, including a flag taken as the value', () => {
        expect(usageError(() => parseFlags(SEED_SPEC, ['--target-org']))).toMatch(/--target-org needs a value/);
        expect(usageError(() => parseFlags(DEPLOY_SPEC, ['--target-org', '--check-only']))).toMatch(/--target-org needs a value/);
    });

    it('a value given to a boolean flag', () => {
        expect(usageError(() => parseFlags(SEED_SPEC, ['--remove=yes']))).toMatch(/--remove does not take a value/);
    });

    it('an empty value, an empty list item, a flag given twice', () => {
        expect(usageError(() => parseFlags(SEED_SPEC, ['--target-org', ' ']))).toMatch(/--target-org needs a non-empty value/);
        expect(usageError(() => parseFlags(SETUP_SPEC, ['--users', 'a@b.com,,c@d.com']))).toMatch(/no empty item/);
        expect(usageError(() => parseFlags(SEED_SPEC, ['--target-org', 'a', '--target-org', 'b']))).toMatch(/given 2 times/);
    });

    it('dates and minutes are checked', () => {
        expect(usageError(() => parseDateFlag('2026-02-30', 'today'))).toMatch(/--today must be a date as YYYY-MM-DD, got "2026-02-30"/);
        expect(usageError(() => parseDateFlag('15/03/2026', 'today'))).toMatch(/YYYY-MM-DD/);
        expect(usageError(() => parseMinutes('0', 'wait', 10))).toMatch(/--wait must be a whole number of minutes from 1 to 240/);
        expect(usageError(() => parseMinutes('ten', 'wait', 10))).toMatch(/got "ten"/);
    });

    it('says when npm swallowed a flag given without `--`', () => {
        expect(usageError(() => parseCommandLine(SEED_SPEC, [], { npm_config_target_org: 'co-dev' }))).toMatch(
            /npm took --target-org as its own option: put -- before the flags/
        );
        expect(parseCommandLine(SEED_SPEC, ['--target-org', 'co-dev'], { npm_config_target_org: 'co-dev' }).string('target-org')).toBe(
            'co-dev'
        );
    });
});

describe('through each command main()', () => {
    it.each(COMMANDS)('%s: a bad flag exits 1 before anything else, with a --help hint', async (name, _spec, main) => {
        const { io, stdout, stderr } = captureIo();
        await expect(runCommand(main, ['--bogus'], io, `npm run ${name}`)).resolves.toBe(EXIT_FAILED);
        expect(stdout).toEqual([]);
        expect(stderr.join('')).toContain(`npm run ${name}: unknown flag --bogus`);
        expect(stderr.join('')).toContain(`Run \`npm run ${name} -- --help\` for usage.`);
    });

    it.each(COMMANDS)('%s: --help prints the usage and exits 0 without an org', async (name, spec, main) => {
        const { io, stdout } = captureIo();
        await expect(runCommand(main, ['--help'], io, `npm run ${name}`)).resolves.toBe(EXIT_OK);
        expect(stdout.join('')).toContain(`Usage: ${spec.command} -- [flags]`);
    });

    it('setup: a malformed username or permission set name is refused before connecting', async () => {
        const { io, stderr } = captureIo();
        await expect(runCommand(setupMain, ['--permission-set', 'Customer Outcomes User'], io, 'npm run setup')).resolves.toBe(EXIT_FAILED);
        expect(stderr.join('')).toMatch(/is not an API name/);
        const second = captureIo();
        await expect(
            runCommand(setupMain, ['--permission-set', 'Customer_Outcomes_User', '--users', 'rep1'], second.io, 'npm run setup')
        ).resolves.toBe(EXIT_FAILED);
        expect(second.stderr.join('')).toMatch(/--users "rep1" is not a username/);
    });
});
