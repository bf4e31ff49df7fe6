/**
 * The preview and the browser an e2e file runs against: started once per file (the preview on
 * its own port with its own temporary store), the sample data restored before each test unless
 * the file keeps state across its tests, both closed at the end. Call at the top of a test file.
 */
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../../preview/harness/browser';
import { startPreview, type RunningPreview } from '../../../preview/harness/runningPreview';

export interface E2eSuite {
    readonly preview: RunningPreview;
    readonly browser: Browser;
}

export function usePreviewAndBrowser(options: { resetBeforeEach?: boolean } = {}): E2eSuite {
    let preview: RunningPreview | undefined;
    let browser: Browser | undefined;
    beforeAll(async () => {
        preview = await startPreview();
        browser = await launchBrowser();
    });
    afterAll(async () => {
        await browser?.close();
        await preview?.close();
    });
    if (options.resetBeforeEach !== false) beforeEach(() => started(preview, 'preview').reset());
    return {
        get preview() {
            return started(preview, 'preview');
        },
        get browser() {
            return started(browser, 'browser');
        }
    };
}

function started<T>(value: T | undefined, what: string): T {
    if (!value) throw new Error(`the ${what} is not started: use it inside a test or a hook, not at load time`);
    return value;
}
