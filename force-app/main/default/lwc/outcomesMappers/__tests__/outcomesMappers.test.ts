import '#test/jest/installLabels';
import {
    completeness,
    groupGoals,
    isAbsent,
    kpiProgress,
    mapCheckIn,
    mapFollowUp,
    mapFollowUpDeal,
    mapGoal,
    mapKpi,
    mapOpportunityOutcomes,
    mapPerson,
    nextAction
} from 'c/outcomesMappers';
import { OPPORTUNITY_OUTCOMES_QUERY } from 'c/outcomesQueries';
import { strippableOptionalFields, withoutFields } from './fieldAccessSupport';
import { clone, withHiddenContactRole } from '../../opportunityOutcomes/__tests__/outcomesTestSupport';

// Fixtures are the org's responses for the sample data's deals (today = 2026-03-02).
import openWithGoals from '../../opportunityOutcomes/__tests__/data/openWithGoals.json';
import openNoGoals from '../../opportunityOutcomes/__tests__/data/openNoGoals.json';
import openPastThreshold from '../../opportunityOutcomes/__tests__/data/openPastThresholdNoKpis.json';
import wonOverdue from '../../opportunityOutcomes/__tests__/data/wonOverdue.json';
import wonWithHistory from '../../opportunityOutcomes/__tests__/data/wonWithHistory.json';
import lost from '../../opportunityOutcomes/__tests__/data/lost.json';
import noAccount from '../../opportunityOutcomes/__tests__/data/noAccount.json';
import type { OpportunityOutcomesData } from 'c/outcomesQueries';
import type { DealRecord, KpiRecord, Loaded, OpportunityOutcomesView } from 'c/outcomesMappers';

function view(data: Loaded<OpportunityOutcomesData>): OpportunityOutcomesView {
    const mapped = mapOpportunityOutcomes(data);
    if (!mapped) throw new Error('fixture has no opportunity');
    return mapped;
}

