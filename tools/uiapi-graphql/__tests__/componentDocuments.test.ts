import { join, resolve } from 'node:path';
import { resolveAndValidateGraphQLConfig } from '@salesforce/lds-luvio-onestore-graphql-parser';
import { getVariableValues, Kind, parse, print, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { loadProject } from '../../../core/metadata/project';
import { scanComponentSource } from '../../verifier/refs/component-sources';
import { componentModules } from '../../../core/components/modules';
import { componentDocuments, type ComponentDocument } from '../componentDocuments';
import { picklistVariables } from '../picklistValues';
import { platformGql, resolvePlatformDocument } from '../../../core/uiapi/platformParser';
import { packageAccess, uiapiSchemaOf } from '../schema';
import { checkDocument, FRAGMENT_LIBRARY_RULES, isFragmentLibrary } from '../validate';

/**
 * Every document the components can send, built by their own code with the platform's `gql`
 * (LDS onestore parser), parses and validates with 0 errors against the schema the preview serves
 * (generated from the metadata, with the package's permission sets), and the variables their
 * builders return are valid for it. Planted mistakes in copies are caught.
 */

const ROOT = resolve(__dirname, '..', '..', '..');
const LWC = join(ROOT, 'force-app', 'main', 'default', 'lwc');
const model = loadProject(join(ROOT, 'force-app', 'main', 'default'));
const schema = uiapiSchemaOf(model, { access: packageAccess(model) });
const documents = componentDocuments(ROOT);

function documentOf(doc: ComponentDocument): DocumentNode {
    const resolved = resolvePlatformDocument(doc.reference);
    if (!resolved || 'error' in resolved) throw new Error(`${doc.name}: ${resolved ? resolved.error.message : 'not a gql reference'}`);
    return resolved.document;
}

function operationOf(document: DocumentNode): OperationDefinitionNode {
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    if (!operation) throw new Error('no operation');
    return operation;
}

/** Everything wrong with a document as sent: parse, validation, its variables (types and picklist values). */
function problems(text: string, variables?: Record<string, unknown>): string[] {
    const checked = checkDocument(schema, text);
    if (!checked.ok) return checked.errors.map((e) => e.error.message);
    if (!variables) return [];
    const coerced = getVariableValues(schema.graphql, operationOf(checked.document).variableDefinitions ?? [], variables);
    return [
        ...(coerced.errors ?? []).map((e) => e.message),
        ...picklistVariables(schema.store, checked.document, variables).map((p) => `${p.object}.${p.field}: bad value ${p.value}`)
    ];
}

/**
 * A fragment library is never sent alone: the platform's gql appends it to the operations that
 * interpolate it. Checked on its own, with the other libraries' fragments it spreads appended.
 */
function libraryProblems(document: DocumentNode): string[] {
    const own = new Set(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [d.name.value] : [])));
    const others = documents
        .filter((d) => d.sentAs === 'fragments')
        .flatMap((d) => documentOf(d).definitions)
        .filter((d) => d.kind === Kind.FRAGMENT_DEFINITION && !own.has(d.name.value));
    const checked = checkDocument(schema, print(document), { appended: others, without: FRAGMENT_LIBRARY_RULES });
    return checked.errors.map((e) => e.error.message);
}

