import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { walkFiles } from '../context';
import { classify } from '../metadata-types';
import { formatProblem } from '../../../core/problems';
import { verifyProject, type VerifyResult } from '../verify';

/**
 * Zero false errors on metadata written from the Salesforce documentation: test/verifier-docs-corpus
 * holds small SFDX projects written for this repository from the Metadata API Developer Guide's
 * reference pages (each project's SOURCES.md names the page of every file). They do not opt in to
 * this package's policy rules, so only what the org would refuse may be reported. Unlike the public
 * corpus (corpus.test.ts, other people's projects, not committed), this one runs everywhere.
 */
const CORPUS = join(__dirname, '..', '..', '..', 'test', 'verifier-docs-corpus');
const SRC = join('force-app', 'main', 'default');
const projects = readdirSync(CORPUS, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(CORPUS, d.name, 'sfdx-project.json')))
    .map((d) => d.name)
    .sort();

const results = new Map<string, VerifyResult>();
function verified(name: string): VerifyResult {
    let result = results.get(name);
    if (!result) {
        result = verifyProject(join(CORPUS, name));
        results.set(name, result);
    }
    return result;
}

/** Every file of every project, relative to its package directory. */
function corpusFiles(): { project: string; rel: string; path: string }[] {
    return projects.flatMap((project) =>
        walkFiles(join(CORPUS, project, SRC)).map((path) => ({ project, rel: relative(join(CORPUS, project, SRC), path), path }))
    );
}

const text = (path: string): string => readFileSync(path, 'utf8');
const topLevel = (xml: string, element: string): string | undefined =>
    new RegExp(`^ {4}<${element}>([^<]*)</${element}>`, 'm').exec(xml)?.[1];

