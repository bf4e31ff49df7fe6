import type { Locator, Page } from 'playwright-core';
import { openDeal, sampleDeal } from './support/opportunityPanel';
import { graphql, type Connection } from '../../preview/harness/requests';
import { field, expectMessage, FIX_FIELDS } from './support/forms';
import { withPage } from './support/page';
import { usePreviewAndBrowser } from './support/suite';

/**
 * Issue 20, baselines and targets kept honest, and value delivered that means delivered:
 * - a rep's change of a KPI baseline after the deal is won is refused, with the validation rule's
 *   message on the field and nothing typed lost, and the same change through GraphQL is refused by
 *   the data model (the Locked_After_Win validation rules);
 * - a manager (POST /__preview/access { permissionSets: ['Customer_Outcomes_Manager'] }: the custom
 *   permission Customer_Outcomes_Rebase_KPIs, read from the permission set XML) may, and the KPI row
 *   then says "Re-based on <date> by <name>";
 * - the value-delivered report and the dashboard count Achieved and On track separately.
 */
const suite = usePreviewAndBrowser();

const WON_DEAL = 'Meridian Field Services - Service Billing';
const KPI = 'Job-to-invoice time';
const LOCKED = 'This deal is won: only a manager can change the baseline now. Ask your manager, or log a reading instead.';

async function playTier(permissionSets: string[]): Promise<void> {
    const response = await fetch(new URL('__preview/access', suite.preview.url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ permissionSets })
    });
    if (!response.ok) throw new Error(`access failed: HTTP ${response.status} ${await response.text()}`);
}

interface KpiNode {
    Id: string;
    Baseline_Value__c: { value: number | null };
    Rebased_On__c: { value: string | null };
}

async function storedKpi(): Promise<KpiNode> {
    const data = await graphql<{ Customer_KPI__c: Connection<KpiNode> }>(
        suite.preview,
        `{ uiapi { query { Customer_KPI__c(where: { Name: { eq: "${KPI}" } }, first: 1) { edges { node { Id Baseline_Value__c { value } Rebased_On__c { value } } } } } } }`
    );
    const node = data.Customer_KPI__c.edges[0]?.node;
    if (!node) throw new Error(`no KPI ${KPI}`);
    return node;
}

function kpiRow(panel: Locator): Locator {
    return panel.locator('c-kpi-row').filter({ hasText: KPI });
}

async function editBaseline(page: Page, value: string): Promise<Locator> {
    const { id } = await sampleDeal(suite.preview, WON_DEAL);
    const panel = await openDeal(page, suite.preview, id);
    await kpiRow(panel)
        .getByRole('button', { name: `Edit KPI ${KPI}` })
        .click();
    const form = panel.locator('c-kpi-form');
    await form.waitFor();
    const baseline = field(form, 'Baseline Value');
    await baseline.input.fill(value);
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    return form;
}

describe('KPI baselines and targets after the win', () => {
    it('a rep: the change is refused on the field, with nothing typed lost, and nothing is saved', async () => {
        const before = await storedKpi();
        await withPage(suite.browser, 'kpi-honesty-rep-refused', async ({ page, consoleErrors }) => {
            const form = await editBaseline(page, '4');
            await expectMessage(form, 'Baseline Value', LOCKED);
            await form.getByText(FIX_FIELDS).waitFor();
            expect(await field(form, 'Baseline Value').input.inputValue()).toBe('4');
            expect(consoleErrors).toEqual([]);
        });
        const after = await storedKpi();
        expect(after.Baseline_Value__c.value).toBe(before.Baseline_Value__c.value);
        expect(after.Rebased_On__c.value).toBeNull();
    });

    it('a rep through GraphQL: the data model refuses it', async () => {
        const kpi = await storedKpi();
        const response = await fetch(new URL('graphql', suite.preview.url), {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({
                query: 'mutation($input: Customer_KPI__cUpdateInput!) { uiapi { Customer_KPI__cUpdate(input: $input) { Record { Id } } } }',
                variables: { input: { Id: kpi.Id, Customer_KPI__c: { Baseline_Value__c: 4 } } }
            })
        });
        const body = (await response.json()) as { errors?: { message: string }[] };
        expect(JSON.stringify(body.errors)).toContain(LOCKED);
        expect((await storedKpi()).Baseline_Value__c.value).toBe(kpi.Baseline_Value__c.value);
    });

    it('a manager: the change saves, and the row says who re-based it and when', async () => {
        await playTier(['Customer_Outcomes_Manager']);
        await withPage(suite.browser, 'kpi-honesty-manager-rebased', async ({ page, consoleErrors }) => {
            const form = await editBaseline(page, '5');
            await form.waitFor({ state: 'detached' });
            const panel = page.locator('c-opportunity-outcomes');
            const rebased = kpiRow(panel).locator('.kpi-rebased');
            await rebased.waitFor();
            expect((await rebased.innerText()).trim()).toMatch(/^Re-based on \d{1,2}\/\d{1,2}\/\d{4} by Jordan Lee$/);
            expect(consoleErrors).toEqual([]);
        });
        const after = await storedKpi();
        expect(after.Baseline_Value__c.value).toBe(5);
        expect(after.Rebased_On__c.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });
});

describe('value delivered: Achieved and On track apart', () => {
    it('the report groups each rep by delivery status, and the dashboard shows both', async () => {
        await withPage(suite.browser, 'kpi-honesty-value-delivered', async ({ page, consoleErrors }) => {
            await page.goto(suite.preview.url);
            await page.getByRole('navigation', { name: 'Customer Outcomes' }).getByRole('link', { name: 'Dashboard', exact: true }).click();
            await page.getByRole('heading', { level: 1, name: /Customer Outcomes/ }).waitFor();
            const delivered = page.locator('article', {
                has: page.getByRole('heading', { name: 'KPIs delivered: achieved and on track' })
            });
            await delivered.getByRole('rowheader', { name: 'Achieved' }).waitFor();
            await delivered.getByRole('rowheader', { name: 'On track' }).waitFor();
            const byRep = page.locator('article', { has: page.getByRole('heading', { name: 'Value delivered by rep' }) });
            // Each rep's bar is split: achieved and on track are separate segments.
            await byRep.getByText(/^Achieved: \d+$/).waitFor();
            await byRep.getByText(/^On track: \d+$/).waitFor();

            await byRep.getByRole('link', { name: /View report/ }).click();
            await page.getByRole('heading', { level: 1, name: /Value Delivered by Rep/ }).waitFor();
            const table = page.getByRole('table', { name: /Value Delivered by Rep: .* grouped by Opportunity Owner then Delivery Status/ });
            await table.waitFor();
            await table.getByText('Delivery Status: Achieved').waitFor();
            await table.getByText('Delivery Status: On track').waitFor();
            expect(await table.getByText(/\d\.\d{4}\b/).count()).toBe(0);
            expect(consoleErrors).toEqual([]);
        });
    });
});
