/* eslint-disable @typescript-eslint/no-explicit-any -- assertions walk GraphQL JSON responses */
import type { GraphQLInputObjectType, GraphQLObjectType } from 'graphql';
import { createGraphQLEngine } from '../graphql/execute';
import { checkHiddenFields, hiddenFields, parseHiddenFields, resetHiddenFields, setHiddenFields } from '../graphql/hiddenFields';
import { openStore, removeTempDirs, run, type TestStore, useTestServer } from './support';

// Never touch the developer's saved preview data from a test.
process.env.PREVIEW_DATA_FILE ??= 'memory';

const GOAL_QUERY = (cost: string) =>
    `query { uiapi { query { Customer_Goal__c(first: 1, orderBy: { Name: { order: ASC } }) { edges { node { Id Name { value } ${cost} } } } } } }`;

describe('a preview user without access to some fields (PREVIEW_HIDDEN_FIELDS, /__preview/access)', () => {
    let t: TestStore;
    let hidden: string[] = [];
    beforeAll(() => {
        t = openStore({ dataFile: null });
    });
    afterAll(removeTempDirs);
    const engine = () => createGraphQLEngine(t.store, { hiddenFields: () => hidden, log: () => undefined });

    it('reads the list from the environment', () => {
        expect(parseHiddenFields(' Customer_Goal__c.Cost_Of_Inaction__c, ,Opportunity.Amount ')).toEqual([
            'Customer_Goal__c.Cost_Of_Inaction__c',
            'Opportunity.Amount'
        ]);
        expect(parseHiddenFields(undefined)).toEqual([]);
    });

    it('refuses names that are not fields of the model, and Id', () => {
        expect(checkHiddenFields(t.store.schema, ['Opportunity.Amount', 'customer_goal__c.cost_of_inaction__c'])).toEqual([]);
        expect(checkHiddenFields(t.store.schema, ['Opportunity', 'Nope__c.X', 'Opportunity.Nope__c', 'Opportunity.Id'])).toEqual([
            '"Opportunity" is not Object.Field.',
            '"Nope__c.X": no object Nope__c.',
            '"Opportunity.Nope__c": Opportunity has no field Nope__c.',
            '"Opportunity.Id": Id is always readable.'
        ]);
    });

    it('fails a query naming a hidden field as the org does, and leaves out an @optional one', () => {
        hidden = [];
        const e = engine();
        const before = run(e, GOAL_QUERY('Cost_Of_Inaction__c { value }'));
        expect(before.errors).toBeUndefined();
        expect(Object.keys(before.data.uiapi.query.Customer_Goal__c.edges[0].node)).toEqual(['Id', 'Name', 'Cost_Of_Inaction__c']);

        hidden = ['Customer_Goal__c.Cost_Of_Inaction__c'];
        const refused = run(e, GOAL_QUERY('Cost_Of_Inaction__c { value }'));
        expect(refused.data).toBeUndefined();
        expect(refused.errors?.[0]?.message).toBe(
            "Validation error of type FieldUndefined: Field 'Cost_Of_Inaction__c' in type 'Customer_Goal__c' is undefined @ 'uiapi/query/Customer_Goal__c/edges/node/Cost_Of_Inaction__c'"
        );
        const optional = run(e, GOAL_QUERY('Cost_Of_Inaction__c @optional { value }'));
        expect(optional.errors).toBeUndefined();
        expect(Object.keys(optional.data.uiapi.query.Customer_Goal__c.edges[0].node)).toEqual(['Id', 'Name']);

        hidden = [];
        expect(
            Object.keys(run(e, GOAL_QUERY('Cost_Of_Inaction__c @optional { value }')).data.uiapi.query.Customer_Goal__c.edges[0].node)
        ).toEqual(['Id', 'Name', 'Cost_Of_Inaction__c']);
    });

    it('still reads parents and children of an object that lost a field', () => {
        hidden = ['Contact.Title', 'Customer_Goal__c.Category__c'];
        const response = run(
            engine(),
            'query { uiapi { query { Opportunity(first: 50) { edges { node { Id Account { Name { value } } OpportunityContactRoles { edges { node { Contact { Name { value } Title @optional { value } } } } } Customer_Goals__r { edges { node { Name { value } Category__c @optional { value } } } } } } } } } }'
        );
        expect(response.errors).toBeUndefined();
        const nodes = response.data.uiapi.query.Opportunity.edges.map((e: any) => e.node);
        const contacts = nodes.flatMap((n: any) => n.OpportunityContactRoles.edges.map((e: any) => e.node.Contact));
        expect(contacts.length).toBeGreaterThan(0);
        expect(contacts.every((c: any) => typeof c.Name.value === 'string' && !('Title' in c))).toBe(true);
        expect(nodes.flatMap((n: any) => n.Customer_Goals__r.edges).length).toBeGreaterThan(0);
    });

    it('takes a hidden field out of filters, ordering and mutation inputs too; a hidden lookup takes its relationships', () => {
        hidden = ['Opportunity.Amount', 'Success_Check_In__c.Customer_Contact__c'];
        const e = engine();
        const opportunity = e.schema.getType('Opportunity') as GraphQLObjectType;
        expect(opportunity.getFields().Amount).toBeUndefined();
        expect(opportunity.getFields().StageName).toBeDefined();
        expect((e.schema.getType('Opportunity_Filter') as GraphQLInputObjectType).getFields().Amount).toBeUndefined();
        expect((e.schema.getType('Opportunity_OrderBy') as GraphQLInputObjectType).getFields().Amount).toBeUndefined();
        const update = (schema: typeof t.engine.schema) =>
            (schema.getType('OpportunityUpdateRepresentation') as GraphQLInputObjectType).getFields();
        expect(update(t.engine.schema).Amount).toBeDefined();
        expect(update(e.schema).Amount).toBeUndefined();
        const checkIn = (e.schema.getType('Success_Check_In__c') as GraphQLObjectType).getFields();
        expect(checkIn.Customer_Contact__c).toBeUndefined();
        expect(checkIn.Customer_Contact__r).toBeUndefined();
        expect(checkIn.Summary__c).toBeDefined();
        const filtered = run(e, 'query { uiapi { query { Opportunity(where: { Amount: { gt: 0 } }) { edges { node { Id } } } } } }');
        expect(filtered.data).toBeUndefined();
        expect(filtered.errors?.length).toBeGreaterThan(0);
        // The store still holds every field: hiding is about the user's schema, not the data.
        hidden = [];
        expect(
            run(e, 'query { uiapi { query { Opportunity(where: { Amount: { gt: 0 } }, first: 1) { edges { node { Id } } } } } }').errors
        ).toBeUndefined();
    });
});

