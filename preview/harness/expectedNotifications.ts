/**
 * What the notification bell must show, worked out independently of the reminder job's twin: from
 * the follow-up formulas as the store evaluates them on a day (Follow_Up_Status__c,
 * Next_Follow_Up_Due__c, read through GraphQL) and the Default setting's Escalate_After_Days__c.
 * With nothing recorded as sent (the sample's deals), the day's run reminds the owner of a deal
 * "Due soon" or "Overdue" as its status says, and escalates to the owner's active manager once it
 * has been overdue for Escalate_After_Days days. The unit tests and the e2e share it.
 */
import { addDays, daysBetween } from '../../core/dates';
import { readDefaultSettings } from '../../core/metadata/outcomes-settings';
import type { Connection } from './requests';

export interface DealOnDay {
    Id: string;
    Name: { value: string };
    Follow_Up_Status__c: { value: string | null };
    Next_Follow_Up_Due__c: { value: string | null };
    Owner: {
        Id: string;
        Name: { value: string };
        IsActive: { value: boolean };
        ManagerId: { value: string | null };
        Manager: { IsActive: { value: boolean } } | null;
    };
}

/** The won deals and their owners; run it with the day as the request's today. */
export const WON_DEALS_QUERY = `{ uiapi { query { Opportunity(where: { IsWon: { eq: true } }, first: 2000) { edges { node {
    Id Name { value } Follow_Up_Status__c { value } Next_Follow_Up_Due__c { value }
    Owner { Id Name { value } IsActive { value } ManagerId { value } Manager { IsActive { value } } } } } } } } }`;

export function dealsOf(data: { Opportunity: Connection<DealOnDay> }): DealOnDay[] {
    return data.Opportunity.edges.map((e) => e.node);
}

export interface ExpectedNotification {
    dealId: string;
    dealName: string;
    level: 'Due soon' | 'Overdue' | 'Escalated';
    due: string;
}

/** Escalate_After_Days__c of the Default record (null: never escalate). */
export function escalateAfterDays(): number | null {
    const value = readDefaultSettings().Escalate_After_Days__c;
    return value === null || value === undefined ? null : Number(value);
}

/** The notifications of `userId` on `day`, sorted by deal name then level. */
export function expectedNotifications(deals: readonly DealOnDay[], userId: string, day: string): ExpectedNotification[] {
    const escalate = escalateAfterDays();
    const expected: ExpectedNotification[] = [];
    for (const deal of deals) {
        const status = deal.Follow_Up_Status__c.value;
        const due = deal.Next_Follow_Up_Due__c.value;
        if (!deal.Owner.IsActive.value || !due || (status !== 'Due soon' && status !== 'Overdue')) continue;
        const base = { dealId: deal.Id, dealName: deal.Name.value, due };
        if (deal.Owner.Id === userId) expected.push({ ...base, level: status });
        const escalated = status === 'Overdue' && escalate !== null && daysBetween(due, day) >= escalate;
        if (escalated && deal.Owner.Manager?.IsActive.value && deal.Owner.ManagerId.value === userId)
            expected.push({ ...base, level: 'Escalated' });
    }
    return sortNotifications(expected);
}

export function sortNotifications<T extends { dealName: string; level: string }>(list: T[]): T[] {
    return [...list].sort((a, b) => a.dealName.localeCompare(b.dealName) || a.level.localeCompare(b.level));
}

/** A user's expected notifications on a day (through GraphQL in the e2e, the engine in unit tests). */
export type ExpectedOn = (day: string) => Promise<ExpectedNotification[]>;

/** The first day from `from` on (within a year) on which the user is to get a notification of `level`. */
export async function firstDayWith(expectedOn: ExpectedOn, from: string, level: ExpectedNotification['level']): Promise<string> {
    for (let i = 0; i < 366; i++) {
        const day = addDays(from, i);
        if ((await expectedOn(day)).some((n) => n.level === level)) return day;
    }
    throw new Error(`no day within a year of ${from} brings a "${level}" notification in the sample`);
}

/** The first day after `from` a deal is due soon, and the first day that same deal is overdue. */
export async function dueSoonThenOverdue(
    expectedOn: ExpectedOn,
    from: string
): Promise<{ dueSoonDay: string; overdueDay: string; deal: ExpectedNotification }> {
    const dueSoonDay = await firstDayWith(expectedOn, addDays(from, 1), 'Due soon');
    const deal = (await expectedOn(dueSoonDay)).find((n) => n.level === 'Due soon');
    if (!deal) throw new Error('unreachable: firstDayWith found a "Due soon" day');
    for (let day = addDays(deal.due, 1); day <= addDays(deal.due, 366); day = addDays(day, 1)) {
        if ((await expectedOn(day)).some((n) => n.dealId === deal.dealId && n.level === 'Overdue'))
            return { dueSoonDay, overdueDay: day, deal };
    }
    throw new Error(`${deal.dealName} is never overdue after ${dueSoonDay}`);
}
