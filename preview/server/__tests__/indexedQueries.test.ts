/* eslint-disable @typescript-eslint/no-explicit-any -- assertions walk GraphQL JSON responses, whose shape the query defines */
import { generateLargeData, loadLargeData, scaledParams } from '../../../tools/large-data';
import { openStore, removeTempDirs, run, TODAY, type TestStore } from './support';

/**
 * The panels' filters reach their records through indexes (parent id, parent relationship,
 * semi-join, scope MINE) instead of scanning every record of the object, and give exactly what a
 * scan gives. A filter wrapped in `or` is never indexed, so it serves as the scan to compare with.
 */
let t: TestStore;
let ids: Map<string, string>;
let accountId: string;
let dealId: string;

beforeAll(() => {
    t = openStore();
    const data = generateLargeData(scaledParams(100, TODAY, 3));
    const report = loadLargeData(t.store, data);
    expect(report.errors).toEqual([]);
    ids = report.ids;
    accountId = ids.get(data.landmarks.typicalAccounts[0] ?? '') ?? '';
    dealId = ids.get(data.landmarks.typicalDeals[0] ?? '') ?? '';
});

afterAll(removeTempDirs);

function idsOf(connection: any): string[] {
    return connection.edges.map((e: any) => e.node.Id);
}

/** The connection `object(where: <filter>)` with and without an index, and which objects were scanned. */
function both(object: string, filter: string, extra = ''): { indexed: any; scanned: any; scans: string[] } {
    const spy = jest.spyOn(t.store, 'records');
    const query = (where: string): any =>
        run(t.engine, `{ uiapi { query { ${object}(where: ${where}, first: 2000 ${extra}) { edges { node { Id } } totalCount } } } }`).data
            .uiapi.query[object];
    const indexed = query(filter);
    const scans = spy.mock.calls.map((c) => c[0]);
    const scanned = query(`{ or: [${filter}] }`);
    spy.mockRestore();
    return { indexed, scanned, scans };
}

describe('indexed filters', () => {
    it("finds KPIs through their goal's account (a parent relationship) without scanning KPIs", () => {
        const { indexed, scanned, scans } = both('Customer_KPI__c', `{ Customer_Goal__r: { Account__c: { eq: "${accountId}" } } }`);
        expect(indexed.totalCount).toBeGreaterThan(0);
        expect(idsOf(indexed)).toEqual(idsOf(scanned));
        expect(scans).toEqual([]);
    });

    it('finds measurements two parents up (KPI -> goal -> account) without scanning measurements', () => {
        const filter = `{ Customer_KPI__r: { Customer_Goal__r: { Account__c: { eq: "${accountId}" } } } }`;
        const { indexed, scanned, scans } = both('KPI_Measurement__c', filter, ', orderBy: { Measured_On__c: { order: DESC } }');
        expect(indexed.totalCount).toBeGreaterThan(0);
        expect(idsOf(indexed)).toEqual(idsOf(scanned));
        expect(scans).toEqual([]);
    });

    it("finds a deal's KPIs through their goal's originating opportunity", () => {
        const { indexed, scanned, scans } = both(
            'Customer_KPI__c',
            `{ Customer_Goal__r: { Originating_Opportunity__c: { eq: "${dealId}" } } }`
        );
        expect(indexed.totalCount).toBeGreaterThan(0);
        expect(idsOf(indexed)).toEqual(idsOf(scanned));
        expect(scans).toEqual([]);
    });

    it("finds contacts through a semi-join on the deal's account", () => {
        const filter = `{ AccountId: { inq: { Opportunity: { Id: { eq: "${dealId}" } }, ApiName: "AccountId" } } }`;
        const { indexed, scanned, scans } = both('Contact', filter);
        expect(indexed.totalCount).toBeGreaterThan(0);
        expect(idsOf(indexed)).toEqual(idsOf(scanned));
        expect(scans).toEqual([]);
    });

    it('keeps the rest of the filter: an indexed parent with another condition', () => {
        const filter = `{ AccountId: { eq: "${accountId}" }, IsWon: { eq: true } }`;
        const { indexed, scanned } = both('Opportunity', filter);
        expect(idsOf(indexed)).toEqual(idsOf(scanned));
        for (const id of idsOf(indexed)) expect(t.store.get(id)?.record.IsWon).toBe(true);
    });

    it('reads scope MINE from the owner index and gives what a scan gives', () => {
        const spy = jest.spyOn(t.store, 'records');
        const query = (scope: string, where: string): any =>
            run(t.engine, `{ uiapi { query { Opportunity(${scope} where: ${where}, first: 2000) { edges { node { Id } } totalCount } } } }`)
                .data.uiapi.query.Opportunity;
        const mine = query('scope: MINE', '{ IsWon: { eq: true } }');
        expect(spy.mock.calls.map((c) => c[0])).toEqual([]);
        spy.mockRestore();
        const everyone = query('', `{ IsWon: { eq: true }, OwnerId: { eq: "${t.store.userId}" } }`);
        expect(mine.totalCount).toBeGreaterThan(0);
        expect(idsOf(mine)).toEqual(idsOf(everyone));
    });
});
