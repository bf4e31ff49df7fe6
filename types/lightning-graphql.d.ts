// Types for lightning/graphql (GraphQL wire adapter and mutations, API 66.0+), which
// @salesforce/lightning-types does not cover.
declare module 'lightning/graphql' {
    import type { WireAdapterConstructor } from 'lwc';

    export interface GraphQLError {
        message: string;
        locations?: { line: number; column: number }[];
        path?: (string | number)[];
        extensions?: Record<string, unknown>;
    }

    export interface GraphQLResult<T = unknown> {
        data?: T;
        errors?: GraphQLError[];
        refresh?: () => Promise<void>;
    }

    export interface GraphQLWireConfig {
        query: unknown;
        variables?: Record<string, unknown>;
        operationName?: string;
    }

    /** A query document produced by the gql tag. */
    export type GraphQLDocument = { readonly __graphqlDocument: unique symbol };

    export const graphql: WireAdapterConstructor<GraphQLWireConfig, GraphQLResult>;
    export function gql(strings: TemplateStringsArray, ...values: unknown[]): GraphQLDocument;
    export function refreshGraphQL(result: GraphQLResult): Promise<void>;
    export function executeMutation<T = unknown>(config: {
        query: GraphQLDocument;
        variables?: Record<string, unknown>;
        operationName?: string;
    }): Promise<GraphQLResult<T>>;
}
