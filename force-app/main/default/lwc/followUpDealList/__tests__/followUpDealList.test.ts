import '#test/jest/installLabels';
import { createElement } from 'lwc';
import FollowUpDealList from 'c/followUpDealList';
import { mapFollowUpsDue } from 'c/outcomesMappers';
import { all, flush, one, removeAll, shadow, text } from '../../opportunityOutcomes/__tests__/outcomesTestSupport';
import myFollowUps from '../../followUpsDue/__tests__/data/myFollowUps.json';
import type { FollowUpDealView } from 'c/outcomesMappers';

/** The fixture is the preview's answer to the Home list's query over the sample data, as of this day. */
const TODAY = '2026-03-02';

// The URLs the list links (the stub mixin, with record-page URLs as the org forms them).
jest.mock('lightning/navigation', () => {
    const Navigate = Symbol('Navigate');
    const GenerateUrl = Symbol('GenerateUrl');
    const NavigationMixin = (Base: new () => object) =>
        class extends Base {
            [Navigate](): void {}

            [GenerateUrl](ref: { attributes: { recordId: string } }): Promise<string> {
                return Promise.resolve(`/lightning/r/Opportunity/${ref.attributes.recordId}/view`);
            }
        };
    return { NavigationMixin: Object.assign(NavigationMixin, { Navigate, GenerateUrl }) };
});

afterEach(removeAll);

async function mount(showAccount: boolean): Promise<{ element: HTMLElement; deals: FollowUpDealView[] }> {
    const { deals } = mapFollowUpsDue(myFollowUps, TODAY);
    const element = createElement('c-follow-up-deal-list', { is: FollowUpDealList });
    Object.assign(element, { deals, showAccount });
    document.body.appendChild(element);
    await flush();
    return { element, deals };
}

describe('c-follow-up-deal-list', () => {
    it('lists each deal as a real link, its days in words and its follow-up status badge', async () => {
        const { element, deals } = await mount(true);
        const root = shadow(element);
        expect(deals.length).toBeGreaterThan(1);
        const links = all(root, '.deal-link');
        expect(links.map(text)).toEqual(deals.map((d) => d.name));
        expect(links.map((a) => a.getAttribute('href'))).toEqual(deals.map((d) => `/lightning/r/Opportunity/${d.id}/view`));
        expect(all(root, '.days-text').map(text)).toEqual(deals.map((d) => d.daysText));
        expect(all(root, 'c-follow-up-status-badge').map((badge) => Reflect.get(badge, 'status'))).toEqual(
            deals.map((d) => d.followUp.status)
        );
        expect(all(root, '.deal-account').map(text)).toEqual(deals.map((d) => `Account: ${d.accountName}`));
        await expect(element).toBeAccessible();
    });

    it('leaves the account out on the Account panel', async () => {
        const { element } = await mount(false);
        expect(all(shadow(element), '.deal-account')).toHaveLength(0);
        expect(one(shadow(element), '.deal-list').tagName).toBe('UL');
        await expect(element).toBeAccessible();
    });
});
