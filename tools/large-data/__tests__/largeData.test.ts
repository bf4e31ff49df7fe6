import { countRecords, generateLargeData, LARGE_ACCOUNT, Prng, scaledParams, type LargeDataParams } from '..';

const TODAY = '2026-06-15';

/** A small set with every kind of record, the large account included (scaled down). */
const SMALL: LargeDataParams = {
    ...scaledParams(60, TODAY, 7),
    largeAccount: { goals: 9, kpis: 20, measurements: 120, opportunities: 4, contacts: 5, dealGoals: 4 }
};

function records(params: LargeDataParams, sobject: string): Record<string, unknown>[] {
    return (generateLargeData(params).objects.find((o) => o.sobject === sobject)?.records ?? []).map((r) => r.fields);
}

describe('Prng', () => {
    it('gives the same sequence for the same seed and another for another seed', () => {
        const take = (seed: number): number[] => {
            const rng = new Prng(seed);
            return Array.from({ length: 5 }, () => rng.next());
        };
        expect(take(42)).toEqual(take(42));
        expect(take(42)).not.toEqual(take(43));
        for (const n of take(1)) expect(n >= 0 && n < 1).toBe(true);
    });
});

describe('generateLargeData', () => {
    it('is deterministic: the same seed gives identical data, another seed different data', () => {
        expect(generateLargeData(SMALL)).toEqual(generateLargeData(SMALL));
        expect(generateLargeData({ ...SMALL, seed: 8 })).not.toEqual(generateLargeData(SMALL));
    });

    it('keeps the per-account shape at any size: 10,000 deals bring 100,000 measurements', () => {
        const at = (opportunities: number): Record<string, number> => {
            const p = scaledParams(opportunities, TODAY);
            const kpis = p.accounts * p.kpisPerAccount;
            return {
                accounts: p.accounts,
                opportunities: p.accounts * p.opportunitiesPerAccount,
                kpis,
                measurements: kpis * p.measurementsPerKpi
            };
        };
        expect(at(10000)).toEqual({ accounts: 2000, opportunities: 10000, kpis: 20000, measurements: 100000 });
        expect(at(1000)).toEqual({ accounts: 200, opportunities: 1000, kpis: 2000, measurements: 10000 });
        const counts = countRecords(generateLargeData(scaledParams(100, TODAY)));
        expect(counts).toMatchObject({ Account: 20, Opportunity: 100, Customer_KPI__c: 200, KPI_Measurement__c: 1000 });
    });

    it('builds the issue-10 large account: 100 goals, 500 KPIs, 6,000 measurements, one deal with 30 goals', () => {
        const data = generateLargeData({ ...scaledParams(0, TODAY), accounts: 0, largeAccount: LARGE_ACCOUNT });
        const counts = countRecords(data);
        expect(counts).toMatchObject({ Account: 1, Customer_Goal__c: 100, Customer_KPI__c: 500, KPI_Measurement__c: 6000 });
        const goals = data.objects.find((o) => o.sobject === 'Customer_Goal__c')?.records ?? [];
        expect(goals.filter((g) => g.fields.Originating_Opportunity__c === `@${data.landmarks.largeDeal}`)).toHaveLength(30);
    });

    it('covers every stage kind, both KPI directions and every goal level; nothing already happened is dated after today', () => {
        const params = scaledParams(300, TODAY);
        const stages = new Set(records(params, 'Opportunity').map((o) => o.StageName));
        expect(stages.has('Closed Won') && stages.has('Closed Lost') && stages.size > 4).toBe(true);
        const kpis = records(params, 'Customer_KPI__c');
        expect(new Set(kpis.map((k) => k.Direction__c))).toEqual(new Set(['Increase', 'Decrease']));
        for (const k of kpis) {
            if (k.Direction__c === 'Increase') expect(Number(k.Target_Value__c)).toBeGreaterThan(Number(k.Baseline_Value__c));
            else expect(Number(k.Target_Value__c)).toBeLessThan(Number(k.Baseline_Value__c));
            expect(String(k.Target_Date__c) > String(k.Baseline_Date__c)).toBe(true);
        }
        const goals = records(params, 'Customer_Goal__c');
        expect(new Set(goals.map((g) => g.Level__c))).toEqual(new Set(['Company', 'Department', 'Individual']));
        for (const g of goals) if (g.Level__c === 'Individual') expect(g.Stakeholder__c).toBeTruthy();
        for (const m of records(params, 'KPI_Measurement__c')) expect(String(m.Measured_On__c) <= TODAY).toBe(true);
        const checkIns = records(params, 'Success_Check_In__c');
        expect(checkIns.length).toBeGreaterThan(0);
        for (const c of checkIns) {
            expect(String(c.Check_In_Date__c) <= TODAY).toBe(true);
            expect(String(c.Next_Check_In_Date__c) > String(c.Check_In_Date__c)).toBe(true);
        }
    });
});
