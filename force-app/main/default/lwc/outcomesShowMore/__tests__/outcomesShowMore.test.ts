import '#test/jest/installLabels';
import { createElement } from 'lwc';
import OutcomesShowMore from 'c/outcomesShowMore';
import { flush, one, removeAll, shadow, text } from '../../opportunityOutcomes/__tests__/outcomesTestSupport';

afterEach(removeAll);

async function mount(paging: Record<string, unknown>): Promise<HTMLElement> {
    const element = createElement('c-outcomes-show-more', { is: OutcomesShowMore });
    Object.assign(element, { paging });
    document.body.appendChild(element);
    await flush();
    return element;
}

describe('c-outcomes-show-more', () => {
    it('tells how much is shown (announced politely) and asks for the next page', async () => {
        const element = await mount({ shownText: 'Showing 20 of 45 goals', buttonLabel: 'Show more goals', hasMore: true, loading: false });
        const root = shadow(element);
        const shown = one(root, '.shown-text');
        expect(text(shown)).toBe('Showing 20 of 45 goals');
        expect(shown.getAttribute('aria-live')).toBe('polite');
        const more = jest.fn();
        element.addEventListener('more', more);
        const button = one(root, '.show-more');
        expect(Reflect.get(button, 'label')).toBe('Show more goals');
        expect(Reflect.get(button, 'disabled')).toBe(false);
        button.click();
        expect(more).toHaveBeenCalledTimes(1);
        await expect(element).toBeAccessible();
    });

    it('disables the button while the next page loads, and drops it on the last page', async () => {
        const element = await mount({ shownText: 'Showing 20 of 45 goals', buttonLabel: 'Show more goals', hasMore: true, loading: true });
        expect(Reflect.get(one(shadow(element), '.show-more'), 'disabled')).toBe(true);
        Object.assign(element, { paging: { shownText: '', buttonLabel: 'Show more goals', hasMore: false, loading: false } });
        await flush();
        expect(shadow(element).querySelector('.show-more')).toBeNull();
        await expect(element).toBeAccessible();
    });
});
