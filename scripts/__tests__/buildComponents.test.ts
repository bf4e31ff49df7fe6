import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { transpileComponent } from '../../core/components/compile';
import { buildComponents, staleBuildOutputs } from '../../core/components/build';
import { bundleFiles } from '../new-component';

describe('component build', () => {
    it('strips types but keeps LWC decorators and class fields as the platform compiler expects', () => {
        const js = transpileComponent(
            "import { LightningElement, api, wire } from 'lwc';\nimport type { X } from './x';\n" +
                'export default class A extends LightningElement {\n  @api recordId?: string;\n  @wire(adapter, { id: "$recordId" }) wired?: X;\n  private count: number = 0;\n}\n',
            'a.ts'
        );
        expect(js).toContain('@api\n    recordId;');
        expect(js).toContain('@wire(adapter, { id: "$recordId" })');
        expect(js).toContain('count = 0;');
        expect(js).not.toContain('import type');
        expect(js).not.toContain(': string');
    });

    it('reports a syntax error instead of emitting broken JavaScript', () => {
        expect(() => transpileComponent('export default class {', 'broken.ts')).toThrow(/broken\.ts: cannot be transpiled/);
    });

    it('emits one .js per component source and skips tests and declarations', () => {
        const lwc = mkdtempSync(join(tmpdir(), 'lwc-'));
        const files = bundleFiles('kpiSparkline', true);
        for (const [file, content] of Object.entries(files)) {
            mkdirSync(join(lwc, 'kpiSparkline', file, '..'), { recursive: true });
            writeFileSync(join(lwc, 'kpiSparkline', file), content);
        }
        writeFileSync(join(lwc, 'kpiSparkline', 'types.d.ts'), 'export type T = number;\n');
        const written = buildComponents(lwc);
        expect(written).toEqual([join(lwc, 'kpiSparkline', 'kpiSparkline.js')]);
        expect(readFileSync(written[0]!, 'utf8')).toContain('export default class KpiSparkline extends LightningElement');
        expect(existsSync(join(lwc, 'kpiSparkline', '__tests__', 'kpiSparkline.test.js'))).toBe(false);
    });

    it('--check names every committed .js that differs from a fresh build, is missing, or has lost its .ts', () => {
        const lwc = mkdtempSync(join(tmpdir(), 'lwc-'));
        for (const [file, content] of Object.entries(bundleFiles('kpiSparkline', false))) {
            mkdirSync(join(lwc, 'kpiSparkline', file, '..'), { recursive: true });
            writeFileSync(join(lwc, 'kpiSparkline', file), content);
        }
        const js = join(lwc, 'kpiSparkline', 'kpiSparkline.js');
        expect(staleBuildOutputs(lwc)).toEqual([`${js} is missing`]);
        buildComponents(lwc);
        expect(staleBuildOutputs(lwc)).toEqual([]);
        const ts = join(lwc, 'kpiSparkline', 'kpiSparkline.ts');
        writeFileSync(ts, readFileSync(ts, 'utf8') + '\nexport const added = 1;\n');
        expect(staleBuildOutputs(lwc)).toEqual([`${js} differs from a fresh build of its .ts`]);
        buildComponents(lwc);
        writeFileSync(join(lwc, 'kpiSparkline', 'helper.js'), transpileComponent('export const x = 1;\n', 'helper.ts'));
        writeFileSync(join(lwc, 'kpiSparkline', 'handWritten.js'), 'export const y = 2;\n');
        expect(staleBuildOutputs(lwc)).toEqual([`${join(lwc, 'kpiSparkline', 'helper.js')} was built from a .ts that no longer exists`]);
    });

    it('scaffolds only valid component names', () => {
        expect(() => bundleFiles('Bad-Name', false)).toThrow(/not a valid component name/);
        expect(Object.keys(bundleFiles('goalCard', false))).toEqual([
            'goalCard.ts',
            'goalCard.html',
            'goalCard.js-meta.xml',
            '__tests__/goalCard.test.ts'
        ]);
    });
});
