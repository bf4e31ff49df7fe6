import type { GraphQLRequestBody, GraphQLResponseBody, PreviewClientConfig } from '../shared/contract';
import { createGraphQLEngine, type GraphQLEngine, type RequestOptions } from './graphql/execute';
import { PreviewStore, type StoreOptions } from './store/store';

/**
 * The preview server's one data service: the store (opened on first use, from
 * `.preview-data/store.json` or the sample) and the GraphQL engine over it.
 * Environment: PREVIEW_DATA_FILE (another store file; "memory" keeps nothing on disk),
 * PREVIEW_TODAY (a fixed "today", YYYY-MM-DD, to demo the follow-up timeline). The running user's
 * time zone is the one the page's components get (store/clock.ts), so it has no setting of its own.
 */

let engine: GraphQLEngine | undefined;

export function storeOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): StoreOptions {
    const options: StoreOptions = {};
    if (env.PREVIEW_DATA_FILE) options.dataFile = env.PREVIEW_DATA_FILE === 'memory' ? null : env.PREVIEW_DATA_FILE;
    if (env.PREVIEW_TODAY) options.today = env.PREVIEW_TODAY;
    return options;
}

/** Opens the store now (instead of on the first request), e.g. to log its state at startup. */
export function previewData(options: StoreOptions = storeOptionsFromEnv()): GraphQLEngine {
    engine ??= createGraphQLEngine(PreviewStore.open(options));
    return engine;
}

export function executeGraphQL(body: GraphQLRequestBody, options: RequestOptions = {}): GraphQLResponseBody {
    return previewData().execute(body, options);
}

/** The running user and every object's id prefix, for /preview-config.js. */
export function previewClientConfig(): PreviewClientConfig {
    const { store } = previewData();
    return {
        userId: store.userId,
        keyPrefixes: Object.fromEntries(Object.entries(store.schema.keyPrefixes).map(([name, prefix]) => [prefix, name]))
    };
}

/** `npm run preview:reset`, or a reset button: back to the sample data. */
export function resetPreviewData(): void {
    previewData().store.reset();
}

/** Writes anything pending; call before the process exits. */
export function closePreviewData(): void {
    engine?.store.close();
    engine = undefined;
}
