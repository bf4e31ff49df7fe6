import { getNamedType, GraphQLInputObjectType, GraphQLNonNull, GraphQLObjectType } from 'graphql';
import { openStore, removeTempDirs, run, type TestStore } from './support';

describe('GraphQL schema generated from the metadata', () => {
    let t: TestStore;
    beforeAll(() => {
        t = openStore({ dataFile: null });
    });
    afterAll(removeTempDirs);

    it('has a type per object with fields, parent and child relationships from the XML', () => {
        const kpi = t.engine.schema.getType('Customer_KPI__c') as GraphQLObjectType;
        const fields = kpi.getFields();
        expect(fields.Progress__c?.type.toString()).toBe('PercentValue');
        expect(fields.Current_As_Of__c?.type.toString()).toBe('DateValue');
        expect(fields.Customer_Goal__c?.type.toString()).toBe('IDValue');
        expect(fields.Customer_Goal__r?.type.toString()).toBe('Customer_Goal__c');
        expect(fields.Measurements__r?.type.toString()).toBe('KPI_Measurement__cConnection');
        expect(fields.Measurements__r?.args.map((a) => a.name)).toEqual(['first', 'after', 'where', 'orderBy', 'upperBound']);
        expect(kpi.getInterfaces().map((i) => i.name)).toEqual(['Record']);
        const opportunity = t.engine.schema.getType('Opportunity') as GraphQLObjectType;
        expect(opportunity.getFields().Amount?.type.toString()).toBe('CurrencyValue');
        expect(opportunity.getFields().Success_Check_Ins__r).toBeDefined();
        expect(opportunity.getFields().Account?.type.toString()).toBe('Account');
    });

    it('names the mutation types as the org does; only writable fields are inputs, required ones non-null', () => {
        const create = t.engine.schema.getType('Success_Check_In__cCreateRepresentation') as GraphQLInputObjectType;
        const fields = create.getFields();
        expect(fields.Summary__c?.type).toBeInstanceOf(GraphQLNonNull);
        expect(fields.Summary__c?.type.toString()).toBe('LongTextArea!');
        expect(fields.Opportunity__c?.type.toString()).toBe('IdOrRef!');
        // A default (TODAY()) fills it, so it is optional on create.
        expect(fields.Check_In_Date__c?.type.toString()).toBe('Date');
        expect(fields.Name).toBeUndefined();
        const update = (t.engine.schema.getType('Success_Check_In__cUpdateRepresentation') as GraphQLInputObjectType).getFields();
        // Master-detail that is not reparentable cannot be changed.
        expect(update.Opportunity__c).toBeUndefined();
        const kpiCreate = (t.engine.schema.getType('Customer_KPI__cCreateRepresentation') as GraphQLInputObjectType).getFields();
        expect(kpiCreate.Progress__c).toBeUndefined();
        expect(kpiCreate.Measurement_Count__c).toBeUndefined();
        // Read-only by the package's permission sets (the Apex rule maintains it).
        expect(kpiCreate.Current_Value__c).toBeUndefined();
        const updateInput = (t.engine.schema.getType('Customer_KPI__cUpdateInput') as GraphQLInputObjectType).getFields();
        expect(updateInput.Id?.type.toString()).toBe('IdOrRef!');
        expect(getNamedType(updateInput.Customer_KPI__c!.type).name).toBe('Customer_KPI__cUpdateRepresentation');
        expect(t.engine.schema.getType('RecordDeleteInput')).toBeDefined();
        const mutations = t.engine.schema.getType('UIAPIMutations') as GraphQLObjectType;
        expect(mutations.getFields().KPI_Measurement__cDelete?.type.toString()).toBe('RecordDeletePayload');
    });

    it('refuses a missing field with the org message and path', () => {
        const response = run(t.engine, 'query { uiapi { query { Opportunity { edges { node { Id Foo__c { value } } } } } } }');
        expect(response.data).toBeUndefined();
        expect(response.errors).toEqual([
            {
                message:
                    "Validation error of type FieldUndefined: Field 'Foo__c' in type 'Opportunity' is undefined @ 'uiapi/query/Opportunity/edges/node/Foo__c'",
                locations: [{ line: 1, column: 57 }],
                extensions: { classification: 'ValidationError' }
            }
        ]);
    });

    it('refuses a missing object and a missing child relationship', () => {
        const object = run(t.engine, 'query { uiapi { query { Goal__c { edges { node { Id } } } } } }');
        expect(object.errors?.[0]?.message).toBe(
            "Validation error of type FieldUndefined: Field 'Goal__c' in type 'RecordQuery' is undefined @ 'uiapi/query/Goal__c'"
        );
        const child = run(
            t.engine,
            'query { uiapi { query { Customer_Goal__c { edges { node { Id Measurements__r { totalCount } } } } } } }'
        );
        expect(child.errors?.[0]?.message).toBe(
            "Validation error of type FieldUndefined: Field 'Measurements__r' in type 'Customer_Goal__c' is undefined @ 'uiapi/query/Customer_Goal__c/edges/node/Measurements__r'"
        );
    });

    it('allows one level of child relationships, as the wire adapter does', () => {
        const nested = run(
            t.engine,
            'query { uiapi { query { Customer_Goal__c { edges { node { KPIs__r { edges { node { Measurements__r { totalCount } } } } } } } } } }'
        );
        expect(nested.errors?.[0]?.message).toBe(
            "Validation error of type ValidationError: Child relationship Measurements__r is nested in another child relationship: the GraphQL wire adapter supports one level of child relationships @ 'uiapi/query/Customer_Goal__c/edges/node/KPIs__r/edges/node/Measurements__r'"
        );
        const parents = run(
            t.engine,
            'query { uiapi { query { KPI_Measurement__c(first: 1) { edges { node { Customer_KPI__r { Customer_Goal__r { Account__r { Owner { Name { value } } } } } } } } } } }'
        );
        expect(parents.errors).toBeUndefined();
    });

    it('refuses unknown arguments, filter fields and sub-selections on leaf values', () => {
        const argument = run(t.engine, 'query { uiapi { query { Account(limit: 5) { edges { node { Id } } } } } }');
        expect(argument.errors?.[0]?.message).toBe(
            "Validation error of type UnknownArgument: Unknown field argument limit @ 'uiapi/query/Account'"
        );
        const filter = run(t.engine, 'query { uiapi { query { Account(where: { Foo__c: { eq: "x" } }) { edges { node { Id } } } } } }');
        expect(filter.errors?.[0]?.message).toContain("contains a field not in 'Account_Filter': 'Foo__c'");
        const leaf = run(t.engine, 'query { uiapi { query { Account { edges { node { Name } } } } } }');
        expect(leaf.errors?.[0]?.message).toBe(
            "Validation error of type SubSelectionRequired: Sub selection required for type StringValue of field Name @ 'uiapi/query/Account/edges/node/Name'"
        );
    });

    // Payload fields as documented (Record, success): mutationPayloads.test.ts. A field no payload has is undefined.
    it('update payloads have no Id of their own (only RecordDeletePayload does)', () => {
        const response = run(t.engine, 'mutation { uiapi { AccountUpdate(input: { Id: "001000000000000AAA", Account: {} }) { Id } } }');
        expect(response.errors?.[0]?.message).toBe(
            "Validation error of type FieldUndefined: Field 'Id' in type 'AccountUpdatePayload' is undefined @ 'uiapi/AccountUpdate/Id'"
        );
    });

    it('reports syntax errors as the org does', () => {
        const response = run(t.engine, 'query { uiapi { query { Account { edges { node { Id } } } }');
        expect(response.errors?.[0]?.message).toMatch(/^Invalid Syntax : Expected Name, found <EOF>\. at line 1 column \d+$/);
        expect(response.errors?.[0]?.extensions).toEqual({ classification: 'InvalidSyntax' });
    });

    it('leaves out @optional fields the schema lacks instead of failing', () => {
        const response = run(
            t.engine,
            'query { uiapi { query { Account(first: 1) { edges { node { Id Secret__c @optional { value } Name @optional { value } } } } } } }'
        );
        expect(response.errors).toBeUndefined();
        const node = response.data.uiapi.query.Account.edges[0].node;
        expect(Object.keys(node)).toEqual(['Id', 'Name']);
    });
});