describe('mapOpportunityOutcomes', () => {
    it('reads the deal state from IsWon and IsClosed', () => {
        expect(view(openWithGoals).state).toBe('open');
        expect(view(wonOverdue).state).toBe('won');
        expect(view(lost).state).toBe('lost');
    });

    it('returns null when the opportunity is not in the result', () => {
        const data = clone(openNoGoals);
        data.uiapi.query.Opportunity.edges = [];
        expect(mapOpportunityOutcomes(data)).toBeNull();
    });

    it('puts Company-level goals first, then one group per stakeholder', () => {
        const v = view(wonOverdue);
        const groups = groupGoals(v.goals);
        expect(groups.map((g) => g.heading)).toEqual(['Company goals', 'Tom Becker (Accounts Receivable Manager)']);
        expect(groups[0]?.goals.map((g) => g.name)).toEqual(['Cut days sales outstanding from 60 to 40 days']);
    });

    it('attaches each KPI to its goal through Customer_Goal__c', () => {
        const v = view(wonWithHistory);
        const close = v.goals.find((g) => g.name === 'Close the books in five working days');
        expect(close?.kpis.map((k) => k.name)).toEqual(['Month-end close cycle']);
        expect(v.kpis).toHaveLength(2);
    });

    it('counts contact roles with a goal and KPIs with baseline and target', () => {
        const v = view(withHiddenContactRole(openWithGoals));
        // Teresa and Greg each have a goal; the third role's contact is not visible and has none.
        expect(v.completeness).toMatchObject({ rolesWithGoal: 2, roleCount: 3, measurableKpis: 1, kpiCount: 2 });
        expect(v.completeness.rolesText).toBe('2 of 3 people involved have a goal');
        expect(v.completeness.kpisText).toBe('1 of 2 KPIs have a baseline and a target');
    });

    it('names a contact the user cannot see as such, and never prompts to ask them', () => {
        const v = view(withHiddenContactRole(openWithGoals));
        const hidden = v.contactRoles.find((r) => !r.contact.visible);
        expect(hidden?.contact.name).toBe('Contact not visible to you');
        expect(v.nextAction).toBe('Agree a baseline and a target for \u201cTechnician time on collection calls\u201d.');
    });

    it('asks the first contact role without a goal, primary first, without a gendered pronoun', () => {
        const v = view(openPastThreshold);
        expect(v.nextAction).toBe('Ask Nina Brooks (VP Store Operations) how they are measured');
        expect(v.contactRoles.map((r) => r.isPrimary)).toEqual([true, false]);
    });

    it('suggests the first company goal when nothing is recorded and nobody is a contact role', () => {
        expect(view(openNoGoals).nextAction).toBe('Ask your customer how the company is measured, and add it as a company goal.');
    });

    it('warns past the threshold only while no KPI has baseline and target', () => {
        const v = view(openPastThreshold);
        expect(v.showMetricsWarning).toBe(true);
        expect(v.metricsWarning).toContain('90% probability, past the 40% threshold');
        expect(view(openWithGoals).showMetricsWarning).toBe(false); // one KPI is measurable
        expect(view(openNoGoals).showMetricsWarning).toBe(false); // 10 % is below the threshold
        expect(view(wonOverdue).showMetricsWarning).toBe(false);
    });

    it('maps the follow-up of a won deal from its formula fields', () => {
        expect(view(wonOverdue).followUp).toMatchObject({
            status: 'Overdue',
            dueDate: '2026-02-10',
            dueDateText: '2/10/2026',
            checkInCount: 0,
            complete: false
        });
        expect(view(wonOverdue).followUp.lastCheckInText).toBe('No check-in yet');
        expect(view(wonWithHistory).followUp).toMatchObject({
            status: 'Not due',
            lastCheckInText: 'Last check-in 2/20/2026',
            checkInCount: 2
        });
    });

    it('lists recent check-ins newest first with type and contact', () => {
        const checkIns = view(wonWithHistory).checkIns;
        expect(checkIns.map((c) => c.title)).toEqual([
            '2/20/2026: Business review with Helen Kowalski',
            '12/4/2025: Call with Ben Adeyemi'
        ]);
    });

    it('knows when an opportunity has no account', () => {
        const v = view(noAccount);
        expect(v.hasAccount).toBe(false);
        expect(v.accountId).toBeNull();
    });

    it('offers contact roles first, then account contacts, once each', () => {
        const options = view(wonOverdue).stakeholderOptions;
        expect(options[0]).toEqual({ label: 'No stakeholder', value: '' });
        expect(options.slice(1, 4).map((o) => o.label)).toEqual([
            'Priya Raman (Controller)',
            'Dana Whitfield (Chief Financial Officer)',
            'Tom Becker (Accounts Receivable Manager)'
        ]);
        expect(new Set(options.map((o) => o.value)).size).toBe(options.length);
        expect(options.map((o) => o.label)).toContain('Luis Ortega (VP Operations)');
    });

    it('shows currency as the org formatted it in the record currency', () => {
        const data = clone(wonOverdue);
        const goal = data.uiapi.query.Opportunity.edges[0]?.node.Customer_Goals__r?.edges[0]?.node;
        if (!goal) throw new Error('fixture has no goal');
        goal.Cost_Of_Inaction__c = { value: 250000, displayValue: 'EUR 250.000,00' };
        expect(view(data).goals.find((g) => g.id === goal.Id)?.costText).toBe('EUR 250.000,00');
    });

    it('flags more goals or KPIs on the server', () => {
        const data = clone(wonOverdue);
        const kpis = data.uiapi.query.Customer_KPI__c;
        if (kpis?.pageInfo) kpis.pageInfo.hasNextPage = true;
        expect(view(data).hasMore).toBe(true);
        expect(view(wonOverdue).hasMore).toBe(false);
    });

    it('tolerates fields left out of the result (field-level security, @optional)', () => {
        const data: Loaded<OpportunityOutcomesData> = clone(wonOverdue);
        const node = data.uiapi?.query?.Opportunity?.edges?.[0]?.node;
        if (!node) throw new Error('no node');
        delete node.Follow_Up_Status__c;
        delete node.Customer_Goals__r;
        delete data.uiapi?.query?.Customer_KPI__c;
        const v = view(data);
        expect(v.followUp.status).toBe('Not applicable');
        expect(v.goals).toEqual([]);
    });
});

