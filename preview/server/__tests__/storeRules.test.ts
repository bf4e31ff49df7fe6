import { openStore, recordNamed, refusalOf, removeTempDirs, TODAY, type TestStore } from './support';

describe('store: derived values, the save pipeline and deletes', () => {
    let t: TestStore;
    beforeEach(() => {
        t = openStore({ dataFile: null });
    });
    afterAll(removeTempDirs);

    const computed = (id: string): Record<string, unknown> => {
        const entry = t.store.get(id);
        if (!entry) throw new Error(`no record ${id}`);
        return t.store.computed(entry.object, entry.record, TODAY);
    };

    it('gives ids of 18 characters with the object key prefix, stable for the sample', () => {
        const account = recordNamed(t.store, 'Account', 'Northwind Logistics');
        expect(account.Id).toMatch(/^001[A-Za-z0-9]{15}$/);
        expect(t.store.get(account.Id.slice(0, 15))?.record).toBe(account);
        const again = openStore({ dataFile: null });
        expect(recordNamed(again.store, 'Account', 'Northwind Logistics').Id).toBe(account.Id);
        expect(recordNamed(again.store, 'Customer_KPI__c', 'Billing errors').Id).toBe(
            recordNamed(t.store, 'Customer_KPI__c', 'Billing errors').Id
        );
    });

    it('roll-ups follow child creates and deletes (COUNT, MAX)', () => {
        const opp = recordNamed(t.store, 'Opportunity', 'Northwind Logistics - Accounts Receivable Automation');
        expect(computed(opp.Id)).toMatchObject({ Check_In_Count__c: 0, Last_Check_In_Date__c: null });
        const early = t.store.create('Success_Check_In__c', {
            Opportunity__c: opp.Id,
            Summary__c: 'Kick-off',
            Check_In_Date__c: '2026-05-01'
        });
        const late = t.store.create('Success_Check_In__c', {
            Opportunity__c: opp.Id,
            Summary__c: 'Review',
            Check_In_Date__c: '2026-06-01'
        });
        expect(computed(opp.Id)).toMatchObject({ Check_In_Count__c: 2, Last_Check_In_Date__c: '2026-06-01' });
        t.store.delete(late.Id);
        expect(computed(opp.Id)).toMatchObject({ Check_In_Count__c: 1, Last_Check_In_Date__c: '2026-05-01' });
        t.store.delete(early.Id);
        expect(computed(opp.Id)).toMatchObject({ Check_In_Count__c: 0, Last_Check_In_Date__c: null });
        const goal = recordNamed(t.store, 'Customer_Goal__c', 'Cut days sales outstanding from 60 to 40 days');
        expect(computed(goal.Id).KPI_Count__c).toBe(1);
    });

    it('keeps the KPI current value equal to the latest measurement on insert, update and delete (as the Apex does)', () => {
        const kpi = recordNamed(t.store, 'Customer_KPI__c', 'Days sales outstanding');
        const current = (): unknown[] => [t.store.get(kpi.Id)?.record.Current_Value__c, t.store.get(kpi.Id)?.record.Current_As_Of__c];
        expect(current()).toEqual([58, '2026-05-11']);
        // An older reading does not replace the latest one.
        const older = t.store.create('KPI_Measurement__c', { Customer_KPI__c: kpi.Id, Value__c: 59, Measured_On__c: '2026-05-01' });
        expect(current()).toEqual([58, '2026-05-11']);
        const newer = t.store.create('KPI_Measurement__c', { Customer_KPI__c: kpi.Id, Value__c: 52, Measured_On__c: '2026-06-01' });
        expect(current()).toEqual([52, '2026-06-01']);
        // Same date: the later created (then higher Id) wins.
        const sameDay = t.store.create('KPI_Measurement__c', { Customer_KPI__c: kpi.Id, Value__c: 51, Measured_On__c: '2026-06-01' });
        expect(current()).toEqual([51, '2026-06-01']);
        t.store.update(older.Id, { Measured_On__c: '2026-06-10' });
        expect(current()).toEqual([59, '2026-06-10']);
        t.store.delete(older.Id);
        expect(current()).toEqual([51, '2026-06-01']);
        // Moving a measurement to another KPI recomputes both.
        const other = recordNamed(t.store, 'Customer_KPI__c', 'Unapplied cash items');
        t.store.update(sameDay.Id, { Customer_KPI__c: other.Id });
        expect(current()).toEqual([52, '2026-06-01']);
        expect(t.store.get(other.Id)?.record.Current_Value__c).toBe(51);
        for (const m of t.store.children('KPI_Measurement__c', 'Customer_KPI__c', kpi.Id)) t.store.delete(m.Id);
        expect(current()).toEqual([null, null]);
        expect(newer.Id).toBeDefined();
    });

    it('derives Opportunity probability, IsWon/IsClosed and forecast category from the stage', () => {
        const opp = t.store.create('Opportunity', { Name: 'New deal', StageName: 'Qualification', CloseDate: '2026-09-30' });
        expect(opp).toMatchObject({
            Probability: 10,
            IsWon: false,
            IsClosed: false,
            ForecastCategoryName: 'Pipeline',
            OwnerId: t.store.userId
        });
        expect(t.store.update(opp.Id, { StageName: 'Value Proposition' })).toMatchObject({ Probability: 50 });
        expect(t.store.update(opp.Id, { StageName: 'Negotiation/Review', Probability: 95 })).toMatchObject({ Probability: 95 });
        expect(t.store.update(opp.Id, { StageName: 'Closed Lost' })).toMatchObject({
            Probability: 0,
            IsWon: false,
            IsClosed: true,
            ForecastCategoryName: 'Omitted'
        });
    });

    it('fills compound names, auto-numbers, defaults and system fields', () => {
        const account = recordNamed(t.store, 'Account', 'Northwind Logistics');
        const contact = t.store.create('Contact', { FirstName: 'Ada', LastName: 'Lovelace', AccountId: account.Id });
        expect(contact.Name).toBe('Ada Lovelace');
        expect(t.store.update(contact.Id, { FirstName: null }).Name).toBe('Lovelace');
        const kpi = recordNamed(t.store, 'Customer_KPI__c', 'Billing errors');
        const measurement = t.store.create('KPI_Measurement__c', { Customer_KPI__c: kpi.Id, Value__c: 30 });
        expect(measurement).toMatchObject({
            Name: 'M-000030',
            Measured_On__c: TODAY,
            Customer_Confirmed__c: false,
            Source__c: 'Customer report',
            CreatedById: t.store.userId
        });
        expect(measurement.CreatedDate).toBe(measurement.LastModifiedDate);
    });

    it('refuses unknown and read-only fields, wrong types, overflowing numbers and missing parents', () => {
        const kpi = recordNamed(t.store, 'Customer_KPI__c', 'Billing errors');
        expect(refusalOf(() => t.store.create('KPI_Measurement__c', { Customer_KPI__c: kpi.Id, Value__c: 1, Colour__c: 'red' }))).toEqual([
            { field: 'Colour__c', errorCode: 'INVALID_FIELD', message: "No such column 'Colour__c' on sobject of type KPI_Measurement__c" }
        ]);
        expect(
            refusalOf(() => t.store.update(kpi.Id, { Progress__c: 50, Current_Value__c: 3, Measurement_Count__c: 2 })).map((e) => [
                e.field,
                e.errorCode
            ])
        ).toEqual([
            ['Progress__c', 'INVALID_FIELD_FOR_INSERT_UPDATE'],
            ['Current_Value__c', 'INVALID_FIELD_FOR_INSERT_UPDATE'],
            ['Measurement_Count__c', 'INVALID_FIELD_FOR_INSERT_UPDATE']
        ]);
        expect(
            refusalOf(() =>
                t.store.create('KPI_Measurement__c', {
                    Customer_KPI__c: kpi.Id,
                    Value__c: 'twelve',
                    Measured_On__c: '15/06/2026',
                    Customer_Confirmed__c: 'yes'
                })
            ).map((e) => [e.field, e.errorCode])
        ).toEqual([
            ['Value__c', 'INVALID_TYPE_ON_FIELD_IN_RECORD'],
            ['Measured_On__c', 'INVALID_TYPE_ON_FIELD_IN_RECORD'],
            ['Customer_Confirmed__c', 'INVALID_TYPE_ON_FIELD_IN_RECORD']
        ]);
        // Number(18,4): at most 14 integer digits; more decimals are rounded.
        expect(t.store.create('KPI_Measurement__c', { Customer_KPI__c: kpi.Id, Value__c: 99999999999999.12345 }).Value__c).toBe(
            99999999999999.12
        );
        expect(t.store.create('KPI_Measurement__c', { Customer_KPI__c: kpi.Id, Value__c: '12.34567' }).Value__c).toBe(12.3457);
        expect(
            refusalOf(() => t.store.create('KPI_Measurement__c', { Customer_KPI__c: kpi.Id, Value__c: 100000000000000 }))[0]?.errorCode
        ).toBe('NUMBER_OUTSIDE_VALID_RANGE');
        expect(refusalOf(() => t.store.create('KPI_Measurement__c', { Value__c: 1 }))).toEqual([
            { field: 'Customer_KPI__c', errorCode: 'REQUIRED_FIELD_MISSING', message: 'Required fields are missing: [Customer_KPI__c]' }
        ]);
        const account = recordNamed(t.store, 'Account', 'Northwind Logistics');
        expect(refusalOf(() => t.store.create('KPI_Measurement__c', { Customer_KPI__c: account.Id, Value__c: 1 }))[0]?.errorCode).toBe(
            'FIELD_INTEGRITY_EXCEPTION'
        );
        expect(refusalOf(() => t.store.create('KPI_Measurement__c', { Customer_KPI__c: 'not-an-id', Value__c: 1 }))[0]?.errorCode).toBe(
            'MALFORMED_ID'
        );
        const ghost = `${kpi.Id.slice(0, 9)}zzzzzz`;
        expect(refusalOf(() => t.store.create('KPI_Measurement__c', { Customer_KPI__c: ghost, Value__c: 1 }))[0]).toMatchObject({
            field: 'Customer_KPI__c',
            errorCode: 'INVALID_CROSS_REFERENCE_KEY'
        });
    });

    it('runs validation rules with their messages on the error display field', () => {
        const goal = recordNamed(t.store, 'Customer_Goal__c', 'Cut days sales outstanding from 60 to 40 days');
        expect(
            refusalOf(() =>
                t.store.create('Customer_KPI__c', {
                    Name: 'Backlog',
                    Customer_Goal__c: goal.Id,
                    Direction__c: 'Increase',
                    Baseline_Value__c: 10,
                    Baseline_Date__c: '2026-01-01',
                    Target_Value__c: 5,
                    Target_Date__c: '2026-12-31'
                })
            )
        ).toEqual([
            {
                field: 'Target_Value__c',
                errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                message:
                    'This is an Increase KPI (higher is better), so the target must be above the baseline. Raise the target, or set Direction to Decrease if higher is better.'.replace(
                        'if higher is better',
                        'if lower is better'
                    )
            }
        ]);
        expect(refusalOf(() => t.store.update(goal.Id, { Level__c: 'Individual' }))[0]).toMatchObject({
            field: 'Stakeholder__c',
            errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION'
        });
    });

    it('cascades master-detail deletes and clears SetNull lookups', () => {
        const account = recordNamed(t.store, 'Account', 'Northwind Logistics');
        const goals = t.store.children('Customer_Goal__c', 'Account__c', account.Id);
        const kpis = goals.flatMap((g) => t.store.children('Customer_KPI__c', 'Customer_Goal__c', g.Id));
        const measurements = kpis.flatMap((k) => t.store.children('KPI_Measurement__c', 'Customer_KPI__c', k.Id));
        const opportunities = t.store.children('Opportunity', 'AccountId', account.Id);
        expect([goals.length, kpis.length, measurements.length, opportunities.length]).toEqual([3, 3, 2, 2]);
        const before = t.store.count('Customer_Goal__c');
        const deleted = t.store.delete(account.Id);
        expect(deleted[deleted.length - 1]).toBe(account.Id);
        for (const record of [...goals, ...kpis, ...measurements, ...opportunities]) expect(t.store.get(record.Id)).toBeUndefined();
        expect(t.store.count('Customer_Goal__c')).toBe(before - 3);

        const kestrelDeal = recordNamed(t.store, 'Opportunity', 'Kestrel Precision - Financial Close Automation');
        const checkIns = t.store.children('Success_Check_In__c', 'Opportunity__c', kestrelDeal.Id);
        const linked = checkIns.flatMap((c) => t.store.children('KPI_Measurement__c', 'Check_In__c', c.Id));
        const originated = t.store.children('Customer_Goal__c', 'Originating_Opportunity__c', kestrelDeal.Id);
        expect(linked.length).toBeGreaterThan(0);
        t.store.delete(kestrelDeal.Id);
        for (const c of checkIns) expect(t.store.get(c.Id)).toBeUndefined();
        // Measurements belong to their KPI; only the lookup to the deleted check-in is cleared.
        for (const m of linked) expect(t.store.get(m.Id)?.record.Check_In__c).toBeNull();
        for (const g of originated) expect(t.store.get(g.Id)?.record.Originating_Opportunity__c).toBeNull();
    });

    it('keeps LastModifiedDate for optimistic concurrency (ifUnmodifiedSince)', () => {
        let clock = Date.parse('2026-06-15T09:00:00Z');
        const timed = openStore({ dataFile: null, now: () => new Date((clock += 1000)) });
        const goal = recordNamed(timed.store, 'Customer_Goal__c', 'Cut days sales outstanding from 60 to 40 days');
        const loadedAt = String(goal.LastModifiedDate);
        const saved = timed.store.update(goal.Id, { Status__c: 'In progress' }, { ifUnmodifiedSince: loadedAt });
        expect(String(saved.LastModifiedDate) > loadedAt).toBe(true);
        expect(refusalOf(() => timed.store.update(goal.Id, { Status__c: 'Achieved' }, { ifUnmodifiedSince: loadedAt }))[0]?.errorCode).toBe(
            'RECORD_MODIFIED'
        );
        expect(timed.store.get(goal.Id)?.record.Status__c).toBe('In progress');
    });

    it('rolls back every change of a failed transaction', () => {
        const kpi = recordNamed(t.store, 'Customer_KPI__c', 'Billing errors');
        const before = t.store.count('KPI_Measurement__c');
        expect(() =>
            t.store.transaction(() => {
                t.store.create('KPI_Measurement__c', { Customer_KPI__c: kpi.Id, Value__c: 1 });
                t.store.delete(kpi.Id);
                throw new Error('abort');
            })
        ).toThrow('abort');
        expect(t.store.count('KPI_Measurement__c')).toBe(before);
        expect(t.store.get(kpi.Id)).toBeDefined();
        expect(t.store.get(kpi.Id)?.record.Current_Value__c).toBe(
            recordNamed(openStore({ dataFile: null }).store, 'Customer_KPI__c', 'Billing errors').Current_Value__c
        );
    });
});
