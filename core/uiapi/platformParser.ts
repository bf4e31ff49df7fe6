import { astResolver, gql, parse as ldsParse } from '@salesforce/lds-luvio-onestore-graphql-parser';
import { GraphQLError, type DocumentNode } from 'graphql';

/**
 * The platform's own GraphQL parser: `@salesforce/lds-luvio-onestore-graphql-parser` (the LDS
 * package that re-exports @conduit-client/onestore-graphql-parser, whose `gql` is the tag
 * `lightning/graphql` exports). Its `gql` parses with its own bundled graphql-js
 * (`parse(text, { noLocation: true })`) and appends the definitions of every `gql` document
 * interpolated into the template; strings and numbers are spliced into the text; anything else
 * makes the document an error ("Invalid substitution"). Errors are not thrown: they come back when
 * the reference is resolved (astResolver), as a GraphQL error response.
 *
 * graphql-js validates the documents this parser builds (its nodes are plain objects); only the
 * classes differ (a syntax error is the bundled GraphQLError), so errors are re-made here.
 */

export { gql as platformGql };

/** The document a platform `gql` reference stands for, or its parse error, or undefined when it is not one. */
export function resolvePlatformDocument(reference: unknown): { document: DocumentNode } | { error: GraphQLError } | undefined {
    const resolved = astResolver(reference);
    if (!resolved) return undefined;
    if (resolved.type === 'document') return { document: resolved.document as DocumentNode };
    const first = resolved.error.errors?.[0];
    return { error: new GraphQLError(first?.message ?? 'Invalid query', { extensions: first?.extensions }) };
}

/**
 * Parses document text with the platform's parser, keeping locations (the tag drops them) so that
 * errors can point at a line. Throws the parse error as a graphql-js GraphQLError, located in `text`.
 */
export function parsePlatform(text: string): DocumentNode {
    try {
        return ldsParse(text) as DocumentNode;
    } catch (error) {
        const e = error as { message?: string; source?: { body: string }; positions?: readonly number[]; name?: string };
        if (e?.name !== 'GraphQLError' || !e.source) throw error;
        // Only the bundled class differs: rebuild it so that instanceof and toJSON work here.
        throw new GraphQLError(e.message ?? 'Syntax Error', { source: e.source as never, positions: e.positions });
    }
}
