import '#test/jest/installLabels';
import { createElement } from 'lwc';
import FollowUpsDue from 'c/followUpsDue';
import { MY_FOLLOW_UPS_DUE_QUERY, TEAM_FOLLOW_UPS_DUE_QUERY } from 'c/outcomesQueries';
import { all, flush, one, removeAll, shadow, text, wire } from '../../opportunityOutcomes/__tests__/outcomesTestSupport';
import { freezeToday } from '../../outcomesPanelBase/__tests__/panelTestSupport';
import myFollowUps from './data/myFollowUps.json';
import allCurrent from './data/allCurrent.json';
import loadError from './data/loadError.json';

/** The fixtures are the preview's answers to the list's own query over the sample data, as of this day. */
const TODAY = '2026-03-02';

// Record pages the list navigates to, and the URLs it links (the stub's mixin, with its calls kept).
const navigated: unknown[] = [];
jest.mock('lightning/navigation', () => {
    const Navigate = Symbol('Navigate');
    const GenerateUrl = Symbol('GenerateUrl');
    const NavigationMixin = (Base: new () => object) =>
        class extends Base {
            [Navigate](ref: unknown): void {
                navigated.push(ref);
            }

            [GenerateUrl](ref: { attributes: { recordId: string } }): Promise<string> {
                return Promise.resolve(`/lightning/r/Opportunity/${ref.attributes.recordId}/view`);
            }
        };
    return { NavigationMixin: Object.assign(NavigationMixin, { Navigate, GenerateUrl }) };
});

beforeEach(() => {
    wire.resetRequests();
    navigated.length = 0;
    freezeToday(TODAY);
});

afterEach(() => {
    removeAll();
    jest.useRealTimers();
    jest.clearAllMocks();
});

function clone<T>(data: T): T {
    return JSON.parse(JSON.stringify(data));
}

async function mount(data: unknown, props: Record<string, unknown> = {}, refresh?: () => Promise<void>): Promise<HTMLElement> {
    const element = createElement('c-follow-ups-due', { is: FollowUpsDue });
    Object.assign(element, props);
    document.body.appendChild(element);
    if (data) wire.emit(data, undefined, refresh);
    await flush();
    return element;
}

function list(element: HTMLElement): ShadowRoot {
    return shadow(one(shadow(element), 'c-follow-up-deal-list'));
}

/** Days from today to each deal's due date, in words, worked out from the fixture and the calendar. */
function expectedDays(data: typeof myFollowUps): string[] {
    return data.uiapi.query.Opportunity.edges.map(({ node }) => {
        const days = (Date.UTC(...ymd(node.Next_Follow_Up_Due__c.value)) - Date.UTC(...ymd(TODAY))) / 86400000;
        if (days < -1) return `${-days} days overdue`;
        if (days === -1) return '1 day overdue';
        if (days === 0) return 'Due today';
        return days === 1 ? 'Due tomorrow' : `Due in ${days} days`;
    });
}

function ymd(iso: string): [number, number, number] {
    const [y, m, d] = iso.split('-').map(Number);
    return [y ?? 0, (m ?? 1) - 1, d ?? 1];
}

describe('one GraphQL request per load', () => {
    it("reads the running user's won deals due for follow-up, most overdue first, in one request", async () => {
        await mount(myFollowUps);
        expect(wire.instances).toBe(1);
        expect(wire.requests).toHaveLength(1);
        expect(wire.requests[0]?.query).toBe(String(MY_FOLLOW_UPS_DUE_QUERY));
        expect(wire.requests[0]?.operationName).toBe('FollowUpsDue');
        expect(wire.requests[0]?.variables).toEqual({ dealLimit: 25, statuses: ['Overdue', 'Due soon'] });
        const query = String(MY_FOLLOW_UPS_DUE_QUERY);
        expect(query).toContain('scope: MINE');
        expect(query).toContain('where: { IsWon: { eq: true }, Follow_Up_Status__c: { in: $statuses } }');
        expect(query).toContain('orderBy: { Next_Follow_Up_Due__c: { order: ASC }, Name: { order: ASC } }');
        expect(query).toContain('pageInfo');
    });

    it('with "Show my team\'s follow-ups" reads every deal sharing lets the user see', async () => {
        const element = await mount(myFollowUps, { showTeam: true });
        expect(wire.requests).toHaveLength(1);
        expect(wire.requests[0]?.query).toBe(String(TEAM_FOLLOW_UPS_DUE_QUERY));
        expect(String(TEAM_FOLLOW_UPS_DUE_QUERY)).toContain('scope: EVERYTHING');
        expect(Reflect.get(one(shadow(element), 'c-outcomes-panel-frame'), 'heading')).toBe('Follow-ups due in my team');
        await expect(element).toBeAccessible();
    });
});

