import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ISO_DATE_TIME, isCalendarDate } from '../dates';
import { readDefaultSettings } from '../metadata/outcomes-settings';

/**
 * The follow-up reminder case table (follow-up-reminders.json): read by the Apex test generator
 * (FollowUpReminderCasesTest.cls) and by the preview twin's test. Rows are checked and completed
 * here (absent deal and owner fields take the table's stated defaults; settings are the Default
 * record's values with the row's overrides), so both readers see the same full rows.
 */

/** Follow_Up_Reminder_Level__c's values in rank order (a test proves them equal to the field's picklist). */
export const REMINDER_LEVELS = ['Due soon', 'Overdue', 'Escalated'] as const;
type CaseLevel = (typeof REMINDER_LEVELS)[number];
type ManagerState = 'active' | 'inactive' | null;

export interface FollowUpReminderCase {
    case: string;
    /** The instant the job runs (ISO 8601 with zone). */
    now: string;
    /** Customer_Outcomes_Setting field → value as the record writes it: the Default record's, with the row's overrides. */
    settings: Record<string, string | null>;
    deal: {
        isWon: boolean;
        followUpComplete: boolean;
        followUpStart: string | null;
        lastCheckInDate: string | null;
        reminderLevel: CaseLevel | null;
        reminderDue: string | null;
    };
    owner: { isActive: boolean; timeZone: string; manager: ManagerState };
    sends: { to: 'owner' | 'manager'; level: CaseLevel }[];
    record: { level: CaseLevel; due: string; remindedOn: string } | null;
}

export interface FollowUpReminderTable {
    description: string;
    cases: FollowUpReminderCase[];
}

const TABLE = resolve(__dirname, 'follow-up-reminders.json');

type RawCase = Omit<FollowUpReminderCase, 'settings' | 'deal' | 'owner'> & {
    settings?: Record<string, string | number | boolean | null>;
    deal: Partial<FollowUpReminderCase['deal']>;
    owner?: Partial<FollowUpReminderCase['owner']>;
};

function isLevel(value: unknown): value is CaseLevel {
    return (REMINDER_LEVELS as readonly unknown[]).includes(value);
}

function isTimeZone(zone: string): boolean {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: zone });
        return true;
    } catch {
        return false;
    }
}

function complete(raw: RawCase, defaults: Record<string, string | null>, fail: (why: string) => never): FollowUpReminderCase {
    if (!ISO_DATE_TIME.test(raw.now)) fail(`now "${raw.now}" is not an ISO date-time with a zone`);
    const settings = { ...defaults };
    for (const [field, value] of Object.entries(raw.settings ?? {})) {
        if (!(field in defaults)) fail(`setting ${field} is not a field of the Default record`);
        settings[field] = value === null ? null : String(value);
    }
    const deal: FollowUpReminderCase['deal'] = {
        isWon: raw.deal.isWon ?? true,
        followUpComplete: raw.deal.followUpComplete ?? false,
        followUpStart: raw.deal.followUpStart ?? null,
        lastCheckInDate: raw.deal.lastCheckInDate ?? null,
        reminderLevel: raw.deal.reminderLevel ?? null,
        reminderDue: raw.deal.reminderDue ?? null
    };
    for (const date of [deal.followUpStart, deal.lastCheckInDate, deal.reminderDue, raw.record?.due, raw.record?.remindedOn]) {
        if (date !== null && date !== undefined && !isCalendarDate(date)) fail(`"${date}" is not a date (YYYY-MM-DD)`);
    }
    if (deal.reminderLevel !== null && !isLevel(deal.reminderLevel)) fail(`unknown reminder level "${String(deal.reminderLevel)}"`);
    const owner: FollowUpReminderCase['owner'] = {
        isActive: raw.owner?.isActive ?? true,
        timeZone: raw.owner?.timeZone ?? 'America/New_York',
        manager: raw.owner?.manager === undefined ? 'active' : raw.owner.manager
    };
    if (!isTimeZone(owner.timeZone)) fail(`unknown time zone "${owner.timeZone}"`);
    if (![null, 'active', 'inactive'].includes(owner.manager)) fail(`manager must be "active", "inactive" or null`);
    for (const send of raw.sends) {
        if (send.to !== 'owner' && send.to !== 'manager') fail(`a send goes to "owner" or "manager", not "${String(send.to)}"`);
        if (!isLevel(send.level)) fail(`unknown send level "${String(send.level)}"`);
    }
    if (raw.record !== null && !isLevel(raw.record.level)) fail(`unknown recorded level "${String(raw.record.level)}"`);
    if ((raw.record === null) !== (raw.sends.length === 0)) fail('a row records the deal exactly when it sends something');
    return { case: raw.case, now: raw.now, settings, deal, owner, sends: raw.sends, record: raw.record };
}

export function readFollowUpReminderTable(path = TABLE, defaults = readDefaultSettings()): FollowUpReminderTable {
    const table = JSON.parse(readFileSync(path, 'utf8')) as { description: string; cases: RawCase[] };
    const seen = new Set<string>();
    const cases = table.cases.map((raw) => {
        const fail = (why: string): never => {
            throw new Error(`${path}: "${raw.case}": ${why}`);
        };
        if (seen.has(raw.case)) fail('two rows have this name');
        seen.add(raw.case);
        return complete(raw, defaults, fail);
    });
    return { description: table.description, cases };
}
