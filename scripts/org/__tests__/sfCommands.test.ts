import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT_FAILED, EXIT_OK, REPO_ROOT, runCommand } from '../cli';
import { dashboardLimitAdvice, deployArgs, deploySteps, main as deployMain, packageTestClasses, summarizeDeploy } from '../deploy';
import { CREATE_PACKAGE_STEP, main as packageVersionMain, packageVersionArgs } from '../packageVersion';
import { recordsMissingFromPackage } from '../packagedRecords';
import { parseSfJson, type SfResult, type SfRunner } from '../sfCli';
import { captureIo, TOKEN } from './helpers';

const cliAuth = (alias: string): Promise<{ instanceUrl: string; accessToken: string; username: string }> =>
    Promise.resolve({ instanceUrl: `https://${alias}.my.salesforce.com`, accessToken: TOKEN, username: 'admin@acme.com' });

const DEPLOY_OK = {
    status: 0,
    result: {
        id: '0Af000000000001AAA',
        status: 'Succeeded',
        success: true,
        files: [
            {
                fullName: 'Customer_Goal__c',
                type: 'CustomObject',
                state: 'Created',
                filePath: 'force-app/main/default/objects/Customer_Goal__c/Customer_Goal__c.object-meta.xml'
            },
            { fullName: 'Customer_Goal__c.Level__c', type: 'CustomField', state: 'Created', filePath: 'a' },
            { fullName: 'Opportunity.Follow_Up_Status__c', type: 'CustomField', state: 'Changed', filePath: 'b' },
            { fullName: 'opportunityOutcomes', type: 'LightningComponentBundle', state: 'Unchanged', filePath: 'c.js' },
            { fullName: 'opportunityOutcomes', type: 'LightningComponentBundle', state: 'Unchanged', filePath: 'c.html' }
        ],
        details: { runTestResult: { numTestsRun: '16', numFailures: '0' } }
    }
};

interface Call {
    args: string[];
    env?: NodeJS.ProcessEnv;
}

function fakeSf(results: Partial<SfResult>[]): { sf: SfRunner; calls: Call[] } {
    const calls: Call[] = [];
    const sf: SfRunner = (args, options) => {
        calls.push({ args, env: options.env });
        const next = results[Math.min(calls.length - 1, results.length - 1)]!;
        return Promise.resolve({ code: 0, stdout: '', stderr: '', ...next });
    };
    return { sf, calls };
}

/** The package's Apex test classes, as their sources declare them (@IsTest on the class). */
const CLASSES_DIR = join(REPO_ROOT, 'force-app', 'main', 'default', 'classes');
const ANNOTATED_TESTS = readdirSync(CLASSES_DIR)
    .filter((f) => f.endsWith('.cls') && /@IsTest\s+(?:private\s+|public\s+)?class\b/i.test(readFileSync(join(CLASSES_DIR, f), 'utf8')))
    .map((f) => f.slice(0, -'.cls'.length))
    .sort();
const PACKAGE_TESTS = packageTestClasses(REPO_ROOT);

