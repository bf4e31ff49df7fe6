import type { Locator, Page } from 'playwright-core';
import { FAULT_MESSAGES, injectFault, unexpectedConsoleErrors } from './support/faults';
import { eventually } from './support/opportunityPanel';
import { graphql, postGraphQL, recordIdNamed, type Connection } from '../../preview/harness/requests';
import { withPage } from './support/page';
import { usePreviewAndBrowser } from './support/suite';

/**
 * The conformance clients (preview/client/modules/conformance, preview only) run in the preview
 * and show what the docs say the user sees. Each client is written from an example in
 * Salesforce's GraphQL API or LWC developer guide and cites its page:
 * - "Make Your Variables Reactive": the accounts shown follow the `$minAmount` variable;
 * - "Update Cached Query Results" / "refresh": a change made elsewhere shows only after the
 *   result's refresh() (LDS does not re-evaluate which records match the query);
 * - "Paginate Your Results": 5 a page through `first`/`after`, `totalCount`, Next page disabled
 *   once `hasNextPage` is false, Reset back to the first page;
 * - "executeMutation": create, update (`success`) and delete, each followed by refresh();
 * - an error the server answers is shown in the component.
 */

const suite = usePreviewAndBrowser();

async function openConformancePage(page: Page): Promise<void> {
    await page.goto(`${suite.preview.url}#/conformance`);
    await page.getByRole('heading', { name: 'Conformance clients' }).waitFor();
}

function card(page: Page, selector: string): Locator {
    return page.locator(selector);
}

async function pick(scope: Locator, label: string, option: string): Promise<void> {
    await scope.getByRole('combobox', { name: label, exact: true }).click();
    await scope.getByRole('option', { name: option, exact: true }).click();
}

