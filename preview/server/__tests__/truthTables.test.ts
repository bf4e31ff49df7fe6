import { openStore, removeTempDirs, run, type TestStore } from './support';

/**
 * Rows of the data-model truth tables (test/data-model; the store's today is the same frozen
 * 2026-06-15 as support.TODAY; default policy),
 * entered through the preview's store as a user would (stage, close date, check-ins,
 * measurements) and read back through GraphQL: the preview shows what the formulas,
 * roll-ups and the Apex rule would show.
 */
let t: TestStore;
beforeEach(() => {
    t = openStore({ dataFile: null });
});
afterEach(removeTempDirs);

function followUp(opportunityId: string): { status: string; due: string | null; lastCheckIn: string | null } {
    const node = run(
        t.engine,
        `query f($id: ID) { uiapi { query { Opportunity(where: { Id: { eq: $id } }) { edges { node {
            Follow_Up_Status__c { value } Next_Follow_Up_Due__c { value } Last_Check_In_Date__c { value } } } } } } }`,
        { id: opportunityId }
    ).data.uiapi.query.Opportunity.edges[0].node;
    return { status: node.Follow_Up_Status__c.value, due: node.Next_Follow_Up_Due__c.value, lastCheckIn: node.Last_Check_In_Date__c.value };
}

describe('follow-up truth-table rows through the preview store', () => {
    it.each([
        // case                                       stage          close date    complete check-ins                  status            due
        ['open deal', 'Negotiation/Review', '2026-07-31', false, [], 'Not applicable', null],
        ['lost deal', 'Closed Lost', '2026-05-01', false, [], 'Not applicable', null],
        ['won, past the follow-up period', 'Closed Won', '2025-06-14', false, [], 'Not applicable', null],
        ['won, follow-up complete', 'Closed Won', '2026-05-01', true, [], 'Complete', null],
        ['due in 15 days: day before the due-soon window', 'Closed Won', '2026-05-31', false, [], 'Not due', '2026-06-30'],
        ['due in 14 days: first day of the window', 'Closed Won', '2026-05-30', false, [], 'Due soon', '2026-06-29'],
        ['due today', 'Closed Won', '2026-05-16', false, [], 'Due soon', '2026-06-15'],
        ['one day overdue', 'Closed Won', '2026-05-15', false, [], 'Overdue', '2026-06-14'],
        [
            'cadence missed: latest of two check-ins + 90',
            'Closed Won',
            '2025-12-01',
            false,
            ['2025-12-20', '2026-01-01'],
            'Overdue',
            '2026-04-01'
        ],
        ['recent check-in', 'Closed Won', '2026-03-01', false, ['2026-06-01'], 'Not due', '2026-08-30']
    ] as const)('%s', (_case, stage, closeDate, complete, checkIns, status, due) => {
        const opp = t.store.create('Opportunity', {
            Name: `Row: ${_case}`,
            StageName: stage,
            CloseDate: closeDate,
            Follow_Up_Complete__c: complete,
            // Completing follow-up with no check-in needs a reason (Follow_Up_Complete_Needs_Reason).
            ...(complete ? { Follow_Up_Closed_Reason__c: 'Other' } : {})
        });
        for (const date of checkIns) {
            t.store.create('Success_Check_In__c', {
                Opportunity__c: opp.Id,
                Check_In_Date__c: date,
                Summary__c: 'Review',
                Type__c: 'Call'
            });
        }
        expect(followUp(opp.Id)).toEqual({ status, due, lastCheckIn: checkIns.length ? checkIns[checkIns.length - 1] : null });
    });
});

describe('KPI truth-table rows through the preview store', () => {
    it.each([
        // case                              direction   baseline target  readings (date, value)                 progress  status
        ['decrease 60 → 40 at 45', 'Decrease', 60, 40, [['2026-06-01', 45]], 75, 'On track'],
        ['increase exceeded', 'Increase', 10, 20, [['2026-06-01', 25]], 150, 'Achieved'],
        ['moved the wrong way', 'Increase', 10, 20, [['2026-06-01', 8]], -20, 'Off track'],
        [
            'latest reading wins, not the largest',
            'Increase',
            10,
            20,
            [
                ['2026-05-01', 19],
                ['2026-06-10', 12]
            ],
            20,
            'At risk'
        ],
        ['never measured', 'Increase', 10, 20, [], null, 'Not measured']
    ] as const)('%s', (_case, direction, baseline, target, readings, progress, status) => {
        const account = t.store.create('Account', { Name: 'Truth table customer' });
        const goal = t.store.create('Customer_Goal__c', { Name: 'Goal', Account__c: account.Id });
        const kpi = t.store.create('Customer_KPI__c', {
            Name: _case,
            Customer_Goal__c: goal.Id,
            Direction__c: direction,
            Baseline_Value__c: baseline,
            Baseline_Date__c: '2026-01-01',
            Target_Value__c: target,
            Target_Date__c: '2026-12-31'
        });
        for (const [date, value] of readings)
            t.store.create('KPI_Measurement__c', { Customer_KPI__c: kpi.Id, Measured_On__c: date, Value__c: value });
        const node = run(
            t.engine,
            `query k($id: ID) { uiapi { query { Customer_KPI__c(where: { Id: { eq: $id } }) { edges { node {
                Progress__c { value } KPI_Status__c { value } Measurement_Count__c { value } } } } } } }`,
            { id: kpi.Id }
        ).data.uiapi.query.Customer_KPI__c.edges[0].node;
        expect(node).toEqual({
            Progress__c: { value: progress },
            KPI_Status__c: { value: status },
            Measurement_Count__c: { value: readings.length }
        });
    });
});
