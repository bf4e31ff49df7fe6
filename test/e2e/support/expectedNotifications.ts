/**
 * What the notification bell must show, worked out independently of the reminder job's twin: from
 * the follow-up formulas as the store evaluates them on a day (Follow_Up_Status__c,
 * Next_Follow_Up_Due__c, read through GraphQL) and the Default setting's Escalate_After_Days__c.
 * With nothing recorded as sent (the sample's deals), the day's run reminds the owner of a deal
 * "Due soon" or "Overdue" as its status says, and escalates to the owner's active manager once it
 * has been overdue for Escalate_After_Days days. The unit tests and the e2e share it.
 */
import { daysBetween } from '../../../core/dates';
import { readDefaultSettings } from '../../../core/metadata/outcomes-settings';
import type { Connection } from '../../../preview/harness/requests';

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
