/**
 * The preview bundle's Rollup configuration: the package's components as their built .js (what
 * deploys), the shell's own TypeScript stripped by the same step that builds that .js, then the
 * LWC compiler over the shell, the components and lightning-base-components, with the platform's
 * modules pointed at the preview's stand-ins.
 */
import lwc from '@lwc/rollup-plugin';
import replace from '@rollup/plugin-replace';
import { readFileSync } from 'node:fs';
import type { OutputOptions, RollupOptions } from 'rollup';
import { CLIENT_DIR, CLIENT_ENTRY, COMPONENTS_DIR, DIST_DIR, LBC_DIR, SFDX_PROJECT_FILE, SHELL_MODULES_DIR } from './paths';
import { packageComponents } from './plugins/components';
import { customLabels } from './plugins/labels';
import { lbcDefaults } from './plugins/lbcDefaults';
import { objectInfo } from './plugins/objectInfo';
import { platformModules } from './plugins/platform';
import { recordActionsModule } from './plugins/recordActions';
import { salesforceSchema } from './plugins/schema';
import { staticFiles } from './plugins/staticFiles';
import { typescript } from './plugins/typescript';
import { failOnUnresolved } from './plugins/unresolved';

type BuildMode = 'development' | 'production';

export interface PreviewBuildOptions {
    /** development keeps the LWC engine's warnings (the default for the preview); production is what the org runs. */
    mode?: BuildMode;
    outDir?: string;
    /** The package's LWC folder; tests point it at fixtures. */
    componentsDir?: string;
    /** The package's CustomLabels file; tests point it at fixtures. */
    labelsFile?: string;
    sourcemap?: boolean;
}

function apiVersion(): number {
    const project = JSON.parse(readFileSync(SFDX_PROJECT_FILE, 'utf8')) as { sourceApiVersion?: string };
    return Number(project.sourceApiVersion ?? '66.0');
}

export function rollupOptions(options: PreviewBuildOptions = {}): RollupOptions & { output: OutputOptions } {
    const mode = options.mode ?? 'development';
    const componentsDir = options.componentsDir ?? COMPONENTS_DIR;
    return {
        input: CLIENT_ENTRY,
        // LWC modules are side-effect free only by convention; keep Rollup from dropping registrations.
        treeshake: { moduleSideEffects: true },
        plugins: [
            typescript(componentsDir),
            replace({
                preventAssignment: true,
                values: {
                    'process.env.NODE_ENV': JSON.stringify(mode),
                    'process.env.SKIP_LWC_VERSION_MISMATCH_CHECK': 'false',
                    'process.env.FORCE_NATIVE_SHADOW_MODE_FOR_TEST': 'false',
                    // lightning-base-components guards browser-only code with this (Vite's SSR flag).
                    'import.meta.env.SSR': 'false'
                }
            }),
            platformModules(),
            salesforceSchema(),
            customLabels(options.labelsFile),
            objectInfo(),
            recordActionsModule(),
            packageComponents(componentsDir),
            lwc({
                rootDir: SHELL_MODULES_DIR,
                modules: [{ npm: 'lightning-base-components' }],
                // The engine and synthetic shadow are prebuilt; compiling them again only costs time.
                exclude: ['**/node_modules/@lwc/**'],
                enableDynamicComponents: true,
                enableSyntheticElementInternals: true,
                apiVersion: apiVersion(),
                sourcemap: options.sourcemap ?? true
            }),
            lbcDefaults(),
            failOnUnresolved(),
            staticFiles(CLIENT_DIR, ['index.html', 'preview.css'])
        ],
        onLog(level, log, handler) {
            // A bare import left external would only fail in the browser: fail the build instead.
            if (log.code === 'UNRESOLVED_IMPORT') return handler('error', log);
            // lightning-base-components' own template warnings are not ours to fix.
            if (level === 'warn' && (log.loc?.file ?? log.id ?? '').includes(LBC_DIR)) return;
            handler(level, log);
        },
        output: {
            dir: options.outDir ?? DIST_DIR,
            format: 'es',
            entryFileNames: 'main.js',
            chunkFileNames: 'chunks/[name]-[hash].js',
            sourcemap: options.sourcemap ?? true
        }
    };
}
