import '#test/jest/installLabels';
import { createElement } from 'lwc';
import ValueSummary from 'c/valueSummary';
import { mapAccountOutcomes } from 'c/outcomesMappers';
import { all, flush, one, removeAll, shadow, text } from '../../opportunityOutcomes/__tests__/outcomesTestSupport';
import northwind from '../../accountOutcomes/__tests__/data/northwind.json';
import type { ValueSummaryView } from 'c/outcomesMappers';

afterEach(removeAll);

function northwindSummary(): ValueSummaryView {
    const summary = mapAccountOutcomes(northwind, '2026-03-02')?.summary;
    if (!summary) throw new Error('fixture has no account');
    return summary;
}

async function mount(summary: ValueSummaryView): Promise<HTMLElement> {
    const element = createElement('c-value-summary', { is: ValueSummary });
    Object.assign(element, { summary });
    document.body.appendChild(element);
    await flush();
    return element;
}

describe('c-value-summary', () => {
    it('gives every count beside its status in words (never colour alone), and the sentence', async () => {
        const summary = northwindSummary();
        const element = await mount(summary);
        const root = shadow(element);
        expect(text(one(root, '.summary-sentence'))).toBe(summary.sentence);
        const boxes = all(root, '.summary-count');
        expect(boxes.map((box) => box.dataset.status)).toEqual([...summary.statuses.map((s) => s.status), 'Goals achieved']);
        expect(boxes.map((box) => text(one(box, '.status-words')))).toEqual([...summary.statuses.map((s) => s.label), 'Goals achieved']);
        // The status icons only add to the words: decorative, no second name.
        for (const icon of all(root, '.status-words lightning-icon')) expect(Reflect.get(icon, 'alternativeText')).toBe('');
        expect(root.querySelector('.summary-partial')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('says when more goals or KPIs exist than were counted', async () => {
        const element = await mount({ ...northwindSummary(), partialText: 'Counted from the first 20 goals of 45.' });
        expect(text(one(shadow(element), '.summary-partial'))).toBe('Counted from the first 20 goals of 45.');
        await expect(element).toBeAccessible();
    });
});