describe('deploy', () => {
    it('derives the Apex tests from force-app/main/default/classes/*Test.cls: exactly the classes annotated @IsTest', () => {
        expect(ANNOTATED_TESTS.length).toBeGreaterThan(0);
        expect(PACKAGE_TESTS).toEqual(ANNOTATED_TESTS);
    });

    it('builds, then runs sf project deploy start with RunSpecifiedTests against the CLI alias, and prints what was deployed', async () => {
        const { sf, calls } = fakeSf([{ json: DEPLOY_OK }]);
        const build = jest.fn(() => ['a.js', 'b.js']);
        const { io, stdout, stderr } = captureIo({});
        const code = await runCommand(
            (argv, i) => deployMain(argv, i, { sf, build, loadAuth: cliAuth }),
            ['--target-org', 'co-dev'],
            io,
            'npm run deploy'
        );
        expect({ code, stderr }).toEqual({ code: EXIT_OK, stderr: [] });
        expect(build).toHaveBeenCalledWith(join(REPO_ROOT, 'force-app', 'main', 'default', 'lwc'));
        expect(calls).toEqual([
            {
                args: [
                    'project',
                    'deploy',
                    'start',
                    '--source-dir',
                    'force-app',
                    '--target-org',
                    'co-dev',
                    '--test-level',
                    'RunSpecifiedTests',
                    ...PACKAGE_TESTS.flatMap((t) => ['--tests', t]),
                    '--wait',
                    '33',
                    '--json'
                ],
                env: {}
            },
            {
                // The dashboard, on its own, after the package: no Apex, so no test level.
                args: [
                    'project',
                    'deploy',
                    'start',
                    '--source-dir',
                    'force-app-dashboard',
                    '--target-org',
                    'co-dev',
                    '--wait',
                    '33',
                    '--json'
                ],
                env: {}
            }
        ]);
        const out = stdout.join('');
        expect(out).toContain('Deploying force-app-dashboard on its own, so that an org refusing it keeps force-app');
        expect(out).toContain('Built 2 component modules (.ts → .js).');
        expect(out).toContain(`Deploying force-app to co-dev with RunSpecifiedTests: ${PACKAGE_TESTS.join(', ')}`);
        expect(out).toContain('Deployed: 4 components (2 Created, 1 Changed, 1 Unchanged), deploy id 0Af000000000001AAA.');
        expect(out).toContain('  CustomField: 2');
        expect(out).toContain('Apex tests: 16 run, 0 failed.');
    });

    it('--check-only validates (sf project deploy validate) and says nothing was saved', async () => {
        const { sf, calls } = fakeSf([{ json: { ...DEPLOY_OK, result: { ...DEPLOY_OK.result, checkOnly: true } } }]);
        const { io, stdout } = captureIo({});
        const code = await runCommand(
            (argv, i) => deployMain(argv, i, { sf, build: () => [], loadAuth: cliAuth }),
            ['-o', 'co-uat', '--check-only', '--wait', '60'],
            io,
            'npm run deploy'
        );
        expect(code).toBe(EXIT_OK);
        expect(calls[0]!.args.slice(0, 3)).toEqual(['project', 'deploy', 'validate']);
        expect(calls[0]!.args).toEqual(deployArgs('co-uat', PACKAGE_TESTS, { checkOnly: true, wait: 60 }));
        expect(stdout.join('')).toContain('Validated (nothing saved): 4 components');
    });

    it('with SF_INSTANCE_URL + SF_ACCESS_TOKEN, logs sf in from the environment in a throwaway home; the token never goes on a command line', async () => {
        const { sf, calls } = fakeSf([{ json: { status: 0, result: {} } }, { json: DEPLOY_OK }]);
        const { io, stdout, stderr } = captureIo({ SF_INSTANCE_URL: 'https://acme.my.salesforce.com', SF_ACCESS_TOKEN: TOKEN });
        const code = await runCommand((argv, i) => deployMain(argv, i, { sf, build: () => [] }), [], io, 'npm run deploy');
        expect(code).toBe(EXIT_OK);
        expect(calls[0]!.args).toEqual([
            'org',
            'login',
            'access-token',
            '--instance-url',
            'https://acme.my.salesforce.com',
            '--no-prompt',
            '--alias',
            'customer-outcomes-env',
            '--json'
        ]);
        expect(calls[0]!.env?.SF_ACCESS_TOKEN).toBe(TOKEN);
        const home = calls[0]!.env?.HOME;
        expect(home).toBeTruthy();
        expect(calls[1]!.env?.HOME).toBe(home);
        expect(calls[1]!.env?.SF_ACCESS_TOKEN).toBeUndefined();
        expect(calls[1]!.args).toContain('customer-outcomes-env');
        for (const call of calls) expect(call.args.join(' ')).not.toContain(TOKEN);
        expect(existsSync(home!)).toBe(false);
        expect([...stdout, ...stderr].join('')).not.toContain(TOKEN);
    });

    it('a failed deploy exits 1 and names each failed component and test', async () => {
        const failed = {
            status: 1,
            name: 'FailedDeployError',
            message: 'Deploy failed.',
            result: {
                id: '0Af000000000002AAA',
                status: 'Failed',
                success: false,
                files: [
                    {
                        fullName: 'Follow_Up_Status__c',
                        type: 'CustomField',
                        state: 'Failed',
                        filePath: 'force-app/main/default/objects/Opportunity/fields/Follow_Up_Status__c.field-meta.xml',
                        lineNumber: 3,
                        error: 'Formula: unknown function'
                    }
                ],
                details: {
                    runTestResult: {
                        numTestsRun: 16,
                        numFailures: 1,
                        failures: { name: 'KpiCurrentValueServiceTest', methodName: 'bulk200', message: 'System.LimitException' }
                    }
                }
            }
        };
        const { sf } = fakeSf([{ code: 1, json: failed }]);
        const { io, stderr } = captureIo({});
        const code = await runCommand(
            (argv, i) => deployMain(argv, i, { sf, build: () => [], loadAuth: cliAuth }),
            ['--target-org', 'co-dev'],
            io,
            'npm run deploy'
        );
        expect(code).toBe(EXIT_FAILED);
        const err = stderr.join('');
        expect(err).toContain('Deploy failed: 0 components, deploy id 0Af000000000002AAA.');
        expect(err).toContain(
            'FAILED CustomField Follow_Up_Status__c (force-app/main/default/objects/Opportunity/fields/Follow_Up_Status__c.field-meta.xml:3): Formula: unknown function'
        );
        expect(err).toContain('FAILED KpiCurrentValueServiceTest.bulk200: System.LimitException');
    });

    describe('the dashboard runs as the viewer and is deployed after the package, on its own', () => {
        const DASHBOARD_OK = {
            status: 0,
            result: {
                id: '0Af000000000003AAA',
                status: 'Succeeded',
                success: true,
                files: [{ fullName: 'Customer_Outcomes/Customer_Outcomes', type: 'Dashboard', state: 'Created', filePath: 'd' }]
            }
        };
        const refused = (problem: string): Partial<SfResult> => ({
            code: 1,
            json: {
                status: 1,
                name: 'FailedDeployError',
                message: 'Deploy failed.',
                result: {
                    id: '0Af000000000004AAA',
                    status: 'Failed',
                    success: false,
                    files: [
                        {
                            fullName: 'Customer_Outcomes/Customer_Outcomes',
                            type: 'Dashboard',
                            state: 'Failed',
                            filePath: 'force-app-dashboard/main/default/dashboards/Customer_Outcomes/Customer_Outcomes.dashboard-meta.xml',
                            error: problem
                        }
                    ]
                }
            }
        });
        const deploy = async (results: Partial<SfResult>[], args = ['--target-org', 'co-dev']) => {
            const { sf, calls } = fakeSf(results);
            const { io, stdout, stderr } = captureIo({});
            const code = await runCommand(
                (argv, i) => deployMain(argv, i, { sf, build: () => [], loadAuth: cliAuth }),
                args,
                io,
                'npm run deploy'
            );
            return { code, calls, out: stdout.join(''), err: stderr.join('') };
        };

        it('keeps every dashboard that runs as the viewer out of the packaged directory, in a directory of its own', () => {
            expect(deploySteps(REPO_ROOT)).toEqual([
                { sourceDir: 'force-app', packaged: true },
                { sourceDir: 'force-app-dashboard', packaged: false }
            ]);
            const dashboards = (dir: string): string[] =>
                existsSync(dir)
                    ? readdirSync(dir, { recursive: true, encoding: 'utf8' })
                          .filter((f) => f.endsWith('.dashboard-meta.xml'))
                          .map((f) => readFileSync(join(dir, f), 'utf8'))
                    : [];
            const packaged = dashboards(join(REPO_ROOT, 'force-app'));
            expect(packaged.filter((xml) => /<dashboardType>(LoggedInUser|MyTeamUser)<\/dashboardType>/.test(xml))).toEqual([]);
            const separate = dashboards(join(REPO_ROOT, 'force-app-dashboard'));
            expect(separate).toHaveLength(1);
            expect(separate[0]).toContain('<dashboardType>LoggedInUser</dashboardType>');
        });

        it('an org at its dynamic-dashboard limit keeps the package: says how to add the dashboard, exits 0', async () => {
            const { code, calls, out, err } = await deploy([
                { json: DEPLOY_OK },
                refused('You reached the limit for dashboards run as the logged-in user.')
            ]);
            expect(code).toBe(EXIT_OK);
            expect(calls).toHaveLength(2);
            expect(out).toContain('Deployed: 4 components');
            expect(err).toContain('force-app-dashboard was not deployed: the org refused its dashboard.');
            for (const line of dashboardLimitAdvice('force-app-dashboard')) expect(err).toContain(line);
            expect(err).toContain('then: sf project deploy start --source-dir force-app-dashboard --target-org <alias>');
        });

        it('any other refusal of the dashboard exits 1, saying the package is deployed and how to retry the dashboard', async () => {
            const { code, err } = await deploy([
                { json: DEPLOY_OK },
                refused('In field: report - no Report named Customer_Outcomes/Gone found')
            ]);
            expect(code).toBe(EXIT_FAILED);
            expect(err).toContain('FAILED Dashboard Customer_Outcomes/Customer_Outcomes');
            expect(err).toContain('no Report named Customer_Outcomes/Gone found');
            expect(err).toContain(
                'force-app is deployed; only force-app-dashboard failed (deploy it again with: sf project deploy start --source-dir force-app-dashboard).'
            );
            expect(err).not.toContain(dashboardLimitAdvice('force-app-dashboard')[0]);
        });

        it('a dashboard deployed reports what it created', async () => {
            const { code, out } = await deploy([{ json: DEPLOY_OK }, { json: DASHBOARD_OK }]);
            expect(code).toBe(EXIT_OK);
            expect(out).toContain('Deployed: 1 component (1 Created), deploy id 0Af000000000003AAA.');
        });

        it('when the package fails, the dashboard is not attempted', async () => {
            const { code, calls, err } = await deploy([
                { code: 1, json: { status: 1, message: 'Deploy failed.', result: { success: false, status: 'Failed' } } }
            ]);
            expect(code).toBe(EXIT_FAILED);
            expect(calls).toHaveLength(1);
            expect(err).toContain('Not deployed: force-app-dashboard (it follows force-app).');
        });

        it('--check-only validates the package only and says why the dashboard is not validated', async () => {
            const { code, calls, out } = await deploy([{ json: DEPLOY_OK }], ['--target-org', 'co-dev', '--check-only']);
            expect(code).toBe(EXIT_OK);
            expect(calls).toHaveLength(1);
            expect(out).toContain('Not validated: force-app-dashboard (deployed after force-app, whose reports it shows');
        });
    });

    it('reads sf --json output even after a warning line', () => {
        expect(parseSfJson('Warning: update available\n{"status":0,"result":{"id":"x"}}')).toEqual({ status: 0, result: { id: 'x' } });
        expect(parseSfJson('no json')).toBeUndefined();
        expect(summarizeDeploy(undefined, false)).toEqual({ ok: false, lines: ['sf returned no deploy result'] });
    });
});

