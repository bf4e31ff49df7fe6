/**
 * Figure 3: what each panel ships. Each panel's entry (`c/<bundle>`) is compiled alone with the
 * preview's own Rollup pipeline (preview/build/config: TypeScript stripped, the LWC compiler on
 * templates and CSS, labels and schema imports), in production mode, with the platform's modules
 * external: the LWC engine (`lwc`, `@lwc/*`), base components and platform modules (`lightning/*`,
 * `force/*`) and platform-provided `@salesforce/*` values (user, i18n, client). What remains is
 * the panel's own module graph: its component, its children (c/*), the shared service modules
 * and the label text it imports. Minified with terser, gzipped with node:zlib (level 9).
 */
import { gzipSync } from 'node:zlib';
import { rollup, type OutputChunk, type Plugin } from 'rollup';
import { minify } from 'terser';
import { rollupOptions } from '../preview/build/config';
import { bundleExists } from './lib/components';
import { PANELS } from './lib/panels';
import { round } from './lib/stats';

/** Goal: each panel under 20 KB gzipped. */
export const BUNDLE_GOAL_BYTES = 20 * 1024;

export interface BundleSize {
    panel: string;
    bundle: string;
    measured: boolean;
    reason?: string;
    modules?: number;
    rawBytes?: number;
    minifiedBytes?: number;
    gzipBytes?: number;
    /** The largest contributors (minified size is not per module: rendered, unminified bytes). */
    largestModules?: { module: string; renderedBytes: number }[];
    goal: string;
    pass: boolean | null;
}

const EXTERNAL = /^(lwc|@lwc\/|lightning\/|force\/|@salesforce\/(user|i18n|client|apex|userPermission|customPermission)\b)/;

function shortName(id: string): string {
    const clean = id.split('?', 1)[0] ?? id;
    const at = clean.indexOf('/force-app/main/default/lwc/');
    if (at >= 0) return `c/${clean.slice(at + '/force-app/main/default/lwc/'.length)}`;
    return clean.replace(/^\0/, '').replace(/^.*\/node_modules\//, '');
}

export async function panelBundleSize(bundle: string, label: string): Promise<BundleSize> {
    const goal = `< ${BUNDLE_GOAL_BYTES / 1024} KB gzip`;
    if (!bundleExists(bundle)) return { panel: label, bundle, measured: false, reason: `${bundle} not built`, goal, pass: null };
    const base = rollupOptions({ mode: 'production', sourcemap: false });
    const plugins = (base.plugins as Plugin[]).filter((p) => p && p.name !== 'preview-static-files');
    const build = await rollup({
        input: `c/${bundle}`,
        treeshake: base.treeshake,
        plugins,
        external: (id) => EXTERNAL.test(id),
        onLog: base.onLog
    });
    try {
        const { output } = await build.generate({ format: 'es', sourcemap: false, inlineDynamicImports: true });
        const chunks = output.filter((o): o is OutputChunk => o.type === 'chunk');
        const code = chunks.map((c) => c.code).join('\n');
        const minified = await minify(code, { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } });
        const min = minified.code ?? '';
        const modules = chunks.flatMap((c) => Object.entries(c.modules));
        const gzipBytes = gzipSync(Buffer.from(min), { level: 9 }).length;
        return {
            panel: label,
            bundle,
            measured: true,
            modules: modules.length,
            rawBytes: Buffer.byteLength(code),
            minifiedBytes: Buffer.byteLength(min),
            gzipBytes,
            largestModules: modules
                .map(([id, m]) => ({ module: shortName(id), renderedBytes: m.renderedLength }))
                .sort((a, b) => b.renderedBytes - a.renderedBytes)
                .slice(0, 5),
            goal,
            pass: gzipBytes < BUNDLE_GOAL_BYTES
        };
    } finally {
        await build.close();
    }
}

export async function runBundlePhase(log: (m: string) => void): Promise<{ sizes: BundleSize[]; milliseconds: number }> {
    const started = performance.now();
    const sizes: BundleSize[] = [];
    for (const panel of PANELS) {
        try {
            const size = await panelBundleSize(panel.bundle, panel.label);
            sizes.push(size);
            log(`  ${panel.label}: ${size.measured ? `${size.gzipBytes} B gzip (${size.modules} modules)` : size.reason}`);
        } catch (error) {
            const reason = `build failed: ${(error as Error).message.split('\n', 1)[0]}`;
            sizes.push({ panel: panel.label, bundle: panel.bundle, measured: false, reason, goal: `< ${BUNDLE_GOAL_BYTES / 1024} KB gzip`, pass: null });
            log(`  ${panel.label}: ${reason}`);
        }
    }
    return { sizes, milliseconds: round(performance.now() - started, 0) };
}
