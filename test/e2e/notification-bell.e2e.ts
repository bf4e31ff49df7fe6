import type { Locator, Page } from 'playwright-core';
import { todayIn } from '../../core/dates';
import { labelsFileIn, readLabels } from '../../core/metadata/labels';
import {
    dealsOf,
    dueSoonThenOverdue,
    expectedNotifications,
    firstDayWith,
    WON_DEALS_QUERY,
    type DealOnDay,
    type ExpectedNotification
} from '../../preview/harness/expectedNotifications';
import { graphql, type Connection } from '../../preview/harness/requests';
import { REMINDER_LABELS } from '../../preview/server/notifications/notificationText';
import { defaultTimeZone } from '../../preview/server/store/clock';
import { expectNoAxeViolations } from './support/axe';
import { eventually, expectFocused, shortDate } from './support/opportunityPanel';
import { withPage } from './support/page';
import { usePreviewAndBrowser } from './support/suite';

/**
 * The header's notification bell: what the daily reminder job would have sent the viewing user on
 * the page's ?today=, as the rep (the default) and as their manager (?as=manager). The days are
 * found in the sample, and what each must show is worked out from the follow-up formulas the store
 * evaluates that day (preview/harness/expectedNotifications.ts), not from the job's twin the bell
 * runs; the texts from the job's labels.
 */
const suite = usePreviewAndBrowser({ resetBeforeEach: false });

const TODAY = todayIn(defaultTimeZone());
const SOURCE_DIR = `${__dirname}/../../force-app/main/default`;

async function dealsOn(day: string): Promise<DealOnDay[]> {
    return dealsOf(await graphql<{ Opportunity: Connection<DealOnDay> }>(suite.preview, WON_DEALS_QUERY, day));
}

/** The running user (the sample's deal owner) and their manager. */
async function users(): Promise<{ repId: string; repName: string; managerId: string }> {
    const owner = (await dealsOn(TODAY))[0]?.Owner;
    if (!owner?.ManagerId.value) throw new Error("the sample's deal owner has no manager");
    return { repId: owner.Id, repName: owner.Name.value, managerId: owner.ManagerId.value };
}

/** A notification's title and body as the job words them: the label, its placeholders filled. */
function worded(n: ExpectedNotification, ownerName: string): { title: string; body: string } {
    const labels = readLabels(labelsFileIn(SOURCE_DIR));
    const fill = (name: string): string =>
        (labels.get(name) ?? `(missing label ${name})`)
            .replace(/\{0\}/g, n.dealName)
            .replace(/\{1\}/g, shortDate(n.due))
            .replace(/\{2\}/g, ownerName);
    const names = REMINDER_LABELS[n.level];
    return { title: fill(names.title), body: fill(names.body) };
}

async function openHome(page: Page, query: string): Promise<Locator> {
    await page.goto(`${suite.preview.url}${query}#/`);
    await page.locator('c-follow-ups-due').waitFor();
    return page.locator('shell-notification-bell');
}

/** Opens the panel from the bell and checks the bell, the badge and each notification against the expectation. */
async function expectBell(bell: Locator, viewerName: string, expected: ExpectedNotification[], ownerName: string): Promise<Locator> {
    const button = bell.getByRole('button', { name: `Notifications: ${expected.length}`, exact: true });
    await button.waitFor();
    await eventually(
        () => bell.locator('.bell-viewer').innerText(),
        (text) => expect(text.trim()).toBe(`Notifications for ${viewerName}`)
    );
    expect((await bell.locator('.bell-count').innerText()).trim()).toBe(String(expected.length));
    await button.click();
    const panel = bell.getByRole('dialog', { name: `Notifications for ${viewerName}` });
    await panel.waitFor();
    const items = panel.locator('.bell-item');
    const shown = await items.evaluateAll((nodes) =>
        nodes.map((node) => ({
            title: node.querySelector('.bell-title')?.textContent?.trim() ?? '',
            body: node.querySelector('.bell-body')?.textContent?.trim() ?? '',
            link: node.querySelector('a')?.textContent?.trim() ?? ''
        }))
    );
    const want = expected.map((n) => ({ ...worded(n, ownerName), link: `Open ${n.dealName}` }));
    const byTitle = (a: { title: string }, b: { title: string }): number => a.title.localeCompare(b.title);
    expect([...shown].sort(byTitle)).toEqual([...want].sort(byTitle));
    return panel;
}