describe('mapKpi', () => {
    const base: KpiRecord = {
        Id: 'a0CHs0000000091AAE',
        Name: { value: 'Days sales outstanding' },
        Customer_Goal__c: { value: 'a0BHs0000000075AAE' },
        Unit__c: { value: 'days' },
        Direction__c: { value: 'Decrease', displayValue: 'Decrease' },
        Baseline_Value__c: { value: 60 },
        Baseline_Date__c: { value: '2025-12-12', displayValue: '12/12/2025' },
        Target_Value__c: { value: 40 },
        Target_Date__c: { value: '2026-12-17', displayValue: '12/17/2026' },
        Current_Value__c: { value: 55 },
        Current_As_Of__c: { value: '2026-03-01', displayValue: '3/1/2026' },
        Progress__c: { value: 25, displayValue: '25.0%' },
        KPI_Status__c: { value: 'On track' }
    };

    it('writes baseline, current and target with unit and dates', () => {
        const kpi = mapKpi(base);
        expect(kpi.baselineText).toBe('60 days on 12/12/2025');
        expect(kpi.currentText).toBe('55 days as of 3/1/2026');
        expect(kpi.targetText).toBe('40 days by 12/17/2026');
        expect(kpi.directionLabel).toBe('Lower is better');
        expect(kpi.statusLabel).toBe('On track');
        expect(kpi.measurable).toBe(true);
    });

    it('says what is missing', () => {
        const kpi = mapKpi({
            ...base,
            Baseline_Value__c: { value: null },
            Current_Value__c: { value: null },
            KPI_Status__c: { value: 'Missing baseline or target' }
        });
        expect(kpi.baselineText).toBe('Not set');
        expect(kpi.currentText).toBe('Not measured yet');
        expect(kpi.measurable).toBe(false);
        expect(kpi.statusLabel).toBe('Missing baseline or target');
    });

    it('does not count a target equal to its baseline as measurable', () => {
        expect(mapKpi({ ...base, Target_Value__c: { value: 60 } }).measurable).toBe(false);
    });
});

describe('people, completeness and the next action', () => {
    it('adds the title to a name, or says the contact is not visible', () => {
        expect(mapPerson('003A', { Id: '003A', Name: { value: 'Dana Lee' }, Title: { value: 'CFO' } }).displayName).toBe('Dana Lee (CFO)');
        expect(mapPerson('003A', null)).toEqual({
            id: '003A',
            visible: false,
            name: 'Contact not visible to you',
            displayName: 'Contact not visible to you'
        });
    });

    it('suggests adding contact roles once every goal is measurable but nobody is a contact role', () => {
        const kpi = mapKpi({ Id: 'k', Baseline_Value__c: { value: 1 }, Target_Value__c: { value: 2 } });
        const goal = mapGoal({ Id: 'g', Name: { value: 'Grow' } }, [kpi]);
        expect(nextAction([], [goal], [kpi])).toBe('Add the people involved as contact roles, then ask each how they are measured.');
        expect(completeness([], [kpi])).toMatchObject({ roleCount: 0, measurableKpis: 1, kpiCount: 1 });
    });

    it('maps a check-in whose contact is not visible', () => {
        const checkIn = mapCheckIn({
            Id: 'a0D1',
            Type__c: { value: 'Call', displayValue: 'Call' },
            Customer_Contact__c: { value: '003X' },
            Customer_Contact__r: null
        });
        expect(checkIn.heading).toBe('Call with Contact not visible to you');
    });
});

