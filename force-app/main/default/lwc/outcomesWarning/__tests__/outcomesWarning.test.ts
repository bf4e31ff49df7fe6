import '#test/jest/installLabels';
import { createElement } from 'lwc';
import OutcomesWarning from 'c/outcomesWarning';
import LABELS from 'c/outcomesLabelsOpportunity';
import { flush, one, removeAll, shadow, text } from '../../opportunityOutcomes/__tests__/outcomesTestSupport';

afterEach(removeAll);

async function mount(props: Record<string, unknown>): Promise<HTMLElement> {
    const element = createElement('c-outcomes-warning', { is: OutcomesWarning });
    Object.assign(element, props);
    document.body.appendChild(element);
    await flush();
    return element;
}

describe('c-outcomes-warning', () => {
    it('says the message politely (role status), with a warning icon named for screen readers', async () => {
        const element = await mount({ message: 'Won on 3/2/2026, but the Close Date is 7/30/2026.' });
        const notice = one(shadow(element), '[role="status"]');
        expect(text(notice)).toBe('Won on 3/2/2026, but the Close Date is 7/30/2026.');
        expect(Reflect.get(one(notice, 'lightning-icon'), 'alternativeText')).toBe(LABELS.warningPrefix);
        expect(notice.classList.contains('slds-theme_warning')).toBe(false);
        await expect(element).toBeAccessible();
    });

    it('with emphasis, on the warning theme', async () => {
        const element = await mount({ message: 'Past the threshold.', emphasis: true });
        expect(one(shadow(element), '[role="status"]').classList.contains('slds-theme_warning')).toBe(true);
        await expect(element).toBeAccessible();
    });
});
