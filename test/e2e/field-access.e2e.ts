import type { Locator, Page } from 'playwright-core';
import { eventually, openDeal, sampleDeal, textOf } from './support/opportunityPanel';
import { graphql, type Connection } from '../../preview/harness/requests';
import { withPage } from './support/page';
import { usePreviewAndBrowser } from './support/suite';
import { defaultTimeZone } from '../../preview/server/store/clock';
import { todayIn } from '../../core/dates';

/**
 * Issue 11: the panels for a user without field-level security for some fields. The preview
 * plays that user (POST /__preview/access: the fields leave its GraphQL schema, as in the org's
 * per-user schema); the panels' queries mark such fields @optional, so they load and show the
 * rest. The control: hiding a field a query still requires makes the panel show its load error.
 */
const suite = usePreviewAndBrowser({ resetBeforeEach: false });

const TODAY = todayIn(defaultTimeZone());
const OPEN_DEAL = 'Meridian Field Services - Collections';
const WON_DEAL = 'Northwind Logistics - Accounts Receivable';
const ACCOUNT = 'Northwind Logistics';

/**
 * Optional fields of the panels' queries an admin might hide. Not the Opportunity's Amount, Stage
 * or Probability here: the preview's stand-in record pages (preview/client shell) query those
 * without @optional, so those pages would fail before the panel; the Home list test hides them.
 */
const HIDDEN = [
    'Customer_Goal__c.Cost_Of_Inaction__c',
    'Customer_Goal__c.Category__c',
    'Customer_Goal__c.Why_It_Matters__c',
    'Customer_KPI__c.Progress__c',
    'Customer_KPI__c.Unit__c',
    'Contact.Title',
    'Opportunity.Last_Check_In_Date__c',
    'Opportunity.Customer_Metrics_Threshold__c',
    'Success_Check_In__c.Summary__c',
    'KPI_Measurement__c.Customer_Confirmed__c'
];
const HIDDEN_ON_HOME = ['Opportunity.Amount', 'Opportunity.StageName', 'Opportunity.CloseDate', 'Opportunity.Last_Check_In_Date__c'];

async function hideFields(fields: string[]): Promise<void> {
    const response = await fetch(new URL('__preview/access', suite.preview.url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ hiddenFields: fields })
    });
    if (!response.ok) throw new Error(`access failed: HTTP ${response.status} ${await response.text()}`);
}

/** Goal names of a deal as the store holds them (Name stays readable). */
async function goalNames(dealId: string): Promise<string[]> {
    const data = await graphql<{ Customer_Goal__c: Connection<{ Name: { value: string } }> }>(
        suite.preview,
        `{ uiapi { query { Customer_Goal__c(where: { Originating_Opportunity__c: { eq: "${dealId}" } }, first: 200) { edges { node { Name { value } } } } } } }`
    );
    return data.Customer_Goal__c.edges.map((e) => e.node.Name.value).sort();
}

async function shown(locator: Locator): Promise<string[]> {
    return (await locator.allInnerTexts()).map((t) => t.trim()).sort();
}

async function expectLoaded(panel: Locator): Promise<void> {
    expect(await panel.locator('.load-error').count()).toBe(0);
}

async function openAccount(page: Page, id: string): Promise<Locator> {
    await page.clock.setFixedTime(new Date(`${TODAY}T12:00:00Z`));
    await page.goto(`${suite.preview.url}?today=${TODAY}#/r/Account/${id}`);
    const panel = page.locator('c-account-outcomes');
    await panel.locator('c-value-summary .summary-sentence').waitFor();
    return panel;
}

