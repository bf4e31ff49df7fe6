import { createElement } from 'lwc';
import OutcomesDetailList from 'c/outcomesDetailList';
import { all, flush, removeAll, shadow, text } from '../../opportunityOutcomes/__tests__/outcomesTestSupport';

async function mount(items: unknown): Promise<HTMLElement> {
    const element = createElement('c-outcomes-detail-list', { is: OutcomesDetailList });
    Object.assign(element, { items });
    document.body.appendChild(element);
    await flush();
    return element;
}

describe('c-outcomes-detail-list', () => {
    afterEach(removeAll);

    it('lists each label with its value, leaves blank values out, and is accessible', async () => {
        const element = await mount([
            { key: 'Level__c', label: 'Level', value: 'Company' },
            { key: 'Category__c', label: 'Category', value: '' },
            { key: 'Status__c', label: 'Status', value: 'In progress' }
        ]);
        const r = shadow(element);
        expect(all(r, 'dt').map(text)).toEqual(['Level', 'Status']);
        expect(all(r, 'dd').map(text)).toEqual(['Company', 'In progress']);
        await expect(element).toBeAccessible();
    });

    it('renders nothing when there is nothing to show', async () => {
        const element = await mount([{ key: 'Category__c', label: 'Category', value: '' }]);
        expect(all(shadow(element), 'dl')).toEqual([]);
    });
});
