import type { Locator, Page } from 'playwright-core';
import { accountKpiItem, openAccount } from './support/accountPanel';
import { FIX_FIELDS, expectMessage, field, inputValues, mutationsSent } from './support/forms';
import {
    choose,
    describedValues,
    expectFocused,
    expectText,
    openDeal,
    sampleDeal,
    shortDate,
    textOf,
    type SampleDeal
} from './support/opportunityPanel';
import { recordIdNamed } from '../../preview/harness/requests';
import { addDays } from '../../core/dates';
import { withPage } from './support/page';
import { usePreviewAndBrowser } from './support/suite';
import { accountReadings, followUpRecords, storedGoals, storedKpis } from './support/stored';
import { defaultTimeZone } from '../../preview/server/store/clock';
import { todayIn } from '../../core/dates';

/**
 * Issue #11's bad inputs, one named test each, on every form as a rep meets it in the preview:
 * the goal and KPI forms on an open deal, the check-in form on a won deal (Opportunity panel),
 * and the reading form on the Account panel. The store behind the preview applies the org's
 * field types, lengths, precision and validation rules.
 *
 * A refused input: its message under the field on screen, the form's "Nothing was saved" alert,
 * everything typed still in the inputs, no mutation sent, and the store unchanged (read through
 * GraphQL). An acceptable one (32,000 characters where the field holds them, emoji and
 * right-to-left text, markup, locale thousand separators): saved exactly as typed and shown
 * exactly, markup as text (no dialog, no <img> created).
 *
 * Thousand separators: the preview user's locale is en-US, so "1,234.5" is 1234.5; a separator
 * out of place ("1,23") is refused rather than guessed (other locales: the forms' Jest tests).
 * Categories that do not apply to a form are listed in that form's Jest bad-input suite.
 */
const suite = usePreviewAndBrowser();

/** The preview server's TODAY(); pages are opened as of it, so browser and server agree. */
const TODAY = todayIn(defaultTimeZone());

const LONG_TEXT = `${'The customer wants invoices out the day a job closes. '.repeat(600).slice(0, 31999)}!`;
const EMOJI_RTL = 'Cut churn 📉 ✅👩🏽‍💼 خفض التكاليف ٢٠٪ \u200fשיפור השירות';
const MARKUP = '<img src=x onerror=alert(1)>';

const REQUIRED = 'Complete this field.';
const NOT_NUMBER = 'Enter a number, such as 42 or 3.5.';
const NOT_EXACT = "Use at most 15 significant digits: a longer number can't be saved exactly.";
const tooLarge = (digits: number): string => `Enter a number with at most ${digits} digits before the decimal point.`;
const decimals = (places: number): string => `Use at most ${places} decimal places.`;
const tooLong = (max: number): string => `Use at most ${max} characters.`;

interface Session {
    page: Page;
    /** GraphQL mutations sent since the page opened. */
    sent: string[];
}

/** A page in which no dialog may open (markup must never run) and the console stays clean. */
async function inPage(name: string, body: (session: Session) => Promise<void>): Promise<void> {
    await withPage(suite.browser, name, async ({ page, consoleErrors }) => {
        const sent = mutationsSent(page);
        const dialogs: string[] = [];
        page.on('dialog', (dialog) => {
            dialogs.push(dialog.message());
            void dialog.dismiss();
        });
        await body({ page, sent });
        // An element made from typed markup would have tried to load "x".
        expect(await page.locator('img[src="x"]').count()).toBe(0);
        expect(dialogs).toEqual([]);
        expect(consoleErrors).toEqual([]);
    });
}

async function save(form: Locator): Promise<void> {
    await form.getByRole('button', { name: 'Save', exact: true }).click();
}

/** Saves and waits for the success toast and the form to close. */
async function saveAndExpect(page: Page, form: Locator, toast: string): Promise<void> {
    await save(form);
    await page.getByRole('status').filter({ hasText: toast }).first().waitFor();
    await form.waitFor({ state: 'detached' });
}

const DATE_FIELD = /date|measured on/i;

/**
 * A date input's text as the day it names (YYYY-MM-DD): the date picker rewrites what was typed
 * ("1/6/2027") in its display format ("Jan 6, 2027") on blur, the same day.
 */
