import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import {
    choose,
    chooseByKeyboard,
    describedValues,
    expectCount,
    expectFocused,
    expectText,
    expectTextContaining,
    openDeal,
    sampleDeal,
    shortDate,
    tick,
    type SampleDeal
} from './support/opportunityPanel';
import { graphql, type Connection } from '../../preview/harness/requests';
import { addDays } from '../../core/dates';
import { withPage } from './support/page';
import { usePreviewAndBrowser } from './support/suite';

/**
 * The Opportunity panel's story, as a rep lives it in the preview, one step per test (each
 * builds on the last): on an open deal past the metrics threshold, capture how the company and
 * one stakeholder are measured (a goal each, a KPI each: one Decrease, one Increase), win the
 * deal on the stage path, come back as the follow-up falls due and then overdue, log a check-in
 * with a reading per KPI, and see the follow-up turn "not due" and the KPIs' progress move by
 * the exact figures. What the panel shows is checked against what the store holds (GraphQL).
 *
 * The deal is the sample's Alder & Finch store-expense deal: Negotiation/Review (90%), two
 * contact roles (Nina Brooks, Olivia Park), no goals, close date today + 14 days. Every date below
 * is relative to that close date (C), so the story holds whatever day the sample is loaded:
 *   win on the real today (C - 14): first check-in due C + 30, "not due yet";
 *   view as of C + 21: "due soon" (within 14 days); as of C + 46: "overdue";
 *   check in on C + 46: next check-in due C + 136, "not due yet".
 */
const suite = usePreviewAndBrowser({ resetBeforeEach: false });

const DEAL = 'Alder & Finch - Store Expense Management';
const COMPANY_GOAL = 'Cut store expense processing cost by 30%';
const OLIVIA_GOAL = 'Close the month without chasing store receipts';
const COST_KPI = 'Cost per expense report';
const RECEIPTS_KPI = 'Receipts matched automatically';

let deal: SampleDeal;
/** Dates of the story (see above). */
let baselineDate: string;
let targetDate: string;
let dueSoonDay: string;
let overdueDay: string;
/** The day the story wins the deal (the preview's today) and the day follow-up counts from: the earlier of it and the Close Date. */
let winDay: string;
let followUpStart: string;

/** The deal's Close Date in the sample, as days from the day the sample is loaded ("TODAY+14" → 14). */
function sampleCloseOffset(name: string): number {
    const sample = JSON.parse(readFileSync(resolve(__dirname, '../../data/sample/Opportunity.json'), 'utf8')) as {
        records: { Name: string; CloseDate: string }[];
    };
    const token = sample.records.find((r) => r.Name === name)?.CloseDate ?? '';
    const match = /^TODAY([+-]\d+)?$/.exec(token);
    if (!match) throw new Error(`${name}: Close Date ${token} is not relative to today`);
    return Number(match[1] ?? 0);
}

beforeAll(async () => {
    await suite.preview.reset();
    deal = await sampleDeal(suite.preview, DEAL);
    // The deal is won on the day the preview loaded the sample, before its Close Date: follow-up
    // counts from the win (issue 20), and every day of the story is set from there.
    winDay = addDays(deal.closeDate, -sampleCloseOffset(DEAL));
    followUpStart = winDay < deal.closeDate ? winDay : deal.closeDate;
    baselineDate = addDays(followUpStart, -44);
    targetDate = addDays(followUpStart, 351);
    dueSoonDay = addDays(followUpStart, 21);
    overdueDay = addDays(followUpStart, 46);
});

interface GoalNode {
    Name: { value: string };
    Level__c: { value: string };
    Category__c: { value: string | null };
    Status__c: { value: string };
    Why_It_Matters__c: { value: string | null };
    Cost_Of_Inaction__c: { value: number | null };
    Target_Date__c: { value: string | null };
    Stakeholder__r: { Name: { value: string } } | null;
}

async function storedGoals(): Promise<GoalNode[]> {
    const data = await graphql<{ Customer_Goal__c: Connection<GoalNode> }>(
        suite.preview,
        `{ uiapi { query { Customer_Goal__c(where: { Originating_Opportunity__c: { eq: "${deal.id}" } }, orderBy: { Name: { order: ASC } }) {
            edges { node { Name { value } Level__c { value } Category__c { value } Status__c { value } Why_It_Matters__c { value }
                Cost_Of_Inaction__c { value } Target_Date__c { value } Stakeholder__r { Name { value } } } } } } } }`
    );
    return data.Customer_Goal__c.edges.map((e) => e.node);
}

