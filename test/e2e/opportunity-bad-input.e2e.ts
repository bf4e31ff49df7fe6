import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import {
    addDays,
    choose,
    describedValues,
    eventually,
    expectText,
    graphql,
    openDeal,
    sampleDeal,
    shortDate,
    type Connection
} from './support/opportunityPanel';
import { withPage } from './support/page';
import { startPreview, type RunningPreview } from './support/preview';

/**
 * Bad input on the Opportunity panel, through the real preview (metadata-driven store and its
 * validation rules): a rule's message lands on the field it concerns, nothing is saved, what was
 * typed stays; a save that fails halfway saves nothing at all; markup is shown as text.
 * What is (not) saved is checked with GraphQL queries against the store, not only on screen.
 */
let preview: RunningPreview;
let browser: Browser;

beforeAll(async () => {
    preview = await startPreview();
    browser = await launchBrowser();
});

afterAll(async () => {
    await browser?.close();
    await preview?.close();
});

beforeEach(() => preview.reset());

const TARGET_EQUALS_BASELINE =
    'Target must differ from baseline: progress is measured from the baseline to the target. Enter a target above the baseline for an Increase KPI, or below it for a Decrease KPI.';
const MEASURED_IN_FUTURE = "Measured On can't be in the future. Enter the date the value was measured: today or earlier.";
const CHECK_IN_IN_FUTURE =
    "Check-in date can't be in the future. Log the check-in once it has happened, and use Next Check-In Date to plan the next one.";
const FIX_FIELDS = 'Nothing was saved. Fix the highlighted fields and save again.';

/**
 * The text input of a labelled base input, and the message shown under it (read without the
 * assistive copy of the field's label that the base input puts in front of it).
 */
function field(scope: Locator, label: string): { input: Locator; message: () => Promise<string> } {
    const input = scope.getByRole('textbox', { name: label, exact: true });
    const help = scope
        .locator('lightning-input, lightning-textarea')
        .filter({ has: scope.page().getByRole('textbox', { name: label, exact: true }) })
        .locator('.slds-form-element__help');
    const message = async (): Promise<string> => {
        if ((await help.count()) === 0) return '';
        let text = (await help.first().textContent()) ?? '';
        for (const assistive of await help.first().locator('.slds-assistive-text').allTextContents()) text = text.replace(assistive, '');
        return text.replace(/\s+/g, ' ').trim();
    };
    return { input, message };
}

async function expectMessage(scope: Locator, label: string, expected: string): Promise<void> {
    await eventually(field(scope, label).message, (text) => expect(text).toBe(expected));
}