function dayOf(text: string): string {
    const time = Date.parse(text);
    if (!text || Number.isNaN(time)) return text;
    const date = new Date(time);
    return [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

/** The messages on screen at these fields, the form's alert, every typed value kept, no mutation sent. */
async function expectRefused(
    session: Session,
    form: Locator,
    messages: Record<string, string>,
    kept: Record<string, string>
): Promise<void> {
    for (const [label, message] of Object.entries(messages)) {
        const role = (await form.getByRole('combobox', { name: label, exact: true }).count()) > 0 ? 'combobox' : 'textbox';
        await expectMessage(form, label, message, role);
    }
    await expectText(form.getByRole('alert'), `Error: ${FIX_FIELDS}`);
    const asDays = (values: Record<string, string>): Record<string, string> =>
        Object.fromEntries(Object.entries(values).map(([label, value]) => [label, DATE_FIELD.test(label) ? dayOf(value) : value]));
    expect(asDays(await inputValues(form, Object.keys(kept)))).toEqual(asDays(kept));
    expect(session.sent).toEqual([]);
}

/**
 * Types each value into its labelled field. A date field is left with Tab, as a person moves on:
 * while it has focus the date picker shows a format hint under it, which goes on blur and moves
 * the Save button up, so a click straight from a date field can land beside the button.
 */
async function fill(form: Locator, values: Record<string, string>): Promise<void> {
    for (const [label, value] of Object.entries(values)) {
        const input = field(form, label).input;
        await input.fill(value);
        if (DATE_FIELD.test(label)) await input.press('Tab');
    }
}

// --- goal form (Opportunity panel, open deal) ---

const OPEN_DEAL = 'Cobalt Ridge Software - AP Automation';
const GOAL = 'Goal';
const WHY = 'Why It Matters';
/** The field's label (the form) and the panel's caption (Outcomes_FieldCostOfInaction) say the same. */
const COST = 'Cost of doing nothing';
const GOAL_NAME = 'Cut days sales outstanding';

async function openGoalForm(page: Page, deal: SampleDeal): Promise<{ panel: Locator; form: Locator }> {
    const panel = await openDeal(page, suite.preview, deal.id, TODAY);
    await panel.getByRole('button', { name: 'Add goal', exact: true }).click();
    const form = panel.locator('c-goal-form');
    await field(form, GOAL).input.waitFor();
    return { panel, form };
}

/** A goal with this cost is refused with this message; the deal's goals stay as they were. */
async function goalCostRefused(testName: string, costs: [string, string][]): Promise<void> {
    const deal = await sampleDeal(suite.preview, OPEN_DEAL);
    const before = await storedGoals(suite.preview, deal.id);
    await inPage(testName, async (session) => {
        const { form } = await openGoalForm(session.page, deal);
        await fill(form, { [GOAL]: GOAL_NAME, [WHY]: 'Collectors chase invoices by hand.' });
        for (const [cost, message] of costs) {
            await fill(form, { [COST]: cost });
            await save(form);
            await expectRefused(
                session,
                form,
                { [COST]: message },
                { [COST]: cost, [GOAL]: GOAL_NAME, [WHY]: 'Collectors chase invoices by hand.' }
            );
        }
    });
    expect(await storedGoals(suite.preview, deal.id)).toEqual(before);
}

describe('Goal form: bad input', () => {
    it('text in a number field: words in Cost of doing nothing', async () => {
        await goalCostRefused('goal-text-in-number', [['about 2 million', NOT_NUMBER]]);
    });

    it('numbers beyond the precision of Currency(18, 2): 17 digits before the point, 3 decimals, 16 digits a double rounds', async () => {
        await goalCostRefused('goal-precision', [
            ['12345678901234567', tooLarge(16)],
            ['1500.125', decimals(2)],
            ['9007199254740993', NOT_EXACT]
        ]);
    });

    it('negative where not allowed: a cost of doing nothing below zero', async () => {
        await goalCostRefused('goal-negative-cost', [['-250000', 'Enter zero or more.']]);
    });

    it('blank required field: a goal name of spaces only', async () => {
        const deal = await sampleDeal(suite.preview, OPEN_DEAL);
        const before = await storedGoals(suite.preview, deal.id);
        await inPage('goal-blank-name', async (session) => {
            const { form } = await openGoalForm(session.page, deal);
            await fill(form, { [GOAL]: '   ', [WHY]: 'Collectors chase invoices by hand.', [COST]: '180,000' });
            await save(form);
            await expectRefused(
                session,
                form,
                { [GOAL]: REQUIRED },
                { [GOAL]: '   ', [WHY]: 'Collectors chase invoices by hand.', [COST]: '180,000' }
            );
            // Focus is on the field to fix.
            await expectFocused(field(form, GOAL).input);
        });
        expect(await storedGoals(suite.preview, deal.id)).toEqual(before);
    });

    it('32,000-character text: refused in the 80-character name (kept as typed), saved exactly in Why it matters', async () => {
        const deal = await sampleDeal(suite.preview, OPEN_DEAL);
        const before = await storedGoals(suite.preview, deal.id);
        await inPage('goal-long-text', async (session) => {
            const { form } = await openGoalForm(session.page, deal);
            await fill(form, { [GOAL]: LONG_TEXT, [WHY]: LONG_TEXT });
            await save(form);
            await expectRefused(session, form, { [GOAL]: tooLong(80) }, { [GOAL]: LONG_TEXT, [WHY]: LONG_TEXT });
            expect(await storedGoals(suite.preview, deal.id)).toEqual(before);

            await fill(form, { [GOAL]: GOAL_NAME });
            await saveAndExpect(session.page, form, 'Goal saved');
        });
        const added = (await storedGoals(suite.preview, deal.id)).filter((goal) => goal.name === GOAL_NAME);
        expect(added).toHaveLength(1);
        expect(added[0]?.whyItMatters).toHaveLength(32000);
        expect(added[0]?.whyItMatters === LONG_TEXT).toBe(true);
    });

    it('emoji and right-to-left text: saved and shown exactly as typed', async () => {
        const deal = await sampleDeal(suite.preview, OPEN_DEAL);
        await inPage('goal-emoji-rtl', async ({ page }) => {
            const { panel, form } = await openGoalForm(page, deal);
            await fill(form, { [GOAL]: EMOJI_RTL, [WHY]: `Why: ${EMOJI_RTL}` });
            await saveAndExpect(page, form, 'Goal saved');
            const card = panel.locator('li.goal').filter({ has: page.locator('.goal-name', { hasText: 'Cut churn' }) });
            expect(await card.locator('.goal-name').textContent()).toBe(EMOJI_RTL);
            expect((await card.locator('.why-it-matters').textContent())?.trim()).toBe(`Why: ${EMOJI_RTL}`);
        });
        expect(await storedGoals(suite.preview, deal.id)).toContainEqual({
            name: EMOJI_RTL,
            whyItMatters: `Why: ${EMOJI_RTL}`,
            cost: null
        });
    });

    it('markup and script text: saved as typed, shown as text, never run', async () => {
        const deal = await sampleDeal(suite.preview, OPEN_DEAL);
        const name = `Cut DSO ${MARKUP}`;
        const why = `<script>alert(1)</script> ${MARKUP}`;
        await inPage('goal-markup', async ({ page }) => {
            const { panel, form } = await openGoalForm(page, deal);
            await fill(form, { [GOAL]: name, [WHY]: why });
            await saveAndExpect(page, form, 'Goal saved');
            const card = panel.locator('li.goal').filter({ has: page.locator('.goal-name', { hasText: 'Cut DSO' }) });
            expect(await card.locator('.goal-name').textContent()).toBe(name);
            expect((await card.locator('.why-it-matters').textContent())?.trim()).toBe(why);
            expect(await card.locator('img, script').count()).toBe(0);
        });
        expect(await storedGoals(suite.preview, deal.id)).toContainEqual({ name, whyItMatters: why, cost: null });
    });

    it('pasted thousand separators (en-US): "1,23" is refused, "1,234,567.89" is saved as 1234567.89', async () => {
        const deal = await sampleDeal(suite.preview, OPEN_DEAL);
        await inPage('goal-thousand-separators', async (session) => {
            const { panel, form } = await openGoalForm(session.page, deal);
            await fill(form, { [GOAL]: GOAL_NAME, [COST]: '1,23' });
            await save(form);
            await expectRefused(session, form, { [COST]: NOT_NUMBER }, { [COST]: '1,23', [GOAL]: GOAL_NAME });

            await fill(form, { [COST]: '1,234,567.89' });
            await saveAndExpect(session.page, form, 'Goal saved');
            const card = panel.locator('li.goal').filter({ has: session.page.getByRole('heading', { name: GOAL_NAME, exact: true }) });
            expect(await describedValues(card.locator('.goal-details'))).toContainEqual([COST, '$1,234,567.89']);
        });
        expect(await storedGoals(suite.preview, deal.id)).toContainEqual({ name: GOAL_NAME, whyItMatters: null, cost: 1234567.89 });
    });
});

// --- KPI form (Opportunity panel, open deal with a goal) ---

const KPI_DEAL = 'Meridian Field Services - Collections';
const KPI_GOAL = 'Take field technicians off collection calls';
const KPI_NAME = 'KPI Name';
const UNIT = 'Unit';
const DIRECTION = 'Direction';
const BASELINE = 'Baseline Value';
const BASELINE_DATE = 'Baseline Date';
const TARGET = 'Target Value';
const TARGET_DATE = 'Target Date';

async function openKpiForm(page: Page, deal: SampleDeal): Promise<{ panel: Locator; form: Locator }> {
    const panel = await openDeal(page, suite.preview, deal.id, TODAY);
    await panel.locator('li.goal').filter({ hasText: KPI_GOAL }).getByRole('button', { name: 'Add KPI' }).click();
    const form = panel.locator('c-kpi-form');
    await field(form, KPI_NAME).input.waitFor();
    return { panel, form };
}

/** A complete Decrease KPI, with these fields typed instead. */
async function fillKpi(form: Locator, deal: SampleDeal, values: Record<string, string> = {}, direction = 'Decrease'): Promise<void> {
    await fill(form, {
        [KPI_NAME]: 'Disputed invoices',
        [UNIT]: '%',
        [BASELINE]: '12',
        [BASELINE_DATE]: shortDate(addDays(deal.closeDate, -60)),
        [TARGET]: '5',
        [TARGET_DATE]: shortDate(addDays(deal.closeDate, 300)),
        ...values
    });
    if (direction) await choose(form, DIRECTION, direction);
}

/** A KPI with these values is refused with these messages; the deal's KPIs stay as they were. */
async function kpiRefused(
    testName: string,
    values: Record<string, string>,
    messages: Record<string, string>,
    direction?: string
): Promise<void> {
    const deal = await sampleDeal(suite.preview, KPI_DEAL);
    const before = await storedKpis(suite.preview, deal.id);
    await inPage(testName, async (session) => {
        const { form } = await openKpiForm(session.page, deal);
        await fillKpi(form, deal, values, direction);
        await save(form);
        await expectRefused(session, form, messages, { [KPI_NAME]: 'Disputed invoices', ...values });
    });
    expect(await storedKpis(suite.preview, deal.id)).toEqual(before);
}

describe('KPI form: bad input', () => {
    it('text in a number field: words in the baseline, markup in the target', async () => {
        await kpiRefused(
            'kpi-text-in-number',
            { [BASELINE]: 'twelve', [TARGET]: MARKUP },
            { [BASELINE]: NOT_NUMBER, [TARGET]: NOT_NUMBER }
        );
    });

    it('numbers beyond the precision of Number(18, 4): 15 digits before the point, 5 decimals', async () => {
        await kpiRefused(
            'kpi-precision',
            { [BASELINE]: '123456789012345', [TARGET]: '5.12345' },
            { [BASELINE]: tooLarge(14), [TARGET]: decimals(4) }
        );
    });

    it('numbers beyond what a double carries exactly: 18 digits that fit Number(18, 4)', async () => {
        await kpiRefused('kpi-not-exact', { [BASELINE]: '12345678901234.5678' }, { [BASELINE]: NOT_EXACT });
    });

    it('date before the baseline: a target date before the baseline date', async () => {
        const deal = await sampleDeal(suite.preview, KPI_DEAL);
        const before = await storedKpis(suite.preview, deal.id);
        await inPage('kpi-target-date-before-baseline', async (session) => {
            const { form } = await openKpiForm(session.page, deal);
            await fillKpi(form, deal, { [TARGET_DATE]: shortDate(addDays(deal.closeDate, -90)) });
            await save(form);
            await expectRefused(
                session,
                form,
                { [TARGET_DATE]: 'Target date must be after the baseline date. Choose a later target date, or correct the baseline date.' },
                {
                    [KPI_NAME]: 'Disputed invoices',
                    [BASELINE]: '12',
                    [TARGET]: '5',
                    [BASELINE_DATE]: shortDate(addDays(deal.closeDate, -60)),
                    [TARGET_DATE]: shortDate(addDays(deal.closeDate, -90))
                }
            );
        });
        expect(await storedKpis(suite.preview, deal.id)).toEqual(before);
    });

    it('target on the wrong side of the baseline: below it on an Increase KPI', async () => {
        await kpiRefused(
            'kpi-target-wrong-side',
            { [BASELINE]: '12', [TARGET]: '5' },
            {
                [TARGET]:
                    'This is an Increase KPI (higher is better), so the target must be above the baseline. Raise the target, or set Direction to Decrease if lower is better.'
            },
            'Increase'
        );
    });

    it('blank required fields: no name, no direction', async () => {
        await kpiRefused('kpi-blank-required', { [KPI_NAME]: '', [BASELINE]: '12' }, { [KPI_NAME]: REQUIRED, [DIRECTION]: REQUIRED }, '');
    });

    it('32,000-character text: refused in the 80-character name and the 20-character unit, kept as typed', async () => {
        await kpiRefused('kpi-long-text', { [KPI_NAME]: LONG_TEXT, [UNIT]: LONG_TEXT }, { [KPI_NAME]: tooLong(80), [UNIT]: tooLong(20) });
    });

    it('emoji and right-to-left text: saved and shown exactly as typed', async () => {
        const deal = await sampleDeal(suite.preview, KPI_DEAL);
        await inPage('kpi-emoji-rtl', async ({ page }) => {
            const { panel, form } = await openKpiForm(page, deal);
            await fillKpi(form, deal, { [KPI_NAME]: EMOJI_RTL, [UNIT]: 'يوم 📅' });
            await saveAndExpect(page, form, 'KPI saved');
            const row = panel.locator('c-kpi-row').filter({ hasText: 'Cut churn' });
            expect(await row.locator('.kpi-name').textContent()).toBe(EMOJI_RTL);
            expect(await textOf(row.locator('.kpi-baseline'))).toContain('12 يوم 📅');
        });
        expect(await storedKpis(suite.preview, deal.id)).toContainEqual({ name: EMOJI_RTL, unit: 'يوم 📅', baseline: 12, target: 5 });
    });

    it('markup and script text: saved as typed, shown as text, never run', async () => {
        const deal = await sampleDeal(suite.preview, KPI_DEAL);
        const name = `Disputed ${MARKUP}`;
        await inPage('kpi-markup', async ({ page }) => {
            const { panel, form } = await openKpiForm(page, deal);
            await fillKpi(form, deal, { [KPI_NAME]: name, [UNIT]: '<b>%</b>' });
            await saveAndExpect(page, form, 'KPI saved');
            const row = panel.locator('c-kpi-row').filter({ hasText: 'Disputed <img' });
            expect(await row.locator('.kpi-name').textContent()).toBe(name);
            expect(await row.locator('img, b').count()).toBe(0);
        });
        expect(await storedKpis(suite.preview, deal.id)).toContainEqual({ name, unit: '<b>%</b>', baseline: 12, target: 5 });
    });

    it('pasted thousand separators (en-US): "12,00" is refused, "1,250.5" and "12,000" are saved as 1250.5 and 12000', async () => {
        const deal = await sampleDeal(suite.preview, KPI_DEAL);
        await inPage('kpi-thousand-separators', async (session) => {
            const { form } = await openKpiForm(session.page, deal);
            await fillKpi(form, deal, { [BASELINE]: '1,250.5', [TARGET]: '12,00' }, 'Increase');
            await save(form);
            await expectRefused(session, form, { [TARGET]: NOT_NUMBER }, { [BASELINE]: '1,250.5', [TARGET]: '12,00' });
            await fill(form, { [TARGET]: '12,000' });
            await saveAndExpect(session.page, form, 'KPI saved');
        });
        expect(await storedKpis(suite.preview, deal.id)).toContainEqual({
            name: 'Disputed invoices',
            unit: '%',
            baseline: 1250.5,
            target: 12000
        });
    });
});

// --- check-in form (Opportunity panel, won deal with two KPIs) ---

const WON_DEAL = 'Northwind Logistics - Accounts Receivable';
const CHECK_IN_DATE = 'Check-In Date';
const SUMMARY = 'Summary';
const NEXT_STEP = 'Next Step';
/** The panel's read view names the field its own way (its label Outcomes_FieldNextStep). */
const NEXT_STEP_IN_PANEL = 'Next step';
const NEXT_DATE = 'Next Check-In Date';
const DSO_READING = 'Days sales outstanding (days)';
const CASH_READING = 'Unapplied cash items (items)';
const SUMMARY_TEXT = 'Go-live slipped a week; DSO report due Friday.';

async function openCheckInForm(page: Page, deal: SampleDeal): Promise<{ panel: Locator; form: Locator }> {
    const panel = await openDeal(page, suite.preview, deal.id, TODAY);
    await panel.getByRole('button', { name: 'Log check-in' }).click();
    const form = panel.locator('c-check-in-form');
    await field(form, SUMMARY).input.waitFor();
    return { panel, form };
}

/** A check-in with these values is refused with these messages; no check-in and no reading is added. */
async function checkInRefused(testName: string, values: Record<string, string>, messages: Record<string, string>): Promise<void> {
    const deal = await sampleDeal(suite.preview, WON_DEAL);
    const before = await followUpRecords(suite.preview, deal.id);
    await inPage(testName, async (session) => {
        const { form } = await openCheckInForm(session.page, deal);
        await fill(form, values);
        await save(form);
        await expectRefused(session, form, messages, values);
    });
    expect(await followUpRecords(suite.preview, deal.id)).toEqual(before);
}

describe('Check-in form: bad input', () => {
    it('text in a number field: words and markup in the readings, the check-in itself valid', async () => {
        await checkInRefused(
            'check-in-text-in-number',
            { [SUMMARY]: SUMMARY_TEXT, [DSO_READING]: 'about 50', [CASH_READING]: MARKUP },
            { [DSO_READING]: NOT_NUMBER, [CASH_READING]: NOT_NUMBER }
        );
    });

    it('numbers beyond the precision of Number(18, 4): 15 digits before the point, 5 decimals', async () => {
        await checkInRefused(
            'check-in-precision',
            { [SUMMARY]: SUMMARY_TEXT, [DSO_READING]: '123456789012345', [CASH_READING]: '120.00001' },
            { [DSO_READING]: tooLarge(14), [CASH_READING]: decimals(4) }
        );
    });

    it('date in the future: a check-in dated tomorrow, refused at the date before anything is sent', async () => {
        await checkInRefused(
            'check-in-future-date',
            { [CHECK_IN_DATE]: shortDate(addDays(TODAY, 1)), [SUMMARY]: 'Planned: quarterly review with the CFO.', [DSO_READING]: '52' },
            {
                [CHECK_IN_DATE]:
                    "Check-in date can't be in the future. Log the check-in once it has happened, and use Next check-in date to plan the next one."
            }
        );
    });

    it("date before the baseline: a next check-in date before this check-in's date", async () => {
        await checkInRefused(
            'check-in-next-date-before',
            { [SUMMARY]: SUMMARY_TEXT, [NEXT_DATE]: shortDate(addDays(TODAY, -7)), [DSO_READING]: '52' },
            { [NEXT_DATE]: "Next check-in date must be after this check-in's date. Choose a later date, or leave it blank." }
        );
    });

    it('blank required fields: no check-in date and a summary of spaces only', async () => {
        await checkInRefused(
            'check-in-blank-required',
            { [CHECK_IN_DATE]: '', [SUMMARY]: '   ', [DSO_READING]: '52', [NEXT_STEP]: 'Quarterly review' },
            { [CHECK_IN_DATE]: REQUIRED, [SUMMARY]: REQUIRED }
        );
    });

    it('32,000-character text: refused in the 255-character next step (kept), saved exactly in the summary with its reading', async () => {
        const deal = await sampleDeal(suite.preview, WON_DEAL);
        const before = await followUpRecords(suite.preview, deal.id);
        await inPage('check-in-long-text', async (session) => {
            const { form } = await openCheckInForm(session.page, deal);
            const typed = { [SUMMARY]: LONG_TEXT, [NEXT_STEP]: LONG_TEXT, [DSO_READING]: '52' };
            await fill(form, typed);
            await save(form);
            await expectRefused(session, form, { [NEXT_STEP]: tooLong(255) }, typed);
            expect(await followUpRecords(suite.preview, deal.id)).toEqual(before);

            await fill(form, { [NEXT_STEP]: 'Quarterly review' });
            await saveAndExpect(session.page, form, 'Check-in saved');
        });
        const after = await followUpRecords(suite.preview, deal.id);
        expect(after.checkIns).toHaveLength(before.checkIns.length + 1);
        const added = after.checkIns.find((checkIn) => checkIn.nextStep === 'Quarterly review');
        expect(added?.summary).toHaveLength(32000);
        expect(added?.summary === LONG_TEXT).toBe(true);
        expect(after.readings).toEqual([...before.readings, `52 on ${TODAY}`].sort());
    });

    it('emoji and right-to-left text: saved and shown exactly as typed', async () => {
        const deal = await sampleDeal(suite.preview, WON_DEAL);
        await inPage('check-in-emoji-rtl', async ({ page }) => {
            const { panel, form } = await openCheckInForm(page, deal);
            await fill(form, { [SUMMARY]: EMOJI_RTL, [NEXT_STEP]: `Next: ${EMOJI_RTL}` });
            await saveAndExpect(page, form, 'Check-in saved');
            const checkIn = panel.locator('.check-in').filter({ hasText: 'Cut churn' });
            expect(await checkIn.locator('.check-in-summary').textContent()).toBe(EMOJI_RTL);
            expect(await describedValues(checkIn.locator('.check-in-details'))).toContainEqual([NEXT_STEP_IN_PANEL, `Next: ${EMOJI_RTL}`]);
        });
        expect((await followUpRecords(suite.preview, deal.id)).checkIns).toContainEqual({
            summary: EMOJI_RTL,
            nextStep: `Next: ${EMOJI_RTL}`
        });
    });

    it('markup and script text: saved as typed, shown as text, never run', async () => {
        const deal = await sampleDeal(suite.preview, WON_DEAL);
        const summary = `Close took 6 days ${MARKUP}`;
        const nextStep = `<b>${MARKUP}</b><script>alert(2)</script>`;
        await inPage('check-in-markup', async ({ page }) => {
            const { panel, form } = await openCheckInForm(page, deal);
            await fill(form, { [SUMMARY]: summary, [NEXT_STEP]: nextStep });
            await saveAndExpect(page, form, 'Check-in saved');
            const checkIn = panel.locator('.check-in').filter({ hasText: 'Close took 6 days' });
            await expectText(checkIn.locator('.check-in-summary'), summary);
            expect(await describedValues(checkIn.locator('.check-in-details'))).toContainEqual([NEXT_STEP_IN_PANEL, nextStep]);
            expect(await panel.locator('.check-ins img, .check-ins b, .check-ins script').count()).toBe(0);
        });
        expect((await followUpRecords(suite.preview, deal.id)).checkIns).toContainEqual({ summary, nextStep });
    });

    it('pasted thousand separators (en-US): "4,1" is refused, "1,204.5" is saved as 1204.5', async () => {
        const deal = await sampleDeal(suite.preview, WON_DEAL);
        const before = await followUpRecords(suite.preview, deal.id);
        await inPage('check-in-thousand-separators', async (session) => {
            const { form } = await openCheckInForm(session.page, deal);
            await fill(form, { [SUMMARY]: SUMMARY_TEXT, [DSO_READING]: '1,204.5', [CASH_READING]: '4,1' });
            await save(form);
            await expectRefused(session, form, { [CASH_READING]: NOT_NUMBER }, { [DSO_READING]: '1,204.5', [CASH_READING]: '4,1' });
            await fill(form, { [CASH_READING]: '41' });
            await saveAndExpect(session.page, form, 'Check-in saved');
        });
        expect((await followUpRecords(suite.preview, deal.id)).readings).toEqual(
            [...before.readings, `1204.5 on ${TODAY}`, `41 on ${TODAY}`].sort()
        );
    });
});

// --- reading form (Account panel) ---

const ACCOUNT = 'Northwind Logistics';
const DSO = 'Days sales outstanding';
const VALUE = 'Value (days)';
const MEASURED_ON = 'Measured On';

async function openReadingForm(page: Page, accountId: string): Promise<{ item: Locator; form: Locator }> {
    const panel = await openAccount(page, suite.preview, accountId, TODAY);
    const item = accountKpiItem(panel, DSO);
    await item.getByRole('button', { name: 'Record reading' }).click();
    const form = item.locator('c-measurement-form');
    await field(form, VALUE).input.waitFor();
    return { item, form };
}

/** A reading with these values is refused with these messages; the account's readings stay as they were. */
async function readingRefused(testName: string, values: Record<string, string>, messages: Record<string, string>): Promise<void> {
    const accountId = await recordIdNamed(suite.preview, 'Account', ACCOUNT);
    const before = await accountReadings(suite.preview, accountId);
    await inPage(testName, async (session) => {
        const { form } = await openReadingForm(session.page, accountId);
        await fill(form, values);
        await save(form);
        await expectRefused(session, form, messages, values);
    });
    expect(await accountReadings(suite.preview, accountId)).toEqual(before);
}

describe('Reading form (Account panel): bad input', () => {
    it('text in a number field: words in the value', async () => {
        await readingRefused('reading-text-in-number', { [VALUE]: 'fifty-two' }, { [VALUE]: NOT_NUMBER });
    });

    it('text in a number field: markup in the value', async () => {
        await readingRefused('reading-markup-in-number', { [VALUE]: MARKUP }, { [VALUE]: NOT_NUMBER });
    });

    it('numbers beyond the precision of Number(18, 4): 5 decimals', async () => {
        await readingRefused('reading-precision', { [VALUE]: '52.00001' }, { [VALUE]: decimals(4) });
    });

    it('numbers beyond what a double carries exactly: 18 digits that fit Number(18, 4)', async () => {
        await readingRefused('reading-not-exact', { [VALUE]: '99999999999999.9999' }, { [VALUE]: NOT_EXACT });
    });

    it('date in the future: a reading measured tomorrow', async () => {
        await readingRefused(
            'reading-future-date',
            { [VALUE]: '50', [MEASURED_ON]: shortDate(addDays(TODAY, 1)) },
            { [MEASURED_ON]: "Measured on can't be in the future. Enter the date the value was measured: today or earlier." }
        );
    });

    it('blank required fields: no value and no date', async () => {
        await readingRefused('reading-blank-required', { [VALUE]: '', [MEASURED_ON]: '' }, { [VALUE]: REQUIRED, [MEASURED_ON]: REQUIRED });
    });

    it('pasted thousand separators (en-US): "1,2345" is refused, "1,234.5" is saved and shown as 1,234.5 days', async () => {
        const accountId = await recordIdNamed(suite.preview, 'Account', ACCOUNT);
        const before = await accountReadings(suite.preview, accountId);
        await inPage('reading-thousand-separators', async (session) => {
            const { item, form } = await openReadingForm(session.page, accountId);
            await fill(form, { [VALUE]: '1,2345' });
            await save(form);
            await expectRefused(session, form, { [VALUE]: NOT_NUMBER }, { [VALUE]: '1,2345' });
            await fill(form, { [VALUE]: '1,234.5' });
            await saveAndExpect(session.page, form, 'Reading saved');
            await expectText(item.locator('.kpi-current'), `1,234.5 days as of ${shortDate(TODAY)}`);
        });
        expect(await accountReadings(suite.preview, accountId)).toEqual([...before, `${DSO}: 1234.5 on ${TODAY}`].sort());
    });
});