describe('the documents the components send', () => {
    it('are every document the component sources write (no gql literal is missed)', () => {
        // Operation and fragment names in the sources' gql literals (interpolations blanked), against those enumerated.
        const written = new Set<string>();
        for (const file of componentModules(LWC))
            for (const literal of scanComponentSource(file).literals)
                for (const definition of parse(literal.text).definitions)
                    if ('name' in definition && definition.name) written.add(definition.name.value);
        const enumerated = new Set(
            documents.flatMap((d) => documentOf(d).definitions.flatMap((x) => ('name' in x && x.name ? [x.name.value] : [])))
        );
        expect([...written].filter((name) => !enumerated.has(name))).toEqual([]);
        expect(written.size).toBeGreaterThan(10);
    });

    it('are listed', () => {
        expect(documents.map((d) => `${d.name} (${d.sentAs})`)).toEqual([
            'outcomesMutations.CREATE_GOAL_MUTATION (executeMutation)',
            'outcomesMutations.CREATE_KPI_MUTATION (executeMutation)',
            'outcomesMutations.MARK_FOLLOW_UP_COMPLETE_MUTATION (executeMutation)',
            'outcomesMutations.REOPEN_FOLLOW_UP_MUTATION (executeMutation)',
            'outcomesMutations.RECORD_MEASUREMENT_MUTATION (executeMutation)',
            'outcomesMutations.saveGoalMutation (executeMutation)',
            'outcomesMutations.saveKpiMutation (executeMutation)',
            'outcomesMutations.markFollowUpCompleteMutation (executeMutation)',
            'outcomesMutations.markFollowUpCompleteMutation (with a reason) (executeMutation)',
            'outcomesMutations.reopenFollowUpMutation (executeMutation)',
            'outcomesMutations.recordMeasurementMutation (executeMutation)',
            'outcomesMutations.logCheckInMutation (0 readings, blank optional fields) (executeMutation)',
            'outcomesMutations.logCheckInMutation (0 readings, every field) (executeMutation)',
            'outcomesMutations.logCheckInMutation (1 reading, blank optional fields) (executeMutation)',
            'outcomesMutations.logCheckInMutation (1 reading, every field) (executeMutation)',
            'outcomesMutations.logCheckInMutation (2 readings, blank optional fields) (executeMutation)',
            'outcomesMutations.logCheckInMutation (2 readings, every field) (executeMutation)',
            'outcomesMutations.logCheckInMutation (3 readings, blank optional fields) (executeMutation)',
            'outcomesMutations.logCheckInMutation (3 readings, every field) (executeMutation)',
            'outcomesQueries.CONTACT_FIELDS (fragments)',
            'outcomesQueries.GOAL_FIELDS (fragments)',
            'outcomesQueries.KPI_FIELDS (fragments)',
            'outcomesQueries.CHECK_IN_FIELDS (fragments)',
            'outcomesQueries.FOLLOW_UP_FIELDS (fragments)',
            'outcomesQueries.OPPORTUNITY_OUTCOMES_QUERY (wire)',
            'outcomesQueries.MEASUREMENT_FIELDS (fragments)',
            'outcomesQueries.ACCOUNT_OUTCOMES_QUERY (wire)',
            'outcomesQueries.MY_FOLLOW_UPS_DUE_QUERY (wire)',
            'outcomesQueries.TEAM_FOLLOW_UPS_DUE_QUERY (wire)'
        ]);
        // Built per call twice with the same readings, a document is the same (nothing accumulates in the parser's cache).
        const sameShape = documents.filter((d) => d.name.includes('logCheckInMutation (2 readings'));
        expect(sameShape.map((d) => documentOf(d).definitions.length)).toEqual([1, 1]);
        // The per-call check-in documents differ by their readings: one operation each, chained with @{checkIn}.
        const checkIn = documents.filter((d) => d.name.includes('logCheckInMutation (3 readings'));
        expect(print(documentOf(checkIn[0]!)).match(/KPI_Measurement__cCreate/g)).toHaveLength(3);
        expect(print(documentOf(checkIn[0]!))).toContain('Check_In__c: "@{checkIn}"');
    });

    it.each(documents.map((d) => [d.name, d] as const))('%s parses with the platform parser and validates with 0 errors', (_name, doc) => {
        const document = documentOf(doc);
        // The platform's binding accepts it for how it is sent (the wire takes queries only).
        if (doc.sentAs !== 'fragments') {
            const accepted = resolveAndValidateGraphQLConfig(
                { query: doc.reference as never, operationName: doc.operationName },
                { acceptedOperations: [doc.sentAs === 'wire' ? 'query' : 'mutation'] }
            );
            expect(accepted?.isOk()).toBe(true);
        }
        // What travels to the server is the printed document (the org's adapter prints it; the preview's client sends text).
        if (doc.sentAs === 'fragments') expect(isFragmentLibrary(document) && libraryProblems(document)).toEqual([]);
        else expect(problems(print(document), doc.variables)).toEqual([]);
        if (doc.sentAs === 'wire') expect(doc.variables).toBeDefined();
    });
});

