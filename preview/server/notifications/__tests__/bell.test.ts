import { addDays, instantAt } from '../../../../core/dates';
import { labelsFileIn, readLabels } from '../../../../core/metadata/labels';
import { NOTIFICATIONS_PATH, type NotificationsResponse } from '../../../shared/notifications';
import { closePreviewData, previewData } from '../../dataService';
import { openStore, recordNamed, removeTempDirs, run, SOURCE_DIR, TODAY, useTestServer, type TestStore } from '../../__tests__/support';
import {
    dealsOf,
    dueSoonThenOverdue,
    escalateAfterDays,
    expectedNotifications,
    firstDayWith,
    sortNotifications,
    WON_DEALS_QUERY
} from '../../../harness/expectedNotifications';
import { BellRequestError, bellNotifications } from '../bell';
import { notificationsAnswer } from '../endpoint';
import { REMINDER_LABELS } from '../notificationText';

/**
 * The notification bell over the sample: who gets what on a day, checked against what the
 * follow-up formulas say that day (test/e2e/support/expectedNotifications.ts), not against the
 * reminder job's twin the bell runs.
 */

afterAll(removeTempDirs);

const shown = (response: NotificationsResponse) =>
    sortNotifications(response.notifications.map(({ dealId, dealName, level, due }) => ({ dealId, dealName, level, due })));

function expectedOn(t: TestStore, userId: string, day: string) {
    const response = run(t.engine, WON_DEALS_QUERY, undefined, day);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return expectedNotifications(dealsOf(response.data.uiapi.query), userId, day);
}

describe('the preview users', () => {
    it('the running user has an active manager, both in the store time zone, after a reset and a reopen too', () => {
        const t = openStore({ timeZone: 'America/New_York' });
        const check = (store: TestStore['store']) => {
            const rep = store.get(store.userId)?.record;
            const manager = store.get(String(rep?.ManagerId))?.record;
            expect(rep).toMatchObject({ Name: 'Jordan Lee', IsActive: true, TimeZoneSidKey: 'America/New_York' });
            expect(manager).toMatchObject({
                Name: 'Priya Nair',
                Title: 'Sales Manager',
                IsActive: true,
                TimeZoneSidKey: 'America/New_York'
            });
        };
        check(t.store);
        t.store.reset();
        check(t.store);
        check(openStore({ dataFile: t.dataFile, timeZone: 'America/New_York' }).store);
    });
});

