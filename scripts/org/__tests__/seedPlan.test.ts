import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSamplePlan, resolveRelativeDate } from '../../../tools/sample-data/relativeDates';
import { REPO_ROOT } from '../cli';
import {
    COMPOSITE_LIMIT,
    compositeRequest,
    IDENTITY,
    planBatches,
    planIdentity,
    SEED_MARKER,
    toSeedRecords,
    type CompositeRequest,
    type SeedRecord
} from '../seedPlan';

const PLAN_DIR = join(REPO_ROOT, 'data', 'sample');
const TODAY = '2026-03-15';
const VERSION = '66.0';
const ID = /^[a-zA-Z0-9]{18}$/;
const REF = /^@\{(\w+)\.id\}$/;

/** Builds every request in order, as the seed does, handing out fake ids after each one. */
function simulate(records: SeedRecord[]): { requests: CompositeRequest[]; createdBy: Map<string, number>; idOf: Map<string, string> } {
    const idOf = new Map<string, string>();
    const createdBy = new Map<string, number>();
    const requests: CompositeRequest[] = [];
    planBatches(records).forEach((batch, index) => {
        const request = compositeRequest(batch, idOf, VERSION);
        requests.push(request);
        for (const sub of request.compositeRequest) {
            const id = `a0X${String(idOf.size + 1).padStart(15, '0')}`;
            idOf.set(sub.referenceId, id);
            createdBy.set(sub.referenceId, index);
        }
    });
    return { requests, createdBy, idOf };
}

