import { startServer } from '../devServer';
import { useTestServer } from './support';

// Never touch the developer's saved preview data from a test.
process.env.PREVIEW_DATA_FILE ??= 'memory';

describe('preview dev server', () => {
    const running = useTestServer();

    const get = (path: string) => fetch(new URL(path, running.server.url));
    const post = (body: string) =>
        fetch(new URL('/graphql', running.server.url), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });

    it('binds the loopback interface only', () => {
        expect(running.server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    });

    it('serves the bundle, the SLDS assets and the runtime config', async () => {
        expect(await (await get('/')).text()).toContain('<title>x</title>');
        const sprite = await get('/assets/icons/utility-sprite/svg/symbols.svg');
        expect(sprite.status).toBe(200);
        expect(sprite.headers.get('content-type')).toBe('image/svg+xml');
        expect(await (await get('/preview-config.js')).text()).toMatch(/^window\.__PREVIEW_CONFIG__ = \{.*"userId":"005\w+".*\};/);
    });

    it('never serves files outside its folders', async () => {
        expect((await get('/assets/..%2f..%2fpackage.json')).status).toBe(404);
        expect((await get('/%2e%2e/%2e%2e/package.json')).status).toBe(404);
    });

    it('answers GraphQL posts with { data, errors } and rejects malformed ones', async () => {
        const ok = await post(
            JSON.stringify({ query: 'query previewAccountList { uiapi { query { Account { edges { node { Id } } } } } }' })
        );
        expect(ok.status).toBe(200);
        expect(((await ok.json()) as { data: { uiapi: unknown } }).data.uiapi).toBeDefined();
        expect((await post('{not json')).status).toBe(400);
        expect((await post(JSON.stringify({ variables: {} }))).status).toBe(400);
        expect((await get('/graphql')).status).toBe(405);
    });

    it("forwards the page's today override to the GraphQL handler", async () => {
        const query = JSON.stringify({ query: 'query previewAccountList { uiapi { query { Account { edges { node { Id } } } } } }' });
        const asOf = (today: string) =>
            fetch(new URL('/graphql', running.server.url), {
                method: 'POST',
                headers: { 'Content-Type': 'application/json', 'X-Preview-Today': today },
                body: query
            });
        expect(((await (await asOf('2026-09-01')).json()) as { errors?: unknown }).errors).toBeUndefined();
        expect(((await (await asOf('not-a-date')).json()) as { errors?: unknown[] }).errors?.length).toBeGreaterThan(0);
    });

    it('moves to the next port when the first one is taken', async () => {
        const second = await startServer({ port: running.server.port, distDir: running.distDir });
        try {
            expect(second.port).toBeGreaterThan(running.server.port);
        } finally {
            await second.close();
        }
    });
});