describe('the bell', () => {
    let t: TestStore;
    let repId: string;
    let managerId: string;
    beforeAll(() => {
        t = openStore();
        repId = t.store.userId;
        managerId = String(t.store.get(repId)?.record.ManagerId);
    });

    it('as the rep, on a day a deal is due soon and on the day it is overdue, shows what the formulas say', async () => {
        const { dueSoonDay, overdueDay, deal } = await dueSoonThenOverdue(async (day) => expectedOn(t, repId, day), TODAY);
        const dealId = deal.dealId;
        for (const day of [dueSoonDay, overdueDay]) {
            const response = bellNotifications(t.store, { as: 'rep', today: day });
            expect(response.viewer).toEqual({ as: 'rep', id: repId, name: 'Jordan Lee' });
            expect(response.day).toBe(day);
            expect(shown(response)).toEqual(expectedOn(t, repId, day));
        }
        // The day moves what is shown: the same deal, due soon then overdue.
        const levelOf = (day: string) =>
            bellNotifications(t.store, { as: 'rep', today: day }).notifications.find((n) => n.dealId === dealId)?.level;
        expect([levelOf(dueSoonDay), levelOf(overdueDay)]).toEqual(['Due soon', 'Overdue']);
    });

    it('as the manager, escalates only deals overdue for Escalate_After_Days, and never shows the rep their escalations', async () => {
        const escalate = escalateAfterDays();
        if (escalate === null) throw new Error('the Default setting escalates (Escalate_After_Days__c), the sample needs it');
        const day = await firstDayWith(async (d) => expectedOn(t, managerId, d), TODAY, 'Escalated');
        const response = bellNotifications(t.store, { as: 'manager', today: day });
        expect(response.viewer).toEqual({ as: 'manager', id: managerId, name: 'Priya Nair' });
        expect(shown(response)).toEqual(expectedOn(t, managerId, day));
        expect(response.notifications.every((n) => n.level === 'Escalated')).toBe(true);
        // The day before the first escalation day, the manager's bell is empty for that deal.
        const first = response.notifications[0];
        if (!first) throw new Error('no escalation');
        const before = bellNotifications(t.store, { as: 'manager', today: addDays(first.due, escalate - 1) });
        expect(before.notifications.map((n) => n.dealId)).not.toContain(first.dealId);
        expect(bellNotifications(t.store, { as: 'rep', today: day }).notifications.map((n) => n.level)).not.toContain('Escalated');
    });

    it("writes each notification from the job's labels: no placeholder left, the deal, the owner", async () => {
        const day = await firstDayWith(async (d) => expectedOn(t, managerId, d), TODAY, 'Escalated');
        const labels = readLabels(labelsFileIn(SOURCE_DIR));
        const all = [
            ...bellNotifications(t.store, { as: 'rep', today: day }).notifications,
            ...bellNotifications(t.store, { as: 'manager', today: day }).notifications
        ];
        expect(all.map((n) => n.level)).toEqual(expect.arrayContaining(['Overdue', 'Escalated']));
        for (const n of all) {
            expect(`${n.title} ${n.body}`).not.toMatch(/\{\d\}/);
            expect(n.title).toContain(n.dealName);
            const [year, month, date] = n.due.split('-').map(Number);
            expect(n.body).toContain(`${month}/${date}/${year}`);
        }
        const escalation = all.find((n) => n.level === 'Escalated');
        expect(escalation?.title).toBe(
            labels
                .get(REMINDER_LABELS.Escalated.title)
                ?.replace('{2}', 'Jordan Lee')
                .replace('{0}', escalation?.dealName ?? '')
        );
    });

    it('is a dry run: opening it on any day writes nothing', () => {
        const before = JSON.stringify([...t.store.records('Opportunity')]);
        for (let i = -30; i <= 60; i += 3) {
            bellNotifications(t.store, { as: 'rep', today: addDays(TODAY, i) });
            bellNotifications(t.store, { as: 'manager', today: addDays(TODAY, i) });
        }
        expect(JSON.stringify([...t.store.records('Opportunity')])).toBe(before);
    });

    it('leaves out what the job has recorded as sent, and anything for an inactive owner', () => {
        const local = openStore();
        const deal = [...local.store.records('Opportunity')].find((r) =>
            bellNotifications(local.store, { as: 'rep' }).notifications.some((n) => n.dealId === r.Id && n.level === 'Overdue')
        );
        if (!deal) throw new Error('the sample has an overdue deal today');
        const overdue = bellNotifications(local.store, { as: 'rep' }).notifications.find((n) => n.dealId === deal.Id);
        local.store.update(
            deal.Id,
            { Follow_Up_Reminder_Level__c: 'Overdue', Follow_Up_Reminder_Due__c: overdue?.due },
            { mode: 'system' }
        );
        expect(bellNotifications(local.store, { as: 'rep' }).notifications.map((n) => n.dealId)).not.toContain(deal.Id);
        local.store.update(local.store.userId, { IsActive: false }, { mode: 'system' });
        expect(bellNotifications(local.store, { as: 'rep' }).notifications).toEqual([]);
        expect(bellNotifications(local.store, { as: 'manager' }).notifications).toEqual([]);
    });

    it('says why when it cannot answer: an unknown viewer, a rep without a manager, a bad day', () => {
        expect(() => bellNotifications(t.store, { as: 'boss' })).toThrow(BellRequestError);
        expect(() => bellNotifications(t.store, { as: 'boss' })).toThrow(
            '?as=boss is not a viewer the preview has: use ?as=rep (Jordan Lee, the default) or ?as=manager.'
        );
        const url = (query: string) => new URL(`http://x${NOTIFICATIONS_PATH}${query}`);
        expect(notificationsAnswer(t.store, url('?as=boss'), undefined)?.status).toBe(400);
        expect(notificationsAnswer(t.store, url('?today=2026-13-40'), undefined)).toEqual({
            status: 400,
            body: { error: '"today" must be a calendar date written YYYY-MM-DD, not "2026-13-40"' }
        });
        expect(notificationsAnswer(t.store, new URL('http://x/__preview/other'), undefined)).toBeUndefined();
        const local = openStore();
        local.store.update(local.store.userId, { ManagerId: null }, { mode: 'system' });
        expect(() => bellNotifications(local.store, { as: 'manager' })).toThrow(
            "Jordan Lee has no manager in the preview data (User.ManagerId); npm run preview:reset restores the sample's manager."
        );
        expect(recordNamed(local.store, 'User', 'Priya Nair').IsActive).toBe(true);
    });
});

