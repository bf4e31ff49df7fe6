import { PreviewStore } from '../store/store';
import { countRecords, generateLargeData, loadLargeData, scaledParams, type LargeDataParams } from '../../../tools/large-data';

/** The large-data set loaded through the store's create pipeline (tools/large-data/load.ts), as the bench loads it. */

const TODAY = '2026-06-15';

const SMALL: LargeDataParams = {
    ...scaledParams(60, TODAY, 7),
    largeAccount: { goals: 9, kpis: 20, measurements: 120, opportunities: 4, contacts: 5, dealGoals: 4 }
};

describe('loadLargeData', () => {
    const open = (): PreviewStore => PreviewStore.open({ dataFile: null, today: TODAY, timeZone: 'UTC', log: () => undefined });

    it('loads a small generated set into the store through the save pipeline with zero validation errors', () => {
        const store = open();
        const before = store.count('KPI_Measurement__c');
        const data = generateLargeData(SMALL);
        const report = loadLargeData(store, data);
        expect(report.errors).toEqual([]);
        expect(report.counts).toEqual(countRecords(data));
        expect(store.count('KPI_Measurement__c') - before).toBe(countRecords(data).KPI_Measurement__c);
        for (const ref of [...data.landmarks.typicalAccounts, ...data.landmarks.typicalDeals, data.landmarks.largeAccount ?? '']) {
            expect(report.ids.get(ref)).toBeDefined();
        }
    });

    it('derives what the org derives: stage flags, and each KPI current value from its latest reading', () => {
        const store = open();
        const data = generateLargeData(SMALL);
        const { ids } = loadLargeData(store, data);
        const deal = store.get(ids.get(data.landmarks.largeDeal ?? '') ?? '');
        expect(deal?.record).toMatchObject({ StageName: 'Closed Won', IsWon: true, IsClosed: true });
        const kpiRef = data.objects.find((o) => o.sobject === 'Customer_KPI__c')?.records[0]?.ref ?? '';
        const readings = (data.objects.find((o) => o.sobject === 'KPI_Measurement__c')?.records ?? []).filter(
            (m) => m.fields.Customer_KPI__c === `@${kpiRef}`
        );
        const latest = [...readings].sort((a, b) => String(b.fields.Measured_On__c).localeCompare(String(a.fields.Measured_On__c)))[0];
        const kpi = store.get(ids.get(kpiRef) ?? '')?.record;
        expect(kpi?.Current_As_Of__c).toBe(latest?.fields.Measured_On__c);
        expect(kpi?.Current_Value__c).toBe(latest?.fields.Value__c);
    });

    it('refuses a set generated for a later day than the store sees as today', () => {
        expect(() => loadLargeData(open(), generateLargeData({ ...SMALL, today: '2026-06-16' }))).toThrow(/future/);
    });
});
