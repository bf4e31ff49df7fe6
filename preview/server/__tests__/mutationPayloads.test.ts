/**
 * Mutation payload types against the GraphQL API Developer Guide (API 66):
 * - "Mutations Schema" (https://developer.salesforce.com/docs/platform/graphql/guide/mutations-schema.html):
 *   `<Object>CreatePayload` returns a `Record`;
 * - "Update a Record" (https://developer.salesforce.com/docs/platform/graphql/guide/mutations-update.html):
 *   `<Object>UpdatePayload` has `Record` (v66.0 and later) and `success` (v59–65);
 * - "Delete a Record" / Data SDK "GraphQL Mutate Parameters": a delete returns only the `Id`
 *   (`RecordDeletePayload { Id }`).
 */
import { openStore, recordNamed, removeTempDirs, run, type TestStore } from './support';

function fieldsOf(t: TestStore, typeName: string): string[] {
    const response = run(t.engine, `query { __type(name: "${typeName}") { fields { name } } }`);
    const fields = (response.data?.__type?.fields ?? []) as { name: string }[];
    return fields.map((f) => f.name).sort();
}

describe('GraphQL mutation payloads (API 66)', () => {
    let t: TestStore;
    beforeEach(() => {
        t = openStore();
    });
    afterAll(removeTempDirs);

    it('names the payload types and their fields as the guide does', () => {
        expect(fieldsOf(t, 'OpportunityCreatePayload')).toEqual(['Record']);
        expect(fieldsOf(t, 'OpportunityUpdatePayload')).toEqual(['Record', 'success']);
        expect(fieldsOf(t, 'Customer_Goal__cUpdatePayload')).toEqual(['Record', 'success']);
        expect(fieldsOf(t, 'RecordDeletePayload')).toEqual(['Id']);
    });

    it('an update answers success: true and the saved Record', () => {
        const account = recordNamed(t.store, 'Account', 'Northwind Logistics');
        const response = run(
            t.engine,
            `mutation UpdateAccount($input: AccountUpdateInput!) { uiapi { AccountUpdate(input: $input) { success Record { Id Name { value } } } } }`,
            { input: { Id: account.Id, Account: { Name: 'Northwind Logistics Ltd' } } }
        );
        expect(response.errors).toBeUndefined();
        expect(response.data.uiapi.AccountUpdate).toEqual({
            success: true,
            Record: { Id: account.Id, Name: { value: 'Northwind Logistics Ltd' } }
        });
    });

    it('an update selecting only success (the v59–65 examples) runs', () => {
        const account = recordNamed(t.store, 'Account', 'Northwind Logistics');
        const response = run(
            t.engine,
            `mutation { uiapi { AccountUpdate(input: { Id: "${account.Id}", Account: { Phone: "555-0100" } }) { success } } }`
        );
        expect(response.errors).toBeUndefined();
        expect(response.data.uiapi.AccountUpdate).toEqual({ success: true });
    });

    it('a failed update claims no success: the operation answers null with an error', () => {
        const account = recordNamed(t.store, 'Account', 'Northwind Logistics');
        const response = run(
            t.engine,
            `mutation { uiapi { AccountUpdate(input: { Id: "${account.Id}", Account: { Name: null } }) { success } } }`
        );
        expect(response.errors?.length).toBeGreaterThan(0);
        expect(response.data?.uiapi?.AccountUpdate ?? null).toBeNull();
    });

    it('a create has no success field and a delete no Record, as documented', () => {
        const create = run(t.engine, `mutation { uiapi { AccountCreate(input: { Account: { Name: "X" } }) { success } } }`);
        expect(create.errors?.[0]?.message).toMatch(/success/);
        const account = recordNamed(t.store, 'Account', 'Northwind Logistics');
        const remove = run(t.engine, `mutation { uiapi { AccountDelete(input: { Id: "${account.Id}" }) { Record { Id } } } }`);
        expect(remove.errors?.[0]?.message).toMatch(/Record/);
    });

    it('a delete answers the deleted Id', () => {
        const created = run(
            t.engine,
            `mutation { uiapi { AccountCreate(input: { Account: { Name: "Short-lived" } }) { Record { Id } } } }`
        );
        const id: string = created.data.uiapi.AccountCreate.Record.Id;
        const removed = run(t.engine, `mutation { uiapi { AccountDelete(input: { Id: "${id}" }) { Id } } }`);
        expect(removed.errors).toBeUndefined();
        expect(removed.data.uiapi.AccountDelete).toEqual({ Id: id });
    });
});
