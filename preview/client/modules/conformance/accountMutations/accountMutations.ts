/**
 * Conformance client (preview only, never deployed): create, update and delete through
 * `executeMutation`, as the LWC Developer Guide's "executeMutation" page describes it
 * (https://developer.salesforce.com/docs/platform/lwc/guide/reference-graphql-mutation.html: import
 * it from lightning/graphql, call it imperatively with `query` (a gql document), `variables` with
 * an `input`, and `operationName`; it resolves with `data` and `errors`), with the mutation shapes
 * of the GraphQL API Developer Guide ("Mutations Schema", "Update a Record":
 * https://developer.salesforce.com/docs/platform/graphql/guide/mutations-schema.html,
 * https://developer.salesforce.com/docs/platform/graphql/guide/mutations-update.html).
 * After each mutation it refreshes its list through the wire result's `refresh`, as "refresh"
 * advises ("Use the refresh method after a mutation",
 * https://developer.salesforce.com/docs/platform/lwc/guide/reference-graphql-refresh.html).
 * The errors the server answers are shown as they come.
 */
import { LightningElement, wire } from 'lwc';
import { executeMutation, gql, graphql, type GraphQLResult } from 'lightning/graphql';

interface AccountNode {
    Id: string;
    Name: { value: string };
}

interface ConformanceAccounts {
    uiapi: { query: { Account: { edges: { node: AccountNode }[] } } };
}

const CREATE_ACCOUNT = gql`
    mutation CreateAccount($input: AccountCreateInput!) {
        uiapi {
            AccountCreate(input: $input) {
                Record {
                    Id
                    Name {
                        value
                    }
                }
            }
        }
    }
`;

const UPDATE_ACCOUNT = gql`
    mutation UpdateAccount($input: AccountUpdateInput!) {
        uiapi {
            AccountUpdate(input: $input) {
                success
                Record {
                    Id
                    Name {
                        value
                    }
                }
            }
        }
    }
`;

const DELETE_ACCOUNT = gql`
    mutation DeleteAccount($input: RecordDeleteInput!) {
        uiapi {
            AccountDelete(input: $input) {
                Id
            }
        }
    }
`;

export default class AccountMutations extends LightningElement {
    name = '';
    records: AccountNode[] = [];
    selectedId: string | undefined;
    status = '';
    errorText = '';
    private refreshList?: () => Promise<void>;

    @wire(graphql, {
        query: gql`
            query ConformanceAccounts {
                uiapi {
                    query {
                        Account(where: { Name: { like: "Conformance%" } }, orderBy: { Name: { order: ASC } }) {
                            edges {
                                node {
                                    Id
                                    Name {
                                        value
                                    }
                                }
                            }
                        }
                    }
                }
            }
        `,
        operationName: 'ConformanceAccounts'
    })
    wiredAccounts(result: GraphQLResult): void {
        const data = result.data as ConformanceAccounts | undefined;
        if (data) this.records = data.uiapi.query.Account.edges.map((edge) => edge.node);
        this.refreshList = result.refresh;
    }

    get options(): { label: string; value: string }[] {
        return this.records.map((r) => ({ label: r.Name.value, value: r.Id }));
    }

    get noneSelected(): boolean {
        return !this.selectedId;
    }

    handleNameChange(event: CustomEvent<{ value: string }>): void {
        this.name = event.detail.value;
    }

    handleSelect(event: CustomEvent<{ value: string }>): void {
        this.selectedId = event.detail.value;
    }

    async handleCreate(): Promise<void> {
        const result = await executeMutation<{ uiapi: { AccountCreate: { Record: AccountNode } } }>({
            query: CREATE_ACCOUNT,
            variables: { input: { Account: { Name: this.name } } },
            operationName: 'CreateAccount'
        });
        await this.settle(result, (data) => `Created ${data.uiapi.AccountCreate.Record.Name.value}`);
    }

    async handleUpdate(): Promise<void> {
        const result = await executeMutation<{ uiapi: { AccountUpdate: { success: boolean; Record: AccountNode } } }>({
            query: UPDATE_ACCOUNT,
            variables: { input: { Id: this.selectedId, Account: { Name: this.name } } },
            operationName: 'UpdateAccount'
        });
        await this.settle(
            result,
            (data) => `Updated: success ${String(data.uiapi.AccountUpdate.success)}, now ${data.uiapi.AccountUpdate.Record.Name.value}`
        );
    }

    async handleDelete(): Promise<void> {
        const result = await executeMutation<{ uiapi: { AccountDelete: { Id: string } } }>({
            query: DELETE_ACCOUNT,
            variables: { input: { Id: this.selectedId } },
            operationName: 'DeleteAccount'
        });
        await this.settle(result, (data) => `Deleted ${data.uiapi.AccountDelete.Id}`);
        if (!result.errors) this.selectedId = undefined;
    }

    /** Shows the outcome, then refreshes the list (only after a success). */
    private async settle<T>(result: GraphQLResult<T>, describe: (data: T) => string): Promise<void> {
        if (result.errors?.length) {
            this.status = '';
            this.errorText = result.errors.map((e) => e.message).join('; ');
            return;
        }
        this.errorText = '';
        this.status = result.data ? describe(result.data) : '';
        await this.refreshList?.();
    }
}