describe('package:version', () => {
    let root: string;
    beforeEach(() => {
        root = mkdtempSync(join(tmpdir(), 'co-pkg-'));
        mkdirSync(join(root, 'force-app'));
    });
    afterEach(() => rmSync(root, { recursive: true, force: true }));

    const project = (aliases: Record<string, string>): void =>
        writeFileSync(
            join(root, 'sfdx-project.json'),
            JSON.stringify({
                packageDirectories: [
                    { path: 'force-app', package: 'Customer Outcomes', versionName: "Spring '27", versionNumber: '0.1.0.NEXT' }
                ],
                packageAliases: aliases,
                sourceApiVersion: '66.0'
            })
        );

    it('the real sfdx-project.json names the package and version, and has no invented package id', () => {
        const real = JSON.parse(readFileSync(join(REPO_ROOT, 'sfdx-project.json'), 'utf8')) as {
            packageDirectories: Record<string, string>[];
            packageAliases: Record<string, string>;
        };
        expect(real.packageDirectories[0]).toMatchObject({
            path: 'force-app',
            package: 'Customer Outcomes',
            versionName: expect.any(String),
            versionNumber: expect.stringMatching(/^\d+\.\d+\.\d+\.NEXT$/)
        });
        for (const id of Object.values(real.packageAliases)) expect(id).toMatch(/^0Ho|^04t/);
    });

    it('without the package id in packageAliases, explains the one-time sf package create and exits 1', async () => {
        project({});
        const { sf, calls } = fakeSf([]);
        const { io, stderr } = captureIo({}, undefined, root);
        const code = await runCommand(
            (argv, i) => packageVersionMain(argv, i, { sf, build: () => [], loadAuth: cliAuth }),
            ['--target-dev-hub', 'co-hub'],
            io,
            'npm run package:version'
        );
        expect(code).toBe(EXIT_FAILED);
        expect(calls).toEqual([]);
        expect(stderr.join('')).toContain(CREATE_PACKAGE_STEP);
    });

    it('builds, creates the version with coverage and prints the install link', async () => {
        project({ 'Customer Outcomes': '0Ho000000000001AAA' });
        const { sf, calls } = fakeSf([
            { json: { status: 0, result: { Status: 'Success', SubscriberPackageVersionId: '04t000000000001AAA' } } }
        ]);
        const build = jest.fn(() => []);
        const { io, stdout } = captureIo({}, undefined, root);
        const code = await runCommand(
            (argv, i) => packageVersionMain(argv, i, { sf, build, loadAuth: cliAuth }),
            ['-v', 'co-hub'],
            io,
            'npm run package:version'
        );
        expect(code).toBe(EXIT_OK);
        expect(build).toHaveBeenCalled();
        expect(calls[0]!.args).toEqual(packageVersionArgs('co-hub', 30));
        expect(calls[0]!.args).toEqual([
            'package',
            'version',
            'create',
            '--package',
            'Customer Outcomes',
            '--installation-key-bypass',
            '--wait',
            '30',
            '--code-coverage',
            '--target-dev-hub',
            'co-hub',
            '--json'
        ]);
        expect(stdout.join('')).toContain('https://login.salesforce.com/packaging/installPackage.apexp?p0=04t000000000001AAA');
    });

    describe('the policy record ships with the formulas that read it ($CustomMetadata)', () => {
        const FORMULA =
            '<?xml version="1.0" encoding="UTF-8"?><CustomField xmlns="http://soap.sforce.com/2006/04/metadata"><fullName>Due__c</fullName><formula>CloseDate + $CustomMetadata.Setting__mdt.Default.Days__c</formula><type>Date</type></CustomField>';
        const RECORD =
            '<?xml version="1.0" encoding="UTF-8"?><CustomMetadata xmlns="http://soap.sforce.com/2006/04/metadata"><label>Default</label></CustomMetadata>';
        const put = (path: string, text: string): void => {
            mkdirSync(join(root, path, '..'), { recursive: true });
            writeFileSync(join(root, path), text);
        };
        beforeEach(() => {
            writeFileSync(
                join(root, 'sfdx-project.json'),
                JSON.stringify({
                    packageDirectories: [{ path: 'force-app', package: 'Customer Outcomes' }, { path: 'extras' }],
                    packageAliases: { 'Customer Outcomes': '0Ho000000000001AAA' }
                })
            );
            put('force-app/main/default/objects/Opportunity/fields/Due__c.field-meta.xml', FORMULA);
        });

        it('every record the package formulas read is in force-app', () => {
            expect(recordsMissingFromPackage(REPO_ROOT)).toEqual([]);
        });

        it('a record outside the packaged directory stops package:version before sf runs', async () => {
            put('extras/main/default/customMetadata/Setting.Default.md-meta.xml', RECORD);
            expect(recordsMissingFromPackage(root)).toEqual([
                'force-app/main/default/objects/Opportunity/fields/Due__c.field-meta.xml reads $CustomMetadata.Setting__mdt.Default, but the record Setting.Default is not in force-app: the package would install the formula without it. Keep customMetadata/Setting.Default.md-meta.xml in force-app.'
            ]);
            const { sf, calls } = fakeSf([]);
            const { io, stderr } = captureIo({}, undefined, root);
            const code = await runCommand(
                (argv, i) => packageVersionMain(argv, i, { sf, build: () => [], loadAuth: cliAuth }),
                ['-v', 'co-hub'],
                io,
                'npm run package:version'
            );
            expect(code).toBe(EXIT_FAILED);
            expect(calls).toEqual([]);
            expect(stderr.join('')).toContain('the record Setting.Default is not in force-app');
        });

        it('with the record in force-app nothing is reported', () => {
            put('force-app/main/default/customMetadata/Setting.Default.md-meta.xml', RECORD);
            expect(recordsMissingFromPackage(root)).toEqual([]);
        });
    });

    it('reports sf errors and exits 1', async () => {
        project({ 'Customer Outcomes': '0Ho000000000001AAA' });
        const { sf } = fakeSf([{ code: 1, json: { status: 1, message: 'Code coverage is 60%, below 75%' } }]);
        const { io, stderr } = captureIo({}, undefined, root);
        const code = await runCommand(
            (argv, i) => packageVersionMain(argv, i, { sf, build: () => [], loadAuth: cliAuth }),
            ['-v', 'co-hub'],
            io,
            'npm run package:version'
        );
        expect(code).toBe(EXIT_FAILED);
        expect(stderr.join('')).toContain('Package version not created: Code coverage is 60%, below 75%');
    });
});

