import { join } from 'node:path';
import { loadSamplePlan } from '../../../tools/sample-data/relativeDates';
import { EXIT_FAILED, EXIT_OK, REPO_ROOT, runCommand } from '../cli';
import { main as seedMain } from '../seed';
import { COMPOSITE_LIMIT, SEED_MARKER } from '../seedPlan';
import { FakeOrg, type Captured } from './fakeOrg';
import { captureIo, TOKEN } from './helpers';

const SAMPLE = loadSamplePlan(join(REPO_ROOT, 'data', 'sample'), '2026-03-15');
const TOTAL = SAMPLE.reduce((n, e) => n + e.records.length, 0);
const PLAN_ORDER = SAMPLE.map((e) => e.sobject);
/** 05:00 UTC on the 16th is still the 15th in Los Angeles (the fake user's zone). */
const NOW = '2026-03-16T05:00:00Z';

async function seed(fake: FakeOrg, args: string[] = []): Promise<{ code: number; out: string; err: string }> {
    const { io, stdout, stderr } = captureIo({ SF_INSTANCE_URL: fake.url, SF_ACCESS_TOKEN: TOKEN }, NOW);
    const code = await runCommand(seedMain, args, io, 'npm run seed');
    return { code, out: stdout.join(''), err: stderr.join('') };
}

const composites = (fake: FakeOrg): Captured[] => fake.calls('POST', '/v66.0/composite');
const subrequests = (requests: Captured[]): { referenceId: string; url: string; body: Record<string, unknown> }[] =>
    requests.flatMap(
        (r) => (r.body as { compositeRequest: { referenceId: string; url: string; body: Record<string, unknown> }[] }).compositeRequest
    );

