import type { Locator, Page } from 'playwright-core';
import { dueDeals as storedDueDeals } from './support/followUpsDue';
import { eventually, expectText, openDeal, shortDate } from './support/opportunityPanel';
import { withPage } from './support/page';
import { usePreviewAndBrowser } from './support/suite';
import { defaultTimeZone } from '../../preview/server/store/clock';
import { daysBetween, todayIn } from '../../core/dates';

/**
 * The Home list in the preview: the sample's won deals whose follow-up is overdue or due soon,
 * most overdue first, as the store holds them (read through GraphQL, filtered and ordered here);
 * and the rep's loop: open an overdue deal from the list, log a check-in through the Opportunity
 * panel's "Log check-in" form, come back Home and the deal is gone from the list.
 */
const suite = usePreviewAndBrowser({ resetBeforeEach: false });

/** The preview server's TODAY() (the sample is loaded relative to it); the browser clock is set to it too. */
const TODAY = todayIn(defaultTimeZone());

const dueDeals = () => storedDueDeals(suite.preview);

async function openHome(page: Page): Promise<Locator> {
    await page.clock.setFixedTime(new Date(`${TODAY}T12:00:00Z`));
    await page.goto(`${suite.preview.url}?today=${TODAY}#/`);
    const list = page.locator('c-follow-ups-due');
    await list.locator('c-follow-up-deal-list, .all-current').first().waitFor();
    return list;
}

async function shownNames(list: Locator): Promise<string[]> {
    return (await list.locator('.deal-link').allInnerTexts()).map((t) => t.trim());
}

/** "20 days overdue", "Due in 10 days": whole days from today to the due date. */
function inWords(due: string): string {
    const days = daysBetween(TODAY, due);
    if (days < -1) return `${-days} days overdue`;
    if (days === -1) return '1 day overdue';
    if (days === 0) return 'Due today';
    return days === 1 ? 'Due tomorrow' : `Due in ${days} days`;
}

describe('Home: follow-ups due', () => {
    it("lists the sample's overdue deals first, most overdue first, then those due soon", async () => {
        const expected = await dueDeals();
        const overdue = expected.filter((d) => d.Follow_Up_Status__c.value === 'Overdue').map((d) => d.Name.value);
        // The sample's story: Northwind and Cobalt Ridge are overdue, Brightwater due soon.
        expect(overdue).toEqual(['Northwind Logistics - Accounts Receivable Automation', 'Cobalt Ridge Software - Subscription Billing']);
        await withPage(suite.browser, 'home-follow-ups', async ({ page, consoleErrors }) => {
            const list = await openHome(page);
            await eventually(
                () => shownNames(list),
                (names) => expect(names).toEqual(expected.map((d) => d.Name.value))
            );
            expect((await list.locator('.days-text').allInnerTexts()).map((t) => t.trim())).toEqual(
                expected.map((d) => inWords(d.Next_Follow_Up_Due__c.value ?? ''))
            );
            expect((await list.locator('.deal-account').allInnerTexts()).map((t) => t.trim())).toEqual(
                expected.map((d) => `Account: ${d.Account?.Name.value ?? ''}`)
            );
            const lastCheckIns = (await list.locator('.last-check-in').allInnerTexts()).map((t) => t.trim());
            expect(lastCheckIns).toEqual(
                expected.map((d) =>
                    d.Last_Check_In_Date__c.value ? `Last check-in ${shortDate(d.Last_Check_In_Date__c.value)}` : 'No check-in yet'
                )
            );
            expect(consoleErrors).toEqual([]);
        });
    });

    it('logging a check-in from the Opportunity page takes the deal off the list', async () => {
        const [first, ...rest] = await dueDeals();
        if (!first) throw new Error('no deal due for follow-up in the sample');
        await withPage(suite.browser, 'home-check-in-removes', async ({ page, consoleErrors }) => {
            let list = await openHome(page);
            await eventually(
                () => shownNames(list),
                (names) => expect(names[0]).toBe(first.Name.value)
            );
            // The rep opens the most overdue deal from the list...
            await list.locator('.deal-link').first().click();
            await page.waitForURL(new RegExp(`#/r/Opportunity/${first.Id}`));
            // ...logs a check-in through the Opportunity panel's form...
            const panel = await openDeal(page, suite.preview, first.Id, TODAY);
            await panel.getByRole('button', { name: 'Log check-in' }).click();
            const form = panel.locator('c-check-in-form');
            await form
                .getByRole('textbox', { name: 'Summary', exact: true })
                .fill('Went through the first month with the AR team; cash application is live.');
            await form.getByRole('button', { name: 'Save', exact: true }).click();
            await page.getByRole('status').filter({ hasText: 'Check-in saved' }).first().waitFor();
            await form.waitFor({ state: 'detached' });
            await expectText(panel.locator('c-follow-up-status-badge .last-check-in'), `Last check-in ${shortDate(TODAY)}`);
            // ...and back on Home the deal is no longer due.
            list = await openHome(page);
            await eventually(
                () => shownNames(list),
                (names) => expect(names).toEqual(rest.map((d) => d.Name.value))
            );
            expect(consoleErrors).toEqual([]);
        });
        const after = await dueDeals();
        expect(after.map((d) => d.Id)).not.toContain(first.Id);
    });
});
