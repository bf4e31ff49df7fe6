import { customMetadataValue, evaluateField, evaluateRecordFormulas } from '../../tools/formula';
import { readKpiProgressTable } from '../../core/cases/kpiProgress';
import { loadModel, setPolicy, TODAY } from './support';
import { addDays } from '../../core/dates';

/**
 * Truth tables of the Customer KPI formulas, evaluated from the formula text in
 * objects/Customer_KPI__c/fields/*.field-meta.xml with today frozen at 2026-06-15.
 * Percent results are as the API returns them (75 means 75%); null is blank.
 */

const model = loadModel();
const kpi = (field: string, record: Record<string, unknown>): unknown => evaluateField(model, 'Customer_KPI__c', field, record, TODAY);

describe('Customer_KPI__c.Progress__c = (Current − Baseline) / (Target − Baseline)', () => {
    // The table (core/cases/kpi-progress.json) is shared with c/outcomesMappers' kpiProgress parity test.
    it.each(readKpiProgressTable().cases.map((row) => [row.case, row] as const))('%s', (_case, row) => {
        expect(
            kpi('Progress__c', {
                Direction__c: row.direction,
                Baseline_Value__c: row.baseline,
                Target_Value__c: row.target,
                Current_Value__c: row.current
            })
        ).toBe(row.progress);
    });
});

describe('Customer_KPI__c.Expected_Progress__c = time elapsed from Baseline_Date to Target_Date at Current_As_Of, 0..100%', () => {
    it.each([
        // case                                        baseline date  target date   current as of  expected
        ['before the baseline date (clamped to 0)', '2026-01-01', '2026-12-31', '2025-12-01', 0],
        ['on the baseline date', '2026-01-01', '2026-12-31', '2026-01-01', 0],
        ['midway', '2026-01-01', '2026-01-31', '2026-01-16', 50],
        ['one third, rounded', '2026-01-01', '2026-01-31', '2026-01-11', 33.3],
        ['a quarter across month ends', '2026-01-01', '2026-05-01', '2026-01-31', 25],
        ['across a year end', '2025-12-01', '2026-01-30', '2026-01-15', 75],
        ['across a leap February', '2024-02-01', '2024-03-02', '2024-03-01', 96.7],
        ['across a common February', '2026-02-01', '2026-03-03', '2026-03-01', 93.3],
        ['on the target date', '2026-01-01', '2026-05-01', '2026-05-01', 100],
        ['after the target date (clamped to 100)', '2026-01-01', '2026-05-01', '2026-06-01', 100],
        ['baseline date blank', null, '2026-05-01', '2026-03-01', null],
        ['target date blank', '2026-01-01', null, '2026-03-01', null],
        ['current as of blank (never measured)', '2026-01-01', '2026-05-01', null, null],
        ['target date on the baseline date (no division by zero)', '2026-01-01', '2026-01-01', '2026-01-01', null]
    ])('%s', (_case, baselineDate, targetDate, asOf, expected) => {
        expect(kpi('Expected_Progress__c', { Baseline_Date__c: baselineDate, Target_Date__c: targetDate, Current_As_Of__c: asOf })).toBe(
            expected
        );
    });
});

