/**
 * Figure 3: what each panel ships. Each panel's entry (`c/<bundle>`) is compiled alone with the
 * preview's own Rollup pipeline (preview/build/config: TypeScript stripped, the LWC compiler on
 * templates and CSS, labels and schema imports), in production mode, with the platform's modules
 * external: the LWC engine (`lwc`, `@lwc/*`), base components and platform modules (`lightning/*`,
 * `force/*`) and platform-provided `@salesforce/*` values (user, i18n, client, message channels). What remains is
 * the panel's own module graph: its component, its children (c/*), the shared service modules
 * and the label text it imports. Minified with terser, gzipped with node:zlib (level 9).
 *
 * The figure held to the goal is the first load: the entry chunk and what it imports statically.
 * Modules the panel imports dynamically (the inline forms, fetched when a rep first opens one)
 * are split into their own chunks by Rollup and reported beside it, never left out silently.
 */
import { gzipSync } from 'node:zlib';
import { rollup, type OutputChunk, type Plugin } from 'rollup';
import { minify } from 'terser';
import { rollupOptions } from '../preview/build/config';
import { bundleExists } from './lib/components';
import { PANELS } from './lib/panels';
import { round } from './lib/stats';

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
    /** Chunks loaded on demand (dynamic imports), each minified and gzipped on its own. */
    onDemand?: { chunk: string; modules: number; gzipBytes: number }[];
    goal: string;
    pass: boolean | null;
}

const EXTERNAL = /^(lwc|@lwc\/|lightning\/|force\/|@salesforce\/(user|i18n|client|apex|userPermission|customPermission|messageChannel)\b)/;

function shortName(id: string): string {
    const clean = id.split('?', 1)[0] ?? id;
    const at = clean.indexOf('/force-app/main/default/lwc/');
    if (at >= 0) return `c/${clean.slice(at + '/force-app/main/default/lwc/'.length)}`;
    return clean.replace(/^\0/, '').replace(/^.*\/node_modules\//, '');
}

async function panelBundleSize(bundle: string, label: string, goalKb: number): Promise<BundleSize> {
    const goalBytes = Math.round(goalKb * 1024);
    const goal = `≤ ${goalKb} KB gzip`;
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
        const { output } = await build.generate({ format: 'es', sourcemap: false });
        const chunks = output.filter((o): o is OutputChunk => o.type === 'chunk');
        const initial = firstLoad(chunks);
        const code = initial.map((c) => c.code).join('\n');
        const min = await minified(code);
        const modules = initial.flatMap((c) => Object.entries(c.modules));
        const gzipBytes = gzipSync(Buffer.from(min), { level: 9 }).length;
        const onDemand = [];
        for (const chunk of chunks.filter((c) => !initial.includes(c))) {
            const gzip = gzipSync(Buffer.from(await minified(chunk.code)), { level: 9 }).length;
            onDemand.push({ chunk: chunkName(chunk), modules: Object.keys(chunk.modules).length, gzipBytes: gzip });
        }
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
            onDemand,
            goal,
            pass: gzipBytes <= goalBytes
        };
    } finally {
        await build.close();
    }
}

/** The entry chunk and every chunk it reaches through static imports. */
function firstLoad(chunks: OutputChunk[]): OutputChunk[] {
    const byName = new Map(chunks.map((c) => [c.fileName, c]));
    const reached = new Set<OutputChunk>();
    const visit = (chunk: OutputChunk | undefined): void => {
        if (!chunk || reached.has(chunk)) return;
        reached.add(chunk);
        for (const name of chunk.imports) visit(byName.get(name));
    };
    visit(chunks.find((c) => c.isEntry));
    return [...reached];
}

/** A dynamic chunk named by the component it starts from (c/goalForm), else its file name. */
function chunkName(chunk: OutputChunk): string {
    return chunk.facadeModuleId ? shortName(chunk.facadeModuleId).replace(/\/[^/]+$/, '') : chunk.fileName;
}

async function minified(code: string): Promise<string> {
    const result = await minify(code, { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } });
    return result.code ?? '';
}

export async function runBundlePhase(log: (m: string) => void): Promise<{ sizes: BundleSize[]; milliseconds: number }> {
    const started = performance.now();
    const sizes: BundleSize[] = [];
    for (const panel of PANELS) {
        try {
            const size = await panelBundleSize(panel.bundle, panel.label, panel.firstLoadGoalKb);
            sizes.push(size);
            const later = size.onDemand?.length ? `; on demand: ${size.onDemand.map((c) => `${c.chunk} ${c.gzipBytes} B`).join(', ')}` : '';
            log(
                `  ${panel.label}: ${size.measured ? `${size.gzipBytes} B gzip first load (${size.modules} modules)${later}` : size.reason}`
            );
        } catch (error) {
            const reason = `build failed: ${(error as Error).message.split('\n', 1)[0]}`;
            sizes.push({
                panel: panel.label,
                bundle: panel.bundle,
                measured: false,
                reason,
                goal: `≤ ${panel.firstLoadGoalKb} KB gzip`,
                pass: null
            });
            log(`  ${panel.label}: ${reason}`);
        }
    }
    return { sizes, milliseconds: round(performance.now() - started, 0) };
}
