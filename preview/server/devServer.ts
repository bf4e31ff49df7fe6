/**
 * The local preview's HTTP server: the built bundle (preview/dist), SLDS assets under /assets,
 * `/preview-config.js`, `POST /graphql`, `/reports...` and the `/__preview/...` test and demo
 * endpoints (the header's bell: `GET /__preview/notifications`). Binds 127.0.0.1 only and serves
 * nothing from the internet.
 *   npx tsx preview/server/devServer.ts           serve the last build (builds first if there is none)
 *   npx tsx preview/server/devServer.ts --watch   rebuild on change and reload open pages
 * PORT sets the first port tried (default 3000); when taken, the next ones are tried.
 * Build flags (--components, --labels, --production) are passed to the build.
 */
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { build, buildOptionsFromArgs, formatReport, watchBuild } from '../build/build';
import type { PreviewBuildOptions } from '../build/config';
import { DIST_DIR, SLDS_ASSETS_DIR } from '../build/paths';
import {
    CONFIG_GLOBAL,
    TODAY_HEADER,
    type GraphQLRequestBody,
    type GraphQLResponseBody,
    type PreviewClientConfig
} from '../shared/contract';
import { clientConfig, handleGraphQL } from './graphqlEndpoint';
import { closePreviewData, previewData, resetPreviewData } from './dataService';
import { FAULTS_PATH, applyFault, clearFaults, serveFaults } from './faults';
import { reportsResponse } from './reports/service';
import { serveNotifications } from './notifications/endpoint';
import { serveFieldAccess } from './fieldAccess';
import { resolveStatic, sendFile } from './staticFiles';

export const HOST = '127.0.0.1';
const MAX_BODY_BYTES = 1024 * 1024;
const PORT_ATTEMPTS = 10;
const LIVE_RELOAD_PATH = '/__preview/live';
const RESET_PATH = '/__preview/reset';

export interface PreviewServerOptions {
    port?: number;
    distDir?: string;
    /** Pages open an event stream and reload when `reload()` is called. */
    liveReload?: boolean;
}

export interface PreviewServer {
    url: string;
    port: number;
    reload(): void;
    close(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(text);
}

function readBody(req: IncomingMessage): Promise<string> {
    return new Promise((resolve, reject) => {
        const chunks: Buffer[] = [];
        let size = 0;
        req.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > MAX_BODY_BYTES) {
                reject(new Error(`request body over ${MAX_BODY_BYTES} bytes`));
                req.destroy();
            } else chunks.push(chunk);
        });
        req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        req.on('error', reject);
    });
}

function isGraphQLRequest(value: unknown): value is GraphQLRequestBody {
    if (typeof value !== 'object' || value === null) return false;
    const { query, variables, operationName } = value as Record<string, unknown>;
    return (
        typeof query === 'string' &&
        (variables === undefined || variables === null || typeof variables === 'object') &&
        (operationName === undefined || operationName === null || typeof operationName === 'string')
    );
}

async function serveGraphQL(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body: unknown;
    try {
        body = JSON.parse(await readBody(req));
    } catch (error) {
        sendJson(res, 400, { errors: [{ message: `Invalid JSON body: ${(error as Error).message}` }] } satisfies GraphQLResponseBody);
        return;
    }
    if (!isGraphQLRequest(body)) {
        sendJson(res, 400, {
            errors: [{ message: 'Expected a JSON body { query: string, variables?: object, operationName?: string }.' }]
        });
        return;
    }
    // A fault queued through /__preview/faults answers instead of the store (tests only).
    if (applyFault(body, req, res)) return;
    // The page's ?today= override, forwarded by the browser bundle (TODAY_HEADER).
    const today = req.headers[TODAY_HEADER.toLowerCase()];
    try {
        const request = { ...body, variables: body.variables ?? undefined, operationName: body.operationName ?? undefined };
        sendJson(res, 200, await handleGraphQL(request, typeof today === 'string' && today ? { today } : {}));
    } catch (error) {
        console.error('[preview] /graphql failed:', error);
        sendJson(res, 500, { errors: [{ message: `Preview server error: ${(error as Error).message}` }] });
    }
}

function configScript(config: PreviewClientConfig): string {
    // JSON is valid JavaScript; escaping "<" keeps it inert if ever inlined in HTML.
    return `window.${CONFIG_GLOBAL} = ${JSON.stringify(config).replace(/</g, '\\u003c')};\n`;
}