describe('Customer_KPI__c.KPI_Status__c (On track: progress ≥ expected − 10 points, the Default tolerance)', () => {
    // A 100-day plan: 2026-01-01 → 2026-04-11, so day N of the plan expects N% progress.
    const DAY_0 = '2026-01-01';
    const DAY_50 = '2026-02-20';
    const DAY_80 = '2026-03-22';
    const DAY_100 = '2026-04-11';

    it.each([
        // case                                          direction   base  target current as of     status
        ['baseline blank', 'Increase', null, 200, 150, DAY_50, 'Missing baseline or target'],
        ['target blank', 'Increase', 100, null, 150, DAY_50, 'Missing baseline or target'],
        ['baseline and target blank', 'Increase', null, null, null, null, 'Missing baseline or target'],
        ['target equals baseline', 'Increase', 100, 100, 120, DAY_50, 'Missing baseline or target'],
        ['no reading yet', 'Increase', 100, 200, null, null, 'Not measured'],
        ['target reached', 'Increase', 100, 200, 200, DAY_50, 'Achieved'],
        ['target exceeded', 'Increase', 100, 200, 260, DAY_50, 'Achieved'],
        ['decrease target reached', 'Decrease', 60, 40, 40, DAY_50, 'Achieved'],
        ['decrease target exceeded', 'Decrease', 60, 40, 35, DAY_50, 'Achieved'],
        ['increase below baseline', 'Increase', 100, 200, 99, DAY_50, 'Off track'],
        ['decrease above baseline', 'Decrease', 60, 40, 61, DAY_50, 'Off track'],
        ['progress equals expected (50 vs 50)', 'Increase', 0, 1000, 500, DAY_50, 'On track'],
        ['ahead of plan (80 vs 50)', 'Increase', 0, 1000, 800, DAY_50, 'On track'],
        ['exactly at the tolerance (40 vs 50 − 10)', 'Increase', 0, 1000, 400, DAY_50, 'On track'],
        ['just above the tolerance (40.1 vs 40)', 'Increase', 0, 1000, 401, DAY_50, 'On track'],
        ['just below the tolerance (39.9 vs 40)', 'Increase', 0, 1000, 399, DAY_50, 'At risk'],
        ['well behind (20 vs 50)', 'Increase', 0, 1000, 200, DAY_50, 'At risk'],
        ['no progress on day 0', 'Increase', 0, 1000, 0, DAY_0, 'On track'],
        ['no progress on day 50 (not negative: at risk, not off track)', 'Increase', 0, 1000, 0, DAY_50, 'At risk'],
        ['decrease exactly at the tolerance (40 vs 50 − 10)', 'Decrease', 60, 40, 52, DAY_50, 'On track'],
        ['decrease below the tolerance (35 vs 40)', 'Decrease', 60, 40, 53, DAY_50, 'At risk'],
        ['decrease 60 → 40 at 45 on day 80 (75 vs 70)', 'Decrease', 60, 40, 45, DAY_80, 'On track'],
        ['reading without a date (expected progress blank counts as 0)', 'Increase', 100, 200, 150, null, 'On track'],
        ['target date reached, within tolerance (95 vs 90)', 'Increase', 0, 1000, 950, DAY_100, 'On track'],
        ['target date reached, behind (88 vs 90)', 'Increase', 0, 1000, 880, DAY_100, 'At risk'],
        ['after the target date, expected stays 100 (99.9 vs 90)', 'Increase', 0, 1000, 999, '2026-06-01', 'On track']
    ])('%s', (_case, direction, baseline, target, current, asOf, expected) => {
        const record = {
            Direction__c: direction,
            Baseline_Value__c: baseline,
            Baseline_Date__c: '2026-01-01',
            Target_Value__c: target,
            Target_Date__c: DAY_100,
            Current_Value__c: current,
            Current_As_Of__c: asOf
        };
        expect(kpi('KPI_Status__c', record)).toBe(expected);
    });
});

describe('acceptance', () => {
    it('a Decrease KPI from 60 to 40 at current 45 shows 75% progress', () => {
        const record = evaluateRecordFormulas(
            model,
            'Customer_KPI__c',
            {
                Name: 'Days sales outstanding',
                Direction__c: 'Decrease',
                Baseline_Value__c: 60,
                Baseline_Date__c: '2026-01-01',
                Target_Value__c: 40,
                Target_Date__c: '2026-12-31',
                Current_Value__c: 45,
                Current_As_Of__c: '2026-06-01',
                // A stale value from an earlier read is replaced, never trusted.
                Progress__c: 12
            },
            TODAY
        );
        expect(record.Progress__c).toBe(75);
        expect(record.Expected_Progress__c).toBe(41.5); // 151 of 364 days
        expect(record.KPI_Status__c).toBe('On track');
    });
});

