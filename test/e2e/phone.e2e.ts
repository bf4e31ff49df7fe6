import type { Locator, Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { expectActiveElement } from './support/keyboard';
import { expectText, expectTextContaining, openDeal, sampleDeal, shortDate } from './support/opportunityPanel';
import { openAccount } from './support/accountPanel';
import { graphql, recordIdNamed, type Connection } from '../../preview/harness/requests';
import { todayIn } from '../../core/dates';
import { defaultTimeZone } from '../../preview/server/store/clock';
import { withPage } from './support/page';
import { usePreviewAndBrowser } from './support/suite';

/**
 * The package on a phone (390 × 844, an iPhone's viewport in CSS pixels): the Log check-in quick
 * action from the action bar at the bottom of the Opportunity page, and the three panels' pages
 * laid out without sideways scrolling. Each state is audited with axe.
 */
const suite = usePreviewAndBrowser();
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const WON_DEAL = 'Northwind Logistics - Accounts Receivable Automation';
const ACCOUNT = 'Northwind Logistics';
const DSO = 'Days sales outstanding';
const UNAPPLIED = 'Unapplied cash items';

/** True when the page does not scroll sideways: nothing is wider than the screen. */
async function expectNoHorizontalScroll(page: Page): Promise<void> {
    const { scrollWidth, clientWidth } = await page.evaluate(() => {
        const root = (globalThis as unknown as { document: { scrollingElement: { scrollWidth: number; clientWidth: number } } }).document
            .scrollingElement;
        return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
    });
    expect({ scrollWidth, clientWidth }).toEqual({ scrollWidth: Math.min(scrollWidth, clientWidth), clientWidth });
}

function actionButton(page: Page): Locator {
    return page.locator('shell-record-actions').getByRole('button', { name: 'Log check-in', exact: true });
}

describe('On a phone (390 × 844)', () => {
    it('logs a check-in with two KPI readings through the Log check-in quick action; the panel shows it', async () => {
        const deal = await sampleDeal(suite.preview, WON_DEAL);
        const today = todayIn(defaultTimeZone());
        await withPage(
            suite.browser,
            'phone-quick-action',
            async ({ page, consoleErrors }) => {
                const panel = await openDeal(page, suite.preview, deal.id);
                await panel.locator('c-follow-up-status-badge').waitFor();

                // The action sits in the bar at the bottom of the screen, as in the mobile app; on a
                // phone it is the Aura action (LWC quick actions do not run in the mobile app).
                const button = actionButton(page);
                expect(await button.getAttribute('data-action')).toBe('Opportunity.Log_Check_In_Mobile');
                const box = await button.boundingBox();
                expect(box && Math.round(box.y + box.height)).toBeGreaterThan(PHONE.height - 60);
                await expectNoHorizontalScroll(page);

                // Keyboard: focus the action and press Enter; its window opens with the check-in form.
                await button.focus();
                await page.keyboard.press('Enter');
                const dialog = page.getByRole('dialog', { name: 'Log check-in' });
                const form = dialog.locator('c-check-in-form');
                const summary = form.getByRole('textbox', { name: 'Summary', exact: true });
                await summary.waitFor();
                await expectNoAxeViolations(page);
                await expectNoHorizontalScroll(page);
                // The window fills the screen: a fixed window is no part of the page's scroll width.
                for (const part of [dialog.locator('.slds-modal__container'), dialog.getByRole('button', { name: 'Close', exact: true })]) {
                    const edges = await part.first().boundingBox();
                    expect(edges && edges.x >= 0 && edges.x + edges.width <= PHONE.width).toBe(true);
                }

                await summary.fill('Call from the warehouse: DSO at 48, unapplied cash down to 90.');
                await form.getByRole('textbox', { name: `${DSO} (days)`, exact: true }).fill('48');
                await form.getByRole('textbox', { name: `${UNAPPLIED} (items)`, exact: true }).fill('90');
                await form.getByRole('button', { name: 'Save', exact: true }).click();

                // Saved: a toast, the window closes, focus is back on the action, the panel re-read.
                await page.getByRole('status').filter({ hasText: 'Check-in saved' }).first().waitFor();
                await dialog.waitFor({ state: 'detached' });
                await expectActiveElement(button);
                await expectText(
                    panel.locator('.check-in-summary').first(),
                    'Call from the warehouse: DSO at 48, unapplied cash down to 90.'
                );
                await expectTextContaining(panel.locator('c-follow-up-status-badge'), `Last check-in ${shortDate(today)}`);
                await expectNoAxeViolations(page);
                await expectNoHorizontalScroll(page);
                expect(consoleErrors).toEqual([]);
            },
            PHONE
        );
        // Both readings were saved with the check-in, in the same request (the store, read over GraphQL).
        const saved = await graphql<{
            Success_Check_In__c: Connection<{ Summary__c: { value: string } }>;
            KPI_Measurement__c: Connection<{ Value__c: { value: number }; Customer_KPI__r: { Name: { value: string } } }>;
        }>(
            suite.preview,
            `{ uiapi { query {
                Success_Check_In__c(where: { Opportunity__c: { eq: "${deal.id}" }, Check_In_Date__c: { eq: { value: "${today}" } } }) {
                    edges { node { Summary__c { value } } } }
                KPI_Measurement__c(where: { Check_In__r: { Opportunity__c: { eq: "${deal.id}" }, Check_In_Date__c: { eq: { value: "${today}" } } } },
                    orderBy: { Value__c: { order: ASC } }) {
                    edges { node { Value__c { value } Customer_KPI__r { Name { value } } } } } } } }`
        );
        expect(saved.Success_Check_In__c.edges.map(({ node }) => node.Summary__c.value)).toEqual([
            'Call from the warehouse: DSO at 48, unapplied cash down to 90.'
        ]);
        expect(saved.KPI_Measurement__c.edges.map(({ node }) => [node.Customer_KPI__r.Name.value, node.Value__c.value])).toEqual([
            [DSO, 48],
            [UNAPPLIED, 90]
        ]);
    });

    it('wider than a phone the page shows the LWC quick action instead', async () => {
        const deal = await sampleDeal(suite.preview, WON_DEAL);
        await withPage(
            suite.browser,
            'desktop-quick-action',
            async ({ page }) => {
                await openDeal(page, suite.preview, deal.id);
                expect(await actionButton(page).getAttribute('data-action')).toBe('Opportunity.Log_Check_In');
            },
            DESKTOP
        );
    });

    it('Escape closes the action without saving, and focus goes back to it', async () => {
        const deal = await sampleDeal(suite.preview, WON_DEAL);
        await withPage(
            suite.browser,
            'phone-quick-action-escape',
            async ({ page }) => {
                await openDeal(page, suite.preview, deal.id);
                const button = actionButton(page);
                await button.click();
                const dialog = page.getByRole('dialog', { name: 'Log check-in' });
                const summary = dialog.getByRole('textbox', { name: 'Summary', exact: true });
                await summary.fill('Not sent');
                await page.keyboard.press('Escape');
                await dialog.waitFor({ state: 'detached' });
                await expectActiveElement(button);
            },
            PHONE
        );
    });

    it.each([
        [
            'Opportunity',
            async (page: Page) =>
                (await openDeal(page, suite.preview, (await sampleDeal(suite.preview, WON_DEAL)).id)).locator('.goal').first()
        ],
        [
            'Account',
            async (page: Page) =>
                (await openAccount(page, suite.preview, await recordIdNamed(suite.preview, 'Account', ACCOUNT), todayIn(defaultTimeZone())))
                    .locator('c-account-goal')
                    .first()
        ],
        [
            'Home',
            async (page: Page) => {
                await page.goto(`${suite.preview.url}#/`);
                return page.locator('c-follow-ups-due .deal-link').first();
            }
        ]
    ])('%s page: laid out without sideways scrolling, axe clean', async (name, open) => {
        await withPage(
            suite.browser,
            `phone-layout-${name}`,
            async ({ page }) => {
                await (await open(page)).waitFor();
                await expectNoHorizontalScroll(page);
                await expectNoAxeViolations(page);
            },
            PHONE
        );
    });
});
