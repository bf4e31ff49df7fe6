/**
 * Conformance client (preview only, never deployed): the `simplePagination` example of the GraphQL
 * API Developer Guide's "Paginate Your Results"
 * (https://developer.salesforce.com/docs/platform/graphql/guide/graphql-wire-lwc-paginate.html) and
 * the LWC Developer Guide's "Pagination"
 * (https://developer.salesforce.com/docs/platform/lwc/guide/reference-graphql-pagination.html):
 * 5 accounts a page (`first`), a Next page button that passes `pageInfo.endCursor` as `after`
 * while `hasNextPage` is true (isLastPage disables it), a Reset button, and `totalCount`.
 * Adapted only in ordering by Name, so the pages are stable.
 */
import { LightningElement, wire } from 'lwc';
import { gql, graphql, type GraphQLResult } from 'lightning/graphql';

interface AccountNode {
    Id: string;
    Name: { value: string };
    AnnualRevenue: { displayValue: string | null };
}

interface AccountPage {
    uiapi: {
        query: {
            Account: {
                edges: { node: AccountNode }[];
                totalCount: number;
                pageInfo: { endCursor: string | null; hasNextPage: boolean };
            };
        };
    };
}

const PAGE_SIZE = 5;

export default class SimplePagination extends LightningElement {
    records: AccountNode[] = [];
    errors: GraphQLResult['errors'];
    totalCount: number | undefined;
    after: string | null = null;
    pageNumber = 1;
    private endCursor: string | null = null;
    isLastPage = false;

    @wire(graphql, {
        query: gql`
            query AccountPage($pageSize: Int, $after: String) {
                uiapi {
                    query {
                        Account(first: $pageSize, after: $after, orderBy: { Name: { order: ASC } }) {
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
                            totalCount
                            pageInfo {
                                endCursor
                                hasNextPage
                            }
                        }
                    }
                }
            }
        `,
        variables: '$variables',
        operationName: 'AccountPage'
    })
    wiredAccounts(result: GraphQLResult): void {
        const { errors } = result;
        const data = result.data as AccountPage | undefined;
        if (data) {
            const accounts = data.uiapi.query.Account;
            this.records = accounts.edges.map((edge) => edge.node);
            this.totalCount = accounts.totalCount;
            this.endCursor = accounts.pageInfo.endCursor;
            this.isLastPage = !accounts.pageInfo.hasNextPage;
        }
        this.errors = errors;
    }

    get variables(): { pageSize: number; after: string | null } {
        return { pageSize: PAGE_SIZE, after: this.after };
    }

    get summary(): string {
        return this.totalCount === undefined ? 'Loading…' : `Page ${this.pageNumber}, ${this.totalCount} accounts in all`;
    }

    get errorText(): string {
        return (this.errors ?? []).map((e) => e.message).join('; ');
    }

    handleNext(): void {
        if (this.isLastPage) return;
        this.after = this.endCursor;
        this.pageNumber += 1;
    }

    handleReset(): void {
        this.after = null;
        this.pageNumber = 1;
    }
}
