/**
 * Opening the Account panel in the preview as of a given day, and finding one KPI on it.
 */
import type { Locator, Page } from 'playwright-core';
import type { RunningPreview } from '../../../preview/harness/runningPreview';

/**
 * Opens an account's record page as of `today` (server TODAY() and browser clock agree, as in
 * openDeal) and waits for the panel's data.
 */
export async function openAccount(page: Page, preview: RunningPreview, accountId: string, today: string): Promise<Locator> {
    await page.clock.setFixedTime(new Date(`${today}T12:00:00Z`));
    await page.goto(`${preview.url}?today=${today}#/r/Account/${accountId}`);
    const panel = page.locator('c-account-outcomes');
    await panel.locator('c-value-summary .summary-sentence').waitFor();
    return panel;
}

/** One KPI of the Account panel, by its name. */
export function accountKpiItem(panel: Locator, name: string): Locator {
    return panel.locator('c-account-kpi-item').filter({ has: panel.page().locator('.kpi-name', { hasText: name }) });
}
