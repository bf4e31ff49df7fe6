/**
 * Numeric scalars take a number written as text in a variable, as the GraphQL API guide's
 * "Make Your Variables Reactive" example does (`minAmount = "5000000"` for `$minAmount: Currency`,
 * https://developer.salesforce.com/docs/platform/graphql/guide/graphql-wire-lwc-reactive.html);
 * text that is not a number still fails.
 */
import { openStore, removeTempDirs, run, type TestStore } from './support';

const BIG_ACCOUNTS = `query bigAccounts($minAmount: Currency) {
    uiapi { query { Account(where: { AnnualRevenue: { gte: $minAmount } }) { edges { node { Name { value } } } } } }
}`;

describe('numeric variables', () => {
    let t: TestStore;
    beforeEach(() => {
        t = openStore();
    });
    afterAll(removeTempDirs);

    const names = (minAmount: unknown): string[] => {
        const response = run(t.engine, BIG_ACCOUNTS, { minAmount });
        expect(response.errors).toBeUndefined();
        return (response.data.uiapi.query.Account.edges as { node: { Name: { value: string } } }[]).map((e) => e.node.Name.value).sort();
    };

    it('a Currency variable written as text filters like the number', () => {
        expect(names('300000000')).toEqual(names(300000000));
        expect(names('300000000')).toEqual(['Alder & Finch Outfitters', 'Brightwater Health Partners']);
    });

    it('text that is not a number is refused with the scalar named', () => {
        const response = run(t.engine, BIG_ACCOUNTS, { minAmount: 'lots' });
        expect(response.errors?.[0]?.message).toMatch(/Currency cannot represent a non-numeric value: "lots"/);
    });
});
