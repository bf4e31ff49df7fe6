import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkComponents } from '../check';

const META =
    '<?xml version="1.0" encoding="UTF-8"?>\n<LightningComponentBundle xmlns="http://soap.sforce.com/2006/04/metadata"><apiVersion>66.0</apiVersion><isExposed>false</isExposed></LightningComponentBundle>\n';
const JS = "import { LightningElement } from 'lwc';\nexport default class Panel extends LightningElement { handleClick() {} }\n";

function lwcDirWith(bundles: Record<string, Record<string, string>>): string {
    const dir = mkdtempSync(join(tmpdir(), 'lwc-platform-'));
    for (const [name, files] of Object.entries(bundles)) {
        mkdirSync(join(dir, name));
        writeFileSync(join(dir, name, `${name}.js-meta.xml`), META);
        for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, name, file), text);
    }
    return dir;
}

describe('platform LWC compiler check', () => {
    it('accepts a valid bundle', async () => {
        const dir = lwcDirWith({
            panel: { 'panel.js': JS, 'panel.html': '<template><button onclick={handleClick}>Go</button></template>' }
        });
        expect(await checkComponents(dir)).toEqual({ bundles: 1, diagnostics: [] });
    }, 30000);

    it('reports template errors the org would reject on deploy', async () => {
        const dir = lwcDirWith({
            panel: { 'panel.js': JS, 'panel.html': '<template><button onclick="handleClick">Go</button></template>' }
        });
        const { diagnostics } = await checkComponents(dir);
        expect(diagnostics).toEqual([
            expect.objectContaining({
                bundle: 'panel',
                level: 'error',
                message: expect.stringContaining('Event handler should be an expression')
            })
        ]);
    }, 30000);

    describe('dynamic components', () => {
        const DYNAMIC_META = META.replace(
            '<isExposed>',
            '<capabilities><capability>lightning__dynamicComponent</capability></capabilities><isExposed>'
        );
        const lazyPanel = (imports: string[]): Record<string, string> => ({
            'panel.js':
                "import { LightningElement } from 'lwc';\nexport default class Panel extends LightningElement {\n  form;\n" +
                `  handleClick() { ${imports.map((m) => `import('${m}').then((mod) => { this.form = mod.default; });`).join(' ')} }\n}\n`,
            'panel.html': '<template><button onclick={handleClick}>Go</button><lwc:component lwc:is={form}></lwc:component></template>'
        });

        it('rejects import() in a bundle without the lightning__dynamicComponent capability', async () => {
            const { diagnostics } = await checkComponents(lwcDirWith({ panel: lazyPanel(['c/goalForm']) }));
            expect(diagnostics.some((d) => d.level === 'error' && /[Dd]ynamic import/.test(d.message))).toBe(true);
        }, 30000);

        it('accepts one import() of a literal module with the capability', async () => {
            const dir = lwcDirWith({ panel: lazyPanel(['c/goalForm']) });
            writeFileSync(join(dir, 'panel', 'panel.js-meta.xml'), DYNAMIC_META);
            expect(await checkComponents(dir)).toEqual({ bundles: 1, diagnostics: [] });
        }, 30000);

        it('rejects a second import() in the same bundle (hence c/opportunityForms)', async () => {
            const dir = lwcDirWith({ panel: lazyPanel(['c/goalForm', 'c/kpiForm']) });
            writeFileSync(join(dir, 'panel', 'panel.js-meta.xml'), DYNAMIC_META);
            const { diagnostics } = await checkComponents(dir);
            expect(diagnostics).toEqual([expect.objectContaining({ level: 'error', message: expect.stringContaining('LWC1120') })]);
        }, 30000);
    });

    it('reports a bundle that was not built', async () => {
        const dir = lwcDirWith({ panel: { 'panel.html': '<template></template>', 'panel.ts': JS } });
        const { diagnostics } = await checkComponents(dir);
        expect(diagnostics[0]?.message).toMatch(/panel\.js is missing: run `npm run build`/);
    });
});