describe('POST /__preview/access', () => {
    const running = useTestServer(() => resetHiddenFields({}));
    const post = (path: string, body?: unknown) =>
        fetch(new URL(path, running.server.url), {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: body === undefined ? undefined : JSON.stringify(body)
        });
    const amountQuery = (directive: string) =>
        post('/graphql', {
            query: `query { uiapi { query { Opportunity(first: 1) { edges { node { Id Amount ${directive} { value } } } } } } }`
        }).then(
            (r) =>
                r.json() as Promise<{
                    data?: { uiapi: { query: { Opportunity: { edges: { node: Record<string, unknown> }[] } } } };
                    errors?: unknown[];
                }>
        );

    it('hides the fields from the next request on, and POST /__preview/reset restores them', async () => {
        const set = await post('/__preview/access', { hiddenFields: ['Opportunity.Amount'] });
        expect(set.status).toBe(200);
        expect(await set.json()).toEqual({ hiddenFields: ['Opportunity.Amount'], permissionSets: ['Customer_Outcomes_User'] });
        expect(await (await fetch(new URL('/__preview/access', running.server.url))).json()).toEqual({
            hiddenFields: ['Opportunity.Amount'],
            permissionSets: ['Customer_Outcomes_User']
        });

        const refused = await amountQuery('');
        expect(refused.data).toBeUndefined();
        expect(JSON.stringify(refused.errors)).toContain("Field 'Amount' in type 'Opportunity' is undefined");
        const optional = await amountQuery('@optional');
        expect(optional.errors).toBeUndefined();
        expect(Object.keys(optional.data?.uiapi.query.Opportunity.edges[0]?.node ?? {})).toEqual(['Id']);

        expect((await post('/__preview/reset')).status).toBe(200);
        expect(hiddenFields()).toEqual([]);
        const restored = await amountQuery('');
        expect(restored.errors).toBeUndefined();
        expect(Object.keys(restored.data?.uiapi.query.Opportunity.edges[0]?.node ?? {})).toEqual(['Id', 'Amount']);
    });

    it('refuses a body that does not name fields of the model, changing nothing', async () => {
        setHiddenFields([]);
        for (const body of [
            { hiddenFields: ['Opportunity.Nope__c'] },
            { hiddenFields: 'Opportunity.Amount' },
            ['Opportunity.Amount'],
            {},
            { permissionSets: ['Customer_Outcomes_Nope'] },
            { permissionSets: 'Customer_Outcomes_Manager' },
            { hiddenFields: ['Opportunity.Amount'], permissionSets: ['Nope'] }
        ]) {
            const response = await post('/__preview/access', body);
            expect(response.status).toBe(400);
            expect(((await response.json()) as { error: string }).error).toBeTruthy();
        }
        const broken = await fetch(new URL('/__preview/access', running.server.url), { method: 'POST', body: '{' });
        expect(broken.status).toBe(400);
        expect(hiddenFields()).toEqual([]);
        expect(await (await fetch(new URL('/__preview/access', running.server.url))).json()).toEqual({
            hiddenFields: [],
            permissionSets: ['Customer_Outcomes_User']
        });
    });

    it('plays another permission set tier: the custom permissions its XML enables reach the validation rules', async () => {
        const kpiQuery = await post('/graphql', {
            query: `query { uiapi { query { Customer_KPI__c(where: { Name: { eq: "Job-to-invoice time" } }) { edges { node { Id } } } } } }`
        });
        const kpiId = ((await kpiQuery.json()) as any).data.uiapi.query.Customer_KPI__c.edges[0].node.Id as string;
        const changeTarget = async (value: number) =>
            (await (
                await post('/graphql', {
                    query: 'mutation($input: Customer_KPI__cUpdateInput!) { uiapi { Customer_KPI__cUpdate(input: $input) { Record { Id Target_Value__c { value } Rebased_On__c { value } Rebased_By__c { value } } } } }',
                    variables: { input: { Id: kpiId, Customer_KPI__c: { Target_Value__c: value } } }
                })
            ).json()) as any;

        const asRep = await changeTarget(2);
        expect(asRep.data?.uiapi?.Customer_KPI__cUpdate ?? null).toBeNull();
        expect(JSON.stringify(asRep.errors)).toContain('This deal is won: only a manager can change the target now.');

        const set = await post('/__preview/access', { permissionSets: ['Customer_Outcomes_Manager'] });
        expect(await set.json()).toEqual({ hiddenFields: [], permissionSets: ['Customer_Outcomes_Manager'] });
        const asManager = await changeTarget(2);
        expect(asManager.errors).toBeUndefined();
        expect(asManager.data.uiapi.Customer_KPI__cUpdate.Record).toMatchObject({
            Target_Value__c: { value: 2 },
            Rebased_On__c: { value: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) },
            Rebased_By__c: { value: expect.stringMatching(/^005/) }
        });

        expect((await post('/__preview/reset')).status).toBe(200);
        expect(await (await fetch(new URL('/__preview/access', running.server.url))).json()).toEqual({
            hiddenFields: [],
            permissionSets: ['Customer_Outcomes_User']
        });
    });
});
