import { addDays, daysBetween, todayIn } from '../../../core/dates';
import { REMINDER_LEVELS } from '../../../core/cases/followUpReminders';
import { readDefaultSettings } from '../../../core/metadata/outcomes-settings';

/**
 * The preview's stand-in of the org's follow-up reminder job (Apex FollowUpReminderRules): who is
 * reminded of what on which day. Both are tested against the same case table,
 * core/cases/follow-up-reminders.json. Pure: the caller passes the instant, the deal and the settings.
 */

export type ReminderLevel = 'Due soon' | 'Overdue' | 'Escalated';

export interface ReminderSettings {
    remindersEnabled: boolean;
    escalateAfterDays: number | null;
    dueSoonDays: number;
    firstCheckInDays: number;
    checkInCadenceDays: number;
    followUpPeriodDays: number;
}

export interface ReminderDeal {
    id: string;
    name: string;
    isWon: boolean;
    followUpComplete: boolean;
    followUpStart: string | null;
    lastCheckInDate: string | null;
    reminderLevel: ReminderLevel | null;
    reminderDue: string | null;
    owner: {
        id: string;
        name: string;
        isActive: boolean;
        timeZone: string;
        manager: { id: string; name: string; isActive: boolean } | null;
    };
}

export interface ReminderSend {
    dealId: string;
    recipientId: string;
    level: ReminderLevel;
    due: string;
}

export interface ReminderDecision {
    sends: ReminderSend[];
    record: { level: ReminderLevel; due: string; remindedOn: string } | null;
}

/** Rank of a level: what was sent is compared by it (0: nothing). */
const LEVELS: readonly ReminderLevel[] = REMINDER_LEVELS;
const rank = (level: ReminderLevel | null): number => (level === null ? 0 : LEVELS.indexOf(level) + 1);
const levelOfRank = (r: number): ReminderLevel | null => LEVELS[r - 1] ?? null;

const QUIET: ReminderDecision = Object.freeze({ sends: [], record: null });

function numberSetting(values: Record<string, string | null>, field: string): number {
    const value = values[field];
    const n = value === null || value === undefined ? NaN : Number(value);
    if (!Number.isFinite(n)) throw new Error(`Customer_Outcomes_Setting Default: ${field} must be a number (is ${String(value)})`);
    return n;
}

/** The settings the rules read, from Customer_Outcomes_Setting field values (API name → value as the record writes it). */
export function reminderSettingsOf(values: Record<string, string | null>): ReminderSettings {
    const escalate = values.Escalate_After_Days__c;
    return {
        remindersEnabled: values.Reminders_Enabled__c === 'true',
        escalateAfterDays: escalate === null || escalate === undefined ? null : numberSetting(values, 'Escalate_After_Days__c'),
        dueSoonDays: numberSetting(values, 'Due_Soon_Days__c'),
        firstCheckInDays: numberSetting(values, 'First_Check_In_Days__c'),
        checkInCadenceDays: numberSetting(values, 'Check_In_Cadence_Days__c'),
        followUpPeriodDays: numberSetting(values, 'Follow_Up_Period_Days__c')
    };
}

/** The settings of the Default record as the package ships it (its XML). */
export function reminderSettings(): ReminderSettings {
    return reminderSettingsOf(readDefaultSettings());
}

/**
 * The next follow-up due date on the owner's day, as the Next_Follow_Up_Due__c formula computes it
 * with TODAY() = ownerToday: null when the deal is not won, follow-up is complete, Follow-Up Start is
 * blank or the follow-up period has ended.
 */
export function nextFollowUpDue(deal: ReminderDeal, settings: ReminderSettings, ownerToday: string): string | null {
    if (!deal.isWon || deal.followUpComplete || deal.followUpStart === null) return null;
    if (ownerToday > addDays(deal.followUpStart, settings.followUpPeriodDays)) return null;
    return deal.lastCheckInDate === null
        ? addDays(deal.followUpStart, settings.firstCheckInDays)
        : addDays(deal.lastCheckInDate, settings.checkInCadenceDays);
}

/** The level the follow-up has reached on the owner's day; null: not due soon yet. */
function levelOn(due: string, ownerToday: string, settings: ReminderSettings): ReminderLevel | null {
    const daysLeft = daysBetween(ownerToday, due);
    if (daysLeft < 0) {
        const escalate = settings.escalateAfterDays;
        return escalate !== null && -daysLeft >= escalate ? 'Escalated' : 'Overdue';
    }
    return daysLeft <= settings.dueSoonDays ? 'Due soon' : null;
}

/**
 * What the job sends for one deal at an instant, and what it records on the deal. A due date that
 * moves later (a check-in logged, a longer cadence) starts a new cycle; one that moves earlier keeps
 * what was sent, so nobody gets the same reminder twice.
 */
export function decideReminders(deal: ReminderDeal, settings: ReminderSettings, now: Date): ReminderDecision {
    if (!settings.remindersEnabled || !deal.owner.isActive) return QUIET;
    const ownerToday = todayIn(deal.owner.timeZone, now);
    const due = nextFollowUpDue(deal, settings, ownerToday);
    if (due === null) return QUIET;
    const level = levelOn(due, ownerToday, settings);
    if (level === null) return QUIET;

    const recordedDue = deal.reminderDue;
    const sent = recordedDue !== null && due <= recordedDue ? rank(deal.reminderLevel) : 0;
    const sends: ReminderSend[] = [];
    const send = (recipientId: string, sentLevel: ReminderLevel): void => {
        sends.push({ dealId: deal.id, recipientId, level: sentLevel, due });
    };
    if (level === 'Due soon' && sent === 0) send(deal.owner.id, 'Due soon');
    if (rank(level) >= rank('Overdue') && sent < rank('Overdue')) send(deal.owner.id, 'Overdue');
    const manager = deal.owner.manager?.isActive ? deal.owner.manager : null;
    if (level === 'Escalated' && sent < rank('Escalated') && manager) send(manager.id, 'Escalated');
    if (!sends.length) return QUIET;

    const highest = levelOfRank(Math.max(sent, ...sends.map((s) => rank(s.level))));
    return { sends, record: highest && { level: highest, due, remindedOn: ownerToday } };
}
