import { FIX_FIELDS, expectMessage, field, mutationsSent } from './support/forms';
import { choose, expectText, openDeal, sampleDeal, shortDate } from './support/opportunityPanel';
import { addDays } from '../../core/dates';
import { withPage } from './support/page';
import { usePreviewAndBrowser } from './support/suite';
import { followUpRecords, kpiNames } from './support/stored';

/**
 * Bad input on the Opportunity panel, through the real preview (metadata-driven store and its
 * validation rules): a rule's message lands on the field it concerns, nothing is saved, what was
 * typed stays; a save that fails halfway saves nothing at all. What is (not) saved is checked
 * with GraphQL queries against the store, not only on screen. The named bad-input suite of every
 * form (future dates, markup shown as text, and the rest of issue #11's list) is forms-bad-input.e2e.ts.
 */

const suite = usePreviewAndBrowser();

const TARGET_EQUALS_BASELINE =
    'Target must differ from baseline: progress is measured from the baseline to the target. Enter a target above the baseline for an Increase KPI, or below it for a Decrease KPI.';
const MEASURED_IN_FUTURE = "Measured on can't be in the future. Enter the date the value was measured: today or earlier.";

describe('Opportunity panel: bad input', () => {
    it('refuses a KPI whose target equals its baseline with the rule’s message on the target, keeping what was typed', async () => {
        const deal = await sampleDeal(suite.preview, 'Meridian Field Services - Collections');
        const before = await kpiNames(suite.preview, deal.id);
        await withPage(suite.browser, 'opportunity-bad-kpi-target', async ({ page, consoleErrors }) => {
            const sent = mutationsSent(page);
            const panel = await openDeal(page, suite.preview, deal.id);
            const goal = panel.locator('li.goal').filter({ hasText: 'Take field technicians off collection calls' });
            await goal.getByRole('button', { name: 'Add KPI' }).click();
            const form = panel.locator('c-kpi-form');
            await field(form, 'KPI Name').input.fill('Disputed invoices');
            await field(form, 'Unit').input.fill('%');
            await choose(form, 'Direction', 'Decrease');
            await field(form, 'Baseline Value').input.fill('12');
            await field(form, 'Baseline Date').input.fill(shortDate(addDays(deal.closeDate, -60)));
            await field(form, 'Target Value').input.fill('12');
            await field(form, 'Target Date').input.fill(shortDate(addDays(deal.closeDate, 300)));
            await form.getByRole('button', { name: 'Save', exact: true }).click();

            const target = field(form, 'Target Value');
            await expectMessage(form, 'Target Value', TARGET_EQUALS_BASELINE);
            expect(await target.input.getAttribute('aria-invalid')).toBe('true');
            await expectText(form.getByRole('alert'), `Error: ${FIX_FIELDS}`);
            // Everything typed is still there to correct.
            expect(await field(form, 'KPI Name').input.inputValue()).toBe('Disputed invoices');
            expect(await field(form, 'Baseline Value').input.inputValue()).toBe('12');
            expect(await target.input.inputValue()).toBe('12');

            // Correcting the target clears its message.
            await target.input.fill('5');
            await target.input.blur();
            await expectMessage(form, 'Target Value', '');
            expect(sent).toEqual([]);
            expect(consoleErrors).toEqual([]);
        });
        expect(await kpiNames(suite.preview, deal.id)).toEqual(before);
    });

    it('saves nothing when a reading fails on the server: no check-in, no reading, everything typed kept', async () => {
        const deal = await sampleDeal(suite.preview, 'Northwind Logistics - Accounts Receivable');
        const before = await followUpRecords(suite.preview, deal.id);
        await withPage(suite.browser, 'opportunity-bad-check-in-reading', async ({ page, consoleErrors }) => {
            const panel = await openDeal(page, suite.preview, deal.id);
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
            await expectMessage(form, 'Check-In Date', MEASURED_IN_FUTURE);
            expect(await field(form, 'Summary').input.inputValue()).toBe('Go-live slipped a week; DSO report due Friday.');
            expect(await field(form, 'Days sales outstanding (days)').input.inputValue()).toBe('55');
            expect(await field(form, 'Unapplied cash items (items)').input.inputValue()).toBe('120');
            await expectText(panel.locator('c-follow-up-status-badge'), /Follow-up overdue/);
            expect(await panel.getByRole('status').filter({ hasText: 'Check-in saved' }).count()).toBe(0);
            expect(consoleErrors).toEqual([]);
        });
        expect(await followUpRecords(suite.preview, deal.id)).toEqual(before);
    });
});
