import type { Locator, Page } from 'playwright-core';
import { defaultTimeZone } from '../../preview/server/store/clock';
import { todayIn } from '../../core/dates';
import { FAULT_MESSAGES, injectFault, unexpectedConsoleErrors, type FaultKind } from './support/faults';
import { field, inputValues } from './support/forms';
import { accountKpiItem, openAccount } from './support/accountPanel';
import { eventually, expectText, openDeal, sampleDeal } from './support/opportunityPanel';
import { recordIdNamed } from '../../preview/harness/requests';
import { withPage } from './support/page';
import { usePreviewAndBrowser } from './support/suite';
import { accountReadings, followUpRecords, storedGoals } from './support/stored';

/**
 * Issue #11: failures while loading and while saving, through the real preview with faults
 * injected into its /graphql endpoint (preview/server/faults.ts). A failed load says what failed
 * and Retry loads the panel; a failed save keeps the form open with everything typed, says that
 * nothing was saved, and the store (read with GraphQL, not from the screen) holds nothing new;
 * saving again saves exactly once.
 */

// Each test starts from the sample data (which also clears any fault a failed test left queued).
const suite = usePreviewAndBrowser();

const OPEN_DEAL = 'Meridian Field Services - Collections';
const WON_DEAL = 'Northwind Logistics - Accounts Receivable';
const ACCOUNT = 'Northwind Logistics';
const DSO = 'Days sales outstanding';
const TODAY = todayIn(defaultTimeZone());
const SAVE_KINDS: FaultKind[] = ['network', 'http500', 'graphql'];
const KIND_NAMES: Record<FaultKind, string> = { network: 'network error', http500: 'HTTP 500', graphql: 'GraphQL error' };

/** Goes to a page without waiting for its panel's data (the load is meant to fail). */
async function goto(page: Page, route: string): Promise<void> {
    await page.clock.setFixedTime(new Date(`${TODAY}T12:00:00Z`));
    await page.goto(`${suite.preview.url}?today=${TODAY}#${route}`);
}

/** The panel's load error reads "couldn't be loaded" and why; Retry then loads the panel. */
async function expectLoadErrorThenRetry(panel: Locator, kind: FaultKind, loaded: Locator): Promise<void> {
    const alert = panel.locator('.load-error');
    await expectText(alert, /Customer outcomes couldn't be loaded: /);
    await expectText(alert, FAULT_MESSAGES[kind]);
    await panel.getByRole('button', { name: 'Retry', exact: true }).click();
    await loaded.first().waitFor();
    await alert.waitFor({ state: 'detached' });
}

/** Clicks Save and waits for the form to say nothing was saved, and why. */
async function saveAndExpectNothingSaved(form: Locator, kind: FaultKind): Promise<void> {
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    const alert = form.getByRole('alert');
    await expectText(alert, /Nothing was saved: /);
    await expectText(alert, FAULT_MESSAGES[kind]);
}

/** Clicks Save and waits for the success toast and the form to close. */
async function saveAndExpectSaved(page: Page, form: Locator, toast: string): Promise<void> {
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: toast }).first().waitFor();
    await form.waitFor({ state: 'detached' });
}

