import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REBASE_WATCHED } from '../store/kpiRebaseRule';
import { openStore, recordNamed, refusalOf, removeTempDirs, SOURCE_DIR, TODAY, type TestStore } from './support';

/**
 * The preview's twin of CustomerKpiRebaseTrigger and the Locked_After_Win validation rules: after the
 * originating deal is won, a rep (Customer_Outcomes_User) may not change a KPI's baseline or target; a
 * manager (custom permission Customer_Outcomes_Rebase_KPIs, read from the permission set XML) may, and the
 * KPI records the day and the user.
 */

describe('the watched fields, one list in three places', () => {
    const sorted = (names: Iterable<string>): string[] => [...names].sort();

    it('the twin watches exactly the fields CustomerKpiRebaseTriggerHandler.WATCHED lists', () => {
        const apex = readFileSync(join(SOURCE_DIR, 'classes', 'CustomerKpiRebaseTriggerHandler.cls'), 'utf8');
        const list = /WATCHED\s*=\s*new List<Schema\.SObjectField>\{([^}]*)\}/.exec(apex)?.[1] ?? '';
        const fields = [...list.matchAll(/Customer_KPI__c\.(\w+)/g)].map((m) => m[1] ?? '');
        expect(fields.length).toBeGreaterThan(0);
        expect(sorted(fields)).toEqual(sorted(REBASE_WATCHED));
    });

    it('and exactly the fields the Locked_After_Win validation rules guard', () => {
        const dir = join(SOURCE_DIR, 'objects', 'Customer_KPI__c', 'validationRules');
        const guarded = readdirSync(dir)
            .filter((file) => file.includes('_Locked_After_Win.'))
            .flatMap((file) => [...readFileSync(join(dir, file), 'utf8').matchAll(/ISCHANGED\((\w+)\)/g)].map((m) => m[1] ?? ''));
        expect(sorted(guarded)).toEqual(sorted(REBASE_WATCHED));
    });
});

describe('re-basing a KPI after the win', () => {
    let t: TestStore;
    beforeEach(() => {
        t = openStore({ dataFile: null });
    });
    afterAll(removeTempDirs);

    // "Job-to-invoice time": a goal of the won Meridian Service Billing deal. "Technician time on collection
    // calls": a goal of the open Meridian Collections deal, where changing the target is planning, not a re-base.
    // The validation rules read Customer_Goal__r.Originating_Opportunity__r.IsWon: a two-level parent path.
    const wonKpi = () => recordNamed(t.store, 'Customer_KPI__c', 'Job-to-invoice time');
    const openKpi = () => recordNamed(t.store, 'Customer_KPI__c', 'Technician time on collection calls');

    it('starts as the rep tier, whose permission sets grant no re-base permission', () => {
        expect(t.store.permissionSets).toEqual(['Customer_Outcomes_User']);
        expect(t.store.customPermissions.has('customer_outcomes_rebase_kpis')).toBe(false);
    });

    it.each([
        ['Baseline_Value__c', 7, 'only a manager can change the baseline now'],
        ['Target_Value__c', 2, 'only a manager can change the target now'],
        ['Baseline_Date__c', '2025-08-01', 'only a manager can change the baseline date now'],
        ['Target_Date__c', '2027-12-31', 'only a manager can change the target date now']
    ])('refuses a rep changing %s after the win, on that field, and writes nothing', (field, value, message) => {
        const before = { ...wonKpi() };
        const errors = refusalOf(() => t.store.update(before.Id, { [field]: value }));
        expect(errors).toEqual([expect.objectContaining({ field, message: expect.stringContaining(message) })]);
        expect(t.store.get(before.Id)?.record).toEqual(before);
    });

    it('lets a manager re-base, and stamps the day and the user', () => {
        t.store.setPermissionSets(['Customer_Outcomes_Manager']);
        expect(t.store.customPermissions.has('customer_outcomes_rebase_kpis')).toBe(true);
        const kpi = wonKpi();
        const saved = t.store.update(kpi.Id, { Target_Value__c: 2 });
        expect(saved).toMatchObject({ Target_Value__c: 2, Rebased_On__c: TODAY, Rebased_By__c: t.store.userId });
    });

    it('does not stamp other changes, new KPIs or KPIs of deals not won', () => {
        t.store.setPermissionSets(['Customer_Outcomes_Admin']);
        const kpi = wonKpi();
        expect(t.store.update(kpi.Id, { Unit__c: 'hours' }).Rebased_On__c).toBeNull();
        const other = openKpi();
        expect(t.store.update(other.Id, { Target_Value__c: 4 }).Rebased_On__c).toBeNull();
        const created = t.store.create('Customer_KPI__c', {
            Name: 'Added after the win',
            Customer_Goal__c: kpi.Customer_Goal__c,
            Direction__c: 'Decrease',
            Baseline_Value__c: 5,
            Target_Value__c: 2,
            Baseline_Date__c: '2026-01-01',
            Target_Date__c: '2026-12-31'
        });
        expect(created.Rebased_On__c).toBeNull();
        t.store.setPermissionSets(undefined);
        // Back to the rep tier: a KPI of an open deal is still the rep's to change.
        expect(t.store.update(other.Id, { Target_Value__c: 3 }).Target_Value__c).toBe(3);
    });

    it('refuses unknown permission sets, keeping the current ones', () => {
        expect(() => t.store.setPermissionSets(['Nope'])).toThrow(/not a permission set/);
        expect(t.store.permissionSets).toEqual(['Customer_Outcomes_User']);
    });
});
