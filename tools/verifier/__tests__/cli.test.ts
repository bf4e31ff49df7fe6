import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { cleanUp, copyFixture, edit, SRC, VALID } from './helpers';

const ROOT = join(__dirname, '..', '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const CLI = join(__dirname, '..', 'cli.ts');

function run(...args: string[]): { status: number | null; lines: string[] } {
    const r = spawnSync(TSX, [CLI, ...args], { encoding: 'utf8', cwd: ROOT });
    return { status: r.status, lines: r.stdout.trim().split('\n') };
}

afterAll(cleanUp);

describe('cli', () => {
    it('prints the summary line and exits 0 on the valid fixture', () => {
        const { status, lines } = run('--root', VALID);
        expect(lines[lines.length - 1]).toMatch(/^validate: \d+ files, \d+ references checked, 0 errors, 0 warnings$/);
        expect(status).toBe(0);
    }, 30_000);

    it('prints "error <file>:<line> <what>. <how to fix>" and exits 1 on errors', () => {
        const dir = copyFixture();
        edit(dir, `${SRC}/objects/Goal__c/fields/Budget__c.field-meta.xml`, /\s*<scale>2<\/scale>/, '');
        const { status, lines } = run('--root', dir);
        expect(lines).toContain(
            'error force-app/main/default/objects/Goal__c/fields/Budget__c.field-meta.xml:2:1 Goal__c.Budget__c: a Number field needs <scale>. Add <scale> (decimal places), e.g. <scale>2</scale>.'
        );
        expect(lines[lines.length - 1]).toMatch(/, 1 errors, 0 warnings$/);
        expect(status).toBe(1);
    }, 30_000);
});
