import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Kind, parse } from 'graphql';
import { loadProject } from '../../../core/metadata/project';
import { REPO_ROOT } from '../cli';
import { gql } from '../../../core/components/gql';
import { componentModules, importsGql } from '../../../core/components/modules';
import {
    documentProblems,
    findGqlDocuments,
    graphqlBody,
    idVariableObject,
    operationsOf,
    planVariables,
    rootEdges,
    type GqlOperation
} from '../graphqlQueries';

const LWC = join(REPO_ROOT, 'force-app', 'main', 'default', 'lwc');
const model = loadProject(join(REPO_ROOT, 'force-app', 'main', 'default'));
const documents = findGqlDocuments(LWC, REPO_ROOT);
const operations = operationsOf(documents);
const sources = componentModules(LWC);
/** The TypeScript source a built module comes from. */
const tsOf = (file: string): string => file.replace(/\.js$/, '.ts');

describe('the GraphQL documents taken from the components', () => {
    it('looks at every built component module (the .js that deploys), not tests', () => {
        expect(sources.length).toBeGreaterThan(5);
        for (const file of sources) expect(file).toMatch(/\/lwc\/\w+\/\w+\.js$/);
    });

    it('finds every exported gql document (checked against a plain-text scan of the .ts sources)', () => {
        const expected: string[] = [];
        for (const file of sources) {
            const text = readFileSync(tsOf(file), 'utf8');
            if (/\bgql`/.test(text)) expect({ file, importsGql: importsGql(file) }).toEqual({ file, importsGql: true });
            for (const m of text.matchAll(/^export const (\w+) = gql`/gm)) expected.push(`${relative(REPO_ROOT, tsOf(file))}#${m[1]}`);
        }
        const found = documents.map((d) => `${d.file}#${d.name}`);
        expect(expected.length).toBeGreaterThan(0);
        for (const name of expected) expect(found).toContain(name);
        // Documents built by a function (followUpsDueQuery('MINE')) are found too, by their export.
        expect(found.length).toBeGreaterThanOrEqual(expected.length);
        expect(documents.map((d) => d.name)).toEqual(expect.arrayContaining(['OPPORTUNITY_OUTCOMES_QUERY']));
    });

    it('every document parses with graphql-js; every operation document is self-consistent (fragments, variables)', () => {
        for (const doc of documents) {
            const ast = parse(doc.text);
            expect(ast.definitions.length).toBeGreaterThan(0);
            if (ast.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION))
                expect({ doc: doc.name, problems: documentProblems(ast) }).toEqual({ doc: doc.name, problems: [] });
        }
        expect(operations.filter((o) => o.type === 'query').length).toBeGreaterThan(0);
    });

    it('reports a document the org would refuse', () => {
        expect(documentProblems(parse('query Q($id: ID) { uiapi { query { Account { edges { node { ...Missing } } } } } }'))).toEqual(
            expect.arrayContaining(['Unknown fragment "Missing".', 'Variable "$id" is never used in operation "Q".'])
        );
    });

    it("gives the text each module builds, loaded the other way (the .ts through the Jest harness's Babel, not the built .js)", () => {
        const checked: string[] = [];
        for (const file of [...new Set(documents.map((d) => d.file))]) {
            jest.isolateModules(() => {
                jest.doMock('lightning/graphql', () => ({ gql, graphql: class {}, executeMutation: jest.fn() }), { virtual: true });
                for (const built of sources) {
                    const source = tsOf(built);
                    const bundle = relative(LWC, source).split(/[\\/]/)[0]!;
                    if (source.endsWith(`${bundle}.ts`)) jest.doMock(`c/${bundle}`, () => jest.requireActual(source), { virtual: true });
                    for (const m of readFileSync(source, 'utf8').matchAll(/from '(@salesforce\/[^']+)'/g)) {
                        jest.doMock(
                            m[1]!,
                            () => ({
                                __esModule: true,
                                default: m[1]!.endsWith('/locale') ? 'en-US' : m[1]!.endsWith('/timeZone') ? 'UTC' : m[1]
                            }),
                            { virtual: true }
                        );
                    }
                }
                const exports = jest.requireActual<Record<string, unknown>>(join(REPO_ROOT, tsOf(file)));
                for (const doc of documents.filter((d) => d.file === file)) {
                    expect({ name: doc.name, text: String(exports[doc.name]) }).toEqual({ name: doc.name, text: doc.text });
                    checked.push(doc.name);
                }
            });
        }
        expect(checked).toHaveLength(documents.length);
    });
});

