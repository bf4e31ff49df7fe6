/**
 * Regenerates the README's screenshots from the local preview over the sample data:
 *   npm run docs:screenshots
 * Pages are named by the sample records they show, so the pictures tell the sample's story.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../preview/harness/browser';
import { recordIdNamed } from '../preview/harness/requests';
import { startPreview, type RunningPreview } from '../preview/harness/runningPreview';

const OUT_DIR = join(__dirname, '..', 'docs', 'images');

interface Shot {
    file: string;
    /** Hash route, or a function finding one through GraphQL. */
    route: string | ((preview: RunningPreview) => Promise<string>);
    waitForText: string;
    /** What a user does on the page before the picture (opens a form). */
    act?: (page: Page) => Promise<void>;
    /** Phone pictures: 390 × 844, the e2e's phone; else a desktop window. */
    phone?: boolean;
}

const DESKTOP = { width: 1400, height: 1000 };
const PHONE = { width: 390, height: 844 };

const firstId = (object: string, namePrefix: string) => async (preview: RunningPreview) =>
    `#/r/${object}/${await recordIdNamed(preview, object, namePrefix)}`;

const SHOTS: Shot[] = [
    {
        file: 'preview-opportunity-open.png',
        route: firstId('Opportunity', 'Meridian Field Services - Collections'),
        waitForText: 'How is your customer measured?'
    },
    // Won, followed up: check-ins logged on the cadence, KPI progress since baseline.
    {
        file: 'preview-opportunity-won.png',
        route: firstId('Opportunity', 'Kestrel Precision - Financial Close'),
        waitForText: 'Recent check-ins'
    },
    // Won, follow-up overdue, the rep logging a check-in with a reading per KPI.
    {
        file: 'preview-opportunity-check-in.png',
        route: firstId('Opportunity', 'Northwind Logistics - Accounts Receivable'),
        waitForText: 'Follow-up overdue',
        act: async (page) => {
            await page.getByRole('button', { name: 'Log check-in' }).click();
            await page.getByText('KPI readings', { exact: true }).waitFor();
            await page.mouse.move(0, 0);
        }
    },
    // Won months before its Close Date: follow-up counts from the win day, and the panel says so.
    {
        file: 'preview-opportunity-won-early.png',
        route: firstId('Opportunity', 'Kestrel Precision - Supplier Onboarding Portal'),
        waitForText: 'but the Close Date is'
    },
    // Follow-up closed without a check-in: the reason the rep chose, and Reopen follow-up.
    {
        file: 'preview-opportunity-closed-without-check-in.png',
        route: firstId('Opportunity', 'Alder & Finch - Gift Card Reconciliation'),
        waitForText: 'Closed without a check-in:'
    },
    // The reminders the daily job sends the rep today: the bell in the header, opened.
    {
        file: 'preview-notification-bell.png',
        route: '#/',
        waitForText: 'Home',
        act: async (page) => {
            await page.getByRole('button', { name: /^Notifications/ }).click();
            await page.getByRole('dialog').getByRole('link').first().waitFor();
        }
    },
    // A rep on a phone logging a check-in through the page's Log check-in action.
    {
        file: 'preview-phone-check-in.png',
        route: firstId('Opportunity', 'Northwind Logistics - Accounts Receivable'),
        waitForText: 'Follow-up overdue',
        phone: true,
        act: async (page) => {
            await page.locator('[data-action="Opportunity.Log_Check_In_Mobile"]').click();
            await page.getByRole('dialog').getByText('KPI readings', { exact: true }).waitFor();
        }
    },
    { file: 'preview-account.png', route: firstId('Account', 'Northwind'), waitForText: 'Northwind' },
    { file: 'preview-home.png', route: '#/', waitForText: 'Home' },
    // A manager's view: the team's follow-ups grouped by rep, with counts.
    { file: 'preview-home-team-by-rep.png', route: '#/?c__team=true&c__byRep=true', waitForText: 'Jordan Lee:' },
    { file: 'preview-dashboard.png', route: '#/o/Dashboard', waitForText: 'View report (Won Deals Lacking Follow-Up)' },
    { file: 'preview-report-won-deals-lacking-follow-up.png', route: '#/r/Report/Won_Deals_Lacking_Follow_Up', waitForText: 'Total (' },
    {
        file: 'preview-report-open-deals-missing-customer-metrics.png',
        route: '#/r/Report/Open_Deals_Missing_Customer_Metrics',
        waitForText: 'Total ('
    },
    { file: 'preview-report-kpi-progress-by-account.png', route: '#/r/Report/KPI_Progress_by_Account', waitForText: 'Total (' },
    { file: 'preview-report-value-delivered-by-rep.png', route: '#/r/Report/Value_Delivered_by_Rep', waitForText: 'Total (' },
    {
        file: 'preview-report-follow-up-closed-without-check-in.png',
        route: '#/r/Report/Follow_Up_Closed_Without_Check_In',
        waitForText: 'Total ('
    },
    { file: 'preview-report-check-ins-this-quarter.png', route: '#/r/Report/Check_Ins_This_Quarter', waitForText: 'Total (' }
];

/** `npm run docs:screenshots -- preview-report` regenerates only the pictures whose file name matches (a regular expression). */
async function main(only = process.argv[2]): Promise<void> {
    const shots = SHOTS.filter((shot) => !only || new RegExp(only).test(shot.file));
    const preview = await startPreview();
    const browser = await launchBrowser();
    try {
        for (const shot of shots) {
            const page = await browser.newPage({ viewport: shot.phone ? PHONE : DESKTOP });
            const route = typeof shot.route === 'string' ? shot.route : await shot.route(preview);
            await page.goto(`${preview.url}${route}`);
            await page.getByText(shot.waitForText).first().waitFor();
            if (shot.act) await shot.act(page);
            await page.waitForLoadState('networkidle');
            // A phone picture is the screen the rep sees (the action's window), not the whole page.
            await page.screenshot({ path: join(OUT_DIR, shot.file), fullPage: !shot.phone });
            console.log(`wrote docs/images/${shot.file}`);
            await page.close();
        }
    } finally {
        await browser.close();
        await preview.close();
    }
}

main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
});
