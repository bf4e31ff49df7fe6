/**
 * POST /graphql and /preview-config.js for the dev server, answered by the metadata-driven store
 * and GraphQL engine (see dataService.ts). The two exports keep the signatures the server uses.
 */
import type { GraphQLRequestBody, GraphQLResponseBody, PreviewClientConfig } from '../shared/contract';
import { executeGraphQL, previewClientConfig } from './dataService';
import type { RequestOptions } from './graphql/execute';

/** `options.today` (YYYY-MM-DD) evaluates this request as of another day (demo of the follow-up timeline). */
export async function handleGraphQL(body: GraphQLRequestBody, options: RequestOptions = {}): Promise<GraphQLResponseBody> {
    return executeGraphQL(body, options);
}

/** What /preview-config.js hands the browser: the running user and the id prefix of every object. */
export function clientConfig(): PreviewClientConfig {
    return previewClientConfig();
}