describe('states', () => {
    it('shows a spinner while loading', async () => {
        const element = await mount(null);
        expect(one(shadow(one(shadow(element), 'c-outcomes-panel-frame')), 'lightning-spinner')).toBeTruthy();
        await expect(element).toBeAccessible();
    });

    it('loaded: the deals in order with days overdue, status, last check-in, account and a link', async () => {
        const element = await mount(myFollowUps);
        expect(Reflect.get(one(shadow(element), 'c-outcomes-panel-frame'), 'heading')).toBe('Follow-ups due');
        const l = list(element);
        const names = myFollowUps.uiapi.query.Opportunity.edges.map((e) => e.node.Name.value);
        expect(all(l, '.deal-link').map(text)).toEqual(names);
        expect(all(l, '.days-text').map(text)).toEqual(expectedDays(myFollowUps));
        expect(all(l, '.days-text').map(text)).toEqual(['20 days overdue', '10 days overdue', 'Due in 10 days']);
        expect(all(l, '.deal-account').map(text)).toEqual(
            myFollowUps.uiapi.query.Opportunity.edges.map((e) => `Account: ${e.node.Account.Name.value}`)
        );
        const badges = all(l, 'c-follow-up-status-badge').map((b) => shadow(b));
        expect(badges.map((b) => Reflect.get(one(b, 'lightning-badge'), 'label'))).toEqual([
            'Follow-up overdue',
            'Follow-up overdue',
            'Follow-up due soon'
        ]);
        expect(badges.map((b) => text(one(b, '.last-check-in')))).toEqual([
            'No check-in yet',
            'Last check-in 11/22/2025',
            'No check-in yet'
        ]);
        expect(badges.map((b) => text(one(b, '.due-text')))).toEqual(['Was due 2/10/2026', 'Was due 2/20/2026', 'Due 3/12/2026']);
        expect(shadow(element).querySelector('.all-current')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('links each deal to its record page and opens it in place', async () => {
        const element = await mount(myFollowUps);
        const first = myFollowUps.uiapi.query.Opportunity.edges[0]?.node.Id;
        const link = all(list(element), '.deal-link')[0];
        expect(link?.getAttribute('href')).toBe(`/lightning/r/Opportunity/${first}/view`);
        link?.click();
        expect(navigated).toEqual([
            { type: 'standard__recordPage', attributes: { recordId: first, objectApiName: 'Opportunity', actionName: 'view' } }
        ]);
    });

    it('empty: all follow-ups are current', async () => {
        const element = await mount(allCurrent);
        const empty = one(shadow(element), '.all-current');
        expect(text(empty)).toBe('All follow-ups are current');
        expect(empty.getAttribute('role')).toBe('status');
        expect(shadow(element).querySelector('c-follow-up-deal-list')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('error: says what failed, and Retry re-runs the query', async () => {
        const refresh = jest.fn(() => Promise.resolve());
        const element = await mount(null);
        wire.emitErrors(loadError, undefined, refresh);
        await flush();
        const status = shadow(one(shadow(element), 'c-outcomes-panel-frame'));
        expect(text(one(status, '[role="alert"]'))).toContain(
            "Customer outcomes couldn't be loaded: Validation error of type FieldUndefined: Field 'Follow_Up_State__c' in type 'Opportunity' is undefined"
        );
        expect(shadow(element).querySelector('.all-current')).toBeNull();
        await expect(element).toBeAccessible();
        one(status, '.retry').click();
        await flush();
        expect(refresh).toHaveBeenCalledTimes(1);
        wire.emit(myFollowUps, undefined, refresh);
        await flush();
        expect(all(list(element), '.deal-link')).toHaveLength(3);
        expect(status.querySelector('[role="alert"]')).toBeNull();
    });

    it('a failed retry says so again', async () => {
        const refresh = jest.fn(() => Promise.reject(new Error('The preview server could not be reached')));
        const element = await mount(null);
        wire.emitErrors(loadError, undefined, refresh);
        await flush();
        const status = shadow(one(shadow(element), 'c-outcomes-panel-frame'));
        one(status, '.retry').click();
        await flush();
        expect(text(one(status, '[role="alert"]'))).toContain('The preview server could not be reached');
        expect(Reflect.get(one(status, '.retry'), 'disabled')).toBe(false);
    });
});

describe('paging', () => {
    it('"Show more follow-ups" re-runs the one query a page longer', async () => {
        const data = clone(myFollowUps);
        data.uiapi.query.Opportunity.pageInfo.hasNextPage = true;
        data.uiapi.query.Opportunity.totalCount = 40;
        const element = await mount(data);
        expect(text(one(shadow(one(shadow(element), 'c-outcomes-show-more')), '.shown-text'))).toBe('Showing 3 of 40 deals');
        one(shadow(one(shadow(element), 'c-outcomes-show-more')), '.show-more').click();
        await flush();
        expect(wire.requests).toHaveLength(2);
        expect(wire.requests[1]?.query).toBe(String(MY_FOLLOW_UPS_DUE_QUERY));
        expect(wire.requests[1]?.variables).toEqual({ dealLimit: 50, statuses: ['Overdue', 'Due soon'] });
        await expect(element).toBeAccessible();
    });
});

// issue 20 ui
describe('team mode: whose deal each row is', () => {
    /** The team's list: the fixture's deals with their owners, as the team query reads them. */
    function teamList(owners: [string, string][]): typeof myFollowUps {
        const data = clone(myFollowUps);
        data.uiapi.query.Opportunity.edges.forEach((edge, i) => {
            const [id, name] = owners[i] ?? ['005000000000000AAA', 'Unknown'];
            Object.assign(edge.node, { Owner: { Id: id, Name: { value: name } } });
        });
        return data;
    }

    const OWNERS: [string, string][] = [
        ['005000000000001AAA', 'Sam Rivera'],
        ['005000000000002AAA', 'Jordan Lee'],
        ['005000000000001AAA', 'Sam Rivera']
    ];

    it('the team query reads each deal owner; the rep own list does not', () => {
        expect(String(TEAM_FOLLOW_UPS_DUE_QUERY)).toMatch(/Owner\s*\{\s*Id\s+Name\s*\{\s*value\s*\}\s*\}/);
        expect(String(MY_FOLLOW_UPS_DUE_QUERY)).not.toContain('Owner');
    });

    it('each row names its owner', async () => {
        const element = await mount(teamList(OWNERS), { showTeam: true });
        expect(all(list(element), '.deal-owner').map(text)).toEqual(['Owner: Sam Rivera', 'Owner: Jordan Lee', 'Owner: Sam Rivera']);
        await expect(element).toBeAccessible();
    });

    it("the rep's own list names no owner", async () => {
        const element = await mount(myFollowUps);
        expect(list(element).querySelector('.deal-owner')).toBeNull();
    });

    it('"Group by rep": one list per rep, in the order of their most overdue deal, each with its count', async () => {
        const element = await mount(teamList(OWNERS), { showTeam: true, groupByRep: true });
        const root = shadow(element);
        expect(all(root, '.rep-heading').map(text)).toEqual(['Sam Rivera: 2 deals', 'Jordan Lee: 1 deal']);
        const lists = all(root, 'c-follow-up-deal-list').map((l) => all(shadow(l), '.deal-link').map(text));
        expect(lists).toEqual([
            ['Northwind Logistics - Accounts Receivable Automation', 'Brightwater Health Partners - Patient Billing Service Desk'],
            ['Cobalt Ridge Software - Subscription Billing']
        ]);
        await expect(element).toBeAccessible();
    });

    it('"Group by rep" without the team shown is the rep\'s own list, ungrouped', async () => {
        const element = await mount(myFollowUps, { groupByRep: true });
        expect(shadow(element).querySelector('.rep-heading')).toBeNull();
        expect(all(list(element), '.deal-link')).toHaveLength(3);
    });
});
