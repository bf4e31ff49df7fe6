import '#test/jest/installLabels';
import { daysBetween } from 'c/outcomesFormat';
import {
    dueInWords,
    groupAccountGoals,
    mapAccountOutcomes,
    mapFollowUpDeal,
    mapFollowUpsDue,
    mapKpi,
    readingsByKpi,
    summarizeValue
} from 'c/outcomesMappers';
import northwind from '../../accountOutcomes/__tests__/data/northwind.json';
import meridian from '../../accountOutcomes/__tests__/data/meridian.json';
import myFollowUps from '../../followUpsDue/__tests__/data/myFollowUps.json';

const TODAY = '2026-03-02';

describe('days and due dates', () => {
    it('counts whole calendar days, across month ends and daylight-saving changes', () => {
        expect(daysBetween('2026-03-02', '2026-02-10')).toBe(-20);
        expect(daysBetween('2026-03-02', '2026-03-12')).toBe(10);
        expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
        expect(daysBetween('2026-03-02', null)).toBeNull();
        expect(daysBetween('2026-03-02', 'soon')).toBeNull();
    });

    it('says the days in words', () => {
        expect([-20, -1, 0, 1, 10, null].map(dueInWords)).toEqual([
            '20 days overdue',
            '1 day overdue',
            'Due today',
            'Due tomorrow',
            'Due in 10 days',
            ''
        ]);
    });

    it('maps a due deal with its account, amount as the org formats it, and follow-up', () => {
        const record = myFollowUps.uiapi.query.Opportunity.edges[1]?.node;
        if (!record) throw new Error('no deal');
        const deal = mapFollowUpDeal(record, TODAY);
        expect(deal).toMatchObject({
            name: 'Cobalt Ridge Software - Subscription Billing',
            accountName: 'Cobalt Ridge Software',
            amountText: '$168,000.00',
            daysUntilDue: -10,
            daysText: '10 days overdue',
            overdue: true,
            followUp: { status: 'Overdue', dueDateText: '2/20/2026', lastCheckInText: 'Last check-in 11/22/2025' }
        });
    });

    it('maps the Home list in query order, with its total', () => {
        const view = mapFollowUpsDue(myFollowUps, TODAY);
        expect(view.deals.map((d) => d.daysUntilDue)).toEqual([-20, -10, 10]);
        expect(view.total).toBe(3);
        expect(view.hasMore).toBe(false);
        expect(mapFollowUpsDue(null, TODAY)).toEqual({ deals: [], total: 0, hasMore: false });
    });
});

describe('readings', () => {
    it('keeps each KPI’s readings oldest first, the latest few only, and skips incomplete ones', () => {
        const records = [
            { Id: 'm3', Customer_KPI__c: { value: 'k1' }, Value__c: { value: 3 }, Measured_On__c: { value: '2026-03-01' } },
            { Id: 'm1', Customer_KPI__c: { value: 'k1' }, Value__c: { value: 1 }, Measured_On__c: { value: '2026-01-01' } },
            { Id: 'm2', Customer_KPI__c: { value: 'k1' }, Value__c: { value: 2 }, Measured_On__c: { value: '2026-02-01' } },
            { Id: 'm4', Customer_KPI__c: { value: 'k2' }, Value__c: { value: null }, Measured_On__c: { value: '2026-02-01' } }
        ];
        const byKpi = readingsByKpi(records, 2);
        expect(byKpi.get('k1')?.map((r) => r.id)).toEqual(['m2', 'm3']);
        expect(byKpi.has('k2')).toBe(false);
    });
});

describe('value summary', () => {
    it('counts every status, blank or unknown ones as missing a baseline or target', () => {
        const base = mapKpi(northwind.uiapi.query.Customer_KPI__c.edges[0]!.node);
        const kpis = ['Achieved', 'On track', 'On track', 'Off track', 'Something new'].map((status, i) => ({
            ...base,
            id: `k${i}`,
            status
        }));
        const summary = summarizeValue(kpis, [], { goals: 0, kpis: 5 });
        expect(Object.fromEntries(summary.statuses.map((s) => [s.status, s.count]))).toEqual({
            Achieved: 1,
            'On track': 2,
            'At risk': 0,
            'Off track': 1,
            'Not measured': 0,
            'Missing baseline or target': 1
        });
        expect(summary.sentence).toBe('3 of 5 KPIs achieved or on track; 0 of 0 goals achieved');
        expect(summary.partialText).toBe('');
    });
});

describe('the Account panel', () => {
    it('maps goals, KPIs with readings, summary and due deals from the one response', () => {
        const view = mapAccountOutcomes(northwind, TODAY);
        expect(view?.name).toBe('Northwind Logistics');
        expect(view?.goals.map((g) => g.kpis.map((k) => `${k.kpi.name}: ${k.readings.length}`))).toEqual([
            ['Unapplied cash items: 0'],
            ['Days sales outstanding: 2'],
            ['Carrier invoices paid with errors: 0']
        ]);
        expect(view?.deals.map((d) => d.daysText)).toEqual(['20 days overdue']);
        expect(view?.hasMore).toBe(false);
        expect(mapAccountOutcomes({ uiapi: { query: { Account: { edges: [] } } } }, TODAY)).toBeNull();
    });

    it('groups by stakeholder (company goals first) or lists by goal, keeping each goal entry', () => {
        const view = mapAccountOutcomes(meridian, TODAY);
        if (!view) throw new Error('no view');
        const byStakeholder = groupAccountGoals(view.goals, 'stakeholder');
        expect(byStakeholder.map((g) => g.heading)).toEqual([
            'Company goals',
            'Greg Halvorsen (VP Operations)',
            'Teresa Vance (Controller)'
        ]);
        const byGoal = groupAccountGoals(view.goals, 'goal');
        expect(byGoal).toHaveLength(1);
        expect(byGoal[0]?.goals).toEqual(view.goals);
        expect(byStakeholder.flatMap((g) => g.goals).every((entry) => view.goals.includes(entry))).toBe(true);
        expect(groupAccountGoals([], 'goal')).toEqual([]);
    });
});