describe('seed against a local fake of the REST API', () => {
    let fake: FakeOrg;
    beforeEach(async () => {
        fake = await new FakeOrg(TOKEN).start();
    });
    afterEach(() => fake.stop());

    it('loads the whole sample in Composite requests of at most 25, with the bearer token on every request and never in the output', async () => {
        const { code, out, err } = await seed(fake);
        expect({ code, err }).toEqual({ code: EXIT_OK, err: '' });
        expect(fake.count()).toBe(TOTAL);

        for (const r of fake.requests) {
            expect(r.headers.authorization).toBe(`Bearer ${TOKEN}`);
        }
        expect(fake.requests[0]).toMatchObject({ method: 'GET', path: '/services/oauth2/userinfo' });
        const posts = composites(fake);
        expect(posts).toHaveLength(Math.ceil(TOTAL / COMPOSITE_LIMIT));
        for (const post of posts) {
            expect(post.headers['content-type']).toMatch(/^application\/json/);
            const body = post.body as { allOrNone: boolean; compositeRequest: unknown[] };
            expect(body.allOrNone).toBe(true);
            expect(body.compositeRequest.length).toBeLessThanOrEqual(COMPOSITE_LIMIT);
        }
        expect(subrequests(posts).map((s) => s.referenceId)).toEqual(SAMPLE.flatMap((e) => e.records.map((r) => r.attributes.referenceId)));
        // One lookup first: marked accounts by name (no account yet, so nothing below them to look for).
        const queries = fake.calls('GET', '/v66.0/query').map((r) => r.search.get('q') ?? '');
        expect(queries).toHaveLength(1);
        expect(queries[0]).toMatch(
            /^SELECT Id, Name, Description, CreatedDate FROM Account WHERE Name IN \('Northwind Logistics', .*'Alder & Finch Outfitters'.*\) ORDER BY CreatedDate, Id$/
        );

        // Dates relative to the user's today (Los Angeles: the 15th), not the UTC date (the 16th).
        expect(out).toContain('Today for SF_INSTANCE_URL is 2026-03-15 (America/Los_Angeles');
        const deal = fake.all('Opportunity').find((o) => o.Name === 'Northwind Logistics - Accounts Receivable Automation')!;
        expect(deal.CloseDate).toBe('2026-01-24');
        for (const account of fake.all('Account')) expect(String(account.Description)).toContain(SEED_MARKER);
        // References point at the records created for them.
        const goal = fake.all('Customer_Goal__c').find((g) => g.Name === 'Cut days sales outstanding from 60 to 40 days')!;
        expect(fake.find(String(goal.Account__c))?.record.Name).toBe('Northwind Logistics');
        expect(fake.find(String(goal.Originating_Opportunity__c))?.record.Id).toBe(deal.Id);

        expect(out).toContain(`Loaded ${TOTAL} record(s) in ${posts.length} Composite request(s); 0 were already there.`);
        expect(out + err).not.toContain(TOKEN);
    });

    it('is idempotent: a second run finds every record and creates nothing', async () => {
        await seed(fake);
        const before = fake.requests.length;
        const { code, out } = await seed(fake);
        expect(code).toBe(EXIT_OK);
        expect(composites(fake)).toHaveLength(Math.ceil(TOTAL / COMPOSITE_LIMIT));
        expect(fake.count()).toBe(TOTAL);
        expect(out).toContain(`Nothing to load: all ${TOTAL} sample records are already in the org.`);
        // Only reads after the first run: userinfo, then one query per object in plan order.
        const reads = fake.requests.slice(before);
        expect(reads.every((r) => r.method === 'GET')).toBe(true);
        expect(reads.filter((r) => r.path.endsWith('/query')).map((r) => /FROM (\w+)/.exec(r.search.get('q') ?? '')?.[1])).toEqual(
            PLAN_ORDER
        );
    });

    it('loads only what is missing, referencing the records already there by id', async () => {
        await seed(fake);
        const kpiIds = new Set(fake.all('Customer_KPI__c').map((k) => k.Id));
        const measurements = fake.all('KPI_Measurement__c');
        for (const m of measurements) fake.delete(m.Id);
        const checkIn = fake.all('Success_Check_In__c')[0]!;
        fake.delete(checkIn.Id);
        const postsBefore = composites(fake).length;

        const { code, out } = await seed(fake);
        expect(code).toBe(EXIT_OK);
        const added = subrequests(composites(fake).slice(postsBefore));
        expect(added).toHaveLength(measurements.length + 1);
        expect(fake.count()).toBe(TOTAL);
        expect(out).toContain(`Loaded ${measurements.length + 1} record(s)`);
        // A measurement's KPI already existed: sent as its id, not as a reference.
        const reading = added.find((s) => s.url.endsWith('/KPI_Measurement__c'))!;
        expect(kpiIds.has(String(reading.body.Customer_KPI__c))).toBe(true);
    });

    it('leaves an account of the same name without the marker alone', async () => {
        const customer = fake.insert('Account', { Name: 'Northwind Logistics', Description: 'A real customer.' });
        const { out } = await seed(fake);
        expect(out).toContain('1 account(s) share a sample name but have no seed marker: left alone.');
        expect(fake.all('Account')).toHaveLength(7);
        expect(fake.find(customer.Id)?.record.Description).toBe('A real customer.');
        await seed(fake, ['--remove']);
        expect(fake.all('Account').map((a) => a.Id)).toEqual([customer.Id]);
    });

    it('reports a rolled-back request with its cause, keeps earlier requests, and a re-run completes the load', async () => {
        fake.failCreate = (sobject, body) =>
            sobject === 'Customer_KPI__c' && body.Name === 'Days sales outstanding'
                ? { errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: 'Target date is required', fields: ['Target_Date__c'] }
                : undefined;
        const first = await seed(fake);
        expect(first.code).toBe(EXIT_FAILED);
        expect(first.err).toMatch(
            /npm run seed failed: request \d of \d was rolled back \(allOrNone\): KpiNwDso: FIELD_CUSTOM_VALIDATION_EXCEPTION: Target date is required \[Target_Date__c\]\. \d+ record\(s\) from earlier requests are kept/
        );
        const kept = fake.count();
        expect(kept).toBeGreaterThan(0);
        expect(kept % COMPOSITE_LIMIT).toBe(0);

        fake.failCreate = undefined;
        const second = await seed(fake);
        expect(second.code).toBe(EXIT_OK);
        expect(second.out).toContain(`Loaded ${TOTAL - kept} record(s)`);
        expect(fake.count()).toBe(TOTAL);
    });

    it('--remove deletes children first, 200 ids at most per request, then finds nothing to remove', async () => {
        await seed(fake);
        const account = fake.all('Account')[0]!;
        const added = fake.insert('Contact', { AccountId: account.Id, LastName: 'Added later' });
        const { code, out } = await seed(fake, ['--remove']);
        expect(code).toBe(EXIT_OK);
        const deletes = fake.calls('DELETE', '/v66.0/composite/sobjects');
        const order = deletes.map((d) => {
            const ids = (d.search.get('ids') ?? '').split(',');
            expect(ids.length).toBeLessThanOrEqual(200);
            expect(d.search.get('allOrNone')).toBe('false');
            expect(d.headers.authorization).toBe(`Bearer ${TOKEN}`);
            return ids[0]!.slice(0, 3);
        });
        expect(order).toEqual(['a04', 'a03', 'a02', 'a01', '00K', '006', '003', '001']); // measurements … accounts
        expect(fake.count()).toBe(0);
        expect(fake.find(added.Id)).toBeUndefined(); // the account's delete cascaded to it
        expect(out).toContain(`Removed ${TOTAL} sample record(s) in 8 request(s).`);

        const again = await seed(fake, ['--remove']);
        expect(again.code).toBe(EXIT_OK);
        expect(again.out).toContain('Nothing to remove');
        expect(fake.calls('DELETE', '/v66.0/composite/sobjects')).toHaveLength(8);
    });

    it('a rejected token is an error naming the cause, with the token masked', async () => {
        const { io, stderr } = captureIo({ SF_INSTANCE_URL: fake.url, SF_ACCESS_TOKEN: `${TOKEN}x` }, NOW);
        await expect(runCommand(seedMain, ['--today', '2026-03-15'], io, 'npm run seed')).resolves.toBe(EXIT_FAILED);
        expect(stderr.join('')).toMatch(/INVALID_SESSION_ID|Session expired or invalid/);
        expect(stderr.join('')).not.toContain('AQ4AQFake');
    });
});
