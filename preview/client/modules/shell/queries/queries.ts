/**
 * The page shell's GraphQL documents, in the org's UI API shape, and typed helpers to read
 * their answers. Package components bring their own queries; these only feed the shell's
 * headers, lists and stage path.
 */
import { gql } from 'lightning/graphql';

export interface FieldValue<T> {
    value: T | null;
    displayValue?: string | null;
}

export interface ParentRef {
    Id: string;
    Name?: FieldValue<string>;
}

export interface OpportunityNode {
    Id: string;
    Name: FieldValue<string>;
    StageName: FieldValue<string>;
    Amount: FieldValue<number>;
    CloseDate: FieldValue<string>;
    Probability?: FieldValue<number>;
    IsClosed?: FieldValue<boolean>;
    IsWon?: FieldValue<boolean>;
    Type?: FieldValue<string>;
    NextStep?: FieldValue<string>;
    Account?: ParentRef | null;
    Owner?: ParentRef | null;
}

export interface AccountNode {
    Id: string;
    Name: FieldValue<string>;
    Type?: FieldValue<string>;
    Industry?: FieldValue<string>;
    Phone?: FieldValue<string>;
    Website?: FieldValue<string>;
    Owner?: ParentRef | null;
    Opportunities?: Connection<OpportunityNode>;
}

export interface Connection<T> {
    edges?: { node: T }[];
}

const OPPORTUNITY_FIELDS = `
    Id
    Name { value }
    StageName { value displayValue }
    Amount { value displayValue }
    CloseDate { value displayValue }
`;

export const OPPORTUNITY_RECORD = gql`
    query previewOpportunity($recordId: ID) {
        uiapi {
            query {
                Opportunity(where: { Id: { eq: $recordId } }, first: 1) {
                    edges {
                        node {
                            ${OPPORTUNITY_FIELDS}
                            Probability { value displayValue }
                            IsClosed { value }
                            IsWon { value }
                            Type { value displayValue }
                            NextStep { value }
                            Account { Id Name { value } }
                            Owner { Id Name { value } }
                        }
                    }
                }
            }
        }
    }
`;

export const ACCOUNT_RECORD = gql`
    query previewAccount($recordId: ID) {
        uiapi {
            query {
                Account(where: { Id: { eq: $recordId } }, first: 1) {
                    edges {
                        node {
                            Id
                            Name { value }
                            Type { value displayValue }
                            Industry { value displayValue }
                            Phone { value displayValue }
                            Website { value displayValue }
                            Owner { Id Name { value } }
                            Opportunities(first: 50, orderBy: { CloseDate: { order: DESC } }) {
                                edges { node { ${OPPORTUNITY_FIELDS} } }
                            }
                        }
                    }
                }
            }
        }
    }
`;

export const OPPORTUNITY_LIST = gql`
    query previewOpportunityList {
        uiapi {
            query {
                Opportunity(first: 200, orderBy: { CloseDate: { order: DESC } }) {
                    edges { node { ${OPPORTUNITY_FIELDS} Account { Id Name { value } } } }
                }
            }
        }
    }
`;

export const ACCOUNT_LIST = gql`
    query previewAccountList {
        uiapi {
            query {
                Account(first: 200, orderBy: { Name: { order: ASC } }) {
                    edges {
                        node {
                            Id
                            Name {
                                value
                            }
                            Type {
                                value
                                displayValue
                            }
                            Industry {
                                value
                                displayValue
                            }
                            Phone {
                                value
                            }
                            Website {
                                value
                            }
                        }
                    }
                }
            }
        }
    }
`;

export const UPDATE_OPPORTUNITY_STAGE = gql`
    mutation previewUpdateOpportunityStage($input: OpportunityUpdateInput!) {
        uiapi(input: { allOrNone: true }) {
            OpportunityUpdate(input: $input) {
                Record {
                    Id
                    StageName {
                        value
                    }
                }
            }
        }
    }
`;

/** The nodes of `uiapi.query.<objectApiName>`, or [] while there is no answer. */
export function nodesOf<T>(data: unknown, objectApiName: string): T[] {
    const query = (data as { uiapi?: { query?: Record<string, Connection<T> | undefined> } } | undefined)?.uiapi?.query;
    return (query?.[objectApiName]?.edges ?? []).map((edge) => edge.node);
}

export function edgesOf<T>(connection: Connection<T> | undefined): T[] {
    return (connection?.edges ?? []).map((edge) => edge.node);
}

/**
 * Absolute link to a record page. Absolute because lightning-datatable's url cells (through
 * lightning-formatted-url) prefix "http://" to anything without a scheme; the page's query
 * string (e.g. ?today=) is kept so a demo date survives navigation.
 */
export function recordHash(objectApiName: string, recordId: string): string {
    const { origin, pathname, search } = window.location;
    return `${origin}${pathname}${search}#/r/${encodeURIComponent(objectApiName)}/${encodeURIComponent(recordId)}`;
}
