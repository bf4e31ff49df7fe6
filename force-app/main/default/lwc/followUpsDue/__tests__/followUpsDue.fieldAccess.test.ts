import '#test/jest/installLabels';
import { createElement } from 'lwc';
import FollowUpsDue from 'c/followUpsDue';
import { MY_FOLLOW_UPS_DUE_QUERY } from 'c/outcomesQueries';
import { all, flush, one, removeAll, shadow, text, wire } from '../../opportunityOutcomes/__tests__/outcomesTestSupport';
import { freezeToday } from '../../outcomesPanelBase/__tests__/panelTestSupport';
import { countFields, strippableOptionalFields, withoutFields } from '../../outcomesMappers/__tests__/fieldAccessSupport';
import myFollowUps from './data/myFollowUps.json';

/**
 * Issue 11: the Home list for a user who cannot read the deal fields its query marks @optional
 * (amount, stage, close date, last check-in...): the deals, their accounts and how overdue they
 * are still show; the amount is left out.
 */
const TODAY = '2026-03-02';
const OPTIONAL = strippableOptionalFields(MY_FOLLOW_UPS_DUE_QUERY);

beforeEach(() => {
    wire.resetRequests();
    freezeToday(TODAY);
});
afterEach(() => {
    removeAll();
    jest.useRealTimers();
    jest.clearAllMocks();
});

async function mount(data: unknown): Promise<HTMLElement> {
    const element = createElement('c-follow-ups-due', { is: FollowUpsDue });
    document.body.appendChild(element);
    wire.emit(data);
    await flush();
    return element;
}

function list(element: HTMLElement): ShadowRoot {
    return shadow(one(shadow(element), 'c-follow-up-deal-list'));
}

function essentials(element: HTMLElement): Record<string, string[]> {
    return {
        deals: all(list(element), '.deal-link').map(text),
        accounts: all(list(element), '.deal-account').map(text),
        dueIn: all(list(element), '.days-text').map(text)
    };
}

describe('a user without access to the optional fields', () => {
    it('the query marks amount, stage and dates @optional, not the status it filters by', () => {
        expect(OPTIONAL).toEqual(expect.arrayContaining(['Amount', 'StageName', 'CloseDate', 'Last_Check_In_Date__c']));
        for (const required of ['Name', 'IsWon', 'Follow_Up_Status__c', 'Next_Follow_Up_Due__c']) expect(OPTIONAL).not.toContain(required);
        expect(countFields(myFollowUps, OPTIONAL)).toBeGreaterThan(5);
    });

    it('lists the same deals, accounts and due days, without amounts, no error', async () => {
        const full = essentials(await mount(myFollowUps));
        expect(full.deals?.length).toBeGreaterThan(0);
        expect(all(list(document.body.querySelector('c-follow-ups-due') as HTMLElement), '.deal-amount').length).toBeGreaterThan(0);
        removeAll();

        const element = await mount(withoutFields(myFollowUps, OPTIONAL));
        expect(shadow(element).querySelector('.load-error')).toBeNull();
        expect(essentials(element)).toEqual(full);
        expect(all(list(element), '.deal-amount')).toHaveLength(0);
        await expect(element).toBeAccessible();
    });
});
