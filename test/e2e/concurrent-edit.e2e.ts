import type { Locator, Page } from 'playwright-core';
import { expectTextContaining, openDeal, sampleDeal } from './support/opportunityPanel';
import { graphql, postGraphQL, type Connection } from '../../preview/harness/requests';
import { withPage } from './support/page';
import { usePreviewAndBrowser } from './support/suite';

/**
 * Two people, one goal: a rep opens a goal for editing while someone else changes (or deletes)
 * it. The rep's save must not overwrite the other change unseen, and must not lose what the rep
 * typed. "Someone else" writes straight to the preview's store through GraphQL, as another
 * user's browser would; what is saved is read back from the store, not only from the screen.
 */
const suite = usePreviewAndBrowser();

const DEAL = 'Meridian Field Services - Collections';

interface Goal {
    Id: string;
    Name: { value: string };
    Why_It_Matters__c: { value: string | null };
}

async function firstGoalOf(dealId: string): Promise<Goal | undefined> {
    const data = await graphql<{ Customer_Goal__c: Connection<Goal> }>(
        suite.preview,
        `{ uiapi { query { Customer_Goal__c(where: { Originating_Opportunity__c: { eq: "${dealId}" } }, first: 1, orderBy: { Name: { order: ASC } }) { edges { node { Id Name { value } Why_It_Matters__c { value } } } } } } }`
    );
    return data.Customer_Goal__c.edges[0]?.node;
}

async function goalById(id: string): Promise<Goal | undefined> {
    const data = await graphql<{ Customer_Goal__c: Connection<Goal> }>(
        suite.preview,
        `{ uiapi { query { Customer_Goal__c(where: { Id: { eq: "${id}" } }) { edges { node { Id Name { value } Why_It_Matters__c { value } } } } } } }`
    );
    return data.Customer_Goal__c.edges[0]?.node;
}

/** Another user's write, through the same GraphQL endpoint. */
async function someoneElse(mutation: string): Promise<void> {
    await postGraphQL(suite.preview, `mutation { uiapi(input: { allOrNone: true }) { ${mutation} } }`);
}

/** Opens the deal, then the edit form of its first goal, and types a new name (not saved yet). */
async function startEditing(page: Page, goal: Goal, typed: string): Promise<{ panel: Locator; form: Locator }> {
    const deal = await sampleDeal(suite.preview, DEAL);
    const panel = await openDeal(page, suite.preview, deal.id);
    await panel.getByRole('button', { name: `Edit goal ${goal.Name.value}` }).click();
    const form = panel.locator('c-goal-form');
    const name = form.getByRole('textbox', { name: 'Goal', exact: true });
    await name.fill(typed);
    return { panel, form };
}

describe('editing a goal someone else changed meanwhile', () => {
    it('saves nothing the first time, says so, keeps what was typed; a second Save writes only what the rep changed', async () => {
        const deal = await sampleDeal(suite.preview, DEAL);
        const goal = await firstGoalOf(deal.id);
        if (!goal) throw new Error('sample deal has no goal');
        await withPage(suite.browser, 'concurrent-edit-changed', async ({ page }) => {
            const { form } = await startEditing(page, goal, 'Mine: collect in under 30 days');
            await someoneElse(
                `Customer_Goal__cUpdate(input: { Id: "${goal.Id}", Customer_Goal__c: { Name: "Theirs: collect in under 45 days", Why_It_Matters__c: "Theirs: the board asked." } }) { Record { Id } }`
            );
            await form.getByRole('button', { name: 'Save' }).click();
            await expectTextContaining(form.getByRole('alert'), 'Someone else changed this goal after you opened it.');
            await expectTextContaining(form.getByRole('alert'), 'Nothing was saved');
            expect(await form.getByRole('textbox', { name: 'Goal', exact: true }).inputValue()).toBe('Mine: collect in under 30 days');
            expect((await goalById(goal.Id))?.Name.value).toBe('Theirs: collect in under 45 days');

            await form.getByRole('button', { name: 'Save' }).click();
            await form.waitFor({ state: 'detached' });
            const saved = await goalById(goal.Id);
            expect(saved?.Name.value).toBe('Mine: collect in under 30 days');
            // Their change to a field the rep did not touch stays.
            expect(saved?.Why_It_Matters__c.value).toBe('Theirs: the board asked.');
        });
    });
});

describe('editing a goal someone else deleted meanwhile', () => {
    it('says so, keeps the form and what was typed; after Cancel the goal is gone from the panel', async () => {
        const deal = await sampleDeal(suite.preview, DEAL);
        const goal = await firstGoalOf(deal.id);
        if (!goal) throw new Error('sample deal has no goal');
        await withPage(suite.browser, 'concurrent-edit-deleted', async ({ page }) => {
            const { panel, form } = await startEditing(page, goal, 'Mine: collect in under 30 days');
            await someoneElse(`Customer_Goal__cDelete(input: { Id: "${goal.Id}" }) { Id }`);
            await form.getByRole('button', { name: 'Save' }).click();
            await expectTextContaining(form.getByRole('alert'), 'Someone else deleted this goal after you opened it.');
            expect(await form.getByRole('textbox', { name: 'Goal', exact: true }).inputValue()).toBe('Mine: collect in under 30 days');
            expect(await goalById(goal.Id)).toBeUndefined();

            await form.getByRole('button', { name: 'Cancel' }).click();
            await panel.getByRole('button', { name: `Edit goal ${goal.Name.value}` }).waitFor({ state: 'detached' });
        });
    });
});