async function items(list: Locator): Promise<string[]> {
    return (await list.getByRole('listitem').allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
}

async function expectItems(list: Locator, expected: string[]): Promise<void> {
    await eventually(
        () => items(list),
        (value) => expect(value).toEqual(expected)
    );
}

const BY_NAME = [
    'Alder & Finch Outfitters',
    'Brightwater Health Partners',
    'Cobalt Ridge Software',
    'Kestrel Precision Manufacturing',
    'Meridian Field Services',
    'Northwind Logistics'
];

const names = (list: string[]): string[] => list.map((item) => item.replace(/ \(.*\)$/, ''));

describe('conformance clients from the developer guides', () => {
    it('query with variables: the accounts shown follow the selected minimum revenue', async () => {
        await withPage(suite.browser, 'conformance-variables', async ({ page, consoleErrors }) => {
            await openConformancePage(page);
            const client = card(page, '.conformance-accounts-by-revenue');
            const list = client.getByRole('list', { name: 'Accounts by annual revenue' });
            await eventually(
                async () => names(await items(list)),
                (value) => expect(value).toEqual(BY_NAME)
            );
            await pick(client, 'Minimum annual revenue', '$500,000,000');
            await expectItems(list, []);
            await eventually(
                () => client.locator('.count').textContent(),
                (value) => expect(value).toBe('0 accounts')
            );
            await pick(client, 'Minimum annual revenue', '$50,000,000');
            await eventually(
                async () => names(await items(list)),
                (value) => expect(value).toEqual(BY_NAME)
            );
            await eventually(
                async () => (await items(list))[0],
                (value) => expect(value).toBe('Alder & Finch Outfitters ($420,000,000)')
            );
            expect(consoleErrors).toEqual([]);
        });
    });

    it('refresh: a change made elsewhere shows only after refresh()', async () => {
        const cobalt = await recordIdNamed(suite.preview, 'Account', 'Cobalt Ridge Software');
        await withPage(suite.browser, 'conformance-refresh', async ({ page, consoleErrors }) => {
            await openConformancePage(page);
            const client = card(page, '.conformance-accounts-by-revenue');
            const list = client.getByRole('list', { name: 'Accounts by annual revenue' });
            await pick(client, 'Minimum annual revenue', '$500,000,000');
            await eventually(
                () => client.locator('.count').textContent(),
                (value) => expect(value).toBe('0 accounts')
            );

            // Someone else raises Cobalt Ridge's revenue past the threshold.
            await postGraphQL(
                suite.preview,
                `mutation { uiapi { AccountUpdate(input: { Id: "${cobalt}", Account: { AnnualRevenue: 600000000 } }) { Record { Id } } } }`
            );
            await page.waitForTimeout(500);
            expect(await items(list)).toEqual([]);

            await client.getByRole('button', { name: 'Refresh' }).click();
            await expectItems(list, ['Cobalt Ridge Software ($600,000,000)']);
            // The button's handler awaited refresh(): its promise resolved once the data was shown.
            await eventually(
                () => client.getAttribute('data-refreshing'),
                (value) => expect(value).toBe('false')
            );
            expect(consoleErrors).toEqual([]);
        });
    });

    it('pagination: 5 a page with first/after, totalCount, Next page until hasNextPage is false, Reset', async () => {
        await withPage(suite.browser, 'conformance-pagination', async ({ page, consoleErrors }) => {
            await openConformancePage(page);
            const client = card(page, '.conformance-simple-pagination');
            const list = client.getByRole('list', { name: 'Accounts, 5 a page' });
            const next = client.getByRole('button', { name: 'Next page' });
            await eventually(
                async () => names(await items(list)),
                (value) => expect(value).toEqual(BY_NAME.slice(0, 5))
            );
            await eventually(
                () => client.locator('.summary').textContent(),
                (value) => expect(value).toBe('Page 1, 6 accounts in all')
            );
            expect(await next.isEnabled()).toBe(true);

            await next.click();
            await eventually(
                async () => names(await items(list)),
                (value) => expect(value).toEqual(BY_NAME.slice(5))
            );
            await eventually(
                () => client.locator('.summary').textContent(),
                (value) => expect(value).toBe('Page 2, 6 accounts in all')
            );
            await eventually(
                () => next.isDisabled(),
                (value) => expect(value).toBe(true)
            );

            await client.getByRole('button', { name: 'Reset' }).click();
            await eventually(
                async () => names(await items(list)),
                (value) => expect(value).toEqual(BY_NAME.slice(0, 5))
            );
            await eventually(
                () => next.isEnabled(),
                (value) => expect(value).toBe(true)
            );
            expect(consoleErrors).toEqual([]);
        });
    });

    it('executeMutation: create, rename (success: true) and delete, each refreshing the list', async () => {
        await withPage(suite.browser, 'conformance-mutations', async ({ page, consoleErrors }) => {
            await openConformancePage(page);
            const client = card(page, '.conformance-account-mutations');
            const list = client.getByRole('list', { name: 'Conformance accounts' });
            const status = client.locator('p[role="status"]');
            const nameBox = client.getByRole('textbox', { name: 'Account name' });

            await nameBox.fill('Conformance One');
            await client.getByRole('button', { name: 'Create' }).click();
            await eventually(
                () => status.textContent(),
                (value) => expect(value).toBe('Created Conformance One')
            );
            await expectItems(list, ['Conformance One']);

            await pick(client, 'Account to change', 'Conformance One');
            await nameBox.fill('Conformance Two');
            await client.getByRole('button', { name: 'Rename' }).click();
            await eventually(
                () => status.textContent(),
                (value) => expect(value).toBe('Updated: success true, now Conformance Two')
            );
            await expectItems(list, ['Conformance Two']);

            const id = await recordIdNamed(suite.preview, 'Account', 'Conformance Two');
            await pick(client, 'Account to change', 'Conformance Two');
            await client.getByRole('button', { name: 'Delete' }).click();
            await eventually(
                () => status.textContent(),
                (value) => expect(value).toBe(`Deleted ${id}`)
            );
            await expectItems(list, []);
            const left = await graphql<{ Account: Connection<{ Id: string }> }>(
                suite.preview,
                `{ uiapi { query { Account(where: { Id: { eq: "${id}" } }) { edges { node { Id } } } } } }`
            );
            expect(left.Account.edges).toEqual([]);
            expect(consoleErrors).toEqual([]);
        });
    });

    it('errors from the server are shown: a rejected create, and a failed query after refresh()', async () => {
        await withPage(suite.browser, 'conformance-errors', async ({ page, consoleErrors }) => {
            await openConformancePage(page);
            const mutations = card(page, '.conformance-account-mutations');
            await mutations.getByRole('button', { name: 'Create' }).click();
            const alert = mutations.locator('p[role="alert"]');
            await alert.waitFor();
            expect(await alert.textContent()).toMatch(/Name/);
            expect(await mutations.locator('p[role="status"]').count()).toBe(0);

            const revenue = card(page, '.conformance-accounts-by-revenue');
            await eventually(
                async () => (await items(revenue.getByRole('list', { name: 'Accounts by annual revenue' }))).length,
                (value) => expect(value).toBe(6)
            );
            await injectFault(suite.preview, 'bigAccounts', 'graphql');
            await revenue.getByRole('button', { name: 'Refresh' }).click();
            await eventually(
                () => revenue.locator('p[role="alert"]').textContent(),
                (value) => expect(value).toMatch(FAULT_MESSAGES.graphql)
            );
            expect(unexpectedConsoleErrors(consoleErrors)).toEqual([]);
        });
    });
});
