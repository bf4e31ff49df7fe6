import type { Locator, Page } from 'playwright-core';
import { accountKpiItem, openAccount } from './support/accountPanel';
import { expectNoAxeViolations } from './support/axe';
import { dueDeals as storedDueDeals } from './support/followUpsDue';
import { choose, eventually, expectFocused, expectText, openDeal, sampleDeal, type SampleDeal } from './support/opportunityPanel';
import { recordIdNamed } from '../../preview/harness/requests';
import { withPage } from './support/page';
import { usePreviewAndBrowser } from './support/suite';
import { defaultTimeZone } from '../../preview/server/store/clock';
import { todayIn } from '../../core/dates';

/**
 * Issue 20's rough edges, as a rep and a manager meet them in the preview (one step per test, each
 * building on the last where it says so):
 * - on an open deal without contact roles, a goal for an account contact counts towards
 *   completeness, focus moves on to the new goal's "Add KPI", and once goals and KPIs are done the
 *   next step "add contact roles" is a link to the deal's Contact Roles;
 * - a KPI without a target takes a reading on the Account panel, which says "Needs a target"; one
 *   reading draws no trend line; on its deal the row offers "Complete this KPI", which opens its form;
 * - Home in team mode names each deal's owner, and "Group by rep" lists them under each rep with counts.
 * Every page is checked with axe.
 */
const suite = usePreviewAndBrowser({ resetBeforeEach: false });

const TODAY = todayIn(defaultTimeZone());

/** Open, Prospecting, no contact roles; its account has Aisha Rahman, Ethan Cole and Lena Fischer. */
const DEAL = 'Cobalt Ridge Software - AP Automation';
const GOAL = 'Pay every supplier invoice on its due date';
const KPI = 'Invoices paid on their due date';
/** Kestrel's Procure-to-Pay deal (open): its KPI has a baseline and no target. */
const KESTREL_DEAL = 'Kestrel Precision - Procure-to-Pay Expansion';
const NO_TARGET_KPI = 'Supplier invoices paid on time';

let deal: SampleDeal;

beforeAll(async () => {
    await suite.preview.reset();
    deal = await sampleDeal(suite.preview, DEAL);
});

function goalCard(panel: Locator, name: string): Locator {
    return panel.locator('li.goal').filter({ has: panel.page().getByRole('heading', { name, exact: true }) });
}

async function saveAndExpect(page: Page, form: Locator, toast: string): Promise<void> {
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: toast }).first().waitFor();
    await form.waitFor({ state: 'detached' });
}

describe('contact roles and completeness (issue 20, point 5)', () => {
    it('a goal for an account contact who is not a contact role counts; focus lands on its "Add KPI"', async () => {
        await withPage(suite.browser, 'rough-edges-stakeholder', async ({ page, consoleErrors }) => {
            const panel = await openDeal(page, suite.preview, deal.id);
            await expectText(panel.locator('.roles-with-goal'), 'No one involved yet: add contact roles, or a goal for each person.');
            await expectText(panel.locator('.kpis-measurable'), 'No KPI yet: add one to each goal.');

            await panel.getByRole('button', { name: 'Add goal', exact: true }).click();
            const form = panel.locator('c-goal-form');
            await form.getByRole('textbox', { name: 'Goal', exact: true }).fill(GOAL);
            await choose(form, 'Level', 'Individual');
            // Required as soon as Level is Individual, before any Save.
            await expectText(form.locator('lightning-combobox').filter({ hasText: 'Stakeholder' }).locator('abbr'), '*');
            await choose(form, 'Stakeholder', 'Ethan Cole (Head of Customer Support)');
            await saveAndExpect(page, form, 'Goal saved');

            await expectFocused(goalCard(panel, GOAL).getByRole('button', { name: 'Add KPI' }));
            await expectText(panel.locator('.roles-with-goal'), '1 of 1 people involved have a goal');
            await expectNoAxeViolations(page);
            expect(consoleErrors).toEqual([]);
        });
    });

    it('once goals and KPIs are done, "add contact roles" is a link to the deal\'s Contact Roles', async () => {
        await withPage(suite.browser, 'rough-edges-contact-roles-link', async ({ page, consoleErrors }) => {
            const panel = await openDeal(page, suite.preview, deal.id);
            await goalCard(panel, GOAL).getByRole('button', { name: 'Add KPI' }).click();
            const form = panel.locator('c-kpi-form');
            await form.getByRole('textbox', { name: 'KPI Name', exact: true }).fill(KPI);
            await form.getByRole('textbox', { name: 'Unit', exact: true }).fill('%');
            await choose(form, 'Direction', 'Increase');
            await form.getByRole('textbox', { name: 'Baseline Value', exact: true }).fill('70');
            await form.getByRole('textbox', { name: 'Baseline Date', exact: true }).fill('1/5/2026');
            await form.getByRole('textbox', { name: 'Target Value', exact: true }).fill('98');
            await form.getByRole('textbox', { name: 'Target Date', exact: true }).fill('12/31/2027');
            await saveAndExpect(page, form, 'KPI saved');

            await expectText(
                panel.locator('.next-action'),
                'Add the people involved as contact roles, then ask each how they are measured.'
            );
            const link = panel.getByRole('link', { name: 'Open contact roles' });
            // The preview has no related-list pages: the relationship page opens the deal itself.
            expect(await link.getAttribute('href')).toBe(`#/r/Opportunity/${deal.id}`);
            await expectNoAxeViolations(page);
            await link.click();
            await eventually(
                () => page.evaluate(() => (globalThis as unknown as { location: { hash: string } }).location.hash),
                (hash) => expect(hash).toBe(`#/r/Opportunity/${deal.id}`)
            );
            expect(consoleErrors).toEqual([]);
        });
    });
});

