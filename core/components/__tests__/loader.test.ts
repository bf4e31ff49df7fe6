import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { GqlDocument } from '../gql';
import { ComponentLoader, schemaReference } from '../loader';
import { componentModules, importsGql } from '../modules';

const ROOT = resolve(__dirname, '..', '..', '..');
const LWC = join(ROOT, 'force-app', 'main', 'default', 'lwc');
const LABELS = join(ROOT, 'force-app', 'main', 'default', 'labels', 'CustomLabels.labels-meta.xml');
const FIXTURES = join(__dirname, 'fixtures');
const FIXTURE_LWC = join(FIXTURES, 'lwc');
const FIXTURE_LABELS = join(FIXTURES, 'labels', 'CustomLabels.labels-meta.xml');

/** The static parts of each `export const NAME = gql`...`` in a .ts source (text between interpolations), read with the TS parser. */
function gqlLiteralParts(file: string): Map<string, string[]> {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const parts = new Map<string, string[]>();
    for (const statement of source.statements) {
        if (!ts.isVariableStatement(statement)) continue;
        for (const declaration of statement.declarationList.declarations) {
            const init = declaration.initializer;
            if (!init || !ts.isTaggedTemplateExpression(init) || init.tag.getText(source) !== 'gql' || !ts.isIdentifier(declaration.name))
                continue;
            const template = init.template;
            parts.set(
                declaration.name.text,
                ts.isNoSubstitutionTemplateLiteral(template)
                    ? [template.text]
                    : [template.head.text, ...template.templateSpans.map((s) => s.literal.text)]
            );
        }
    }
    return parts;
}