describe('variables for each query, from the seeded records', () => {
    const queries = operations.filter((o) => o.type === 'query');
    const op = (name: string): GqlOperation => queries.find((q) => q.name === name)!;

    it('every query can be run: its record-id variable maps to one object, its other variables come from the component', () => {
        for (const query of queries) {
            const plan = planVariables(query, model, '2026-03-15');
            expect({ query: query.document.name, problem: plan.problem }).toEqual({ query: query.document.name, problem: undefined });
            expect(plan.from).toMatch(/Variables\(\)$|inferred/);
        }
    });

    it('the Opportunity panel query runs per seeded Opportunity, with exactly what opportunityOutcomesVariables returns', () => {
        const query = op('OpportunityOutcomes');
        const plan = planVariables(query, model, '2026-03-15');
        expect(plan.object).toBe('Opportunity');
        expect(plan.from).toBe('opportunityOutcomesVariables()');
        const builder = query.document.moduleExports.opportunityOutcomesVariables as (id: string) => unknown;
        expect(plan.build('006000000000001AAA')).toEqual(builder('006000000000001AAA'));
        expect(plan.build('006000000000001AAA')).toMatchObject({ recordId: '006000000000001AAA' });
        const body = graphqlBody(query, plan.build('006000000000001AAA'));
        expect(body.query).toBe(query.document.text);
        expect(body).not.toHaveProperty('operationName');
    });

    it('maps record-id variables through where paths, relationships and semi-joins', () => {
        expect(idVariableObject(model, 'Opportunity', ['where', 'Id', 'eq'])).toBe('Opportunity');
        expect(idVariableObject(model, 'Customer_KPI__c', ['where', 'Customer_Goal__r', 'Originating_Opportunity__c', 'eq'])).toBe(
            'Opportunity'
        );
        expect(idVariableObject(model, 'KPI_Measurement__c', ['where', 'Customer_KPI__r', 'Customer_Goal__r', 'Account__c', 'eq'])).toBe(
            'Account'
        );
        expect(idVariableObject(model, 'Contact', ['where', 'AccountId', 'inq', 'Opportunity', 'Id', 'eq'])).toBe('Opportunity');
        expect(idVariableObject(model, 'Opportunity', ['where', 'AccountId', 'eq'])).toBe('Account');
        expect(idVariableObject(model, 'Opportunity', ['first'])).toBeUndefined();
    });

    it('infers variables when the component exports no builder, and says what is missing otherwise', () => {
        const synthetic = (text: string): GqlOperation =>
            operationsOf([{ file: 'x.ts', bundle: 'x', name: 'X', text, moduleExports: {} }])[0]!;
        const ok = planVariables(
            synthetic(
                'query Goals($id: ID, $n: Int) { uiapi { query { Customer_Goal__c(where: { Account__c: { eq: $id } }, first: $n) { edges { node { Id } } } } } }'
            ),
            model,
            '2026-03-15'
        );
        expect(ok).toMatchObject({ object: 'Account', from: 'inferred from the document' });
        expect(ok.build('001000000000001AAA')).toEqual({ id: '001000000000001AAA', n: 50 });
        const missing = planVariables(
            synthetic('query S($s: String!) { uiapi { query { Account(where: { Name: { eq: $s } }) { edges { node { Id } } } } } }'),
            model,
            '2026-03-15'
        );
        expect(missing.problem).toMatch(/\$s: String! cannot be inferred: export sVariables\(\) beside the query/);
        const unknown = planVariables(
            synthetic('query U($id: ID) { uiapi { query { Account(where: { Name: { eq: $id } }) { edges { node { Id } } } } } }'),
            model,
            '2026-03-15'
        );
        expect(unknown.problem).toMatch(/cannot tell which object's id it holds/);
    });

    it('checks that the seeded record came back', () => {
        const query = op('OpportunityOutcomes');
        expect(rootEdges(query, { uiapi: { query: { Opportunity: { edges: [{}] } } } })).toEqual({ object: 'Opportunity', count: 1 });
        expect(rootEdges(query, { uiapi: { query: { Opportunity: { edges: [] } } } })).toEqual({ object: 'Opportunity', count: 0 });
        expect(rootEdges(op('FollowUpsDue'), { uiapi: { query: {} } })).toBeUndefined();
    });
});
