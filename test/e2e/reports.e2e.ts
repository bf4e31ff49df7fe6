import type { Page } from 'playwright-core';
import { withPage } from './support/page';
import { usePreviewAndBrowser } from './support/suite';

/**
 * A sales manager in the preview: the Dashboard tab shows the Customer Outcomes dashboard with
 * its figures from the package's reports; a component's link opens its report, grouped by rep
 * with the won deals whose follow-up is due; the Reports tab lists the folder's reports.
 */

const suite = usePreviewAndBrowser();

async function nav(page: Page, label: string): Promise<void> {
    await page.getByRole('navigation', { name: 'Customer Outcomes' }).getByRole('link', { name: label, exact: true }).click();
}

describe('reports and dashboard in the preview', () => {
    it('opens the dashboard from the header, then a report from one of its components', async () => {
        await withPage(suite.browser, 'preview-dashboard-and-report', async ({ page, consoleErrors }) => {
            await page.goto(suite.preview.url);
            await nav(page, 'Dashboard');
            await page.getByRole('heading', { level: 1, name: /Customer Outcomes/ }).waitFor();

            const tile = page.locator('article', { has: page.getByRole('heading', { name: 'Won deals lacking follow-up' }) });
            await expectText(tile, '3');
            await expectText(page.locator('article', { has: page.getByRole('heading', { name: 'Open deals missing metrics' }) }), '2');
            const byRep = page.locator('article', { has: page.getByRole('heading', { name: 'Value delivered by rep' }) });
            // On track counts only with a reading long enough after the win (issue 20): the deal won 20 days ago does not count yet.
            await byRep.getByText('On track: 3').waitFor();
            await byRep.getByText('Achieved: 2').waitFor();

            await tile.getByRole('link', { name: /View report/ }).click();
            await page.getByRole('heading', { level: 1, name: /Won Deals Lacking Follow-Up/ }).waitFor();
            const table = page.getByRole('table', { name: /Won Deals Lacking Follow-Up: 3 records, grouped by Opportunity Owner/ });
            await table.waitFor();
            await table.getByRole('rowgroup').getByText('Opportunity Owner: Jordan Lee').waitFor();
            for (const deal of [
                'Northwind Logistics - Accounts Receivable Automation',
                'Cobalt Ridge Software - Subscription Billing',
                'Brightwater Health Partners - Patient Billing Service Desk'
            ])
                await table.getByRole('link', { name: deal }).waitFor();
            await page.getByText('Follow-Up Status equals Overdue, Due soon').waitFor();

            // A deal link opens the record page, as report links do in the org.
            await table.getByRole('link', { name: 'Northwind Logistics - Accounts Receivable Automation' }).click();
            await page
                .getByRole('heading', { name: /Northwind Logistics - Accounts Receivable Automation/ })
                .first()
                .waitFor();
            expect(consoleErrors).toEqual([]);
        });
    });

    it("lists the folder's reports on the Reports tab and runs each", async () => {
        await withPage(suite.browser, 'preview-report-list', async ({ page, consoleErrors }) => {
            await page.goto(suite.preview.url);
            await nav(page, 'Reports');
            for (const name of [
                'Won Deals Lacking Follow-Up',
                'Open Deals Missing Customer Metrics',
                'KPI Progress by Account',
                'Value Delivered by Rep',
                'Check-Ins This Quarter'
            ])
                await page.getByRole('link', { name, exact: true }).waitFor();
            await page.getByRole('link', { name: 'Open Deals Missing Customer Metrics', exact: true }).click();
            await page.getByRole('heading', { level: 1, name: /Open Deals Missing Customer Metrics/ }).waitFor();
            await page.getByText('Cross filter: without Customer Goal (Originating Opportunity)').waitFor();
            await page.getByRole('link', { name: 'Alder & Finch - Store Expense Management' }).waitFor();
            await page.getByText('Total (2)').first().waitFor();
            expect(consoleErrors).toEqual([]);
        });
    });
});

async function expectText(scope: Page | ReturnType<Page['locator']>, text: string): Promise<void> {
    await scope.getByText(text, { exact: true }).first().waitFor({ timeout: 15000 });
}
