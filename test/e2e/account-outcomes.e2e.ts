import type { Locator, Page } from 'playwright-core';
import { eventually, expectFocused, expectText, expectTextContaining, shortDate, textOf } from './support/opportunityPanel';
import { graphql, type Connection } from '../../preview/harness/requests';
import { withPage } from './support/page';
import { usePreviewAndBrowser } from './support/suite';
import { defaultTimeZone } from '../../preview/server/store/clock';
import { todayIn } from '../../core/dates';

/**
 * The Account panel in the preview, on a sample customer (Northwind Logistics): what the page
 * shows is checked against what the store holds, read through GraphQL and counted here; the
 * grouping switch works from the keyboard; a reading recorded inline is saved, redrawn, and a
 * bad one is stopped on its field with nothing saved.
 */
const suite = usePreviewAndBrowser({ resetBeforeEach: false });

/** The preview server's TODAY() (the sample is loaded relative to it); the browser clock is set to it too. */
const TODAY = todayIn(defaultTimeZone());
const ACCOUNT = 'Northwind Logistics';
const DSO = 'Days sales outstanding';

interface Kpi {
    Id: string;
    Name: { value: string };
    KPI_Status__c: { value: string | null };
}

interface Goal {
    Name: { value: string };
    Status__c: { value: string | null };
}

let accountId: string;

beforeAll(async () => {
    await suite.preview.reset();
    const data = await graphql<{ Account: Connection<{ Id: string }> }>(
        suite.preview,
        `{ uiapi { query { Account(where: { Name: { eq: "${ACCOUNT}" } }, first: 1) { edges { node { Id } } } } } }`
    );
    const id = data.Account.edges[0]?.node.Id;
    if (!id) throw new Error(`no sample account ${ACCOUNT}`);
    accountId = id;
});

/** The account's goals and KPIs as the store holds them. */
async function stored(): Promise<{ goals: Goal[]; kpis: Kpi[] }> {
    const data = await graphql<{ Customer_Goal__c: Connection<Goal>; Customer_KPI__c: Connection<Kpi> }>(
        suite.preview,
        `{ uiapi { query {
            Customer_Goal__c(where: { Account__c: { eq: "${accountId}" } }, first: 2000) { edges { node { Name { value } Status__c { value } } } }
            Customer_KPI__c(where: { Customer_Goal__r: { Account__c: { eq: "${accountId}" } } }, first: 2000) { edges { node { Id Name { value } KPI_Status__c { value } } } }
        } } }`
    );
    return { goals: data.Customer_Goal__c.edges.map((e) => e.node), kpis: data.Customer_KPI__c.edges.map((e) => e.node) };
}

/** Opens the account's record page as of the server's today, and waits for the panel's data. */
async function openAccount(page: Page): Promise<Locator> {
    await page.clock.setFixedTime(new Date(`${TODAY}T12:00:00Z`));
    await page.goto(`${suite.preview.url}?today=${TODAY}#/r/Account/${accountId}`);
    const panel = page.locator('c-account-outcomes');
    await panel.locator('c-value-summary .summary-sentence').waitFor();
    return panel;
}

function kpiItem(panel: Locator, name: string): Locator {
    return panel.locator('c-account-kpi-item').filter({ has: panel.page().locator('.kpi-name', { hasText: name }) });
}