describe('GET /__preview/notifications', () => {
    beforeAll(() => {
        previewData({ dataFile: null, today: TODAY, timeZone: 'UTC', log: () => undefined });
    });
    const testServer = useTestServer(closePreviewData);
    const get = async (query: string, headers: Record<string, string> = {}) => {
        const response = await fetch(new URL(`${NOTIFICATIONS_PATH.slice(1)}${query}`, testServer.server.url), { headers });
        return { status: response.status, body: (await response.json()) as NotificationsResponse & { error?: string } };
    };

    it('answers the rep by default, the manager with ?as=manager, on the X-Preview-Today day or ?today=', async () => {
        const rep = await get('');
        expect(rep.status).toBe(200);
        expect(rep.body.viewer.name).toBe('Jordan Lee');
        expect(rep.body).toMatchObject({ day: TODAY, runAt: `${TODAY}T06:00:00.000Z` });
        const later = addDays(TODAY, 10);
        expect((await get('?as=manager', { 'X-Preview-Today': later })).body).toMatchObject({ day: later, viewer: { name: 'Priya Nair' } });
        expect((await get(`?as=rep&today=${later}`)).body.day).toBe(later);
        expect(await get('?as=boss')).toEqual({ status: 400, body: { error: expect.stringContaining('?as=boss is not a viewer') } });
        expect((await fetch(new URL(NOTIFICATIONS_PATH.slice(1), testServer.server.url), { method: 'POST' })).status).toBe(405);
    });
});

describe('the job run instant', () => {
    it('is 06:00 on the day in the zone, either side of a daylight-saving change', () => {
        expect(instantAt('2026-06-15', 6, 'UTC').toISOString()).toBe('2026-06-15T06:00:00.000Z');
        expect(instantAt('2026-01-15', 6, 'America/Los_Angeles').toISOString()).toBe('2026-01-15T14:00:00.000Z');
        expect(instantAt('2026-06-15', 6, 'America/Los_Angeles').toISOString()).toBe('2026-06-15T13:00:00.000Z');
        expect(instantAt('2026-03-08', 6, 'America/Los_Angeles').toISOString()).toBe('2026-03-08T13:00:00.000Z');
        expect(instantAt('2026-11-01', 6, 'America/Los_Angeles').toISOString()).toBe('2026-11-01T14:00:00.000Z');
        expect(instantAt('2026-06-15', 6, 'Asia/Kolkata').toISOString()).toBe('2026-06-15T00:30:00.000Z');
        expect(instantAt('2026-06-15', 6, 'Pacific/Kiritimati').toISOString()).toBe('2026-06-14T16:00:00.000Z');
    });
});