describe('the sample plan as Composite requests', () => {
    const plan = loadSamplePlan(PLAN_DIR, TODAY);
    const records = toSeedRecords(plan);
    const { requests, createdBy, idOf } = simulate(records);

    it('covers every record of data/sample once, in plan order', () => {
        const total = plan.reduce((n, e) => n + e.records.length, 0);
        expect(records).toHaveLength(total);
        expect(total).toBeGreaterThan(100);
        expect(requests.flatMap((r) => r.compositeRequest.map((s) => s.referenceId))).toEqual(
            plan.flatMap((e) => e.records.map((r) => r.attributes.referenceId))
        );
    });

    it(`respects Composite's limit: at most ${COMPOSITE_LIMIT} subrequests per request, allOrNone, POST /sobjects/<Type>`, () => {
        expect(requests.length).toBe(Math.ceil(records.length / COMPOSITE_LIMIT));
        for (const request of requests) {
            expect(request.allOrNone).toBe(true);
            expect(request.compositeRequest.length).toBeGreaterThan(0);
            expect(request.compositeRequest.length).toBeLessThanOrEqual(COMPOSITE_LIMIT);
            const refs = request.compositeRequest.map((s) => s.referenceId);
            expect(new Set(refs).size).toBe(refs.length);
            for (const sub of request.compositeRequest) {
                expect(sub.method).toBe('POST');
                expect(sub.url).toMatch(/^\/services\/data\/v66\.0\/sobjects\/\w+$/);
                expect(sub.referenceId).toMatch(/^[A-Za-z0-9_]+$/);
                expect(sub.body).not.toHaveProperty('attributes');
            }
        }
    });

    it('never references a record created in a later request, nor later in the same request; every @ref is resolved', () => {
        let references = 0;
        requests.forEach((request, index) => {
            const earlierInRequest = new Set<string>();
            for (const sub of request.compositeRequest) {
                for (const [field, value] of Object.entries(sub.body)) {
                    if (typeof value !== 'string') continue;
                    expect(value.startsWith('@') && !REF.test(value)).toBe(false); // no "@AccNorthwind" left
                    const ref = REF.exec(value)?.[1];
                    if (ref) {
                        references += 1;
                        expect({ sub: sub.referenceId, field, ref, earlier: earlierInRequest.has(ref) }).toEqual({
                            sub: sub.referenceId,
                            field,
                            ref,
                            earlier: true
                        });
                        expect(createdBy.get(ref)).toBe(index);
                    } else if ([...idOf.values()].includes(value)) {
                        references += 1;
                        const target = [...idOf.entries()].find(([, id]) => id === value)![0];
                        expect(createdBy.get(target)).toBeLessThan(index);
                    }
                }
                earlierInRequest.add(sub.referenceId);
            }
        });
        const planned = records.reduce((n, r) => n + Object.keys(r.refs).length, 0);
        expect(references).toBe(planned);
        expect(planned).toBeGreaterThan(200);
    });

    it('resolves the relative dates against the injected today, and nothing else', () => {
        const bodies = requests.flatMap((r) => r.compositeRequest);
        const northwind = bodies.find((s) => s.referenceId === 'OppNwArAutomation')!;
        expect(northwind.body.CloseDate).toBe(resolveRelativeDate('TODAY-50', TODAY));
        expect(northwind.body.CloseDate).toBe('2026-01-24');
        const json = JSON.stringify(requests);
        expect(json).not.toMatch(/"TODAY([+-]\d+)?"/);
        const other = toSeedRecords(loadSamplePlan(PLAN_DIR, '2027-01-01'));
        expect(other.find((r) => r.referenceId === 'OppNwArAutomation')!.fields.CloseDate).toBe('2026-11-12');
    });

    it('marks each sample account (and only accounts) with the seed marker, keeping its description', () => {
        for (const sub of requests.flatMap((r) => r.compositeRequest)) {
            const marked = String(sub.body.Description ?? '').includes(SEED_MARKER);
            expect({ ref: sub.referenceId, marked }).toEqual({ ref: sub.referenceId, marked: sub.url.endsWith('/Account') });
        }
        const account = records.find((r) => r.referenceId === 'AccNorthwind')!;
        expect(account.fields.Description).toMatch(/^Third-party logistics[\s\S]*\n\n\[Customer Outcomes sample data/);
    });

    it('gives every record a unique identity that does not move with the load day', () => {
        const identities = records.map(planIdentity);
        expect(new Set(identities).size).toBe(records.length);
        const later = toSeedRecords(loadSamplePlan(PLAN_DIR, '2031-07-04')).map(planIdentity);
        expect(later).toEqual(identities);
        for (const entry of plan) expect(Object.keys(IDENTITY)).toContain(entry.sobject);
    });

    it('with some records already in the org, references them by id and batches only the rest', () => {
        const existing = new Map([...idOf.entries()].filter(([ref]) => ref.startsWith('Acc') || ref.startsWith('Con')));
        const missing = records.filter((r) => !existing.has(r.referenceId));
        const first = compositeRequest(planBatches(missing)[0]!, existing, VERSION);
        const opportunity = first.compositeRequest.find((s) => s.referenceId === 'OppNwArAutomation')!;
        expect(opportunity.body.AccountId).toBe(existing.get('AccNorthwind'));
        expect(opportunity.body.AccountId).toMatch(ID);
    });
});

describe('plans the seed refuses', () => {
    let dir: string;
    beforeEach(() => {
        dir = mkdtempSync(join(tmpdir(), 'co-plan-'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    const writePlan = (entries: { sobject: string; records: Record<string, unknown>[] }[]): void => {
        writeFileSync(join(dir, 'plan.json'), JSON.stringify(entries.map((e) => ({ sobject: e.sobject, files: [`${e.sobject}.json`] }))));
        for (const e of entries) writeFileSync(join(dir, `${e.sobject}.json`), JSON.stringify({ records: e.records }));
    };

    it('a reference to a record loaded later (wrong plan order)', () => {
        writePlan([
            { sobject: 'Contact', records: [{ attributes: { type: 'Contact', referenceId: 'Con1' }, LastName: 'X', AccountId: '@Acc1' }] },
            { sobject: 'Account', records: [{ attributes: { type: 'Account', referenceId: 'Acc1' }, Name: 'A' }] }
        ]);
        expect(() => toSeedRecords(loadSamplePlan(dir, TODAY))).toThrow(
            'Contact Con1.AccountId references @Acc1, which is not loaded before it'
        );
    });

    it('an object the seed cannot recognise in the org, a referenceId Composite refuses, a duplicate referenceId', () => {
        writePlan([{ sobject: 'Lead', records: [{ attributes: { type: 'Lead', referenceId: 'L1' }, LastName: 'X' }] }]);
        expect(() => toSeedRecords(loadSamplePlan(dir, TODAY))).toThrow('add it to IDENTITY');
        writePlan([{ sobject: 'Account', records: [{ attributes: { type: 'Account', referenceId: 'Acc-1' }, Name: 'A' }] }]);
        expect(() => toSeedRecords(loadSamplePlan(dir, TODAY))).toThrow('letters, digits and underscores');
        writePlan([
            { sobject: 'Account', records: [1, 2].map(() => ({ attributes: { type: 'Account', referenceId: 'Acc1' }, Name: 'A' })) }
        ]);
        expect(() => toSeedRecords(loadSamplePlan(dir, TODAY))).toThrow('referenceId "Acc1" is used twice');
    });

    it('a request over the limit, or a reference neither in the org nor earlier in the request', () => {
        const records = toSeedRecords(loadSamplePlan(PLAN_DIR, TODAY));
        expect(() => planBatches(records, 26)).toThrow('1 to 25 subrequests');
        expect(() => compositeRequest(records.slice(0, 26), new Map(), VERSION)).toThrow('at most 25');
        const contact = records.find((r) => r.sobject === 'Contact')!;
        expect(() => compositeRequest([contact], new Map(), VERSION)).toThrow(
            /references AccNorthwind, which is neither in the org nor created earlier in this request/
        );
    });
});