describe('the Node component loader (built .js)', () => {
    const loader = new ComponentLoader(LWC);

    it("builds c/outcomesQueries' documents with every piece of text its .ts source writes", () => {
        const queries = loader.loadBundle('outcomesQueries');
        const written = gqlLiteralParts(join(LWC, 'outcomesQueries', 'outcomesQueries.ts'));
        expect(written.size).toBeGreaterThan(5);
        for (const [name, parts] of written) {
            const document = queries[name];
            expect({ name, isDocument: document instanceof GqlDocument }).toEqual({ name, isDocument: true });
            for (const part of parts) expect(String(document)).toContain(part);
        }
        // Fragments interpolated into a query are joined into its text, as the org's adapter sends it.
        expect(String(queries.OPPORTUNITY_OUTCOMES_QUERY)).toContain(String(queries.GOAL_FIELDS).trim());
        expect(String(queries.OPPORTUNITY_OUTCOMES_QUERY)).toMatch(/query OpportunityOutcomes\(/);
        expect(queries.opportunityOutcomesVariables).toEqual(expect.any(Function));
    });

    it('loads every built module of the package, UI components included, each once', () => {
        const modules = componentModules(LWC);
        expect(modules.length).toBeGreaterThan(20);
        for (const file of modules) expect(file).toMatch(/\.js$/);
        for (const file of modules) loader.load(file);
        expect(loader.loadBundle('opportunityOutcomes').default).toEqual(expect.any(Function));
        expect(loader.load(join(LWC, 'outcomesLabels', 'outcomesLabels.js'))).toBe(loader.loadBundle('outcomesLabels'));
        expect(modules.filter(importsGql).map((f) => f.slice(LWC.length + 1))).toEqual(
            expect.arrayContaining(['outcomesQueries/outcomesQueries.js', 'outcomesMutations/outcomesMutations.js'])
        );
    });

    it("gives a label import the <value> of the package's CustomLabels file", () => {
        // A label the package has, read from the XML text with a regular expression (not the loader's parser).
        const xml = readFileSync(LABELS, 'utf8');
        const [, name, value] = /<fullName>(\w+)<\/fullName>[\s\S]*?<value>([^<&]+)<\/value>/.exec(xml)!;
        const dir = mkdtempSync(join(tmpdir(), 'loader-label-'));
        try {
            mkdirSync(join(dir, 'lwc', 'probe'), { recursive: true });
            const probe = `// Generated from the .ts beside it by \`npm run build\`. Edit the TypeScript source, not this file.\nimport TEXT from '@salesforce/label/c.${name}';\nexport { TEXT };\n`;
            writeFileSync(join(dir, 'lwc', 'probe', 'probe.js'), probe);
            expect(new ComponentLoader(join(dir, 'lwc'), { labelsFile: LABELS }).loadBundle('probe').TEXT).toBe(value);
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });

    it('passes a tool its own gql (the platform parser) instead of the text stand-in', () => {
        const tagged: string[] = [];
        const own = new ComponentLoader(LWC, { gql: (strings: TemplateStringsArray) => tagged.push(strings.join('${}')) && { own: true } });
        expect(own.loadBundle('outcomesQueries').GOAL_FIELDS).toEqual({ own: true });
        expect(tagged.some((t) => t.includes('fragment GoalFields'))).toBe(true);
    });
});

describe('the Node component loader on fixture bundles', () => {
    const loader = new ComponentLoader(FIXTURE_LWC, { labelsFile: FIXTURE_LABELS });

    it('resolves a sibling file of the bundle, a label (entities decoded) and schema references', () => {
        const sparkline = loader.loadBundle('kpiSparkline');
        expect((sparkline.path as (v: number[]) => string)([3, 5])).toBe('0,3 1,5');
        expect(sparkline.TITLE).toBe('Trend & target');
        expect(sparkline.REFERENCES).toEqual([
            { objectApiName: 'Customer_Goal__c' },
            { objectApiName: 'Customer_Goal__c', fieldApiName: 'Account__r.Name' }
        ]);
    });

    it('refuses a bundle that has only its .ts, telling to run the build', () => {
        expect(() => loader.loadBundle('sourceOnly')).toThrow(
            /sourceOnly\.js is missing: it is built from sourceOnly\.ts; run `npm run build`/
        );
        expect(() => loader.load(join(FIXTURE_LWC, 'sourceOnly', 'sourceOnly.ts'))).toThrow(/runs the built \.js/);
    });

    it('refuses a .js that is not the build of the .ts beside it', () => {
        const dir = mkdtempSync(join(tmpdir(), 'loader-stale-'));
        try {
            cpSync(FIXTURE_LWC, join(dir, 'lwc'), { recursive: true });
            const source = join(dir, 'lwc', 'kpiSparkline', 'points.ts');
            writeFileSync(source, readFileSync(source, 'utf8').replace('${i},${v}', '${i};${v}'));
            expect(() => new ComponentLoader(join(dir, 'lwc'), { labelsFile: FIXTURE_LABELS }).loadBundle('kpiSparkline')).toThrow(
                /points\.js is not the build of points\.ts beside it .*run `npm run build`/
            );
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });

    it('fails on an import it has no module for, naming the specifier and the importing file', () => {
        expect(() => loader.loadBundle('strayImport')).toThrow(
            /strayImport\.js: imports '@salesforce\/recordId\/whatever', which the Node component loader does not provide/
        );
        expect(() => loader.loadBundle('noSuchBundle')).toThrow(/noSuchBundle\.js: no such component module/);
    });

    it('fails on a name the imported module does not export, as an ES module link would', () => {
        expect(() => loader.loadBundle('missingExport')).toThrow(
            /missingExport\.js: imports NoSuchThing from 'lightning\/navigation', which does not export it/
        );
    });

    it('fails on a label the CustomLabels file does not have', () => {
        const other = new ComponentLoader(FIXTURE_LWC, { labelsFile: LABELS });
        expect(() => other.loadBundle('kpiSparkline')).toThrow(
            /imports @salesforce\/label\/c\.Fixture_Trend, but .* has no label Fixture_Trend/
        );
    });

    it('reads schema paths as the platform names them', () => {
        expect(schemaReference('Opportunity')).toEqual({ objectApiName: 'Opportunity' });
        expect(schemaReference('Opportunity.StageName')).toEqual({ objectApiName: 'Opportunity', fieldApiName: 'StageName' });
    });
});