describe('a planted mistake in a copy is caught', () => {
    const byName = (name: string): ComponentDocument => {
        const found = documents.find((d) => d.name === name);
        if (!found) throw new Error(`no document ${name}`);
        return found;
    };
    const opportunity = print(documentOf(byName('outcomesQueries.OPPORTUNITY_OUTCOMES_QUERY')));
    const checkIn = byName('outcomesMutations.logCheckInMutation (2 readings, every field)');
    const checkInText = print(documentOf(checkIn));

    it('a misspelt field', () => {
        const bad = opportunity.replace('Follow_Up_Status__c {', 'Follow_Up_Statuss__c {');
        expect(bad).not.toBe(opportunity);
        expect(problems(bad)).toEqual([
            "Validation error of type FieldUndefined: Field 'Follow_Up_Statuss__c' in type 'Opportunity' is undefined @ 'Follow_Up_Statuss__c'"
        ]);
    });

    it('a misspelt field in a fragment library', () => {
        const goalFields = documentOf(byName('outcomesQueries.GOAL_FIELDS'));
        const bad = parse(print(goalFields).replace('Why_It_Matters__c', 'Why_It_Maters__c'));
        expect(libraryProblems(bad)).toEqual([
            "Validation error of type FieldUndefined: Field 'Why_It_Maters__c' in type 'Customer_Goal__c' is undefined @ 'Why_It_Maters__c'"
        ]);
    });

    it('bad syntax, rejected by the platform parser and its gql tag', () => {
        const bad = opportunity.replace('first: 1)', 'first: 1');
        expect(problems(bad)).toEqual([expect.stringMatching(/^Invalid Syntax : Expected Name, found "\{"\. at line \d+ column \d+$/)]);
        expect(resolvePlatformDocument(platformGql(bad))).toEqual({
            error: expect.objectContaining({ message: expect.stringMatching(/^Syntax Error/) })
        });
    });

    it('an unknown argument', () => {
        const bad = opportunity.replace('Customer_Goals__r(first: $goalLimit', 'Customer_Goals__r(frist: $goalLimit');
        expect(problems(bad)).toContain(
            "Validation error of type UnknownArgument: Unknown field argument frist @ 'uiapi/query/Opportunity/edges/node/Customer_Goals__r'"
        );
    });

    it('a misspelt field in a per-call mutation', () => {
        const bad = checkInText.replace('Customer_KPI__c: $m1Kpi', 'Customer_KPIs__c: $m1Kpi');
        expect(bad).not.toBe(checkInText);
        expect(problems(bad).join('\n')).toMatch(
            /Validation error of type WrongType: .*contains a field not in 'KPI_Measurement__cCreateRepresentation': 'Customer_KPIs__c'/
        );
    });

    it('variables the document does not accept, and a picklist value outside its restricted set', () => {
        expect(problems(checkInText, { ...checkIn.variables, m0Value: 'ten' })).toEqual([
            expect.stringMatching(/^Variable "\$m0Value" got invalid value "ten"/)
        ]);
        const variables = checkIn.variables as { checkIn: { Success_Check_In__c: Record<string, unknown> } };
        const badType = { ...variables, checkIn: { Success_Check_In__c: { ...variables.checkIn.Success_Check_In__c, Type__c: 'Phone' } } };
        expect(problems(checkInText, badType)).toEqual(['Success_Check_In__c.Type__c: bad value Phone']);
    });

    it('a document with an interpolated fragment built per call (the platform gql appends the fragment again to its cached document)', () => {
        // @salesforce/lds-luvio-onestore-graphql-parser 1.460.0: gql caches documents by their text and
        // pushes interpolated definitions into the cached one, so the second build holds the fragment twice.
        // The components build such documents once, at module load (MY_/TEAM_FOLLOW_UPS_DUE_QUERY).
        const fragment = byName('outcomesQueries.FOLLOW_UP_FIELDS').reference;
        const build = (): object =>
            platformGql(['query Twice { uiapi { query { Opportunity { edges { node { ...FollowUpFields } } } } } }', ''], fragment);
        const once = print(documentOf({ ...checkIn, reference: build() }));
        expect(problems(once)).toEqual([]);
        const twice = print(documentOf({ ...checkIn, reference: build() }));
        expect(problems(twice)).toEqual([expect.stringContaining('There can be only one fragment named "FollowUpFields"')]);
    });

    it('a mutation handed to the wire (the platform binding takes queries there)', () => {
        expect(() => resolveAndValidateGraphQLConfig({ query: checkIn.reference as never }, { acceptedOperations: ['query'] })).toThrow(
            'Mutation operations are not supported in this context'
        );
    });
});
