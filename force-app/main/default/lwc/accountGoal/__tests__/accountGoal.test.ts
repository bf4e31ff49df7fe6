import '#test/jest/installLabels';
import { createElement } from 'lwc';
import AccountGoal from 'c/accountGoal';
import { mapAccountOutcomes } from 'c/outcomesMappers';
import {
    all,
    deepAll,
    deepOne,
    deepQuery,
    flush,
    one,
    removeAll,
    shadow,
    text
} from '../../opportunityOutcomes/__tests__/outcomesTestSupport';
import northwind from '../../accountOutcomes/__tests__/data/northwind.json';
import type { AccountGoalView, Grouping } from 'c/outcomesMappers';

afterEach(removeAll);

/** Northwind's goal with a stakeholder (Tom Becker) and one KPI, as the panel passes it. */
function unappliedCashGoal(): AccountGoalView {
    const entry = mapAccountOutcomes(northwind, '2026-03-02')?.goals.find((g) => g.goal.name.startsWith('Clear the unapplied-cash'));
    if (!entry) throw new Error('fixture lacks the unapplied-cash goal');
    return entry;
}

async function mount(grouping: Grouping, entry = unappliedCashGoal()): Promise<HTMLElement> {
    const element = createElement('c-account-goal', { is: AccountGoal });
    Object.assign(element, { entry, grouping });
    document.body.appendChild(element);
    await flush();
    return element;
}

describe('c-account-goal', () => {
    it('under its stakeholder heading: a level-5 heading, no stakeholder line, its KPIs', async () => {
        const entry = unappliedCashGoal();
        const element = await mount('stakeholder', entry);
        const root = shadow(element);
        const name = deepOne(root, '.goal-name');
        expect(name.getAttribute('role')).toBe('heading');
        expect(name.getAttribute('aria-level')).toBe('5');
        expect(text(name)).toBe(entry.goal.name);
        expect(deepQuery(root, '.goal-stakeholder')).toBeNull();
        expect(deepAll(root, '.detail-value').map(text)).toContain(entry.goal.statusLabel);
        expect(all(root, 'c-account-kpi-item')).toHaveLength(entry.kpis.length);
        await expect(element).toBeAccessible();
    });

    it('in the list by goal: a level-4 heading that names its stakeholder', async () => {
        const element = await mount('goal');
        const root = shadow(element);
        expect(deepOne(root, '.goal-name').getAttribute('aria-level')).toBe('4');
        expect(text(one(root, '.goal-stakeholder'))).toBe('Stakeholder: Tom Becker (Accounts Receivable Manager)');
        await expect(element).toBeAccessible();
    });

    it('a goal without KPIs says so', async () => {
        const element = await mount('goal', { ...unappliedCashGoal(), kpis: [], noKpis: true });
        expect(text(one(shadow(element), '.no-kpis'))).toBe('No KPI yet: how will this goal be measured?');
        await expect(element).toBeAccessible();
    });
});

// issue 20 ui
describe('c-account-goal: the deal it came from (issue 20)', () => {
    it('names the deal the goal was captured on, as a link to it', async () => {
        const entry = unappliedCashGoal();
        const withDeal = {
            ...entry,
            goal: { ...entry.goal, deal: { id: '006Hs0000000028AAE', name: 'Northwind Logistics - AR Automation' } }
        };
        const element = await mount('goal', withDeal);
        const line = one(shadow(element), '.goal-deal');
        expect(text(line)).toMatch(/^From deal:\s*Northwind Logistics - AR Automation$/);
        const link = one(line, 'a');
        // The sfdx-lwc-jest stub's GenerateUrl answers one URL for every page.
        expect(link.getAttribute('href')).toBe('https://www.example.com');
        await expect(element).toBeAccessible();
    });

    it('says nothing when the deal is not known', async () => {
        const entry = unappliedCashGoal();
        const element = await mount('goal', { ...entry, goal: { ...entry.goal, deal: null } });
        expect(shadow(element).querySelector('.goal-deal')).toBeNull();
    });
});