describe('Opportunity panel: failures', () => {
    it.each<FaultKind>(['network', 'graphql'])('%s error during load: says what failed, and Retry loads the panel', async (kind) => {
        const deal = await sampleDeal(suite.preview, OPEN_DEAL);
        await withPage(suite.browser, `failures-opportunity-load-${kind}`, async ({ page, consoleErrors }) => {
            await injectFault(suite.preview, 'OpportunityOutcomes', kind);
            await goto(page, `/r/Opportunity/${deal.id}`);
            const panel = page.locator('c-opportunity-outcomes');
            await expectLoadErrorThenRetry(panel, kind, panel.locator('.intro'));
            await panel.getByRole('button', { name: 'Add goal', exact: true }).waitFor();
            expect(unexpectedConsoleErrors(consoleErrors)).toEqual([]);
        });
    });

    it.each(SAVE_KINDS)(
        '%s while saving a new goal: form kept with every value, nothing saved; Save again saves exactly one goal',
        async (kind) => {
            const deal = await sampleDeal(suite.preview, OPEN_DEAL);
            const before = await storedGoals(suite.preview, deal.id);
            const typed = {
                Goal: `Cut days to collect (${KIND_NAMES[kind]})`,
                'Why It Matters': 'Technicians chase invoices instead of fixing meters.',
                'Cost of doing nothing': '250000'
            };
            await withPage(suite.browser, `failures-goal-save-${kind}`, async ({ page, consoleErrors }) => {
                const panel = await openDeal(page, suite.preview, deal.id);
                await panel.getByRole('button', { name: 'Add goal', exact: true }).click();
                const form = panel.locator('c-goal-form');
                for (const [label, value] of Object.entries(typed)) await field(form, label).input.fill(value);
                await injectFault(suite.preview, 'CreateGoal', kind);

                await saveAndExpectNothingSaved(form, kind);
                expect(await inputValues(form, Object.keys(typed))).toEqual(typed);
                expect(await storedGoals(suite.preview, deal.id)).toEqual(before);
                expect(await page.getByRole('status').filter({ hasText: 'Goal saved' }).count()).toBe(0);

                await saveAndExpectSaved(page, form, 'Goal saved');
                await panel.locator('.goal-name', { hasText: typed.Goal }).waitFor();
                expect(unexpectedConsoleErrors(consoleErrors)).toEqual([]);
            });
            const after = await storedGoals(suite.preview, deal.id);
            expect(after.filter((goal) => !before.some((b) => b.name === goal.name))).toEqual([
                { name: typed.Goal, whyItMatters: typed['Why It Matters'], cost: 250000 }
            ]);
            expect(after).toHaveLength(before.length + 1);
        }
    );

    it.each(SAVE_KINDS)(
        '%s while logging a check-in with readings on a won deal: no check-in, no reading saved; Save again saves exactly one of each',
        async (kind) => {
            const deal = await sampleDeal(suite.preview, WON_DEAL);
            const before = await followUpRecords(suite.preview, deal.id);
            const summary = `ERP export reviewed with the AR team (${KIND_NAMES[kind]}).`;
            const typed = { Summary: summary, 'Days sales outstanding (days)': '55', 'Unapplied cash items (items)': '120' };
            await withPage(suite.browser, `failures-check-in-save-${kind}`, async ({ page, consoleErrors }) => {
                const panel = await openDeal(page, suite.preview, deal.id);
                await panel.getByRole('button', { name: 'Log check-in', exact: true }).click();
                const form = panel.locator('c-check-in-form');
                for (const [label, value] of Object.entries(typed)) await field(form, label).input.fill(value);
                await injectFault(suite.preview, 'LogCheckIn', kind);

                await saveAndExpectNothingSaved(form, kind);
                expect(await inputValues(form, Object.keys(typed))).toEqual(typed);
                expect(await followUpRecords(suite.preview, deal.id)).toEqual(before);

                await saveAndExpectSaved(page, form, 'Check-in saved');
                expect(unexpectedConsoleErrors(consoleErrors)).toEqual([]);
            });
            const after = await followUpRecords(suite.preview, deal.id);
            expect(after.checkIns.filter((c) => c.summary === summary)).toHaveLength(1);
            expect(after.checkIns).toHaveLength(before.checkIns.length + 1);
            expect(after.readings).toHaveLength(before.readings.length + 2);
            expect(after.readings.filter((r) => !before.readings.includes(r)).sort()).toEqual([`120 on ${TODAY}`, `55 on ${TODAY}`]);
        }
    );
});

describe('Account panel: failures', () => {
    let accountId: string;
    beforeAll(async () => {
        accountId = await recordIdNamed(suite.preview, 'Account', ACCOUNT);
    });

    it('network error during load: says what failed, and Retry loads the panel', async () => {
        await withPage(suite.browser, 'failures-account-load', async ({ page, consoleErrors }) => {
            await injectFault(suite.preview, 'AccountOutcomes', 'network');
            await goto(page, `/r/Account/${accountId}`);
            const panel = page.locator('c-account-outcomes');
            await expectLoadErrorThenRetry(panel, 'network', panel.locator('c-value-summary .summary-sentence'));
            await accountKpiItem(panel, DSO).waitFor();
            expect(unexpectedConsoleErrors(consoleErrors)).toEqual([]);
        });
    });

    it('network error while saving a reading: the value typed is kept, nothing saved; Save again saves exactly one reading', async () => {
        const before = await accountReadings(suite.preview, accountId);
        await withPage(suite.browser, 'failures-account-reading-save', async ({ page, consoleErrors }) => {
            const panel = await openAccount(page, suite.preview, accountId, TODAY);
            const item = accountKpiItem(panel, DSO);
            await item.getByRole('button', { name: 'Record reading' }).click();
            const form = item.locator('c-measurement-form');
            await field(form, 'Value (days)').input.fill('47');
            await injectFault(suite.preview, 'RecordMeasurement', 'network');

            await saveAndExpectNothingSaved(form, 'network');
            expect(await field(form, 'Value (days)').input.inputValue()).toBe('47');
            expect(await accountReadings(suite.preview, accountId)).toEqual(before);

            await saveAndExpectSaved(page, form, 'Reading saved');
            expect(unexpectedConsoleErrors(consoleErrors)).toEqual([]);
        });
        const after = await accountReadings(suite.preview, accountId);
        expect(after.filter((r) => !before.includes(r))).toEqual([`${DSO}: 47 on ${TODAY}`]);
        expect(after).toHaveLength(before.length + 1);
    });
});

describe('Home: failures', () => {
    it('HTTP 500 during load: says what failed, and Retry loads the list', async () => {
        await withPage(suite.browser, 'failures-home-load', async ({ page, consoleErrors }) => {
            await injectFault(suite.preview, 'FollowUpsDue', 'http500');
            await goto(page, '/');
            const list = page.locator('c-follow-ups-due');
            await expectLoadErrorThenRetry(list, 'http500', list.locator('c-follow-up-deal-list, .all-current'));
            await eventually(
                () => list.locator('.deal-link').count(),
                (n) => expect(n).toBeGreaterThan(0)
            );
            expect(unexpectedConsoleErrors(consoleErrors)).toEqual([]);
        });
    });
});