/** GraphQL mutations the page sends (to show that a refused form sent nothing). */
function mutationsSent(page: Page): string[] {
    const sent: string[] = [];
    page.on('request', (request) => {
        const body = request.method() === 'POST' && request.url().endsWith('/graphql') ? (request.postData() ?? '') : '';
        if (/"query":"\s*mutation/.test(body)) sent.push(body);
    });
    return sent;
}

async function kpiNames(opportunityId: string): Promise<string[]> {
    const data = await graphql<{ Customer_KPI__c: Connection<{ Name: { value: string } }> }>(
        preview,
        `{ uiapi { query { Customer_KPI__c(where: { Customer_Goal__r: { Originating_Opportunity__c: { eq: "${opportunityId}" } } }, orderBy: { Name: { order: ASC } }) {
            edges { node { Name { value } } } } } } }`
    );
    return data.Customer_KPI__c.edges.map((e) => e.node.Name.value);
}

/** The deal's check-ins and all readings of its KPIs: what a failed check-in must not have added. */
async function followUpRecords(opportunityId: string): Promise<{ checkIns: string[]; readings: number }> {
    const data = await graphql<{
        Success_Check_In__c: Connection<{ Summary__c: { value: string } }>;
        KPI_Measurement__c: Connection<{ Id: string }> & { totalCount: number };
    }>(
        preview,
        `{ uiapi { query {
            Success_Check_In__c(where: { Opportunity__c: { eq: "${opportunityId}" } }) { edges { node { Summary__c { value } } } }
            KPI_Measurement__c(where: { Customer_KPI__r: { Customer_Goal__r: { Originating_Opportunity__c: { eq: "${opportunityId}" } } } }, first: 200) {
                edges { node { Id } } totalCount }
        } } }`
    );
    return { checkIns: data.Success_Check_In__c.edges.map((e) => e.node.Summary__c.value), readings: data.KPI_Measurement__c.totalCount };
}

describe('Opportunity panel: bad input', () => {
    it('refuses a KPI whose target equals its baseline with the rule’s message on the target, keeping what was typed', async () => {
        const deal = await sampleDeal(preview, 'Meridian Field Services - Collections');
        const before = await kpiNames(deal.id);
        await withPage(browser, 'opportunity-bad-kpi-target', async ({ page, consoleErrors }) => {
            const sent = mutationsSent(page);
            const panel = await openDeal(page, preview, deal.id);
            const goal = panel.locator('li.goal').filter({ hasText: 'Take field technicians off collection calls' });
            await goal.getByRole('button', { name: 'Add KPI' }).click();
            const form = panel.locator('c-kpi-form');
            await field(form, 'KPI name').input.fill('Disputed invoices');
            await field(form, 'Unit').input.fill('%');
            await choose(form, 'Which way is better?', 'Decrease: lower is better');
            await field(form, 'Baseline value').input.fill('12');
            await field(form, 'Baseline date').input.fill(shortDate(addDays(deal.closeDate, -60)));
            await field(form, 'Target value').input.fill('12');
            await field(form, 'Target date').input.fill(shortDate(addDays(deal.closeDate, 300)));
            await form.getByRole('button', { name: 'Save', exact: true }).click();

            const target = field(form, 'Target value');
            await expectMessage(form, 'Target value', TARGET_EQUALS_BASELINE);
            expect(await target.input.getAttribute('aria-invalid')).toBe('true');
            await expectText(form.getByRole('alert'), `Error: ${FIX_FIELDS}`);
            // Everything typed is still there to correct.
            expect(await field(form, 'KPI name').input.inputValue()).toBe('Disputed invoices');
            expect(await field(form, 'Baseline value').input.inputValue()).toBe('12');
            expect(await target.input.inputValue()).toBe('12');

            // Correcting the target clears its message.
            await target.input.fill('5');
            await target.input.blur();
            await expectMessage(form, 'Target value', '');
            expect(sent).toEqual([]);
            expect(consoleErrors).toEqual([]);
        });
        expect(await kpiNames(deal.id)).toEqual(before);
    });

    it('saves nothing when a reading fails on the server: no check-in, no reading, everything typed kept', async () => {
        const deal = await sampleDeal(preview, 'Northwind Logistics - Accounts Receivable');
        const before = await followUpRecords(deal.id);
        await withPage(browser, 'opportunity-bad-check-in-reading', async ({ page, consoleErrors }) => {
            const panel = await openDeal(page, preview, deal.id);
            // The check-in itself is valid (dated today); its readings reach the server dated
            // tomorrow, as a client with a wrong clock would send them. All or nothing: the
            // check-in must not be saved without its readings.
            let rewritten = 0;
            await page.route('**/graphql', async (route) => {
                const body = JSON.parse(route.request().postData() ?? '{}') as {
                    operationName?: string;
                    variables?: Record<string, unknown>;
                };
                if (body.operationName === 'LogCheckIn' && body.variables && typeof body.variables.measuredOn === 'string') {
                    body.variables.measuredOn = addDays(body.variables.measuredOn, 1);
                    rewritten += 1;
                }
                await route.continue({ postData: JSON.stringify(body) });
            });
            await panel.getByRole('button', { name: 'Log check-in' }).click();
            const form = panel.locator('c-check-in-form');
            await field(form, 'Summary').input.fill('Go-live slipped a week; DSO report due Friday.');
            await field(form, 'Days sales outstanding (days)').input.fill('55');
            await field(form, 'Unapplied cash items (items)').input.fill('120');
            await form.getByRole('button', { name: 'Save', exact: true }).click();

            await expectText(form.getByRole('alert'), `Error: ${FIX_FIELDS}`);
            expect(rewritten).toBe(1);
            // The readings' date is the check-in's date: that is the field the rep is sent to.
            await expectMessage(form, 'Check-in date', MEASURED_IN_FUTURE);
            expect(await field(form, 'Summary').input.inputValue()).toBe('Go-live slipped a week; DSO report due Friday.');
            expect(await field(form, 'Days sales outstanding (days)').input.inputValue()).toBe('55');
            expect(await field(form, 'Unapplied cash items (items)').input.inputValue()).toBe('120');
            await expectText(panel.locator('c-follow-up-status-badge'), /Follow-up overdue/);
            expect(await panel.getByRole('status').filter({ hasText: 'Check-in saved' }).count()).toBe(0);
            expect(consoleErrors).toEqual([]);
        });
        expect(await followUpRecords(deal.id)).toEqual(before);
    });

    it('refuses a check-in dated in the future at the date field before sending anything, keeping what was typed', async () => {
        const deal = await sampleDeal(preview, 'Northwind Logistics - Accounts Receivable');
        const before = await followUpRecords(deal.id);
        await withPage(browser, 'opportunity-bad-check-in-date', async ({ page, consoleErrors }) => {
            const sent = mutationsSent(page);
            const panel = await openDeal(page, preview, deal.id);
            await panel.getByRole('button', { name: 'Log check-in' }).click();
            const form = panel.locator('c-check-in-form');
            const date = field(form, 'Check-in date');
            const today = await date.input.inputValue();
            const tomorrow = new Date(Date.parse(today) + 36 * 3600 * 1000);
            await date.input.fill(tomorrow.toLocaleDateString('en-US'));
            await field(form, 'Summary').input.fill('Planned: quarterly review with the CFO.');
            await field(form, 'Days sales outstanding (days)').input.fill('52');
            await form.getByRole('button', { name: 'Save', exact: true }).click();

            await expectMessage(form, 'Check-in date', CHECK_IN_IN_FUTURE);
            await expectText(form.getByRole('alert'), `Error: ${FIX_FIELDS}`);
            expect(await field(form, 'Summary').input.inputValue()).toBe('Planned: quarterly review with the CFO.');
            expect(await field(form, 'Days sales outstanding (days)').input.inputValue()).toBe('52');
            expect(sent).toEqual([]);
            expect(consoleErrors).toEqual([]);
        });
        expect(await followUpRecords(deal.id)).toEqual(before);
    });

    it('shows markup typed into a check-in as text once saved, and runs none of it', async () => {
        const markup = '<img src=x onerror=alert(1)>';
        const deal = await sampleDeal(preview, 'Kestrel Precision - Financial Close Automation');
        await withPage(browser, 'opportunity-markup-as-text', async ({ page, consoleErrors }) => {
            const dialogs: string[] = [];
            page.on('dialog', (dialog) => {
                dialogs.push(dialog.message());
                void dialog.dismiss();
            });
            const panel = await openDeal(page, preview, deal.id);
            await panel.getByRole('button', { name: 'Log check-in' }).click();
            const form = panel.locator('c-check-in-form');
            await field(form, 'Summary').input.fill(`Close took 6 days ${markup}`);
            await field(form, 'Next step').input.fill(`<b>${markup}</b>`);
            await form.getByRole('button', { name: 'Save', exact: true }).click();
            await page.getByRole('status').filter({ hasText: 'Check-in saved' }).first().waitFor();

            const checkIn = panel.locator('.check-in').filter({ hasText: 'Close took 6 days' });
            await expectText(checkIn.locator('.check-in-summary'), `Close took 6 days ${markup}`);
            expect(await describedValues(checkIn.locator('.check-in-details'))).toContainEqual(['Next step', `<b>${markup}</b>`]);
            expect(await panel.locator('.check-ins img').count()).toBe(0);
            expect(dialogs).toEqual([]);
            expect(consoleErrors).toEqual([]);
        });
        const { checkIns } = await followUpRecords(deal.id);
        expect(checkIns).toContain(`Close took 6 days ${markup}`);
    });
});