describe('Account panel', () => {
    it(`${ACCOUNT}: the value summary shows the counts of the account's KPIs and goals`, async () => {
        const { goals, kpis } = await stored();
        // Counted here from the stored records, not by the panel's code.
        const expected: Record<string, number> = {};
        for (const status of ['Achieved', 'On track', 'At risk', 'Off track', 'Not measured', 'Missing baseline or target'])
            expected[status] = kpis.filter((k) => (k.KPI_Status__c.value ?? 'Missing baseline or target') === status).length;
        expected['Goals achieved'] = goals.filter((g) => g.Status__c.value === 'Achieved').length;
        expect(kpis.length).toBeGreaterThan(0);

        await withPage(suite.browser, 'account-counts', async ({ page, consoleErrors }) => {
            const panel = await openAccount(page);
            const shown: Record<string, number> = {};
            for (const entry of await panel.locator('c-value-summary .summary-count').all()) {
                const status = (await entry.getAttribute('data-status')) ?? '';
                shown[status] = Number((await textOf(entry.locator('.count'))).replace(/[^\d]/g, ''));
            }
            expect(shown).toEqual(expected);
            const good = (expected.Achieved ?? 0) + (expected['On track'] ?? 0);
            await expectText(
                panel.locator('.summary-sentence'),
                `${good} of ${kpis.length} KPIs achieved or on track; ${expected['Goals achieved']} of ${goals.length} goals achieved`
            );
            expect(await panel.locator('c-account-kpi-item').count()).toBe(kpis.length);
            await expectText(panel.locator('c-outcomes-show-more .shown-text'), `Showing ${goals.length} of ${goals.length} goals`);
            expect(consoleErrors).toEqual([]);
        });
    });

    it("lists the account's won deals due for follow-up and opens one", async () => {
        const data = await graphql<{
            Opportunity: Connection<{ Id: string; Name: { value: string }; Follow_Up_Status__c: { value: string } }>;
        }>(
            suite.preview,
            `{ uiapi { query { Opportunity(where: { AccountId: { eq: "${accountId}" }, IsWon: { eq: true } }) { edges { node { Id Name { value } Follow_Up_Status__c { value } } } } } } }`
        );
        const due = data.Opportunity.edges.map((e) => e.node).filter((o) => ['Overdue', 'Due soon'].includes(o.Follow_Up_Status__c.value));
        expect(due.length).toBeGreaterThan(0);
        await withPage(suite.browser, 'account-deals', async ({ page }) => {
            const panel = await openAccount(page);
            const links = panel.locator('c-follow-up-deal-list .deal-link');
            await eventually(
                async () => (await links.allInnerTexts()).map((t) => t.trim()),
                (names) => expect(names).toEqual(due.map((o) => o.Name.value))
            );
            await links.first().click();
            await page.waitForURL(new RegExp(`#/r/Opportunity/${due[0]?.Id}`));
            await page.locator('c-opportunity-outcomes').waitFor();
        });
    });

    it('switches between grouping by stakeholder and by goal from the keyboard', async () => {
        const { goals } = await stored();
        await withPage(suite.browser, 'account-grouping', async ({ page }) => {
            const panel = await openAccount(page);
            const headings = panel.locator('.group-heading');
            await eventually(
                () => headings.allInnerTexts(),
                (texts) => expect(texts.length).toBeGreaterThan(1)
            );
            await panel.getByRole('radio', { name: 'Stakeholder' }).focus();
            await page.keyboard.press('ArrowRight');
            await eventually(
                () => panel.getByRole('radio', { name: 'Goal' }).isChecked(),
                (checked) => expect(checked).toBe(true)
            );
            await eventually(
                () => headings.count(),
                (n) => expect(n).toBe(0)
            );
            const names = (await panel.locator('.goal-name').allInnerTexts()).map((t) => t.trim());
            expect(names).toEqual(goals.map((g) => g.Name.value).sort((a, b) => a.localeCompare(b)));
            await expectTextContaining(panel.locator('.goal-stakeholder').first(), 'Stakeholder:');
        });
    });

    it('records a reading inline: saved, and the KPI and its trend line show it', async () => {
        await withPage(suite.browser, 'account-record-reading', async ({ page, consoleErrors }) => {
            const panel = await openAccount(page);
            const item = kpiItem(panel, DSO);
            await item.getByRole('button', { name: 'Record reading' }).click();
            const form = item.locator('c-measurement-form');
            const value = form.getByRole('textbox', { name: 'Value (days)', exact: true });
            await expectFocused(value);
            await value.fill('52');
            await form.locator('label').filter({ hasText: 'Customer Confirmed' }).click();
            await form.getByRole('button', { name: 'Save', exact: true }).click();
            await page.getByRole('status').filter({ hasText: 'Reading saved' }).first().waitFor();
            await form.waitFor({ state: 'detached' });
            await expectText(item.locator('.kpi-current'), `52 days as of ${shortDate(TODAY)}`);
            await eventually(
                async () => (await item.locator('c-kpi-trend-line svg').getAttribute('aria-label')) ?? '',
                (label) =>
                    expect(label).toMatch(new RegExp(`^${DSO}: .*, 52 days on ${shortDate(TODAY).replace(/\//g, '\\/')}; target 40 days$`))
            );
            expect(consoleErrors).toEqual([]);
        });
        const data = await graphql<{
            KPI_Measurement__c: Connection<{ Value__c: { value: number }; Customer_Confirmed__c: { value: boolean } }>;
        }>(
            suite.preview,
            `{ uiapi { query { KPI_Measurement__c(where: { Measured_On__c: { eq: { value: "${TODAY}" } }, Customer_KPI__r: { Customer_Goal__r: { Account__c: { eq: "${accountId}" } } } }) { edges { node { Value__c { value } Customer_Confirmed__c { value } } } } } } }`
        );
        expect(data.KPI_Measurement__c.edges.map((e) => [e.node.Value__c.value, e.node.Customer_Confirmed__c.value])).toEqual([[52, true]]);
    });

    it('a reading dated in the future is stopped on its date field, and nothing is saved', async () => {
        const count = async (): Promise<number> =>
            (
                await graphql<{ KPI_Measurement__c: Connection<unknown> }>(
                    suite.preview,
                    `{ uiapi { query { KPI_Measurement__c(where: { Customer_KPI__r: { Customer_Goal__r: { Account__c: { eq: "${accountId}" } } } }, first: 2000) { totalCount edges { node { Id } } } } } }`
                )
            ).KPI_Measurement__c.totalCount ?? -1;
        const before = await count();
        await withPage(suite.browser, 'account-reading-future', async ({ page }) => {
            const panel = await openAccount(page);
            const item = kpiItem(panel, DSO);
            await item.getByRole('button', { name: 'Record reading' }).click();
            const form = item.locator('c-measurement-form');
            await form.getByRole('textbox', { name: 'Value (days)', exact: true }).fill('50');
            const date = form.getByRole('textbox', { name: 'Measured On', exact: true });
            await date.fill('Jan 5, 2099');
            await date.press('Tab');
            await form.getByRole('button', { name: 'Save', exact: true }).click();
            const dateField = form.locator('lightning-input').filter({ hasText: 'Measured On' });
            await expectTextContaining(dateField.locator('.slds-form-element__help'), "Measured on can't be in the future");
            expect(await form.getByRole('textbox', { name: 'Value (days)', exact: true }).inputValue()).toBe('50');
        });
        expect(await count()).toBe(before);
    });
});