/** Follows the notification's link; the deal's page opens with its name in the record header. */
async function openFromPanel(page: Page, panel: Locator, n: ExpectedNotification): Promise<void> {
    await panel
        .getByRole('link', { name: `Open ${n.dealName}`, exact: true })
        .first()
        .click();
    await page.waitForURL(new RegExp(`#/r/Opportunity/${n.dealId}$`));
    await eventually(
        () => page.locator('shell-record-header .slds-page-header__title').innerText(),
        (name) => expect(name.trim()).toBe(n.dealName)
    );
    await expectNoDialog(page);
}

async function expectNoDialog(page: Page): Promise<void> {
    await eventually(
        () => page.locator('shell-notification-bell').getByRole('dialog').count(),
        (n) => expect(n).toBe(0)
    );
}

describe('the notification bell', () => {
    it('as the rep: a deal due soon on one ?today=, overdue on a later one; axe clean with the panel open; a link opens the deal', async () => {
        const { repId, repName } = await users();
        const expectedOn = async (day: string) => expectedNotifications(await dealsOn(day), repId, day);
        const { dueSoonDay, overdueDay, deal } = await dueSoonThenOverdue(expectedOn, TODAY);
        await withPage(suite.browser, 'bell-rep', async ({ page, consoleErrors }) => {
            // (a) the day the deal is due soon
            let bell = await openHome(page, `?today=${dueSoonDay}`);
            const dueSoon = await expectedOn(dueSoonDay);
            let panel = await expectBell(bell, repName, dueSoon, repName);
            await expectNoAxeViolations(page);
            // Escape closes the panel and gives the focus back to the bell.
            await page.keyboard.press('Escape');
            await expectNoDialog(page);
            await expectFocused(bell.getByRole('button', { name: /^Notifications: / }));

            // (b) the day the same deal is overdue: its reminder has moved on
            bell = await openHome(page, `?today=${overdueDay}`);
            const overdue = await expectedOn(overdueDay);
            expect(overdue.find((n) => n.dealId === deal.dealId)?.level).toBe('Overdue');
            panel = await expectBell(bell, repName, overdue, repName);
            await expectNoAxeViolations(page);
            const reminder = overdue.find((n) => n.dealId === deal.dealId);
            if (!reminder) throw new Error('unreachable');
            await openFromPanel(page, panel, reminder);
            // The page kept the day: ?today= is before the #route.
            expect(new URL(page.url()).search).toBe(`?today=${overdueDay}`);
            expect(consoleErrors).toEqual([]);
        });
    });

    it('as the manager (?as=manager) on an escalation day: the escalation, and the close button', async () => {
        const { managerId, repName } = await users();
        const expectedOn = async (day: string) => expectedNotifications(await dealsOn(day), managerId, day);
        const day = await firstDayWith(expectedOn, TODAY, 'Escalated');
        const expected = await expectedOn(day);
        const managerName = 'Priya Nair';
        await withPage(suite.browser, 'bell-manager', async ({ page, consoleErrors }) => {
            const bell = await openHome(page, `?today=${day}&as=manager`);
            const panel = await expectBell(bell, managerName, expected, repName);
            expect(expected.every((n) => n.level === 'Escalated')).toBe(true);
            await expectNoAxeViolations(page);
            await panel.getByRole('button', { name: 'Close notifications' }).click();
            await expectNoDialog(page);
            await expectFocused(bell.getByRole('button', { name: /^Notifications: / }));
            await bell.getByRole('button', { name: /^Notifications: / }).click();
            const first = expected[0];
            if (!first) throw new Error('unreachable');
            await openFromPanel(page, bell.getByRole('dialog'), first);
            expect(consoleErrors).toEqual([]);
        });
    });

    it('an unknown ?as= is said in the header; the page works as ever', async () => {
        await withPage(suite.browser, 'bell-unknown-viewer', async ({ page }) => {
            const bell = await openHome(page, `?as=boss`);
            await eventually(
                () => bell.getByRole('alert').innerText(),
                (text) =>
                    expect(text.trim()).toMatch(
                        /^\?as=boss is not a viewer the preview has: use \?as=rep \(.+, the default\) or \?as=manager\.$/
                    )
            );
            await bell.getByRole('button', { name: 'Notifications: unavailable' }).waitFor();
            await page.locator('c-follow-ups-due .deal-link').first().waitFor();
            await expectNoAxeViolations(page);
        });
    });
});
