import '#test/jest/installLabels';
import { createElement } from 'lwc';
import GoalCard from 'c/goalCard';
import LABELS from 'c/outcomesLabels';
import { mapOpportunityOutcomes } from 'c/outcomesMappers';
import { all, flush, one, removeAll, shadow, text } from '../../opportunityOutcomes/__tests__/outcomesTestSupport';
import openWithGoals from '../../opportunityOutcomes/__tests__/data/openWithGoals.json';
import type { GoalView } from 'c/outcomesMappers';

afterEach(removeAll);

/** The open Meridian deal's goal with a stakeholder, category, target date and cost of doing nothing. */
function collectGoal(): GoalView {
    const goal = mapOpportunityOutcomes(openWithGoals)?.goals.find((g) => g.name === 'Collect service invoices in under 40 days');
    if (!goal) throw new Error('fixture lacks the collections goal');
    return goal;
}

async function mount(props: Record<string, unknown>): Promise<HTMLElement> {
    const element = createElement('c-goal-card', { is: GoalCard });
    Object.assign(element, props);
    document.body.appendChild(element);
    await flush();
    return element;
}

/** Each labelled fact as [label, value], as a screen reader pairs them. */
function facts(root: ShadowRoot): string[][] {
    return all(shadow(one(root, '.goal-details')), '.detail').map((pair) => [text(one(pair, 'dt')), text(one(pair, 'dd'))]);
}

describe('c-goal-card', () => {
    it('names the goal as a heading at the level the panel gives, with its labelled facts and why it matters', async () => {
        const goal = collectGoal();
        const element = await mount({ goal, headingLevel: '4' });
        const root = shadow(element);
        const name = one(root, '.goal-name');
        expect(name.getAttribute('role')).toBe('heading');
        expect(name.getAttribute('aria-level')).toBe('4');
        expect(text(name)).toBe(goal.name);
        expect(facts(root)).toEqual(
            [
                [LABELS.fieldLevel, goal.levelLabel],
                [LABELS.fieldCategory, goal.categoryLabel],
                [LABELS.fieldGoalStatus, goal.statusLabel],
                [LABELS.fieldTargetDate, goal.targetDateText],
                [LABELS.fieldCostOfInaction, goal.costText]
            ].filter(([, value]) => value)
        );
        expect(text(one(root, '.why-it-matters'))).toBe(goal.whyItMatters);
        await expect(element).toBeAccessible();
    });

    it('offers no edit button unless the panel allows editing', async () => {
        const element = await mount({ goal: collectGoal() });
        expect(shadow(element).querySelector('.edit-goal')).toBeNull();
    });

    it('the edit button, labelled with the goal, emits editgoal with the goal Id', async () => {
        const goal = collectGoal();
        const element = await mount({ goal, editable: true });
        const edits: unknown[] = [];
        element.addEventListener('editgoal', (event) => edits.push(Reflect.get(event, 'detail')));
        const button = one(shadow(element), '.edit-goal');
        expect(Reflect.get(button, 'alternativeText')).toBe(goal.editLabel);
        button.click();
        expect(edits).toEqual([{ goalId: goal.id }]);
        await expect(element).toBeAccessible();
    });

    it('renders markup typed into a goal as text', async () => {
        const goal = { ...collectGoal(), name: '<img src=x onerror=alert(1)>', whyItMatters: '<script>alert(1)</script>' };
        const element = await mount({ goal });
        const root = shadow(element);
        expect(text(one(root, '.goal-name'))).toBe('<img src=x onerror=alert(1)>');
        expect(root.querySelector('img, script')).toBeNull();
    });

    it('draws nothing without a goal', async () => {
        const element = await mount({});
        expect(shadow(element).childElementCount).toBe(0);
    });
});
