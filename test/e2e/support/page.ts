/**
 * A page per test, with a screenshot kept in test-results/ when the test fails, and the
 * browser console's errors collected so a test can assert there were none.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';

const RESULTS_DIR = join(__dirname, '..', '..', '..', 'test-results');

export interface TestPage {
    page: Page;
    consoleErrors: string[];
}

/** A desktop browser window, unless a test says otherwise (a phone: 390 × 844). */
const DESKTOP = { width: 1400, height: 1000 };

export async function withPage(
    browser: Browser,
    name: string,
    body: (t: TestPage) => Promise<void>,
    viewport: { width: number; height: number } = DESKTOP
): Promise<void> {
    const context = await browser.newContext({ viewport, locale: 'en-US' });
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    try {
        await body({ page, consoleErrors });
    } catch (error) {
        mkdirSync(RESULTS_DIR, { recursive: true });
        const file = join(RESULTS_DIR, `${name.replace(/[^a-z0-9]+/gi, '-')}.png`);
        await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
        throw error instanceof Error ? Object.assign(error, { message: `${error.message}\n(screenshot: ${file})` }) : error;
    } finally {
        await context.close();
    }
}
