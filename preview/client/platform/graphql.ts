/**
 * `lightning/graphql` (v2) for the preview. Exports what the LWC Developer Guide documents for the
 * module and nothing else (test/platform/documentedExports.ts): the `graphql` wire adapter, `gql`
 * and `executeMutation`. `refreshGraphQL(result)` belongs to the deprecated lightning/uiGraphQLApi
 * (LWC Developer Guide, "refreshGraphQL(result) (Deprecated)",
 * https://developer.salesforce.com/docs/platform/lwc/guide/reference-refreshgraphql.html).
 *
 * The wire behaves as documented and as Salesforce's own sfdx-lwc-jest stub does: it emits
 * `{ data: undefined, errors: undefined }` at once, then each result `{ data, errors, refresh }`.
 * `refresh()` re-runs the same query, variables and operation name, and its promise resolves once
 * the fresh result has been delivered to the component (LWC Developer Guide, "refresh",
 * https://developer.salesforce.com/docs/platform/lwc/guide/reference-graphql-refresh.html).
 * Queries go to the preview server's `/graphql` endpoint unchanged, so the server decides (like
 * the org) whether a field exists.
 */
import type { WireAdapter } from 'lwc';
import type { GraphQLRequestBody } from '../../shared/contract';
import { runGraphQL, type GraphQLResult } from './graphqlRequest';
import { registerWire, unregisterWire, type RefreshableWire } from './liveWires';

export type { GraphQLResult } from './graphqlRequest';

/** What the wire emits: a result, with `refresh` once a query has answered. */
export type GraphQLWireResult<T = unknown> = GraphQLResult<T> & { refresh?: () => Promise<void> };

export interface GraphQLWireConfig {
    query?: unknown;
    variables?: Record<string, unknown>;
    operationName?: string;
}

/** What `gql` returns: an immutable document that remembers its source text. */
export interface GraphQLDocument {
    readonly kind: 'Document';
    readonly source: string;
    toString(): string;
}

const DOCUMENTS = new WeakSet<object>();

/** Template tag: joins the parts (interpolated fragments included) into one document. */
export function gql(strings: TemplateStringsArray, ...values: unknown[]): GraphQLDocument {
    const source = strings.reduce((text, part, i) => text + part + (i < values.length ? documentText(values[i]) : ''), '');
    const doc: GraphQLDocument = Object.freeze({ kind: 'Document' as const, source, toString: () => source });
    DOCUMENTS.add(doc);
    return doc;
}

function documentText(value: unknown): string {
    return typeof value === 'object' && value !== null && DOCUMENTS.has(value) ? (value as GraphQLDocument).source : String(value);
}

/** The query text of a `gql` document; plain strings are accepted too (older examples pass them). */
function queryText(query: unknown): string | undefined {
    if (typeof query === 'string') return query;
    if (typeof query === 'object' && query !== null && DOCUMENTS.has(query)) return (query as GraphQLDocument).source;
    return undefined;
}

function toRequest(config: GraphQLWireConfig, query: string): GraphQLRequestBody {
    const request: GraphQLRequestBody = { query };
    if (config.variables !== undefined) request.variables = config.variables;
    if (config.operationName !== undefined) request.operationName = config.operationName;
    return request;
}

/** The first emission, before any request has answered (sfdx-lwc-jest's graphql stub emits the same). */
const EMPTY_RESULT: GraphQLWireResult = Object.freeze({ data: undefined, errors: undefined });

class GraphQLWire implements WireAdapter<GraphQLWireConfig>, RefreshableWire {
    private request: GraphQLRequestBody | undefined;
    private requestKey = '';
    private connected = false;
    /** Increases with each fetch; a response that is not the latest is dropped. */
    private generation = 0;
    /** The latest fetch's delivery, so a superseded refresh still resolves once fresh data is delivered. */
    private latest: Promise<void> = Promise.resolve();
    /** Handed out on every result; unbound-safe, as components store it (`this.refreshX = result.refresh`). */
    private readonly refreshResult = (): Promise<void> => this.refresh();

    constructor(private readonly emit: (value: GraphQLWireResult) => void) {
        emit(EMPTY_RESULT);
    }

    update(config: GraphQLWireConfig): void {
        const query = queryText(config.query);
        if (query === undefined) {
            // The org's adapter waits while the query is not (yet) a gql document.
            this.request = undefined;
            this.requestKey = '';
            return;
        }
        const request = toRequest(config, query);
        const key = JSON.stringify(request);
        if (key === this.requestKey) return;
        this.request = request;
        this.requestKey = key;
        if (this.connected) void this.refresh();
    }

    connect(): void {
        this.connected = true;
        registerWire(this);
        if (this.request) void this.refresh();
    }

    disconnect(): void {
        this.connected = false;
        this.generation++;
        unregisterWire(this);
    }

    /** Re-runs the current request; resolves once the latest result has been emitted. */
    refresh(): Promise<void> {
        if (!this.request || !this.connected) return Promise.resolve();
        const generation = ++this.generation;
        const fetched = runGraphQL(this.request, (fresh) => Object.assign(fresh, { refresh: this.refreshResult })).then((result) => {
            if (generation === this.generation) this.emit(result);
        });
        // A newer request superseded this one: resolve when that one has delivered.
        const delivered = fetched.then(() => (generation === this.generation ? undefined : this.latest));
        this.latest = delivered;
        return delivered;
    }
}

export const graphql = GraphQLWire;

/** Runs a mutation; resolves with `{ data, errors }` (GraphQL and network errors both land in `errors`). */
export async function executeMutation<T = unknown>(config: GraphQLWireConfig): Promise<GraphQLResult<T>> {
    const query = queryText(config.query);
    if (query === undefined) {
        return { data: undefined, errors: [{ message: 'executeMutation: `query` must be a document created with gql.' }] };
    }
    return runGraphQL<T>(toRequest(config, query));
}
