import '#test/jest/installLabels';
import { createElement } from 'lwc';
import OutcomesPanelFrame from 'c/outcomesPanelFrame';
import { flush, one, removeAll, shadow, text } from '../../opportunityOutcomes/__tests__/outcomesTestSupport';

afterEach(removeAll);

async function mount(state: Record<string, unknown>): Promise<HTMLElement> {
    const element = createElement('c-outcomes-panel-frame', { is: OutcomesPanelFrame });
    Object.assign(element, { heading: 'Follow-ups due', iconName: 'standard:opportunity', state });
    document.body.appendChild(element);
    await flush();
    return element;
}

describe('c-outcomes-panel-frame', () => {
    it('is a card with the panel heading; a named spinner while loading', async () => {
        const element = await mount({ loading: true, error: null, retrying: false });
        const root = shadow(element);
        expect(Reflect.get(one(root, 'lightning-card'), 'title')).toBe('Follow-ups due');
        expect(Reflect.get(one(root, '.panel-loading lightning-spinner'), 'alternativeText')).toBe('Loading customer outcomes');
        expect(root.querySelector('.panel-error')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('says what failed as an alert, with a Retry button that asks the panel to retry', async () => {
        const element = await mount({ loading: false, error: "The follow-ups couldn't load (timeout).", retrying: false });
        const root = shadow(element);
        const alert = one(root, '.panel-error');
        expect(alert.getAttribute('role')).toBe('alert');
        expect(text(one(alert, '.load-error'))).toBe("The follow-ups couldn't load (timeout).");
        // The error icon is named, so the message is not told by its red colour alone.
        expect(Reflect.get(one(alert, 'lightning-icon'), 'alternativeText')).toBe('Error:');
        const retry = jest.fn();
        element.addEventListener('retry', retry);
        one(alert, '.retry').click();
        expect(retry).toHaveBeenCalledTimes(1);
        await expect(element).toBeAccessible();
    });
});
