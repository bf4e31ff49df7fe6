import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertProject } from '../convert';
import { cleanUp, copyFixture, VALID } from './helpers';

afterAll(cleanUp);

// Runs the Salesforce CLI offline (no org): a few seconds.
describe('offline convert', () => {
    it('converts the valid fixture to a package.xml listing its types, without TypeScript', () => {
        const result = convertProject(VALID);
        expect(result.problems).toEqual([]);
        expect(result.ok).toBe(true);
        expect(result.types).toMatchObject({
            CustomObject: 3,
            CustomField: 12,
            LightningComponentBundle: 1,
            PermissionSet: 1,
            Report: 3,
            ReportType: 1,
            Dashboard: 2,
            CustomApplication: 1,
            FlexiPage: 1
        });
    }, 120_000);

    it('fails when a TypeScript file would deploy', () => {
        const dir = copyFixture();
        writeFileSync(join(dir, '.forceignore'), '**/__tests__/**\n');
        const result = convertProject(dir);
        expect(result.ok).toBe(false);
        expect(result.problems.map((p) => p.message).join('\n')).toMatch(/the deployable output contains .*goalPanel\.ts/);
    }, 120_000);
});
