import '#test/jest/installLabels';
import { createElement } from 'lwc';
import FollowUpStatusBadge from 'c/followUpStatusBadge';
import { flush, one, removeAll, shadow, text } from '../../opportunityOutcomes/__tests__/outcomesTestSupport';

async function mount(props: Record<string, unknown>): Promise<HTMLElement> {
    const element = createElement('c-follow-up-status-badge', { is: FollowUpStatusBadge });
    Object.assign(element, props);
    document.body.appendChild(element);
    await flush();
    return element;
}

describe('c-follow-up-status-badge', () => {
    afterEach(removeAll);

    it.each([
        ['Overdue', 'Follow-up overdue', 'utility:warning', 'Was due 2/10/2026'],
        ['Due soon', 'Follow-up due soon', 'utility:clock', 'Due 2/10/2026'],
        ['Not due', 'Follow-up not due yet', 'utility:check', 'Due 2/10/2026'],
        ['Complete', 'Follow-up complete', 'utility:success', ''],
        ['Not applicable', 'No follow-up needed', 'utility:info', '']
    ])('%s: in words and an icon, not colour alone', async (status, words, icon, due) => {
        const element = await mount({ status, dueDateText: '2/10/2026', lastCheckInText: 'No check-in yet' });
        const badge = one(shadow(element), 'lightning-badge');
        expect(Reflect.get(badge, 'label')).toBe(words);
        expect(Reflect.get(badge, 'iconName')).toBe(icon);
        expect(text(shadow(element).querySelector('.due-text'))).toBe(due);
        expect(text(one(shadow(element), '.last-check-in'))).toBe('No check-in yet');
        await expect(element).toBeAccessible();
    });
});
