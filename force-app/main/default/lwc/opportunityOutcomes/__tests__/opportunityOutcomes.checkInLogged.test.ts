import '#test/jest/installLabels';
import { createElement } from 'lwc';
import { subscribe } from 'lightning/messageService';
import CHECK_IN_LOGGED from '@salesforce/messageChannel/Check_In_Logged__c';
import OpportunityOutcomes from 'c/opportunityOutcomes';
import { flush, removeAll, wire } from './outcomesTestSupport';
import wonOverdue from './data/wonOverdue.json';

const NORTHWIND_AR = wonOverdue.uiapi.query.Opportunity.edges[0]!.node.Id;
const subscribed = jest.mocked(subscribe);

afterEach(() => {
    removeAll();
    jest.clearAllMocks();
});

async function mount(refresh: () => Promise<void>): Promise<HTMLElement> {
    const element = createElement('c-opportunity-outcomes', { is: OpportunityOutcomes });
    Object.assign(element, { recordId: NORTHWIND_AR });
    document.body.appendChild(element);
    wire.emit(wonOverdue, undefined, refresh);
    await flush();
    return element;
}

/** The listener the panel gave the message service, called as the service would on a message. */
function deliver(message: Record<string, unknown>): void {
    const listener = subscribed.mock.calls.find((call) => call[1] === CHECK_IN_LOGGED)?.[2];
    if (!listener) throw new Error('the panel did not subscribe to Check_In_Logged__c');
    listener(message);
}

describe('a check-in logged by the quick action on the same page', () => {
    it('subscribes once to Check_In_Logged__c and re-reads its one query when the message names its deal', async () => {
        const refresh = jest.fn(() => Promise.resolve());
        await mount(refresh);
        expect(subscribed.mock.calls.filter((call) => call[1] === CHECK_IN_LOGGED)).toHaveLength(1);
        deliver({ recordId: NORTHWIND_AR });
        await flush();
        expect(refresh).toHaveBeenCalledTimes(1);
    });

    it('ignores a check-in logged on another deal', async () => {
        const refresh = jest.fn(() => Promise.resolve());
        await mount(refresh);
        deliver({ recordId: '006000000000999AAA' });
        deliver({});
        await flush();
        expect(refresh).not.toHaveBeenCalled();
    });
});
