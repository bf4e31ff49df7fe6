// Types for lightning/graphql (v2: the GraphQL wire adapter and mutations, API 66.0+), which
// @salesforce/lightning-types does not cover. Exports as documented in the LWC Developer Guide
// (test/platform/documentedExports.ts lists them with their pages): graphql, gql, executeMutation.
// refreshGraphQL belongs to the deprecated lightning/uiGraphQLApi; v2 refreshes through the
// `refresh` of the wire's emitted result ("refresh",
// https://developer.salesforce.com/docs/platform/lwc/guide/reference-graphql-refresh.html).
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
        /** Re-runs the same query, variables and operation name; resolves when fresh data is delivered. */
        refresh?: () => Promise<void>;
    }

    export interface GraphQLWireConfig {
        query: unknown;
        variables?: Record<string, unknown>;
        operationName?: string;
    }

    /** A query document produced by the gql tag. */
    export type GraphQLDocument = { readonly __graphqlDocument: unique symbol };

    /**
     * The data's shape is the query's, which the adapter cannot know: the @wire method declares it
     * (GraphQLResult<the query's generated Data type, c/outcomesQueries>), as executeMutation<T>'s caller does.
     */
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the decorated method names the data type
    export const graphql: WireAdapterConstructor<GraphQLWireConfig, GraphQLResult<any>>;
    export function gql(strings: TemplateStringsArray, ...values: unknown[]): GraphQLDocument;
    export function executeMutation<T = unknown>(config: {
        query: GraphQLDocument;
        variables?: Record<string, unknown>;
        operationName?: string;
    }): Promise<GraphQLResult<T>>;
}
