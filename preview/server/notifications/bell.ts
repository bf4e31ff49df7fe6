import { readLabels, labelsFileIn } from '../../../core/metadata/labels';
import type { StoredRecord } from '../../../core/records';
import type { NotificationsResponse, PreviewNotification, Viewer } from '../../shared/notifications';
import { decideReminders, reminderSettings, type ReminderDeal, type ReminderLevel } from '../reminders/reminderRules';
import type { DerivedMemo } from '../store/derived';
import type { PreviewStore } from '../store/store';
import { notificationText } from './notificationText';
import { instantAt } from '../../../core/dates';

/**
 * The preview's notification bell: what the daily reminder job (its TypeScript twin,
 * reminders/reminderRules.ts) would have sent one user on the preview's day, over the store's won
 * deals as they are now.
 *
 * A dry run: the org's job records what it sent (Follow_Up_Reminder_Level__c / _Due__c) so it
 * never sends the same reminder twice; the bell writes nothing, so opening it any number of times,
 * on any ?today=, leaves the store as it was, and what it shows for a day is what that day's run
 * would send given the stored reminder fields.
 *
 * The job runs once a day; the bell takes it to run at JOB_HOUR (06:00) of the preview's day in
 * the store's time zone (the users' zone: store/clock.ts), so the owner's "today" in the twin is
 * the preview's day.
 */

/** The hour of the day (store time zone) the scheduled job is taken to run. */
const JOB_HOUR = 6;

/** A request the bell cannot answer as asked: an unknown viewer, a running user without a manager. */
export class BellRequestError extends Error {}

interface UserFacts {
    id: string;
    name: string;
    isActive: boolean;
    timeZone: string | null;
    managerId: string | null;
}

function userFacts(store: PreviewStore, id: unknown): UserFacts | undefined {
    const entry = typeof id === 'string' ? store.get(id) : undefined;
    if (!entry || entry.object.apiName !== 'User') return undefined;
    const { record } = entry;
    return {
        id: record.Id,
        name: typeof record.Name === 'string' ? record.Name : record.Id,
        isActive: record.IsActive === true,
        timeZone: typeof record.TimeZoneSidKey === 'string' && record.TimeZoneSidKey ? record.TimeZoneSidKey : null,
        managerId: typeof record.ManagerId === 'string' ? record.ManagerId : null
    };
}

/** The user whose bell it is: the running user (rep) or their manager. */
function viewerOf(store: PreviewStore, as: string): { as: Viewer; user: UserFacts } {
    const rep = userFacts(store, store.userId);
    if (!rep) throw new Error('the preview store has no running user');
    if (as === 'rep') return { as, user: rep };
    if (as === 'manager') {
        const manager = userFacts(store, rep.managerId);
        if (!manager)
            throw new BellRequestError(
                `${rep.name} has no manager in the preview data (User.ManagerId); npm run preview:reset restores the sample's manager.`
            );
        return { as, user: manager };
    }
    throw new BellRequestError(`?as=${as} is not a viewer the preview has: use ?as=rep (${rep.name}, the default) or ?as=manager.`);
}

const asString = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** A won deal as the job's twin reads it; the reminder fields are read only where the model has them. */
function reminderDeal(store: PreviewStore, record: StoredRecord, today: string, memo: DerivedMemo): ReminderDeal | undefined {
    const object = store.get(record.Id)?.object;
    const owner = userFacts(store, record.OwnerId);
    if (!object || !owner) return undefined;
    const manager = userFacts(store, owner.managerId);
    const read = (field: string): unknown =>
        object.fieldMap.has(field.toLowerCase()) ? store.value(object, record, field, today, memo) : null;
    const level = asString(read('Follow_Up_Reminder_Level__c'));
    return {
        id: record.Id,
        name: asString(record.Name) ?? record.Id,
        isWon: record.IsWon === true,
        followUpComplete: read('Follow_Up_Complete__c') === true,
        followUpStart: asString(read('Follow_Up_Start__c')),
        lastCheckInDate: asString(read('Last_Check_In_Date__c')),
        reminderLevel: level as ReminderLevel | null,
        reminderDue: asString(read('Follow_Up_Reminder_Due__c')),
        owner: {
            id: owner.id,
            name: owner.name,
            isActive: owner.isActive,
            timeZone: owner.timeZone ?? store.timeZone,
            manager: manager ? { id: manager.id, name: manager.name, isActive: manager.isActive } : null
        }
    };
}

/**
 * The notifications the job's run on `today` (default: the store's today) would send the viewer,
 * in the order the job meets the deals (store order). Throws BellRequestError on an unknown viewer
 * and the store's readable error on a bad `today`.
 */
export function bellNotifications(store: PreviewStore, request: { as: string; today?: string }): NotificationsResponse {
    const day = store.today(request.today);
    const viewer = viewerOf(store, request.as);
    const runAt = instantAt(day, JOB_HOUR, store.timeZone);
    const settings = reminderSettings();
    const labels = readLabels(labelsFileIn(store.schema.model.sourceDir));
    const memo: DerivedMemo = new Map();
    const notifications: PreviewNotification[] = [];
    for (const record of store.records('Opportunity')) {
        if (record.IsWon !== true) continue;
        const deal = reminderDeal(store, record, day, memo);
        if (!deal) continue;
        for (const send of decideReminders(deal, settings, runAt).sends) {
            if (send.recipientId !== viewer.user.id) continue;
            const text = notificationText(labels, send.level, { dealName: deal.name, due: send.due, ownerName: deal.owner.name });
            notifications.push({ dealId: deal.id, dealName: deal.name, level: send.level, due: send.due, ...text });
        }
    }
    return { day, runAt: runAt.toISOString(), viewer: { as: viewer.as, id: viewer.user.id, name: viewer.user.name }, notifications };
}
