/**
 * One build path: the preview bundles the components' built .js (what deploys), never their
 * TypeScript. Proven on the real Opportunity panel's module graph, as the preview's own Rollup
 * configuration resolves it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rollup, type Plugin, type PluginContext } from 'rollup';
import { rollupOptions } from '../config';
import { COMPONENTS_DIR } from '../paths';
import { typescript } from '../plugins/typescript';

/** The module graph of `c/<bundle>` through the preview's plugins (platform modules left external, as bench/bundle.ts does). */
async function moduleIds(input: string, componentsDir?: string): Promise<string[]> {
    const base = rollupOptions({ mode: 'production', sourcemap: false, ...(componentsDir ? { componentsDir } : {}) });
    const plugins = (base.plugins as Plugin[]).filter((p) => p && p.name !== 'preview-static-files');
    const build = await rollup({
        input,
        treeshake: base.treeshake,
        plugins,
        external: (id) => /^(lwc|@lwc\/|lightning\/|force\/|@salesforce\/(user|i18n|client)\b)/.test(id),
        onLog: base.onLog
    });
    try {
        return (build.cache?.modules ?? []).map((m) => m.id.split('?', 1)[0]!);
    } finally {
        await build.close();
    }
}

describe('the preview runs the built component .js', () => {
    it("loads c/opportunityOutcomes' graph from force-app as .js files only", async () => {
        const fromPackage = (await moduleIds('c/opportunityOutcomes')).filter((id) => id.startsWith(COMPONENTS_DIR));
        const scripts = fromPackage.filter((id) => !/\.(html|css)$/.test(id));
        expect(scripts).toContain(join(COMPONENTS_DIR, 'opportunityOutcomes', 'opportunityOutcomes.js'));
        expect(scripts).toContain(join(COMPONENTS_DIR, 'outcomesQueries', 'outcomesQueries.js'));
        expect(scripts.filter((id) => !id.endsWith('.js'))).toEqual([]);
    }, 180_000);

    it('builds a changed .ts before bundling, and bundles a sibling file of a bundle as its .js', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'preview-built-'));
        try {
            cpSync(join(__dirname, 'fixtures', 'lwc', 'kpiFormat'), join(dir, 'kpiFormat'), { recursive: true });
            writeFileSync(join(dir, 'kpiFormat', 'unit.ts'), "export const UNIT: string = 'days';\n");
            const entry = join(dir, 'kpiFormat', 'kpiFormat.ts');
            writeFileSync(
                entry,
                `import { UNIT } from './unit';\n${readFileSync(entry, 'utf8')}\nexport const WITH_UNIT: string = UNIT;\n`
            );
            const ids = await moduleIds('c/kpiFormat', dir);
            expect(ids).toEqual(expect.arrayContaining([join(dir, 'kpiFormat', 'kpiFormat.js'), join(dir, 'kpiFormat', 'unit.js')]));
            expect(ids.filter((id) => id.startsWith(dir) && id.endsWith('.ts'))).toEqual([]);
            expect(readFileSync(join(dir, 'kpiFormat', 'kpiFormat.js'), 'utf8')).toContain('export const WITH_UNIT = UNIT;');
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    }, 180_000);

    it("refuses a component's .ts that reaches the bundle, naming it", () => {
        const plugin = typescript(COMPONENTS_DIR);
        const context = {
            error: (message: string) => {
                throw new Error(message);
            }
        } as unknown as PluginContext;
        const transform = plugin.transform as (this: PluginContext, code: string, id: string) => unknown;
        const file = join(COMPONENTS_DIR, 'outcomesQueries', 'outcomesQueries.ts');
        expect(() => transform.call(context, 'export const A: number = 1;', file)).toThrow(
            `${file}: a component's TypeScript source reached the preview bundle; the preview runs its built .js (npm run build)`
        );
        // The shell's own modules are stripped by the same step as the components' build (types gone, decorators kept).
        const shell = transform.call(context, 'class A { @api x: number = 1; }', '/preview/client/modules/shell/a/a.ts') as {
            code: string;
        };
        expect(shell.code).toContain('@api');
        expect(shell.code).toContain('x = 1;');
        expect(shell.code).not.toContain('number');
    });
});