describe('Customer_KPI__c.Delivery_Status__c: value delivered means delivered (issue 20)', () => {
    // The policy comes from the Default record, never retyped here.
    const minDays = customMetadataValue(model, 'Customer_Outcomes_Setting__mdt.Default.On_Track_Min_Days_After_Win__c') as number;
    // The 100-day plan of the KPI_Status__c table: at 500 of 1000 on day 50 the KPI is On track; 1000 is Achieved; 200 At risk.
    const DAY_50 = '2026-02-20';
    const status = (current: number, asOf: string | null, deal: Record<string, unknown> | null): unknown =>
        kpi('Delivery_Status__c', {
            Direction__c: 'Increase',
            Baseline_Value__c: 0,
            Baseline_Date__c: '2026-01-01',
            Target_Value__c: 1000,
            Target_Date__c: '2026-04-11',
            Current_Value__c: current,
            Current_As_Of__c: asOf,
            Customer_Goal__r: { Originating_Opportunity__r: deal }
        });
    // The deal as the org reads it: Follow_Up_Start__c is the Opportunity's own formula, evaluated here (never retyped).
    const deal = (isWon: boolean, wonOn: string | null, closeDate: string) => {
        const record = { IsWon: isWon, Won_On__c: wonOn, CloseDate: closeDate };
        return { ...record, Follow_Up_Start__c: evaluateField(model, 'Opportunity', 'Follow_Up_Start__c', record, TODAY) };
    };
    const won = (wonOn: string | null, closeDate: string) => deal(true, wonOn, closeDate);

    it('the policy is a whole number of days', () => {
        expect(Number.isInteger(minDays)).toBe(true);
        expect(minDays).toBeGreaterThan(0);
    });

    it.each([
        // case                                                     current  as of (relative to the win)  deal → status
        ['achieved the day after the win', 1000, 1, 'won on', 'Achieved'],
        ['achieved before the win', 1000, -10, 'won on', 'Achieved'],
        ['achieved, deal not won', 1000, 0, 'open', 'Achieved'],
        ['on track, reading exactly N days after the win', 500, 0, 'won on', 'On track'],
        ['on track, reading N + 1 days after the win', 500, 1, 'won on', 'On track'],
        ['on track, reading N − 1 days after the win (a week after: not yet)', 500, -1, 'won on', 'Not yet delivered'],
        ['on track, reading before the win', 500, -minDays - 5, 'won on', 'Not yet delivered'],
        ['on track, Won On blank: the Close Date counts', 500, 0, 'close date', 'On track'],
        ['on track, Won On blank, N − 1 days after the Close Date', 500, -1, 'close date', 'Not yet delivered'],
        ['on track, Won On after a Close Date N days before the reading (stamped at seeding)', 500, 0, 'stamped later', 'On track'],
        ['on track but the deal is not won', 500, 0, 'open', 'Not yet delivered'],
        ['on track but the goal has no originating deal', 500, 0, 'none', 'Not yet delivered'],
        ['at risk, long after the win', 200, 10, 'won on', 'Not yet delivered']
    ] as const)('%s', (_case, current, offset, deal, expected) => {
        // The win day is placed so that the reading (DAY_50) is `minDays + offset` days after it.
        const winDay = addDays(DAY_50, -(minDays + offset));
        const dealRecord =
            deal === 'won on'
                ? won(winDay, addDays(winDay, 90)) // closed early: Won On decides, not the later Close Date
                : deal === 'close date'
                  ? won(null, winDay)
                  : deal === 'stamped later'
                    ? won(DAY_50, winDay) // Won On is the day of the reading; the earlier Close Date counts
                    : deal === 'open'
                      ? { IsWon: false, Won_On__c: null, CloseDate: winDay }
                      : null;
        expect(status(current, DAY_50, dealRecord)).toBe(expected);
    });

    it('no reading: not yet delivered', () => {
        expect(status(0, null, won('2026-01-01', '2026-01-01'))).toBe('Not yet delivered');
    });

    it('follows the policy when an admin changes it', () => {
        const changed = loadModel();
        setPolicy(changed, 'On_Track_Min_Days_After_Win__c', 7);
        const record = {
            Direction__c: 'Increase',
            Baseline_Value__c: 0,
            Baseline_Date__c: '2026-01-01',
            Target_Value__c: 1000,
            Target_Date__c: '2026-04-11',
            Current_Value__c: 500,
            Current_As_Of__c: DAY_50,
            Customer_Goal__r: { Originating_Opportunity__r: won(addDays(DAY_50, -7), addDays(DAY_50, -7)) }
        };
        expect(evaluateField(changed, 'Customer_KPI__c', 'Delivery_Status__c', record, TODAY)).toBe('On track');
        expect(kpi('Delivery_Status__c', record)).toBe(minDays <= 7 ? 'On track' : 'Not yet delivered');
    });
});
