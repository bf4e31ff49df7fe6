import { basename, join, resolve } from 'node:path';
import { analyzeApex, type ApexAnalysis } from '../analyze';
import { runApexCheck, type ApexCheckReport } from '../check';

// Each run starts a JVM for PMD: allow for a slow machine.
const PMD_TIMEOUT_MS = 120_000;

const fixtures = join(__dirname, 'fixtures');
const forceApp = resolve(__dirname, '../../../force-app');

describe('Salesforce Code Analyzer with the offline engines (PMD, ESLint, regex, RetireJS)', () => {
    let insecure: ApexAnalysis;
    let project: ApexCheckReport;

    beforeAll(async () => {
        insecure = await analyzeApex(join(fixtures, 'insecure'));
        project = await runApexCheck(forceApp);
    }, PMD_TIMEOUT_MS);

    it('really runs the PMD rules: flags SOQL injection and a missing sharing declaration', () => {
        const found = insecure.blocking.map((violation) => ({
            rule: violation.rule,
            file: basename(violation.file ?? ''),
            line: violation.line
        }));

        expect(insecure.ruleCount).toBeGreaterThan(50);
        expect(found).toEqual(
            expect.arrayContaining([
                { rule: 'ApexSOQLInjection', file: 'InsecureAccountSearch.cls', line: 4 },
                { rule: 'ApexSharingViolations', file: 'InsecureAccountSearch.cls', line: 2 }
            ])
        );
        for (const violation of insecure.blocking) {
            expect(violation.severity).toBeLessThanOrEqual(3);
        }
    });

    it('really runs the ESLint engine with the LWC rules: flags innerHTML in a component', () => {
        expect(insecure.engines).toEqual(expect.arrayContaining(['pmd', 'eslint', 'regex', 'retire-js']));
        expect(insecure.blocking).toEqual(
            expect.arrayContaining([expect.objectContaining({ engine: 'eslint', rule: '@lwc/lwc/no-inner-html', line: 8 })])
        );
    });

    it('finds no violation of severity 1-3 in force-app', () => {
        const blocking = project.analysis.blocking.map(
            (violation) => `${violation.rule} ${basename(violation.file ?? '')}:${violation.line ?? 0} ${violation.message}`
        );

        expect(project.analysis.violations.length).toBeGreaterThanOrEqual(project.analysis.blocking.length);
        expect(blocking).toEqual([]);
    });

    it('summarises parse and analysis in one line and passes on force-app', () => {
        expect(project.summary).toMatch(
            /^analyze: \d+ files parsed, 0 syntax errors; code analyzer \(pmd, .*eslint.*retire-js.*: \d+ rules\): 0 violations \(sev 1-3\)/
        );
        expect(project.parse.files.length).toBeGreaterThanOrEqual(4);
        expect(project.ok).toBe(true);
    });
});
