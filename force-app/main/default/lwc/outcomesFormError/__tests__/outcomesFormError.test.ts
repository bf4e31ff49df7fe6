import '#test/jest/installLabels';
import { createElement } from 'lwc';
import OutcomesFormError from 'c/outcomesFormError';
import { flush, one, removeAll, shadow, text } from '../../opportunityOutcomes/__tests__/outcomesTestSupport';

describe('c-outcomes-form-error', () => {
    afterEach(removeAll);

    it('announces the message as text in an alert, takes focus, and is accessible', async () => {
        const element = createElement('c-outcomes-form-error', { is: OutcomesFormError });
        Object.assign(element, { message: 'Nothing was saved: <img src=x onerror=alert(1)>' });
        document.body.appendChild(element);
        await flush();
        const alert = one(shadow(element), '[role="alert"]');
        expect(text(one(alert, '.message'))).toBe('Nothing was saved: <img src=x onerror=alert(1)>');
        expect(alert.querySelector('img')).toBeNull();
        const focus = jest.spyOn(HTMLElement.prototype, 'focus');
        Reflect.get(element, 'focus').call(element);
        expect(focus.mock.contexts.at(-1)).toBe(alert);
        focus.mockRestore();
        await expect(element).toBeAccessible();
    });
});
