import { evaluateField } from '../../tools/formula';
import { loadModel, TODAY } from './support';

/**
 * Truth tables of the Opportunity follow-up formulas, evaluated from the formula text in
 * objects/Opportunity/fields/*.field-meta.xml with today frozen at 2026-06-15 and the policy
 * of the Customer_Outcomes_Setting Default record (first check-in 30 days, cadence 90,
 * due soon 14, follow-up period 365, metrics expected from 40%).
 */

const model = loadModel();
const opportunity = (field: string, record: Record<string, unknown>): unknown => evaluateField(model, 'Opportunity', field, record, TODAY);

type Stage = 'open' | 'won' | 'lost';
const deal = (
    stage: Stage,
    closeDate: string | null,
    complete: boolean,
    lastCheckIn: string | null,
    wonOn: string | null = null
): Record<string, unknown> => ({
    IsClosed: stage !== 'open',
    IsWon: stage === 'won',
    CloseDate: closeDate,
    Won_On__c: wonOn,
    Follow_Up_Complete__c: complete,
    Last_Check_In_Date__c: lastCheckIn
});

describe('Opportunity.Follow_Up_Start__c (the earlier of Won On and the Close Date)', () => {
    it.each([
        // case                                                  close date    won on        start
        ['won before install: the Close Date', '2026-03-01', null, '2026-03-01'],
        ['won early: the day it was won', '2026-10-31', '2026-06-10', '2026-06-10'],
        ['won late, Close Date back-dated: the Close Date', '2026-05-01', '2026-06-10', '2026-05-01'],
        ['won on its Close Date', '2026-06-10', '2026-06-10', '2026-06-10'],
        ['Close Date blank, won on a day', null, '2026-06-10', '2026-06-10'],
        ['both blank', null, null, null]
    ] as const)('%s', (_case, closeDate, wonOn, expected) => {
        expect(opportunity('Follow_Up_Start__c', deal('won', closeDate, false, null, wonOn))).toBe(expected);
    });
});

describe('won early: the follow-up clock runs from the win day, not the Close Date months ahead', () => {
    it.each([
        // case                                                   close date    won on        last check-in  due          status
        ['won 10 days ago, Close Date in 5 months', '2026-11-15', '2026-06-05', null, '2026-07-05', 'Not due'],
        ['won 20 days ago: due within the due-soon window', '2026-12-01', '2026-05-26', null, '2026-06-25', 'Due soon'],
        ['won 31 days ago: first check-in overdue', '2026-10-01', '2026-05-15', null, '2026-06-14', 'Overdue'],
        ['won early, checked in since: last + 90', '2026-12-01', '2026-04-01', '2026-05-01', '2026-07-30', 'Not due'],
        ['won early 366 days ago: the period is over', '2027-01-01', '2025-06-14', null, null, 'Not applicable'],
        ['won early, follow-up complete', '2026-12-01', '2026-06-01', null, null, 'Complete'],
        ['legacy won deal (no Won On): from the Close Date', '2026-06-01', null, null, '2026-07-01', 'Not due'],
        ['legacy won deal with a future Close Date: from the Close Date', '2026-07-01', null, null, '2026-07-31', 'Not due']
    ] as const)('%s', (_case, closeDate, wonOn, lastCheckIn, due, status) => {
        const record = deal('won', closeDate, status === 'Complete', lastCheckIn, wonOn);
        expect(opportunity('Next_Follow_Up_Due__c', record)).toBe(due);
        expect(opportunity('Follow_Up_Status__c', record)).toBe(status);
    });
});

describe('Opportunity.Won_With_Future_Close_Date__c (won before its Close Date)', () => {
    it.each([
        // case                                         stage   close date    won on        flagged
        ['won early', 'won', '2026-10-31', '2026-06-10', true],
        ['Close Date the day after the win', 'won', '2026-06-11', '2026-06-10', true],
        ['won on its Close Date', 'won', '2026-06-10', '2026-06-10', false],
        ['Close Date before the win', 'won', '2026-05-01', '2026-06-10', false],
        ['won before install (no Won On), future Close Date', 'won', '2026-10-31', null, false],
        ['open deal with a future Close Date', 'open', '2026-10-31', null, false],
        ['lost deal', 'lost', '2026-10-31', null, false]
    ] as const)('%s', (_case, stage, closeDate, wonOn, expected) => {
        expect(opportunity('Won_With_Future_Close_Date__c', deal(stage, closeDate, false, null, wonOn))).toBe(expected);
    });
});

describe('Opportunity.Closed_Without_Check_In__c (complete with no check-in)', () => {
    it.each([
        // case                                   complete  check-ins  expected
        ['complete, no check-in', true, 0, true],
        ['complete after check-ins', true, 2, false],
        ['not complete, no check-in', false, 0, false],
        ['not complete, with check-ins', false, 1, false]
    ] as const)('%s', (_case, complete, checkIns, expected) => {
        expect(opportunity('Closed_Without_Check_In__c', { Follow_Up_Complete__c: complete, Check_In_Count__c: checkIns })).toBe(expected);
    });
});