function createHandler(distDir: string, liveReload: boolean, streams: Set<ServerResponse>) {
    return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
        const path = new URL(req.url ?? '/', `http://${HOST}`).pathname;
        if (path === '/graphql') {
            if (req.method === 'POST') return serveGraphQL(req, res);
            res.writeHead(405, { Allow: 'POST' }).end();
            return;
        }
        if (path === FAULTS_PATH) return serveFaults(req, res);
        if (await serveFieldAccess(req, res, path)) return; // /__preview/access (fieldAccess.ts)
        // GET /__preview/notifications: the header's bell (notifications/endpoint.ts).
        if (serveNotifications(() => previewData().store, req, res, new URL(req.url ?? '/', `http://${HOST}`))) return;
        if (path === RESET_PATH) {
            // Restores the sample data (tests and demos); the server only listens on loopback.
            if (req.method !== 'POST') return void res.writeHead(405, { Allow: 'POST' }).end();
            resetPreviewData();
            clearFaults();
            return sendJson(res, 200, { reset: true });
        }
        if (req.method !== 'GET' && req.method !== 'HEAD') {
            res.writeHead(405, { Allow: 'GET, HEAD' }).end();
            return;
        }
        if (path === '/reports' || path.startsWith('/reports/')) {
            // Reports and dashboards computed from their XML over the store (reports/service.ts).
            const today = new URL(req.url ?? '/', `http://${HOST}`).searchParams.get('today') ?? req.headers[TODAY_HEADER.toLowerCase()];
            const reports = reportsResponse(previewData().store, path, typeof today === 'string' && today ? today : undefined);
            if (reports) return sendJson(res, reports.status, reports.body);
        }
        if (path === '/preview-config.js') {
            const config = { ...clientConfig(), ...(liveReload && { liveReloadUrl: LIVE_RELOAD_PATH }) };
            res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' });
            res.end(configScript(config));
            return;
        }
        if (path === LIVE_RELOAD_PATH && liveReload) {
            res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
            res.write(': connected\n\n');
            streams.add(res);
            req.on('close', () => streams.delete(res));
            return;
        }
        const file = path.startsWith('/assets/')
            ? resolveStatic(SLDS_ASSETS_DIR, path.slice('/assets/'.length))
            : resolveStatic(distDir, path === '/' ? 'index.html' : path);
        if (file) return sendFile(res, file, req.method === 'HEAD');
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Not found: ${path}\n`);
    };
}

function listen(server: Server, port: number): Promise<number> {
    return new Promise((resolve, reject) => {
        const onError = (error: NodeJS.ErrnoException): void => {
            server.off('listening', onListening);
            reject(error);
        };
        const onListening = (): void => {
            server.off('error', onError);
            const address = server.address();
            resolve(typeof address === 'object' && address ? address.port : port);
        };
        server.once('error', onError);
        server.once('listening', onListening);
        server.listen(port, HOST);
    });
}

export async function startServer(options: PreviewServerOptions = {}): Promise<PreviewServer> {
    const streams = new Set<ServerResponse>();
    const handler = createHandler(options.distDir ?? DIST_DIR, options.liveReload ?? false, streams);
    const server = createServer((req, res) => {
        handler(req, res).catch((error: unknown) => {
            console.error('[preview] request failed:', error);
            if (!res.headersSent) res.writeHead(500).end();
        });
    });
    const first = options.port ?? Number(process.env.PORT ?? 3000);
    for (let port = first; port < first + PORT_ATTEMPTS; port++) {
        try {
            const bound = await listen(server, port);
            return {
                url: `http://${HOST}:${bound}/`,
                port: bound,
                reload: () => streams.forEach((res) => res.write('event: reload\ndata: {}\n\n')),
                close: () =>
                    new Promise((resolve) => {
                        streams.forEach((res) => res.end());
                        server.close(() => resolve());
                    })
            };
        } catch (error) {
            if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || port === first + PORT_ATTEMPTS - 1) throw error;
        }
    }
    throw new Error('unreachable');
}

/** Watch mode: the first build finishes before the URL is printed; later ones reload the page. */
function firstWatchBuild(options: PreviewBuildOptions, onRebuilt: () => void): Promise<void> {
    return new Promise((resolve) => {
        let first = true;
        watchBuild(
            options,
            (ms) => {
                console.log(`preview build: ${first ? 'built' : 'rebuilt'} in ${(ms / 1000).toFixed(1)} s`);
                if (first) resolve();
                else onRebuilt();
                first = false;
            },
            (error) => {
                console.error(`preview build failed:\n${error.message}`);
                if (first) resolve();
                first = false;
            }
        );
    });
}

async function main(argv: string[]): Promise<void> {
    const watchMode = argv.includes('--watch');
    const buildOptions = buildOptionsFromArgs(argv);
    // Rebuilds that land before the server listens have no page to reload.
    let reload = (): void => undefined;
    if (watchMode) await firstWatchBuild(buildOptions, () => reload());
    else if (!existsSync(join(DIST_DIR, 'index.html'))) console.log(formatReport(await build(buildOptions)));
    previewData(); // load (or seed) the store before the URL is printed
    const server = await startServer({ liveReload: watchMode });
    reload = server.reload;
    // Pending batched writes reach the disk before the process exits.
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
        process.once(signal, () => {
            void server.close().finally(() => {
                closePreviewData();
                process.exit(0);
            });
        });
    }
    console.log(`Customer Outcomes preview: ${server.url}`);
}

if (require.main === module) {
    main(process.argv.slice(2)).catch((error: unknown) => {
        console.error(error instanceof Error ? error.message : error);
        process.exitCode = 1;
    });
}
