/**
 * The wire contract between the preview's browser bundle and its server. Types only, so both
 * sides (Node and the browser bundle) can import it without pulling in code.
 */

/** POST /graphql request body: exactly what the org's GraphQL endpoint takes. */
export interface GraphQLRequestBody {
    query: string;
    variables?: Record<string, unknown>;
    operationName?: string;
}

export interface GraphQLErrorBody {
    message: string;
    locations?: { line: number; column: number }[];
    path?: (string | number)[];
    /**
     * Free-form, as in graphql-js. The uiRecordApi stand-in reads one optional key:
     * `fieldErrors: { [fieldApiName]: { message: string; errorCode?: string }[] }`, so a
     * validation failure can be shown on its field (createRecord/updateRecord rejections).
     */
    extensions?: Record<string, unknown>;
}

/** POST /graphql response body (HTTP 200 even when `errors` is set, as GraphQL servers do). */
export interface GraphQLResponseBody {
    data?: unknown;
    errors?: GraphQLErrorBody[];
}

/**
 * Served as `/preview-config.js` (`window.__PREVIEW_CONFIG__ = {...}`) before the bundle runs,
 * so modules such as `@salesforce/user/Id` can read it at import time.
 */
export interface PreviewClientConfig {
    /** The running user's record id (`@salesforce/user/Id`). */
    userId?: string;
    /** Three-character record id prefix -> object API name, for updateRecord/deleteRecord/navigation by id alone. */
    keyPrefixes?: Record<string, string>;
    /** Server-sent events endpoint that says "reload" after a rebuild (watch mode only). */
    liveReloadUrl?: string;
}

export const CONFIG_GLOBAL = '__PREVIEW_CONFIG__';

/**
 * Request header carrying the page's `?today=YYYY-MM-DD` override to POST /graphql, so the
 * server evaluates TODAY() as of that day for this request (follow-up timeline demos).
 */
export const TODAY_HEADER = 'X-Preview-Today';