describe('a KPI without a target (issue 20, point 6) and a one-reading trend', () => {
    let accountId: string;

    beforeAll(async () => {
        accountId = await recordIdNamed(suite.preview, 'Account', 'Kestrel');
    });

    it('the reading form and the row say "Needs a target"; one reading draws no line', async () => {
        await withPage(suite.browser, 'rough-edges-no-target-reading', async ({ page, consoleErrors }) => {
            const panel = await openAccount(page, suite.preview, accountId, TODAY);
            const item = accountKpiItem(panel, NO_TARGET_KPI);
            await expectText(item.locator('.kpi-needs'), /^Needs a target/);
            await expectText(item.locator('.trend-summary'), 'No readings yet');
            await item.getByRole('button', { name: 'Record reading' }).click();
            const form = item.locator('c-measurement-form');
            await expectText(form.locator('.reading-needs'), 'Needs a target: progress shows once this KPI is complete.');
            await form.getByRole('textbox', { name: /^Value/ }).fill('74');
            await saveAndExpect(page, form, 'Reading saved');
            await expectText(item.locator('.trend-summary'), /^One reading so far: 74/);
            expect(await item.locator('svg.trend-line').count()).toBe(0);
            await expectText(item.locator('.progress-text'), 'No progress yet: it needs a target.');
            await expectNoAxeViolations(page);
            expect(consoleErrors).toEqual([]);
        });
    });

    it('on its deal the row offers "Complete this KPI", which opens the KPI form', async () => {
        const kestrel = await sampleDeal(suite.preview, KESTREL_DEAL);
        await withPage(suite.browser, 'rough-edges-complete-kpi', async ({ page, consoleErrors }) => {
            const panel = await openDeal(page, suite.preview, kestrel.id);
            const row = panel.locator('c-kpi-row').filter({ hasText: NO_TARGET_KPI });
            await expectText(row.locator('.kpi-needs span').first(), 'Needs a target');
            await row.getByRole('button', { name: 'Complete this KPI', exact: true }).click();
            const form = panel.locator('c-kpi-form');
            expect(await form.getByRole('textbox', { name: 'KPI Name', exact: true }).inputValue()).toBe(NO_TARGET_KPI);
            await expectNoAxeViolations(page);
            expect(consoleErrors).toEqual([]);
        });
    });
});

describe('Home in team mode (issue 20, point 7)', () => {
    const dueDeals = () => storedDueDeals(suite.preview, TODAY);

    async function openHome(page: Page, query: string): Promise<Locator> {
        await page.clock.setFixedTime(new Date(`${TODAY}T12:00:00Z`));
        await page.goto(`${suite.preview.url}?today=${TODAY}#/?${query}`);
        const list = page.locator('c-follow-ups-due');
        await list.locator('c-follow-up-deal-list').first().waitFor();
        return list;
    }

    it('each row names its owner', async () => {
        const expected = await dueDeals();
        expect(expected.length).toBeGreaterThan(0);
        await withPage(suite.browser, 'rough-edges-team-owners', async ({ page, consoleErrors }) => {
            const list = await openHome(page, 'c__team=true');
            await eventually(
                async () => (await list.locator('.deal-owner').allInnerTexts()).map((t) => t.trim()).sort(),
                (owners) => expect(owners).toEqual(expected.map((d) => `Owner: ${d.Owner.Name.value}`).sort())
            );
            await expectNoAxeViolations(page);
            expect(consoleErrors).toEqual([]);
        });
    });

    it('"Group by rep" lists the deals under each rep with their count', async () => {
        const expected = await dueDeals();
        const counts = new Map<string, number>();
        for (const d of expected) counts.set(d.Owner.Name.value, (counts.get(d.Owner.Name.value) ?? 0) + 1);
        const headings = [...counts].map(([name, n]) => (n === 1 ? `${name}: 1 deal` : `${name}: ${n} deals`)).sort();
        await withPage(suite.browser, 'rough-edges-team-by-rep', async ({ page, consoleErrors }) => {
            const list = await openHome(page, 'c__team=true&c__byRep=true');
            await eventually(
                async () => (await list.locator('.rep-heading').allInnerTexts()).map((t) => t.trim()).sort(),
                (shown) => expect(shown).toEqual(headings)
            );
            for (const group of await list.locator('.rep-group').all()) {
                const heading = (await group.locator('.rep-heading').innerText()).trim();
                const n = Number(/: (\d+) deals?$/.exec(heading)?.[1]);
                expect(await group.locator('.deal-link').count()).toBe(n);
            }
            await expectNoAxeViolations(page);
            expect(consoleErrors).toEqual([]);
        });
    });
});