describe('a user without access to optional fields', () => {
    beforeAll(async () => {
        await suite.preview.reset();
        await hideFields(HIDDEN);
    });

    it('the preview refuses a query naming a hidden field, as the org does', async () => {
        await expect(
            graphql(
                suite.preview,
                '{ uiapi { query { Customer_Goal__c(first: 1) { edges { node { Id Cost_Of_Inaction__c { value } } } } } } }'
            )
        ).rejects.toThrow(/Field 'Cost_Of_Inaction__c' in type 'Customer_Goal__c' is undefined/);
    });

    it('Opportunity panel, open deal: loads its goals, no error, no console errors', async () => {
        const deal = await sampleDeal(suite.preview, OPEN_DEAL);
        const goals = await goalNames(deal.id);
        expect(goals.length).toBeGreaterThan(0);
        await withPage(suite.browser, 'field-access-open', async ({ page, consoleErrors }) => {
            const panel = await openDeal(page, suite.preview, deal.id, TODAY);
            await panel.locator('.goal-name').first().waitFor();
            await expectLoaded(panel);
            expect(await shown(panel.locator('.goal-name'))).toEqual(goals);
            expect((await textOf(panel.locator('.next-action'))).length).toBeGreaterThan(0);
            expect(await panel.locator('.goal-details .detail-label').allInnerTexts()).not.toContain('Cost of inaction');
            expect(await panel.locator('.why-it-matters').count()).toBe(0);
            expect(consoleErrors).toEqual([]);
        });
    });

    it('Opportunity panel, won deal: loads goals, KPIs and their progress, no error, no console errors', async () => {
        const deal = await sampleDeal(suite.preview, WON_DEAL);
        const goals = await goalNames(deal.id);
        await withPage(suite.browser, 'field-access-won', async ({ page, consoleErrors }) => {
            const panel = await openDeal(page, suite.preview, deal.id, TODAY);
            await panel.locator('.goal-name').first().waitFor();
            await expectLoaded(panel);
            expect(await shown(panel.locator('.goal-name'))).toEqual(goals);
            expect(await panel.locator('c-kpi-row .kpi-name').count()).toBeGreaterThan(0);
            // Progress__c is hidden: worked out from baseline, current and target, not "0 %" or "no progress".
            const progress = await panel.locator('c-kpi-progress-bar .progress-text').allInnerTexts();
            expect(progress.some((p) => /^-?[\d.]+% /.test(p.trim()))).toBe(true);
            expect(consoleErrors).toEqual([]);
        });
    });

    it('Account panel: loads goals, KPIs, value summary and deals due, no error, no console errors', async () => {
        const data = await graphql<{ Account: Connection<{ Id: string }> }>(
            suite.preview,
            `{ uiapi { query { Account(where: { Name: { eq: "${ACCOUNT}" } }, first: 1) { edges { node { Id } } } } } }`
        );
        const id = data.Account.edges[0]?.node.Id ?? '';
        await withPage(suite.browser, 'field-access-account', async ({ page, consoleErrors }) => {
            const panel = await openAccount(page, id);
            await expectLoaded(panel);
            expect(await panel.locator('c-account-goal .goal-name').count()).toBeGreaterThan(0);
            expect((await textOf(panel.locator('c-value-summary .summary-sentence'))).length).toBeGreaterThan(0);
            expect(await panel.locator('c-kpi-row .kpi-name').count()).toBeGreaterThan(0);
            expect(await panel.locator('.deal-link').count()).toBeGreaterThan(0);
            expect(await panel.locator('.why-it-matters').count()).toBe(0);
            expect(consoleErrors).toEqual([]);
        });
    });

    it('Home list: loads the deals due without amounts, no error, no console errors', async () => {
        await hideFields(HIDDEN_ON_HOME);
        await withPage(suite.browser, 'field-access-home', async ({ page, consoleErrors }) => {
            await page.clock.setFixedTime(new Date(`${TODAY}T12:00:00Z`));
            await page.goto(`${suite.preview.url}?today=${TODAY}#/`);
            const list = page.locator('c-follow-ups-due');
            await list.locator('c-follow-up-deal-list, .all-current').first().waitFor();
            await expectLoaded(list);
            expect(await list.locator('.deal-link').count()).toBeGreaterThan(0);
            expect(await list.locator('.deal-amount').count()).toBe(0);
            expect(consoleErrors).toEqual([]);
        });
    });
});

describe('control: a field the query still requires', () => {
    afterAll(() => suite.preview.reset());

    it('hiding KPI_Status__c makes the Opportunity panel show its load error naming the field, not crash', async () => {
        await suite.preview.reset();
        await hideFields(['Customer_KPI__c.KPI_Status__c']);
        const deal = await sampleDeal(suite.preview, WON_DEAL);
        await withPage(suite.browser, 'field-access-control', async ({ page, consoleErrors }) => {
            await page.clock.setFixedTime(new Date(`${TODAY}T12:00:00Z`));
            await page.goto(`${suite.preview.url}?today=${TODAY}#/r/Opportunity/${deal.id}`);
            const panel = page.locator('c-opportunity-outcomes');
            const error = panel.locator('.load-error');
            await error.waitFor();
            await eventually(
                () => textOf(error),
                (message) => {
                    expect(message).toContain("Customer outcomes couldn't be loaded");
                    expect(message).toContain('KPI_Status__c');
                }
            );
            expect(await panel.locator('.goal-name').count()).toBe(0);
            // A load error, not a crash: no uncaught exception in the page.
            expect(consoleErrors.filter((e) => /TypeError|ReferenceError|Uncaught/.test(e))).toEqual([]);
        });
    });
});