describe('Opportunity.Next_Follow_Up_Due__c', () => {
    it.each([
        // case                                               stage    close date    complete last check-in  due
        ['open deal', 'open', '2026-07-31', false, null, null],
        ['lost deal', 'lost', '2026-05-01', false, null, null],
        ['won, no check-in: close + 30', 'won', '2026-06-01', false, null, '2026-07-01'],
        ['won, no check-in, across a month end', 'won', '2026-01-31', false, null, '2026-03-02'],
        ['won, with check-ins: last + 90', 'won', '2026-03-01', false, '2026-05-20', '2026-08-18'],
        ['won, with check-ins, across a year end', 'won', '2025-11-01', false, '2025-12-15', '2026-03-15'],
        ['won, follow-up complete', 'won', '2026-06-01', true, null, null],
        ['won, follow-up complete after check-ins', 'won', '2026-03-01', true, '2026-05-20', null],
        ['won, past the follow-up period (ended yesterday)', 'won', '2025-06-14', false, '2026-04-01', null],
        ['won, last day of the follow-up period', 'won', '2025-06-15', false, '2026-04-01', '2026-06-30'],
        ['won, last day of the period, never checked in', 'won', '2025-06-15', false, null, '2025-07-15'],
        ['won, close date in the future', 'won', '2026-07-01', false, null, '2026-07-31'],
        ['won, close date blank', 'won', null, false, null, null]
    ] as const)('%s', (_case, stage, closeDate, complete, lastCheckIn, expected) => {
        expect(opportunity('Next_Follow_Up_Due__c', deal(stage, closeDate, complete, lastCheckIn))).toBe(expected);
    });
});

describe('Opportunity.Follow_Up_Status__c', () => {
    it.each([
        // case                                                     stage   close date  complete last check-in status
        ['open deal', 'open', '2026-07-31', false, null, 'Not applicable'],
        ['lost deal', 'lost', '2026-05-01', false, null, 'Not applicable'],
        ['won, past the follow-up period', 'won', '2025-06-14', false, null, 'Not applicable'],
        ['won, past the period despite a recent check-in', 'won', '2025-06-01', false, '2026-06-01', 'Not applicable'],
        ['won, follow-up complete', 'won', '2026-05-01', true, null, 'Complete'],
        ['won, complete and past the period', 'won', '2025-01-01', true, '2025-03-01', 'Complete'],
        ['due in 15 days: day before the due-soon window', 'won', '2026-05-31', false, null, 'Not due'],
        ['due in 14 days: first day of the window', 'won', '2026-05-30', false, null, 'Due soon'],
        ['due tomorrow', 'won', '2026-05-17', false, null, 'Due soon'],
        ['due today', 'won', '2026-05-16', false, null, 'Due soon'],
        ['due yesterday: one day overdue', 'won', '2026-05-15', false, null, 'Overdue'],
        ['check-in cadence missed (due 2026-04-01)', 'won', '2025-12-01', false, '2026-01-01', 'Overdue'],
        ['recent check-in (due 2026-08-30)', 'won', '2026-03-01', false, '2026-06-01', 'Not due'],
        ['check-in due in 3 days (2026-06-18)', 'won', '2026-01-15', false, '2026-03-20', 'Due soon'],
        ['last day of the period, check-in overdue (due 2026-05-30)', 'won', '2025-06-15', false, '2026-03-01', 'Overdue'],
        ['won with a future close date (due 2026-07-31)', 'won', '2026-07-01', false, null, 'Not due']
    ] as const)('%s', (_case, stage, closeDate, complete, lastCheckIn, expected) => {
        expect(opportunity('Follow_Up_Status__c', deal(stage, closeDate, complete, lastCheckIn))).toBe(expected);
    });
});

describe('Opportunity.Customer_Metrics_Expected__c (open and probability ≥ 40%)', () => {
    it.each([
        // case                          stage   probability (API: 40 means 40%)  expected
        ['open at 10%', 'open', 10, false],
        ['open at 39%', 'open', 39, false],
        ['open at 39.9%', 'open', 39.9, false],
        ['open at exactly 40%', 'open', 40, true],
        ['open at 41%', 'open', 41, true],
        ['open at 90%', 'open', 90, true],
        ['open, probability blank', 'open', null, false],
        ['closed won at 100%', 'won', 100, false],
        ['closed lost at 0%', 'lost', 0, false],
        ['closed lost with a stale 50%', 'lost', 50, false]
    ] as const)('%s', (_case, stage, probability, expected) => {
        expect(
            opportunity('Customer_Metrics_Expected__c', { IsClosed: stage !== 'open', IsWon: stage === 'won', Probability: probability })
        ).toBe(expected);
    });

    it('exposes the threshold as a Percent field, as the API returns it (40 means 40%)', () => {
        expect(opportunity('Customer_Metrics_Threshold__c', {})).toBe(40);
    });
});
