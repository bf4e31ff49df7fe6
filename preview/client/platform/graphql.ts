/**
 * `lightning/graphql` for the preview: the `graphql` wire adapter, `gql`, `refreshGraphQL` and
 * `executeMutation`, with the org's result shape `{ data, errors }`. Queries go to the preview
 * server's `/graphql` endpoint unchanged, so the server decides (like the org) whether a field exists.
 */
import type { WireAdapter } from 'lwc';
import type { GraphQLErrorBody, GraphQLRequestBody } from '../../shared/contract';
import { registerWire, unregisterWire, type RefreshableWire } from './liveWires';
import { deepFreeze } from './readOnly';
import { postGraphQL } from './transport';

export interface GraphQLResult<T = unknown> {
    data: T | undefined;
    errors: GraphQLErrorBody[] | undefined;
}

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

/** Fetches and shapes one result; `tag` runs before the result is frozen. */
async function run<T>(request: GraphQLRequestBody, tag?: (result: GraphQLResult<T>) => void): Promise<GraphQLResult<T>> {
    const body = await postGraphQL(request);
    const result: GraphQLResult<T> = {
        data: (body.data ?? undefined) as T | undefined,
        errors: body.errors && body.errors.length > 0 ? body.errors : undefined
    };
    tag?.(result);
    return deepFreeze(result);
}

/**
 * A wire result remembers its wire under a hidden, non-enumerable key, so refreshGraphQL(result)
 * finds it even when the component stored the result in a tracked (proxied) field.
 */
const EMITTER = Symbol('previewGraphQLWire');

class GraphQLWire implements WireAdapter<GraphQLWireConfig>, RefreshableWire {
    private request: GraphQLRequestBody | undefined;
    private requestKey = '';
    private connected = false;
    /** Increases with each fetch; a response that is not the latest is dropped. */
    private generation = 0;

    constructor(private readonly emit: (value: GraphQLResult) => void) {}

    update(config: GraphQLWireConfig): void {
        const query = queryText(config.query);
        if (query === undefined) {
            // The org's adapter waits while the query is not (yet) a gql document.
            this.request = undefined;
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

    async refresh(): Promise<void> {
        if (!this.request || !this.connected) return;
        const generation = ++this.generation;
        const result = await run(this.request, (fresh) => Object.defineProperty(fresh, EMITTER, { value: this }));
        if (generation !== this.generation) return;
        this.emit(result);
    }
}

export const graphql = GraphQLWire;

/** Re-runs the wire that produced `result` and resolves once the fresh result is emitted. */
export async function refreshGraphQL(result: unknown): Promise<void> {
    const wire = typeof result === 'object' && result !== null ? (result as { [EMITTER]?: GraphQLWire })[EMITTER] : undefined;
    if (wire instanceof GraphQLWire) await wire.refresh();
}

/** Runs a mutation; resolves with `{ data, errors }` (GraphQL and network errors both land in `errors`). */
export async function executeMutation<T = unknown>(config: GraphQLWireConfig): Promise<GraphQLResult<T>> {
    const query = queryText(config.query);
    if (query === undefined) {
        return { data: undefined, errors: [{ message: 'executeMutation: `query` must be a document created with gql.' }] };
    }
    return run<T>(toRequest(config, query));
}

/** For the other preview adapters (uiRecordApi): one request, same result shape. */
export function executeGraphQL<T = unknown>(request: GraphQLRequestBody): Promise<GraphQLResult<T>> {
    return run<T>(request);
}
