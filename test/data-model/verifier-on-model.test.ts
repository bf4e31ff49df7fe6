import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyProject } from '../../tools/verifier/verify';

/**
 * The verifier over the package's own model: it passes as committed, and removing one field
 * that a permission set, a layout and the sample data name makes each of them an error.
 */
const repo = join(__dirname, '..', '..');

function copyOfPackage(): string {
    const dir = mkdtempSync(join(tmpdir(), 'model-'));
    for (const part of ['sfdx-project.json', 'force-app', 'data']) cpSync(join(repo, part), join(dir, part), { recursive: true });
    return dir;
}

describe('verifier over the data model', () => {
    it('passes on the package as committed', () => {
        const { problems, files, references } = verifyProject(repo);
        expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
        expect(files).toBeGreaterThan(90);
        expect(references).toBeGreaterThan(1000);
    });

    it('fails wherever a removed field is still named: permission sets, layouts and sample data', () => {
        const dir = copyOfPackage();
        try {
            rmSync(join(dir, 'force-app/main/default/objects/Customer_KPI__c/fields/Unit__c.field-meta.xml'));
            const errors = verifyProject(dir).problems.filter((p) => p.severity === 'error' && p.message.includes('Unit__c'));
            const files = new Set(errors.map((p) => p.file));
            for (const set of ['User', 'Manager', 'Admin']) {
                expect(files).toContain(`force-app/main/default/permissionsets/Customer_Outcomes_${set}.permissionset-meta.xml`);
            }
            expect(files).toContain('force-app/main/default/layouts/Customer_KPI__c-Customer KPI Layout.layout-meta.xml');
            expect(files).toContain('data/sample/Customer_KPI__c.json');
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
});
