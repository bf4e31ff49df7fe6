import type { Page } from 'playwright-core';
import { graphql, recordIdNamed, type Connection } from '../../preview/harness/requests';
import { withPage } from './support/page';
import { usePreviewAndBrowser } from './support/suite';

/**
 * The preview as a person uses it: record pages render sample data through the GraphQL
 * stand-in, the stage path writes through a mutation that survives a reload, and a query the
 * metadata does not allow comes back with the org's error, shown on the page.
 */

const suite = usePreviewAndBrowser();

async function openRecord(page: Page, id: string): Promise<void> {
    await page.goto(`${suite.preview.url}#/r/Opportunity/${id}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
}

describe('local preview', () => {
    it('lists the sample opportunities and opens a record page with its data', async () => {
        await withPage(suite.browser, 'preview-list-and-record', async ({ page, consoleErrors }) => {
            const requests: string[] = [];
            page.on('request', (request) => requests.push(request.url()));
            await page.goto(`${suite.preview.url}#/o/Opportunity`);
            const link = page.getByRole('link', { name: 'Meridian Field Services - Collections and Cash Application' });
            await link.click();
            await page.getByRole('heading', { name: /Meridian Field Services - Collections and Cash Application/ }).waitFor();
            await expectText(page, '$86,000.00');
            await expectText(page, 'Proposal/Price Quote');
            expect(consoleErrors).toEqual([]);
            // Everything the page loads comes from the preview itself, on loopback.
            const origin = new URL(suite.preview.url).origin;
            expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
        });
    });

    it('moves a deal along the stage path through a mutation that survives a reload', async () => {
        const id = await recordIdNamed(suite.preview, 'Opportunity', 'Meridian Field Services - Collections');
        await withPage(suite.browser, 'preview-stage-path', async ({ page }) => {
            await openRecord(page, id);
            await page.getByRole('option', { name: /Negotiation\/Review/ }).click();
            await page.getByRole('button', { name: 'Mark as Current Stage' }).click();
            await page
                .getByRole('status')
                .filter({ hasText: /Stage changed|updated|saved/i })
                .first()
                .waitFor();
            await page.reload();
            await page.getByRole('heading', { level: 1 }).first().waitFor();
            await expectText(page, '90%');
        });
        const data = await graphql<{ Opportunity: Connection<{ StageName: { value: string } }> }>(
            suite.preview,
            `{ uiapi { query { Opportunity(where: { Id: { eq: "${id}" } }) { edges { node { StageName { value } } } } } } }`
        );
        expect(data.Opportunity.edges[0]?.node.StageName.value).toBe('Negotiation/Review');
    });

    it('shows the org-style error when a query names a field the metadata does not have', async () => {
        const id = await recordIdNamed(suite.preview, 'Opportunity', 'Northwind');
        await withPage(suite.browser, 'preview-unknown-field', async ({ page }) => {
            // Rewrites the page's own record query in flight, as a component naming a missing field would.
            await page.route('**/graphql', async (route) => {
                const body = JSON.parse(route.request().postData() ?? '{}') as { query: string };
                if (body.query.includes('StageName')) body.query = body.query.replace('StageName', 'Missing_Field__c { value } StageName');
                await route.continue({ postData: JSON.stringify(body) });
            });
            await page.goto(`${suite.preview.url}#/r/Opportunity/${id}`);
            const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' }).first();
            await alert.waitFor();
            expect(await alert.textContent()).toContain(
                "Validation error of type FieldUndefined: Field 'Missing_Field__c' in type 'Opportunity' is undefined"
            );
        });
    });

    it("?today= moves the browser's today too: a new check-in defaults to that day", async () => {
        const id = await recordIdNamed(suite.preview, 'Opportunity', 'Northwind Logistics - Accounts Receivable');
        await withPage(suite.browser, 'preview-today', async ({ page }) => {
            await page.goto(`${suite.preview.url}?today=2027-01-06#/r/Opportunity/${id}`);
            const panel = page.locator('c-opportunity-outcomes');
            await panel.getByRole('button', { name: 'Log check-in' }).click();
            const date = panel.locator('c-check-in-form').getByRole('textbox', { name: 'Check-In Date', exact: true });
            await date.waitFor();
            expect(await page.evaluate(() => new Date().toISOString().slice(0, 10))).toBe('2027-01-06');
            expect(await date.inputValue()).toMatch(/^(Jan 6, 2027|2027-01-06|1\/6\/2027)$/);
        });
    });
});

async function expectText(page: Page, text: string): Promise<void> {
    await page.getByText(text, { exact: false }).first().waitFor({ timeout: 15000 });
}
