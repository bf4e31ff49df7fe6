/**
 * Regenerates the README's screenshots from the local preview over the sample data:
 *   npm run docs:screenshots
 * Pages are named by the sample records they show, so the pictures tell the sample's story.
 */
import { join } from 'node:path';
import { launchBrowser } from '../test/e2e/support/browser';
import { startPreview } from '../test/e2e/support/preview';

const OUT_DIR = join(__dirname, '..', 'docs', 'images');

interface Shot {
    file: string;
    /** Hash route, or a function finding one through GraphQL. */
    route: string | ((graphql: (query: string) => Promise<unknown>) => Promise<string>);
    waitForText: string;
}

const firstId = (object: string, namePrefix: string) => async (graphql: (query: string) => Promise<unknown>) => {
    const data = (await graphql(
        `{ uiapi { query { ${object}(where: { Name: { like: "${namePrefix}%" } }, first: 1) { edges { node { Id } } } } } }`
    )) as { uiapi: { query: Record<string, { edges: { node: { Id: string } }[] }> } };
    const id = data.uiapi.query[object]?.edges[0]?.node.Id;
    if (!id) throw new Error(`no sample ${object} named ${namePrefix}…`);
    return `#/r/${object}/${id}`;
};

const SHOTS: Shot[] = [
    { file: 'preview-opportunity-open.png', route: firstId('Opportunity', 'Meridian Field Services - Collections'), waitForText: 'Meridian' },
    { file: 'preview-opportunity-won.png', route: firstId('Opportunity', 'Northwind Logistics - Accounts Receivable'), waitForText: 'Northwind' },
    { file: 'preview-account.png', route: firstId('Account', 'Northwind'), waitForText: 'Northwind' },
    { file: 'preview-home.png', route: '#/', waitForText: 'Home' }
];

async function main(): Promise<void> {
    const preview = await startPreview();
    const browser = await launchBrowser();
    const graphql = async (query: string): Promise<unknown> => {
        const response = await fetch(new URL('graphql', preview.url), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query }) });
        return ((await response.json()) as { data: unknown }).data;
    };
    try {
        const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
        for (const shot of SHOTS) {
            const route = typeof shot.route === 'string' ? shot.route : await shot.route(graphql);
            await page.goto(`${preview.url}${route}`);
            await page.getByText(shot.waitForText).first().waitFor();
            await page.waitForLoadState('networkidle');
            await page.screenshot({ path: join(OUT_DIR, shot.file), fullPage: true });
            console.log(`wrote docs/images/${shot.file}`);
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
