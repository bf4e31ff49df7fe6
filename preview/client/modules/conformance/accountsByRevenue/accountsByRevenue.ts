/**
 * Conformance client (preview only, never deployed): the example of the GraphQL API Developer
 * Guide's "Make Your Variables Reactive"
 * (https://developer.salesforce.com/docs/platform/graphql/guide/graphql-wire-lwc-reactive.html),
 * with the refresh button of "Update Cached Query Results"
 * (https://developer.salesforce.com/docs/platform/graphql/guide/graphql-wire-lwc-refresh.html):
 * accounts whose annual revenue is at least the amount picked in a dropdown, through a `$minAmount`
 * Currency variable; the wire function keeps the emitted result's `refresh` and a button calls it.
 * Written as the guide writes it (the wire function reads `data` and `errors` from every
 * emission, the first included), so it shows what a component written for the org sees here.
 */
import { LightningElement, wire } from 'lwc';
import { gql, graphql, type GraphQLResult } from 'lightning/graphql';

interface AccountNode {
    Id: string;
    Name: { value: string };
    AnnualRevenue: { displayValue: string | null };
}

interface BigAccounts {
    uiapi: { query: { Account: { edges: { node: AccountNode }[] } } };
}

export default class AccountsByRevenue extends LightningElement {
    records: AccountNode[] = [];
    loaded = false;
    errors: GraphQLResult['errors'];
    refreshing = false;

    minAmount = '5000000';

    minAmounts = [
        { label: 'All', value: '0' },
        { label: '$5,000,000', value: '5000000' },
        { label: '$50,000,000', value: '50000000' },
        { label: '$500,000,000', value: '500000000' }
    ];

    private refreshGraphQL?: () => Promise<void>;

    @wire(graphql, {
        query: gql`
            query bigAccounts($minAmount: Currency) {
                uiapi {
                    query {
                        Account(where: { AnnualRevenue: { gte: $minAmount } }, orderBy: { Name: { order: ASC } }) {
                            edges {
                                node {
                                    Id
                                    Name {
                                        value
                                    }
                                    AnnualRevenue {
                                        displayValue
                                    }
                                }
                            }
                        }
                    }
                }
            }
        `,
        variables: '$variables',
        operationName: 'bigAccounts'
    })
    graphqlQueryResult(result: GraphQLResult): void {
        const { errors } = result;
        const data = result.data as BigAccounts | undefined;
        if (data) {
            this.records = data.uiapi.query.Account.edges.map((edge) => edge.node);
            this.loaded = true;
        }
        this.errors = errors;
        this.refreshGraphQL = result.refresh;
    }

    get variables(): { minAmount: string } {
        return { minAmount: this.minAmount };
    }

    get errorText(): string {
        return (this.errors ?? []).map((e) => e.message).join('; ');
    }

    get count(): string {
        return this.loaded ? `${this.records.length} account${this.records.length === 1 ? '' : 's'}` : 'Loading…';
    }

    handleMinAmountChange(event: CustomEvent<{ value: string }>): void {
        this.minAmount = event.detail.value;
    }

    async handleRefresh(): Promise<void> {
        this.refreshing = true;
        try {
            await this.refreshGraphQL?.();
        } finally {
            this.refreshing = false;
        }
    }
}