describe('verifier corpus written from the Metadata API Developer Guide', () => {
    it('holds at least three projects', () => {
        expect(projects.length).toBeGreaterThanOrEqual(3);
    });

    describe.each(projects)('%s', (name) => {
        it('has no error and no warning', () => {
            const problems = verified(name).problems.map(formatProblem);
            expect(problems).toEqual([]);
        });

        it('was checked: metadata files and cross references', () => {
            const { files, references } = verified(name);
            expect(files).toBeGreaterThan(20);
            expect(references).toBeGreaterThan(50);
        });

        it('names the documentation page of every file in SOURCES.md', () => {
            const sources = text(join(CORPUS, name, 'SOURCES.md'));
            const unlisted = walkFiles(join(CORPUS, name, SRC))
                .map((p) =>
                    relative(join(CORPUS, name, SRC), p)
                        .split('\\')
                        .join('/')
                )
                .filter((rel) => !sources.includes(`\`${rel}\` | `));
            expect(unlisted).toEqual([]);
        });
    });

    describe('covers what the verifier checks', () => {
        const files = corpusFiles();
        const xml = (suffix: string): string[] => files.filter((f) => f.rel.endsWith(suffix)).map((f) => text(f.path));

        it('every metadata type with checks', () => {
            const types = new Set(files.map((f) => classify(f.rel)?.type).filter(Boolean));
            const expected = [
                'CustomObject',
                'CustomField',
                'ValidationRule',
                'ListView',
                'CompactLayout',
                'RecordType',
                'FieldSet',
                'Layout',
                'CustomTab',
                'CustomApplication',
                'FlexiPage',
                'PermissionSet',
                'PermissionSetGroup',
                'CustomPermission',
                'CustomLabels',
                'GlobalValueSet',
                'ApexClass',
                'ApexTrigger',
                'Flow',
                'ReportType',
                'Report',
                'ReportFolder',
                'Dashboard',
                'DashboardFolder',
                'CustomMetadata',
                'LightningComponentBundle'
            ];
            expect(expected.filter((t) => !types.has(t))).toEqual([]);
        });

        it('every field type, and formulas of every return type', () => {
            const fields = xml('.field-meta.xml');
            const types = new Set(fields.map((f) => topLevel(f, 'type')));
            const stored = [
                'Text',
                'TextArea',
                'LongTextArea',
                'Html',
                'Number',
                'Currency',
                'Percent',
                'Date',
                'DateTime',
                'Time',
                'Checkbox',
                'Email',
                'Phone',
                'Url',
                'Picklist',
                'MultiselectPicklist',
                'Lookup',
                'MasterDetail',
                'Summary',
                'AutoNumber',
                'EncryptedText',
                'Location',
                'MetadataRelationship'
            ];
            expect(stored.filter((t) => !types.has(t))).toEqual([]);
            const formulaTypes = new Set(fields.filter((f) => f.includes('<formula>')).map((f) => topLevel(f, 'type')));
            const returns = ['Text', 'Number', 'Currency', 'Percent', 'Date', 'DateTime', 'Time', 'Checkbox'];
            expect(returns.filter((t) => !formulaTypes.has(t))).toEqual([]);
            // A picklist on a global value set and one with its own values.
            expect(fields.some((f) => f.includes('<valueSetName>'))).toBe(true);
            expect(fields.some((f) => f.includes('<valueSetDefinition>'))).toBe(true);
            // A dependent picklist and a lookup filter.
            expect(fields.some((f) => f.includes('<controllingField>'))).toBe(true);
            expect(fields.some((f) => f.includes('<lookupFilter>'))).toBe(true);
        });

        it('a realistic range of formula functions, globals and spans', () => {
            const formulas = [...xml('.field-meta.xml'), ...xml('.validationRule-meta.xml')]
                .flatMap((f) => [
                    /<formula>([\s\S]*?)<\/formula>/.exec(f)?.[1],
                    /<errorConditionFormula>([\s\S]*?)<\/errorConditionFormula>/.exec(f)?.[1]
                ])
                .filter((f): f is string => f !== undefined)
                .join('\n');
            const functions = ['ISPICKVAL', 'TEXT', 'CASE', 'BLANKVALUE', 'IF', 'AND', 'OR', 'NOT', 'DATEVALUE', 'TODAY', 'ADDMONTHS'];
            const more = [
                'HYPERLINK',
                'IMAGE',
                'REGEX',
                'INCLUDES',
                'PRIORVALUE',
                'ISCHANGED',
                'ISNEW',
                'DISTANCE',
                'GEOLOCATION',
                'VLOOKUP'
            ];
            const missingFunctions = [...functions, ...more].filter((fn) => !new RegExp(`\\b${fn}\\s*\\(`).test(formulas));
            expect(missingFunctions).toEqual([]);
            const globals = [
                '$User.',
                '$Profile.',
                '$Setup.',
                '$CustomMetadata.',
                '$Permission.',
                '$Label.',
                '$Organization.',
                '$RecordType.'
            ];
            expect(globals.filter((g) => !formulas.includes(g))).toEqual([]);
            // Cross-object spans: a custom lookup, a standard parent, two levels, the polymorphic owner, a geolocation part.
            const spans = ['Dealer__r.', 'Account.', 'Customer__r.Owner.', 'Owner:User.', 'Owner:Queue.', '__Latitude__s'];
            expect(spans.filter((s) => !formulas.includes(s))).toEqual([]);
        });

        it('reports of every format on custom, automatic and standard report types, with cross filters, buckets and formulas', () => {
            const reports = xml('.report-meta.xml');
            const formats = new Set(reports.map((r) => topLevel(r, 'format')));
            expect(['Tabular', 'Summary', 'Matrix'].filter((f) => !formats.has(f))).toEqual([]);
            const reportTypes = reports.map((r) => topLevel(r, 'reportType') ?? '');
            expect(reportTypes.some((t) => /^\w+__c$/.test(t))).toBe(true);
            expect(reportTypes.some((t) => /^CustomEntity\$\w+$/.test(t))).toBe(true);
            expect(reportTypes.some((t) => /^CustomEntityCustomEntity\$/.test(t))).toBe(true);
            expect(reportTypes.some((t) => /^CustomEntity\$\w+@/.test(t))).toBe(true);
            expect(reportTypes).toContain('Opportunity');
            for (const element of ['<crossFilters>', '<buckets>', '<customDetailFormulas>', '<aggregates>', '<chart>'])
                expect(reports.some((r) => r.includes(element))).toBe(true);
            expect(xml('.dashboard-meta.xml').some((d) => d.includes('<dashboardFilters>'))).toBe(true);
        });

        it('flows of each kind, and Lightning pages with standard and custom components', () => {
            const flows = xml('.flow-meta.xml');
            const triggers = new Set(flows.map((f) => /<triggerType>(\w+)<\/triggerType>/.exec(f)?.[1]));
            expect(['RecordBeforeSave', 'RecordAfterSave', 'Scheduled'].filter((t) => !triggers.has(t))).toEqual([]);
            expect(flows.some((f) => topLevel(f, 'processType') === 'Flow' && f.includes('<screens>'))).toBe(true);
            expect(flows.some((f) => f.includes('<filterLogic>1 OR 2</filterLogic>'))).toBe(true);
            const pages = xml('.flexipage-meta.xml').join('\n');
            for (const component of [
                'force:highlightsPanel',
                'flexipage:tabset',
                'flexipage:tab',
                'force:detailPanel',
                'c:equipmentStatus'
            ])
                expect(pages).toContain(`<componentName>${component}</componentName>`);
        });
    });

    describe('catches a planted defect in each project', () => {
        const made: string[] = [];
        afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

        const plant = (name: string, file: string, from: string, to: string): string[] => {
            const dir = mkdtempSync(join(tmpdir(), `docs-corpus-${name}-`));
            made.push(dir);
            cpSync(join(CORPUS, name), dir, { recursive: true });
            const path = join(dir, SRC, file);
            const before = text(path);
            if (!before.includes(from)) throw new Error(`${file} does not contain ${from}`);
            writeFileSync(path, before.replace(from, to));
            return verifyProject(dir)
                .problems.filter((p) => p.severity === 'error')
                .map(formatProblem);
        };

        it('data-model: a misspelt geolocation part in a formula', () => {
            const errors = plant(
                'data-model',
                'objects/Service_Visit__c/fields/Dealer_Latitude__c.field-meta.xml',
                'Location__Latitude__s',
                'Location__Latitud__s'
            );
            expect(errors).toHaveLength(1);
            expect(errors[0]).toMatch(/Dealer_Latitude__c\.field-meta\.xml:\d+ .*Dealer__c has no field Location__Latitud__s/);
        });

        it('ui-app: a Lightning page placing a component that does not exist', () => {
            const errors = plant('ui-app', 'flexipages/Equipment_App_Page.flexipage-meta.xml', 'c:equipmentStatus', 'c:equipmentStatuss');
            expect(errors).toHaveLength(1);
            expect(errors[0]).toMatch(/Equipment_App_Page\.flexipage-meta\.xml:\d+.*equipmentStatuss/);
        });

        it('analytics: a report column on an automatic report type that the object lacks', () => {
            const errors = plant(
                'analytics',
                'reports/Project_Reports/Projects_with_Account.report-meta.xml',
                'FK_$Account.Fleet_Size__c',
                'FK_$Account.Fleet_Sise__c'
            );
            expect(errors).toHaveLength(1);
            expect(errors[0]).toMatch(/Projects_with_Account\.report-meta\.xml:\d+.*FK_\$Account\.Fleet_Sise__c/);
        });
    });
});