describe('fields the user cannot read (left out by @optional, issue 11)', () => {
    const kpi = (fields: Partial<KpiRecord>): KpiRecord => ({
        Id: 'a02000000000001',
        Name: { value: 'DSO' },
        Customer_Goal__c: { value: 'a01000000000001' },
        Baseline_Value__c: { value: 60 },
        Target_Value__c: { value: 40 },
        Current_Value__c: { value: 45 },
        KPI_Status__c: { value: 'On track' },
        ...fields
    });

    it('isAbsent tells a left-out field from a blank one', () => {
        expect(isAbsent({ Amount: { value: null } }, 'Amount')).toBe(false);
        expect(isAbsent({}, 'Amount')).toBe(true);
        expect(isAbsent(null, 'Amount')).toBe(true);
    });

    it('works progress out from the readable figures when Progress__c is left out, never 0 for unknown', () => {
        expect(mapKpi(kpi({ Progress__c: { value: 12.3 } })).progress).toBe(12.3);
        expect(mapKpi(kpi({ Progress__c: { value: null } })).progress).toBeNull();
        expect(mapKpi(kpi({})).progress).toBe(75);
        expect(kpiProgress(kpi({ Current_Value__c: { value: 50 }, Target_Value__c: { value: 30 } }))).toBe(33.3);
        expect(kpiProgress(kpi({ Current_Value__c: { value: null } }))).toBeNull();
        expect(kpiProgress(kpi({ Target_Value__c: { value: 60 } }))).toBeNull();
    });

    it('leaves out unreadable KPI details instead of claiming they are not set', () => {
        const shown = mapKpi(kpi({}));
        expect(shown.directionLabel).toBe('');
        expect(shown.unit).toBe('');
        expect(shown.baselineText).toBe('60');
        expect(shown.targetText).toBe('40');
        expect(mapKpi(kpi({ Direction__c: { value: null } })).directionLabel).toBe('Direction not set');
    });

    it('a deal without readable amount, stage, close date or check-in summary', () => {
        const record: DealRecord = {
            Id: '006000000000001',
            Name: { value: 'Renewal' },
            IsWon: { value: true },
            IsClosed: { value: true },
            Follow_Up_Status__c: { value: 'Overdue' },
            Next_Follow_Up_Due__c: { value: '2026-02-01' }
        };
        const follow = mapFollowUp(record);
        expect(follow.lastCheckInText).toBe('');
        expect(follow.checkInCount).toBe(0);
        expect(follow.complete).toBe(false);
        expect(mapFollowUp({ ...record, Last_Check_In_Date__c: { value: null } }).lastCheckInText).toBe('No check-in yet');
        const deal = mapFollowUpDeal(record, '2026-03-02');
        expect(deal.amountText).toBe('');
        expect(deal.daysText).toBe('29 days overdue');
    });

    it('a goal without readable category, cost, target date or why it matters', () => {
        const shown = mapGoal(
            { Id: 'a01000000000001', Name: { value: 'Faster close' }, Level__c: { value: 'Company' }, Status__c: { value: 'Active' } },
            []
        );
        expect([shown.categoryLabel, shown.costText, shown.targetDateText, shown.whyItMatters]).toEqual(['', '', '', '']);
        expect(shown.cost).toBeNull();
    });

    it('the Opportunity panel without every optional field: same goals, KPIs and completeness; the metrics warning left out without its figures', () => {
        const optional = strippableOptionalFields(OPPORTUNITY_OUTCOMES_QUERY);
        const full = mapOpportunityOutcomes(openPastThreshold);
        const shown = mapOpportunityOutcomes(withoutFields(openPastThreshold, optional));
        expect(full?.showMetricsWarning).toBe(true);
        expect(shown?.showMetricsWarning).toBe(false);
        expect(shown?.metricsWarning).toBe('');
        expect(shown?.completeness).toEqual(full?.completeness);
        // The person is still named; the title (optional) is left out.
        expect(full?.nextAction).toBe('Ask Nina Brooks (VP Store Operations) how they are measured');
        expect(shown?.nextAction).toBe('Ask Nina Brooks how they are measured');
        expect(shown?.goals.map((g) => g.name)).toEqual(full?.goals.map((g) => g.name));
        expect([shown?.stage, shown?.amountText, shown?.closeDateText, shown?.probabilityText]).toEqual(['', '', '', '']);
        const won = mapOpportunityOutcomes(withoutFields(wonWithHistory, optional));
        expect(won?.state).toBe('won');
        expect(won?.kpis.map((k) => k.progress)).toEqual(mapOpportunityOutcomes(wonWithHistory)?.kpis.map((k) => k.progress));
    });
});

