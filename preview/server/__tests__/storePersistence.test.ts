import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadStoreFile, writeFileAtomic } from '../store/persistence';
import { countAll, openStore, recordNamed, removeTempDirs, tempDir, TODAY } from './support';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('store persistence', () => {
    afterAll(removeTempDirs);

    it('starts from the sample when there is no file, and says so', () => {
        const t = openStore();
        expect(t.logs[0]).toMatch(/^no store file at .*store\.json; loading the sample data$/);
        const sample = JSON.parse(readFileSync(resolve(__dirname, '../../../data/sample/Opportunity.json'), 'utf8')) as {
            records: unknown[];
        };
        expect(t.store.count('Opportunity')).toBe(sample.records.length);
        expect(loadStoreFile(t.dataFile).kind).toBe('loaded');
    });

    it('keeps what was written across a restart', () => {
        const t = openStore();
        const kpi = recordNamed(t.store, 'Customer_KPI__c', 'Billing errors');
        const created = t.store.create('KPI_Measurement__c', {
            Customer_KPI__c: kpi.Id,
            Value__c: 21,
            Note__c: 'Entered in the preview ✓ 日本語'
        });
        t.store.update(kpi.Id, { Unit__c: 'errors/mo' });
        const gone = recordNamed(t.store, 'Customer_Goal__c', 'Cut billing-related support tickets by two thirds');
        t.store.delete(gone.Id);
        const reopened = openStore({ dataFile: t.dataFile });
        expect(countAll(reopened.store)).toEqual(countAll(t.store));
        expect(reopened.store.get(created.Id)?.record).toEqual(created);
        expect(reopened.store.get(kpi.Id)?.record).toMatchObject({ Unit__c: 'errors/mo', Current_Value__c: 21 });
        expect(reopened.store.get(gone.Id)).toBeUndefined();
        // Counters continue: no id or auto-number is reused.
        const next = reopened.store.create('KPI_Measurement__c', { Customer_KPI__c: kpi.Id, Value__c: 20 });
        expect(next.Id > created.Id).toBe(true);
        expect(Number(String(next.Name).slice(2))).toBe(Number(String(created.Name).slice(2)) + 1);
        expect(() => reopened.store.update(gone.Id, { Name: 'x' })).toThrow('entity is deleted');
    });

    it('loads the sample when the file is corrupt, keeping the corrupt file aside', () => {
        const dir = tempDir();
        const dataFile = join(dir, 'store.json');
        writeFileSync(dataFile, '{"format": "customer-outcomes-preview-store", "records": {');
        const t = openStore({ dataFile });
        expect(t.logs[0]).toMatch(
            /store\.json is not valid JSON .*; it was kept as .*store\.json\.corrupt-.* and the sample data is loaded instead$/
        );
        expect(t.store.count('Account')).toBe(6);
        expect(readdirSync(dir).filter((f) => f.includes('.corrupt-'))).toHaveLength(1);
        expect(loadStoreFile(dataFile).kind).toBe('loaded');
    });

    it('reset restores the sample with its original ids', () => {
        const t = openStore();
        const northwind = recordNamed(t.store, 'Account', 'Northwind Logistics');
        const sample = countAll(t.store);
        t.store.delete(northwind.Id);
        t.store.create('Account', { Name: 'Entered later' });
        t.store.reset();
        expect(countAll(t.store)).toEqual(sample);
        expect(recordNamed(t.store, 'Account', 'Northwind Logistics').Id).toBe(northwind.Id);
        expect(countAll(openStore({ dataFile: t.dataFile }).store)).toEqual(sample);
    });

    it('a crash between writing the temporary file and the rename leaves the old file whole', () => {
        let crash = false;
        const t = openStore({
            beforeRename: (temp) => {
                if (!crash) return;
                // The new content is fully on disk in the temporary file when the process "dies".
                expect(JSON.parse(readFileSync(temp, 'utf8')).records).toBeDefined();
                throw new Error('simulated crash before rename');
            }
        });
        const before = readFileSync(t.dataFile, 'utf8');
        crash = true;
        const kpi = recordNamed(t.store, 'Customer_KPI__c', 'Billing errors');
        t.store.create('KPI_Measurement__c', { Customer_KPI__c: kpi.Id, Value__c: 1 });
        expect(readFileSync(t.dataFile, 'utf8')).toBe(before);
        expect(readdirSync(resolve(t.dataFile, '..')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
        expect(t.logs.some((l) => l.includes('simulated crash before rename') && l.includes('the previous file is intact'))).toBe(true);
        // The next successful write catches up.
        crash = false;
        t.store.create('KPI_Measurement__c', { Customer_KPI__c: kpi.Id, Value__c: 2 });
        expect(countAll(openStore({ dataFile: t.dataFile }).store).KPI_Measurement__c).toBe(t.store.count('KPI_Measurement__c'));
    });

    it('killing a process in the middle of a write loop never leaves a corrupt file', async () => {
        const dir = tempDir();
        const file = join(dir, 'store.json');
        const script = join(dir, 'writer.ts');
        writeFileSync(
            script,
            `import { writeFileAtomic } from ${JSON.stringify(resolve(__dirname, '../store/persistence'))};
const big = 'x'.repeat(2_000_000);
for (let i = 0; ; i++) writeFileAtomic(${JSON.stringify(file)}, JSON.stringify({ i, big }));
`
        );
        for (let round = 0; round < 3; round++) {
            const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: resolve(__dirname, '../../..'), stdio: 'ignore' });
            const started = Date.now();
            while (!existsSync(file) && Date.now() - started < 20_000) await sleep(20);
            await sleep(100 + Math.random() * 200);
            child.kill('SIGKILL');
            await new Promise((r) => child.once('exit', r));
            const parsed = JSON.parse(readFileSync(file, 'utf8')) as { i: number; big: string };
            expect(parsed.big).toHaveLength(2_000_000);
        }
        // Opening a store there clears what the killed writer left half-done.
        openStore({ dataFile: file });
        expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    }, 60_000);

    it('writes atomically through a temporary file in the same folder', () => {
        const dir = tempDir();
        const file = join(dir, 'nested', 'store.json');
        const seen: string[] = [];
        writeFileAtomic(file, '{"a":1}', (temp) => seen.push(temp));
        expect(seen[0]?.startsWith(join(dir, 'nested'))).toBe(true);
        expect(readFileSync(file, 'utf8')).toBe('{"a":1}');
        expect(TODAY).toBe('2026-06-15');
    });
});
