/**
 * One GraphQL request as the preview's adapters make it: POST to `/graphql`, shaped into the
 * org's `{ data, errors }` result and frozen (wired data is read-only in the org). Shared by the
 * `lightning/graphql` and `lightning/uiRecordApi` stand-ins; not a platform module itself, so it
 * may export what they need.
 */
import type { GraphQLErrorBody, GraphQLRequestBody } from '../../shared/contract';
import { deepFreeze } from './readOnly';
import { postGraphQL } from './transport';

export interface GraphQLResult<T = unknown> {
    data: T | undefined;
    errors: GraphQLErrorBody[] | undefined;
}

/** Fetches and shapes one result; `tag` runs before the result is frozen. */
export async function runGraphQL<T>(request: GraphQLRequestBody, tag?: (result: GraphQLResult<T>) => void): Promise<GraphQLResult<T>> {
    const body = await postGraphQL(request);
    const result: GraphQLResult<T> = {
        data: (body.data ?? undefined) as T | undefined,
        errors: body.errors && body.errors.length > 0 ? body.errors : undefined
    };
    tag?.(result);
    return deepFreeze(result);
}

/** For the other preview adapters (uiRecordApi): one request, same result shape. */
export function executeGraphQL<T = unknown>(request: GraphQLRequestBody): Promise<GraphQLResult<T>> {
    return runGraphQL<T>(request);
}