interface KpiNode {
    Name: { value: string };
    Unit__c: { value: string | null };
    Direction__c: { value: string };
    Baseline_Value__c: { value: number | null };
    Baseline_Date__c: { value: string | null };
    Target_Value__c: { value: number | null };
    Target_Date__c: { value: string | null };
    Current_Value__c: { value: number | null };
    Progress__c: { value: number | null };
    Customer_Goal__r: { Name: { value: string } };
}

async function storedKpis(today?: string): Promise<KpiNode[]> {
    const data = await graphql<{ Customer_KPI__c: Connection<KpiNode> }>(
        suite.preview,
        `{ uiapi { query { Customer_KPI__c(where: { Customer_Goal__r: { Originating_Opportunity__c: { eq: "${deal.id}" } } }, orderBy: { Name: { order: ASC } }) {
            edges { node { Name { value } Unit__c { value } Direction__c { value } Baseline_Value__c { value } Baseline_Date__c { value }
                Target_Value__c { value } Target_Date__c { value } Current_Value__c { value } Progress__c { value }
                Customer_Goal__r { Name { value } } } } } } } }`,
        today
    );
    return data.Customer_KPI__c.edges.map((e) => e.node);
}

function goalCard(panel: Locator, name: string): Locator {
    return panel.locator('li.goal').filter({ has: panel.page().getByRole('heading', { name, exact: true }) });
}

function kpiRow(panel: Locator, name: string): Locator {
    return panel.locator('c-kpi-row').filter({ hasText: name });
}

/** Clicks Save in the open form and waits for the success toast. */
async function saveAndExpect(page: Page, form: Locator, toast: string): Promise<void> {
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: toast }).first().waitFor();
    await form.waitFor({ state: 'detached' });
}

async function expectNoConsoleErrors(consoleErrors: string[]): Promise<void> {
    expect(consoleErrors).toEqual([]);
}