describe('the sf command lines match the installed Salesforce CLI (its oclif manifests)', () => {
    const manifests = readdirSync(join(REPO_ROOT, 'node_modules', '@salesforce'))
        .filter((d) => d.startsWith('plugin-'))
        .map((d) => join(REPO_ROOT, 'node_modules', '@salesforce', d, 'oclif.manifest.json'))
        .filter((f) => existsSync(f))
        .map(
            (f) =>
                JSON.parse(readFileSync(f, 'utf8')) as {
                    commands: Record<string, { flags: Record<string, { char?: string; type: string; options?: string[] }> }>;
                }
        );
    const command = (id: string): Record<string, { char?: string; type: string; options?: string[] }> => {
        const found = manifests.find((m) => m.commands[id]);
        if (!found) throw new Error(`sf has no command ${id}`);
        return found.commands[id]!.flags;
    };
    /** Every --flag exists; an option flag's value is one of its options; a boolean takes no value. */
    const check = (words: number, args: string[]): void => {
        const flags = command(args.slice(0, words).join(':'));
        for (let i = words; i < args.length; i++) {
            const name = args[i]!.replace(/^--/, '');
            expect(args[i]).toMatch(/^--/);
            expect(Object.keys(flags)).toContain(name);
            if (flags[name]!.type === 'option') {
                const value = args[++i]!;
                if (flags[name]!.options) expect(flags[name]!.options).toContain(value);
            }
        }
    };

    it('project deploy start / validate', () => {
        check(3, deployArgs('co-dev', ['KpiCurrentValueServiceTest'], { checkOnly: false, wait: 33 }));
        check(3, deployArgs('co-dev', ['KpiCurrentValueServiceTest'], { checkOnly: true, wait: 33 }));
        check(3, deployArgs('co-dev', [], { checkOnly: false, wait: 33, sourceDir: 'force-app-dashboard' }));
    });

    it('package version create', () => check(3, packageVersionArgs('co-hub', 30)));

    it('org login access-token', () =>
        check(3, [
            'org',
            'login',
            'access-token',
            '--instance-url',
            'https://x.my.salesforce.com',
            '--no-prompt',
            '--alias',
            'a',
            '--json'
        ]));
});
