/**
 * One measured page load in headless Chromium: a fresh page, a script injected before anything
 * else runs (long-task observer, "rendered" watcher), navigation, then what the page itself saw.
 *
 * Times are read in the page, relative to its navigation start (performance.now() of a new
 * document), so Playwright's own latency never enters them. "Rendered" is the first animation
 * frame in which every selector of the spec matches (at least its minimum count), looked up with
 * the native querySelectorAll saved before synthetic shadow patches it, so it sees inside
 * components as the screen does. POST /graphql requests are counted from Playwright's request
 * events, with their request and response body sizes.
 */
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { operationName } from './components';

export interface RenderSpec {
    /** Every selector must match at least minCounts[i] (default 1) elements. */
    rendered: string[];
    minCounts?: number[];
    /** Intermediate moments worth a timestamp: name → selector. */
    marks?: Record<string, string>;
    /** Any of these on screen ends the wait: the page shows an error instead. */
    failed?: string;
}

/** Error states of the panels' frame, the preview's page region and its page status. */
const FAILURE_SELECTOR =
    '.panel-error, c-opportunity-outcomes .load-error, [data-missing-component], shell-region > section > [role="alert"], shell-page-status [role="alert"], bench-kpi-table .bench-error';

interface GraphQLCall {
    operation: string;
    requestBytes: number;
    responseBytes: number;
    /** Sent before the page reported "rendered". */
    beforeRendered: boolean;
    /** The parsed response (for checks), when JSON. */
    response?: unknown;
}

export interface LoadResult {
    renderedMs: number;
    marks: Record<string, number>;
    /** [startTime, duration] of each long task (> 50 ms) before "rendered". */
    longTasks: [number, number][];
    /** Long tasks in the settle window after "rendered". */
    longTasksAfter: [number, number][];
    calls: GraphQLCall[];
    consoleErrors: string[];
}

const INIT_SCRIPT = `(() => {
    const spec = __SPEC__;
    const qsa = Document.prototype.querySelectorAll;
    const bench = (window.__bench = { longTasks: [], marks: {}, rendered: undefined });
    try {
        new PerformanceObserver((list) => {
            for (const e of list.getEntries()) bench.longTasks.push([e.startTime, e.duration]);
        }).observe({ type: 'longtask', buffered: true });
    } catch (error) {
        bench.longTaskError = String(error);
    }
    const count = (selector) => qsa.call(document, selector).length;
    const mins = spec.minCounts || [];
    const tick = () => {
        const now = performance.now();
        if (spec.failed) {
            const failure = qsa.call(document, spec.failed)[0];
            if (failure) {
                bench.failed = (failure.textContent || failure.outerHTML).replace(/\s+/g, ' ').trim().slice(0, 300);
                return;
            }
        }
        for (const name of Object.keys(spec.marks || {})) {
            if (bench.marks[name] === undefined && count(spec.marks[name]) > 0) bench.marks[name] = now;
        }
        if (spec.rendered.every((selector, i) => count(selector) >= (mins[i] || 1))) {
            bench.rendered = now;
            return;
        }
        requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
})();`;

interface PageBench {
    rendered?: number;
    failed?: string;
    marks: Record<string, number>;
    longTasks: [number, number][];
    longTaskError?: string;
}

function isGraphQL(request: Request): boolean {
    return request.method() === 'POST' && new URL(request.url()).pathname === '/graphql';
}

function requestOperation(request: Request): string {
    try {
        const body = JSON.parse(request.postData() ?? '{}') as { operationName?: string; query?: string };
        return body.operationName || operationName(body.query ?? '') || '(anonymous)';
    } catch {
        return '(unparsable)';
    }
}

export interface LoadOptions {
    /** Milliseconds to keep watching after "rendered" (late requests, long tasks). */
    settleMs?: number;
    timeoutMs?: number;
    /** Keep response bodies (for field checks). */
    keepResponses?: boolean;
}

export async function newBenchContext(browser: Browser): Promise<BrowserContext> {
    return browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'en-US' });
}

/** Loads `url` in a new page of `context` and measures it (see the file comment). */
export async function measureLoad(context: BrowserContext, url: string, spec: RenderSpec, options: LoadOptions = {}): Promise<LoadResult> {
    const page: Page = await context.newPage();
    const calls: GraphQLCall[] = [];
    const pending: Promise<void>[] = [];
    const consoleErrors: string[] = [];
    let rendered = false;
    page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    page.on('request', (request) => {
        if (!isGraphQL(request)) return;
        const call: GraphQLCall = {
            operation: requestOperation(request),
            requestBytes: Buffer.byteLength(request.postData() ?? ''),
            responseBytes: 0,
            beforeRendered: !rendered
        };
        calls.push(call);
        pending.push(
            (async () => {
                const response = await request.response();
                const body = response ? await response.body() : Buffer.alloc(0);
                call.responseBytes = body.length;
                if (options.keepResponses) {
                    try {
                        call.response = JSON.parse(body.toString('utf8'));
                    } catch {
                        call.response = undefined;
                    }
                }
            })().catch(() => undefined)
        );
    });
    try {
        await page.addInitScript({ content: INIT_SCRIPT.replace('__SPEC__', JSON.stringify({ failed: FAILURE_SELECTOR, ...spec })) });
        await page.goto(url, { waitUntil: 'commit' });
        await page.waitForFunction(
            'window.__bench && (window.__bench.rendered !== undefined || window.__bench.failed !== undefined)',
            undefined,
            {
                timeout: options.timeoutMs ?? 30_000,
                polling: 100
            }
        );
        rendered = true;
        const failed = (await page.evaluate('window.__bench.failed')) as string | undefined;
        if (failed) throw new Error(`the page shows an error: ${failed}`);
        await page.waitForTimeout(options.settleMs ?? 500);
        await Promise.all(pending);
        const bench = (await page.evaluate('window.__bench')) as PageBench;
        if (bench.longTaskError) consoleErrors.push(`long-task observer: ${bench.longTaskError}`);
        const renderedMs = bench.rendered ?? Number.NaN;
        return {
            renderedMs,
            marks: bench.marks,
            longTasks: bench.longTasks.filter(([start]) => start <= renderedMs),
            longTasksAfter: bench.longTasks.filter(([start]) => start > renderedMs),
            calls,
            consoleErrors
        };
    } finally {
        await page.close();
    }
}
