import { readFollowUpReminderTable, REMINDER_LEVELS, type FollowUpReminderCase } from '../../../../core/cases/followUpReminders';
import { todayIn } from '../../../../core/dates';
import { getField, loadProject } from '../../../../core/metadata/project';
import { readDefaultSettings } from '../../../../core/metadata/outcomes-settings';
import { evaluateField } from '../../../../tools/formula';
import {
    decideReminders,
    nextFollowUpDue,
    reminderSettings,
    reminderSettingsOf,
    type ReminderDeal,
    type ReminderLevel,
    type ReminderSend
} from '../reminderRules';
import { resolve } from 'node:path';

/**
 * The preview's twin of the org's reminder job (Apex FollowUpReminderRules), tested against the same
 * case table as the generated Apex test (core/cases/follow-up-reminders.json → FollowUpReminderCasesTest.cls).
 */

const table = readFollowUpReminderTable();
const rows = table.cases.map((row) => [row.case, row] as [string, FollowUpReminderCase]);

const OWNER = { id: '005000000000001AAA', name: 'Owner' };
const MANAGER = { id: '005000000000002AAA', name: 'Manager' };
const DEAL_ID = '006000000000001AAA';

function dealOf(row: FollowUpReminderCase): ReminderDeal {
    return {
        id: DEAL_ID,
        name: row.case,
        ...row.deal,
        owner: {
            ...OWNER,
            isActive: row.owner.isActive,
            timeZone: row.owner.timeZone,
            manager: row.owner.manager === null ? null : { ...MANAGER, isActive: row.owner.manager === 'active' }
        }
    };
}

describe('the follow-up reminder case table', () => {
    it('has at least 34 cases, each with a unique name', () => {
        expect(table.cases.length).toBeGreaterThanOrEqual(34);
    });

    it("names the levels Follow_Up_Reminder_Level__c holds, in rank order (the field's picklist)", () => {
        const model = loadProject(resolve(__dirname, '../../../../force-app/main/default'));
        const levels: readonly ReminderLevel[] = REMINDER_LEVELS;
        expect(getField(model, 'Opportunity', 'Follow_Up_Reminder_Level__c')?.picklistValues).toEqual(levels);
    });

    it('covers every level sent to its recipient, and quiet rows', () => {
        const sends = new Set(table.cases.flatMap((row) => row.sends.map((s) => `${s.to}:${s.level}`)));
        expect([...sends].sort()).toEqual(['manager:Escalated', 'owner:Due soon', 'owner:Overdue']);
        expect(table.cases.some((row) => row.record === null)).toBe(true);
    });
});

describe('decideReminders, row by row', () => {
    it.each(rows)('%s', (_case, row) => {
        const decision = decideReminders(dealOf(row), reminderSettingsOf(row.settings), new Date(row.now));
        const recipient = { owner: OWNER.id, manager: MANAGER.id };
        const due = row.record?.due ?? '';
        const expected: ReminderSend[] = row.sends.map((s) => ({ dealId: DEAL_ID, recipientId: recipient[s.to], level: s.level, due }));
        expect(decision.sends).toEqual(expected);
        expect(decision.record).toEqual(row.record);
    });
});

describe("the due date is the Next_Follow_Up_Due__c formula evaluated on the owner's day", () => {
    const model = loadProject(resolve(__dirname, '../../../../force-app/main/default'));

    it.each(rows)('%s', (_case, row) => {
        const record = model.customMetadata.find((r) => r.type === 'Customer_Outcomes_Setting__mdt' && r.name === 'Default');
        if (!record) throw new Error('Customer_Outcomes_Setting.Default record missing');
        const shipped = { ...record.values };
        Object.assign(record.values, row.settings);
        try {
            const ownerToday = todayIn(row.owner.timeZone, new Date(row.now));
            const deal = dealOf(row);
            // Follow_Up_Start__c is itself a formula (the earlier of Won On and Close Date): a Close Date alone gives it.
            const fields = {
                IsWon: deal.isWon,
                IsClosed: true,
                Follow_Up_Complete__c: deal.followUpComplete,
                CloseDate: deal.followUpStart,
                Won_On__c: null,
                Last_Check_In_Date__c: deal.lastCheckInDate
            };
            expect(evaluateField(model, 'Opportunity', 'Follow_Up_Start__c', fields, ownerToday)).toBe(deal.followUpStart);
            expect(nextFollowUpDue(deal, reminderSettingsOf(row.settings), ownerToday)).toBe(
                evaluateField(model, 'Opportunity', 'Next_Follow_Up_Due__c', fields, ownerToday)
            );
        } finally {
            record.values = shipped;
        }
    });
});

describe('reminderSettings', () => {
    it('reads the Default record as shipped', () => {
        const values = readDefaultSettings();
        expect(reminderSettings()).toEqual({
            remindersEnabled: values.Reminders_Enabled__c === 'true',
            escalateAfterDays: Number(values.Escalate_After_Days__c),
            dueSoonDays: Number(values.Due_Soon_Days__c),
            firstCheckInDays: Number(values.First_Check_In_Days__c),
            checkInCadenceDays: Number(values.Check_In_Cadence_Days__c),
            followUpPeriodDays: Number(values.Follow_Up_Period_Days__c)
        });
        expect(reminderSettings()).toMatchObject({ remindersEnabled: true, escalateAfterDays: 14 });
    });

    it('reads a blank escalation as never and refuses a blank day count', () => {
        const values = readDefaultSettings();
        expect(reminderSettingsOf({ ...values, Escalate_After_Days__c: null }).escalateAfterDays).toBeNull();
        expect(() => reminderSettingsOf({ ...values, Due_Soon_Days__c: null })).toThrow(/Due_Soon_Days__c must be a number/);
    });
});
