/**
 * Builds the fixture components (preview/build/__tests__/fixtures) the way `npm start` builds
 * the package: proves the LWC compiler, base components and platform stand-ins fit together.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from '../build';

const FIXTURES = join(__dirname, 'fixtures');
const LABELS = join(FIXTURES, 'labels/CustomLabels.labels-meta.xml');

describe('preview build', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'preview-build-'));
    afterAll(() => rmSync(outDir, { recursive: true, force: true }));

    it('compiles the shell, a package component and its platform imports into dist', async () => {
        const report = await build({ componentsDir: join(FIXTURES, 'lwc'), labelsFile: LABELS, outDir, sourcemap: false });
        const main = readFileSync(join(outDir, 'main.js'), 'utf8');
        expect(report.files.map((f) => f.file)).toEqual(expect.arrayContaining(['main.js', 'index.html', 'preview.css']));
        // Registered under the c namespace, so lwc:is renders it as <c-opportunity-outcomes>.
        expect(main).toContain('sel: "c-opportunity-outcomes"');
        expect(main).toContain('Preview fixture & base components');
        expect(main).toContain('"fieldApiName":"Account.Name"');
        expect(main).toContain('lightning__showtoast');
    }, 180_000);
});