// issue 20 ui
describe('people involved and what a KPI needs (issue 20)', () => {
    /** openWithGoals without its contact roles: Teresa's and Greg's goals are for account contacts only. */
    function withoutRoles(): typeof openWithGoals {
        const data = clone(openWithGoals);
        const deal = data.uiapi.query.Opportunity.edges[0]?.node;
        if (!deal?.OpportunityContactRoles) throw new Error('fixture has no contact roles');
        deal.OpportunityContactRoles.edges = [];
        return data;
    }

    it('a goal for an account contact who is not a contact role counts towards completeness', () => {
        const v = view(withoutRoles());
        expect(v.contactRoles).toEqual([]);
        expect(v.completeness).toMatchObject({ roleCount: 0, peopleCount: 2, peopleWithGoal: 2 });
        expect(v.completeness.rolesText).toBe('2 of 2 people involved have a goal');
    });

    it('a contact role and a stakeholder who is not one are counted once each', () => {
        const v = view(withHiddenContactRole(openWithGoals));
        // Three roles (Teresa and Greg with goals, one not visible without); both stakeholders are roles.
        expect(v.completeness).toMatchObject({ roleCount: 3, rolesWithGoal: 2, peopleCount: 3, peopleWithGoal: 2 });
    });

    it('with no contact roles, the next step links to them once the goals and KPIs are done', () => {
        const data = withoutRoles();
        for (const edge of data.uiapi.query.Customer_KPI__c?.edges ?? []) {
            if (edge.node.Baseline_Value__c?.value === null) edge.node.Baseline_Value__c = { value: 12 };
        }
        const v = view(data);
        expect(v.nextAction).toBe('Add the people involved as contact roles, then ask each how they are measured.');
        expect(v.nextActionAddsContactRoles).toBe(true);
        expect(view(openWithGoals).nextActionAddsContactRoles).toBe(false);
    });

    it('nobody and no KPI yet: says what to do, never "0 of 0"', () => {
        const done = completeness([], [], []);
        expect(done.rolesText).toBe('No one involved yet: add contact roles, or a goal for each person.');
        expect(done.kpisText).toBe('No KPI yet: add one to each goal.');
    });

    it.each([
        [null, 40, 'Needs a baseline'],
        [60, null, 'Needs a target'],
        [null, null, 'Needs a baseline and a target'],
        [60, 60, 'Needs a target different from the baseline'],
        [60, 40, '']
    ])('a KPI with baseline %p and target %p: "%s"', (baseline, target, expected) => {
        const kpi = mapKpi({
            Id: 'k',
            Baseline_Value__c: { value: baseline },
            Target_Value__c: { value: target },
            Current_Value__c: { value: 50 }
        });
        expect(kpi.needsText).toBe(expected);
        expect(kpi.incomplete).toBe(expected !== '');
    });

    it('a due deal names its owner when the query read one (team mode)', () => {
        const record: DealRecord = {
            Id: '006A',
            Name: { value: 'Deal' },
            Owner: { Id: '005B', Name: { value: 'Sam Rivera' } }
        };
        expect(mapFollowUpDeal(record, '2026-03-02')).toMatchObject({ ownerName: 'Sam Rivera', ownerId: '005B' });
        expect(mapFollowUpDeal({ Id: '006A' }, '2026-03-02')).toMatchObject({ ownerName: '', ownerId: null });
    });

    it('a goal names the deal it was captured on when the query read it (Account panel)', () => {
        const goal = mapGoal({ Id: 'g', Originating_Opportunity__r: { Id: '006A', Name: { value: 'Expansion' } } }, []);
        expect(goal.deal).toEqual({ id: '006A', name: 'Expansion' });
        expect(mapGoal({ Id: 'g', Originating_Opportunity__r: null }, []).deal).toBeNull();
    });
});