describe('Opportunity panel: from "how is your customer measured?" to a verified outcome', () => {
    it('asks how the customer is measured and captures a company goal with the keyboard', async () => {
        await withPage(suite.browser, 'opportunity-story-company-goal', async ({ page, consoleErrors }) => {
            const panel = await openDeal(page, suite.preview, deal.id);
            await panel.getByRole('heading', { name: 'How is your customer measured?' }).waitFor();
            await expectTextContaining(panel.locator('.metrics-warning'), 'past the 40% threshold');
            await expectText(panel.locator('.roles-with-goal'), '0 of 2 people involved have a goal');

            // Keyboard only: Enter on "Add goal", type, Tab on, pick from lists by typing, Enter on Save.
            const addGoal = panel.getByRole('button', { name: 'Add goal', exact: true });
            await addGoal.focus();
            await page.keyboard.press('Enter');
            const form = panel.locator('c-goal-form');
            const goalName = form.getByRole('textbox', { name: 'Goal', exact: true });
            await expectFocused(goalName);
            await page.keyboard.type(COMPANY_GOAL);
            await page.keyboard.press('Tab');
            await expectFocused(form.getByRole('combobox', { name: 'Level', exact: true }));
            await expectText(form.getByRole('combobox', { name: 'Level', exact: true }), 'Company');
            await chooseByKeyboard(form, 'Category', 'Cost reduction');
            await chooseByKeyboard(form, 'Status', 'Confirmed by customer');
            await form.getByRole('textbox', { name: 'Why It Matters', exact: true }).focus();
            await page.keyboard.type('Store managers spend Friday afternoons keying receipts; the CFO wants that time back on the floor.');
            await form.getByRole('textbox', { name: 'Cost of doing nothing', exact: true }).focus();
            await page.keyboard.type('180,000');
            await form.getByRole('textbox', { name: 'Target Date', exact: true }).focus();
            await page.keyboard.type(shortDate(targetDate));
            await form.getByRole('button', { name: 'Save', exact: true }).focus();
            await page.keyboard.press('Enter');
            await page.getByRole('status').filter({ hasText: 'Goal saved' }).first().waitFor();
            await form.waitFor({ state: 'detached' });
            // The keyboard user is on the next thing to do: the new goal's "Add KPI" (issue 20).
            const card = goalCard(panel, COMPANY_GOAL);
            await expectFocused(card.getByRole('button', { name: 'Add KPI' }));

            expect(await describedValues(card.locator('.goal-details'))).toEqual([
                ['Level', 'Company'],
                ['Category', 'Cost reduction'],
                ['Status', 'Confirmed by customer'],
                ['Target date', shortDate(targetDate)],
                ['Cost of doing nothing', '$180,000.00']
            ]);
            await expectText(card.locator('.no-kpis'), 'No KPI yet: how will this goal be measured?');
            await expectNoConsoleErrors(consoleErrors);
        });
        expect(await storedGoals()).toEqual([
            {
                Name: { value: COMPANY_GOAL },
                Level__c: { value: 'Company' },
                Category__c: { value: 'Cost reduction' },
                Status__c: { value: 'Confirmed by customer' },
                Why_It_Matters__c: {
                    value: 'Store managers spend Friday afternoons keying receipts; the CFO wants that time back on the floor.'
                },
                Cost_Of_Inaction__c: { value: 180000 },
                Target_Date__c: { value: targetDate },
                Stakeholder__r: null
            }
        ]);
    });

    it("captures a contact role's own goal from the prompt, with the mouse", async () => {
        await withPage(suite.browser, 'opportunity-story-stakeholder-goal', async ({ page, consoleErrors }) => {
            const panel = await openDeal(page, suite.preview, deal.id);
            await panel.getByRole('button', { name: 'Add a goal for Olivia Park' }).click();
            const form = panel.locator('c-goal-form');
            await expectText(form.getByRole('combobox', { name: 'Stakeholder', exact: true }), /Olivia Park/);
            await expectText(form.getByRole('combobox', { name: 'Level', exact: true }), 'Individual');
            await form.getByRole('textbox', { name: 'Goal', exact: true }).click();
            await form.getByRole('textbox', { name: 'Goal', exact: true }).fill(OLIVIA_GOAL);
            await choose(form, 'Category', 'Productivity');
            await saveAndExpect(page, form, 'Goal saved');

            await panel.getByRole('heading', { name: /Olivia Park/, level: 4 }).waitFor();
            expect(await describedValues(goalCard(panel, OLIVIA_GOAL).locator('.goal-details'))).toContainEqual(['Level', 'Individual']);
            await expectText(panel.locator('.roles-with-goal'), '1 of 2 people involved have a goal');
            await expectCount(panel.getByRole('button', { name: 'Add a goal for Olivia Park' }), 0);
            await panel.getByRole('button', { name: 'Add a goal for Nina Brooks' }).waitFor();
            await expectNoConsoleErrors(consoleErrors);
        });
        const goals = await storedGoals();
        expect(goals.map((g) => [g.Name.value, g.Level__c.value, g.Stakeholder__r?.Name.value ?? null])).toEqual([
            [OLIVIA_GOAL, 'Individual', 'Olivia Park'],
            [COMPANY_GOAL, 'Company', null]
        ]);
    });

    it('measures each goal with a KPI: a Decrease KPI and an Increase KPI, with baseline, target and dates', async () => {
        await withPage(suite.browser, 'opportunity-story-kpis', async ({ page, consoleErrors }) => {
            const panel = await openDeal(page, suite.preview, deal.id);

            await goalCard(panel, COMPANY_GOAL).getByRole('button', { name: 'Add KPI' }).click();
            let form = panel.locator('c-kpi-form');
            await form.getByRole('textbox', { name: 'KPI Name', exact: true }).fill(COST_KPI);
            await form.getByRole('textbox', { name: 'Unit', exact: true }).fill('USD');
            await choose(form, 'Direction', 'Decrease');
            await choose(form, 'Measurement Source', 'Customer report');
            await form.getByRole('textbox', { name: 'Baseline Value', exact: true }).fill('28');
            await form.getByRole('textbox', { name: 'Baseline Date', exact: true }).fill(shortDate(baselineDate));
            await form.getByRole('textbox', { name: 'Target Value', exact: true }).fill('12');
            await form.getByRole('textbox', { name: 'Target Date', exact: true }).fill(shortDate(targetDate));
            await saveAndExpect(page, form, 'KPI saved');

            await goalCard(panel, OLIVIA_GOAL).getByRole('button', { name: 'Add KPI' }).click();
            form = panel.locator('c-kpi-form');
            await form.getByRole('textbox', { name: 'KPI Name', exact: true }).fill(RECEIPTS_KPI);
            await form.getByRole('textbox', { name: 'Unit', exact: true }).fill('%');
            await choose(form, 'Direction', 'Increase');
            await form.getByRole('textbox', { name: 'Baseline Value', exact: true }).fill('40');
            await form.getByRole('textbox', { name: 'Baseline Date', exact: true }).fill(shortDate(baselineDate));
            await form.getByRole('textbox', { name: 'Target Value', exact: true }).fill('90');
            await form.getByRole('textbox', { name: 'Target Date', exact: true }).fill(shortDate(targetDate));
            await saveAndExpect(page, form, 'KPI saved');

            const cost = kpiRow(panel, COST_KPI);
            await expectText(cost.locator('.kpi-direction'), 'Lower is better');
            await expectTextContaining(cost.locator('.kpi-baseline'), '28');
            await expectTextContaining(cost.locator('.kpi-target'), '12');
            await expectText(kpiRow(panel, RECEIPTS_KPI).locator('.kpi-direction'), 'Higher is better');
            await expectText(panel.locator('.kpis-measurable'), '2 of 2 KPIs have a baseline and a target');
            await expectCount(panel.locator('.metrics-warning'), 0);
            await expectTextContaining(panel.locator('.next-action'), 'Nina Brooks');
            await expectNoConsoleErrors(consoleErrors);
        });
        expect(
            (await storedKpis()).map((k) => [
                k.Name.value,
                k.Direction__c.value,
                k.Baseline_Value__c.value,
                k.Target_Value__c.value,
                k.Unit__c.value,
                k.Baseline_Date__c.value,
                k.Target_Date__c.value,
                k.Customer_Goal__r.Name.value
            ])
        ).toEqual([
            [COST_KPI, 'Decrease', 28, 12, 'USD', baselineDate, targetDate, COMPANY_GOAL],
            [RECEIPTS_KPI, 'Increase', 40, 90, '%', baselineDate, targetDate, OLIVIA_GOAL]
        ]);
    });

    it('wins the deal on the stage path: the panel turns to follow-up, first check-in not due yet', async () => {
        await withPage(suite.browser, 'opportunity-story-win', async ({ page, consoleErrors }) => {
            const panel = await openDeal(page, suite.preview, deal.id);
            const path = page.locator('shell-stage-path');
            await path.getByRole('option', { name: /Closed/ }).click();
            await choose(path, 'Closed stage', 'Closed Won');
            await path.getByRole('button', { name: 'Save', exact: true }).click();
            await page.getByRole('status').filter({ hasText: 'Stage changed to Closed Won.' }).first().waitFor();

            await panel.getByRole('heading', { name: 'Is your customer getting the outcome?' }).waitFor();
            const followUp = panel.locator('c-follow-up-status-badge');
            await expectTextContaining(followUp, 'Follow-up not due yet');
            await expectTextContaining(followUp, `Due ${shortDate(addDays(followUpStart, 30))}`);
            if (winDay < deal.closeDate)
                await expectTextContaining(
                    panel.locator('.future-close-date'),
                    `Won on ${shortDate(winDay)}, but the Close Date is ${shortDate(deal.closeDate)}`
                );
            await expectTextContaining(followUp, 'No check-in yet');
            await expectText(kpiRow(panel, COST_KPI).locator('.kpi-status'), 'Not measured');
            await expectText(kpiRow(panel, COST_KPI).locator('.progress-text'), 'No progress yet: it needs a reading.');
            await panel.locator('.no-check-ins').waitFor();
            await expectNoConsoleErrors(consoleErrors);
        });
    });

    it('three weeks after the win the follow-up is due soon, and overdue once the due date has passed', async () => {
        await withPage(suite.browser, 'opportunity-story-due', async ({ page, consoleErrors }) => {
            let panel = await openDeal(page, suite.preview, deal.id, dueSoonDay);
            const due = shortDate(addDays(followUpStart, 30));
            await expectTextContaining(panel.locator('c-follow-up-status-badge'), `Follow-up due soon`);
            await expectTextContaining(panel.locator('c-follow-up-status-badge'), `Due ${due}`);

            panel = await openDeal(page, suite.preview, deal.id, overdueDay);
            await expectTextContaining(panel.locator('c-follow-up-status-badge'), 'Follow-up overdue');
            await expectTextContaining(panel.locator('c-follow-up-status-badge'), `Was due ${due}`);
            await expectNoConsoleErrors(consoleErrors);
        });
    });

    it('logs a check-in with a reading per KPI: follow-up not due again, KPI progress moves by the exact figures', async () => {
        await withPage(suite.browser, 'opportunity-story-check-in', async ({ page, consoleErrors }) => {
            const panel = await openDeal(page, suite.preview, deal.id, overdueDay);
            await panel.getByRole('button', { name: 'Log check-in' }).click();
            const form = panel.locator('c-check-in-form');
            const checkInDate = form.getByRole('textbox', { name: 'Check-In Date', exact: true });
            expect(await checkInDate.inputValue()).toBe(
                new Date(`${overdueDay}T12:00:00Z`).toLocaleDateString('en-US', {
                    month: 'short',
                    day: 'numeric',
                    year: 'numeric',
                    timeZone: 'UTC'
                })
            );
            await choose(form, 'Type', 'Meeting');
            await choose(form, 'Customer Contact', 'Olivia Park (Chief Financial Officer)');
            await choose(form, 'Implementation Status', 'On track');
            await choose(form, 'Customer Sentiment', 'Positive');
            await form
                .getByRole('textbox', { name: 'Summary', exact: true })
                .fill('First month live in 40 stores; receipts now matched on capture.');
            await form.getByRole('textbox', { name: `${COST_KPI} (USD)`, exact: true }).fill('20');
            await tick(form, `Customer confirmed the ${COST_KPI} reading`);
            await form.getByRole('textbox', { name: `${RECEIPTS_KPI} (%)`, exact: true }).fill('55');
            await saveAndExpect(page, form, 'Check-in saved');

            const followUp = panel.locator('c-follow-up-status-badge');
            await expectTextContaining(followUp, 'Follow-up not due yet');
            await expectTextContaining(followUp, `Due ${shortDate(addDays(overdueDay, 90))}`);
            await expectTextContaining(followUp, `Last check-in ${shortDate(overdueDay)}`);
            // (20 - 28) / (12 - 28) = 50 %; (55 - 40) / (90 - 40) = 30 %.
            await expectText(kpiRow(panel, COST_KPI).locator('.progress-text'), '50% of the way from 28 to 12 USD');
            await expectText(kpiRow(panel, RECEIPTS_KPI).locator('.progress-text'), '30% of the way from 40% to 90%');
            await expectText(kpiRow(panel, COST_KPI).locator('.kpi-status'), 'On track');
            await expectText(kpiRow(panel, RECEIPTS_KPI).locator('.kpi-status'), 'On track');
            await expectText(panel.locator('.check-in-summary'), 'First month live in 40 stores; receipts now matched on capture.');
            await expectNoConsoleErrors(consoleErrors);
        });
        const kpis = await storedKpis(overdueDay);
        expect(kpis.map((k) => [k.Name.value, k.Current_Value__c.value, k.Progress__c.value])).toEqual([
            [COST_KPI, 20, 50],
            [RECEIPTS_KPI, 55, 30]
        ]);
        // One check-in, and the two readings saved with it (same request), dated the check-in's day.
        const data = await graphql<{
            Success_Check_In__c: Connection<{ Id: string; Check_In_Date__c: { value: string }; Type__c: { value: string } }>;
            KPI_Measurement__c: Connection<{
                Value__c: { value: number };
                Measured_On__c: { value: string };
                Customer_Confirmed__c: { value: boolean };
                Check_In__c: { value: string };
            }>;
        }>(
            suite.preview,
            `{ uiapi { query {
                Success_Check_In__c(where: { Opportunity__c: { eq: "${deal.id}" } }) { edges { node { Id Check_In_Date__c { value } Type__c { value } } } }
                KPI_Measurement__c(where: { Customer_KPI__r: { Customer_Goal__r: { Originating_Opportunity__c: { eq: "${deal.id}" } } } }, orderBy: { Value__c: { order: ASC } }) {
                    edges { node { Value__c { value } Measured_On__c { value } Customer_Confirmed__c { value } Check_In__c { value } } } }
            } } }`,
            overdueDay
        );
        const checkIns = data.Success_Check_In__c.edges.map((e) => e.node);
        expect(checkIns.map((c) => [c.Check_In_Date__c.value, c.Type__c.value])).toEqual([[overdueDay, 'Meeting']]);
        expect(data.KPI_Measurement__c.edges.map((e) => e.node)).toEqual([
            {
                Value__c: { value: 20 },
                Measured_On__c: { value: overdueDay },
                Customer_Confirmed__c: { value: true },
                Check_In__c: { value: checkIns[0]?.Id }
            },
            {
                Value__c: { value: 55 },
                Measured_On__c: { value: overdueDay },
                Customer_Confirmed__c: { value: false },
                Check_In__c: { value: checkIns[0]?.Id }
            }
        ]);
    });
});
