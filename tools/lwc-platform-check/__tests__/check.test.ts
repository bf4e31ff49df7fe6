import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkComponents } from '../check';

const META = '<?xml version="1.0" encoding="UTF-8"?>\n<LightningComponentBundle xmlns="http://soap.sforce.com/2006/04/metadata"><apiVersion>66.0</apiVersion><isExposed>false</isExposed></LightningComponentBundle>\n';
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
        const dir = lwcDirWith({ panel: { 'panel.js': JS, 'panel.html': '<template><button onclick={handleClick}>Go</button></template>' } });
        expect(await checkComponents(dir)).toEqual({ bundles: 1, diagnostics: [] });
    }, 30000);

    it('reports template errors the org would reject on deploy', async () => {
        const dir = lwcDirWith({
            panel: { 'panel.js': JS, 'panel.html': '<template><button onclick="handleClick">Go</button></template>' }
        });
        const { diagnostics } = await checkComponents(dir);
        expect(diagnostics).toEqual([expect.objectContaining({ bundle: 'panel', level: 'error', message: expect.stringContaining('Event handler should be an expression') })]);
    }, 30000);

    it('reports a bundle that was not built', async () => {
        const dir = lwcDirWith({ panel: { 'panel.html': '<template></template>', 'panel.ts': JS } });
        const { diagnostics } = await checkComponents(dir);
        expect(diagnostics[0]?.message).toMatch(/panel\.js is missing: run `npm run build`/);
    });
});
