/**
 * Unused-code check (`npm run knip`, part of `npm test`): unused files, exports, types and
 * dependencies. Entry points knip cannot see by itself are listed here; module paths that only the
 * LWC compiler resolves (`c/<bundle>`, `shell/<bundle>`) are derived from the folders.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { KnipConfig } from 'knip';
import { STAND_INS } from './preview/build/plugins/platform';

const COMPONENTS = 'force-app/main/default/lwc';
const PREVIEW_MODULES = 'preview/client/modules';

/** Bundles in an LWC modules folder that have `<bundle>/<bundle>.ts`. */
function bundles(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, `${entry.name}.ts`)))
        .map((entry) => entry.name);
}

/** `<namespace>/<bundle>` → its .ts, as the LWC compiler resolves it (one `*` per pattern cannot say `x/x`). */
function modulePaths(namespace: string, dir: string): Record<string, string[]> {
    return Object.fromEntries(bundles(dir).map((bundle) => [`${namespace}/${bundle}`, [`./${dir}/${bundle}/${bundle}.ts`]]));
}

const previewNamespaces = readdirSync(PREVIEW_MODULES, { withFileTypes: true }).filter((entry) => entry.isDirectory());

const config: KnipConfig = {
    entry: [
        // Components with a template: the platform instantiates their default export (from markup,
        // Lightning pages, other templates), which no import shows. Modules without a template are
        // reached through `c/<bundle>` imports and checked like any other module.
        `${COMPONENTS}/*/*.ts`,
        // The preview's browser bundle (preview/build/paths.ts CLIENT_ENTRY) and its shell components.
        'preview/client/main.ts',
        `${PREVIEW_MODULES}/*/*/*.ts`,
        // The preview's stand-ins for platform modules, resolved by its Rollup plugin, not by an import.
        ...Object.values(STAND_INS).map((file) => `preview/client/platform/${file}`),
        // Aura controllers: the Aura framework loads <bundle>Controller.js beside the bundle's .cmp.
        'force-app/main/default/aura/*/*Controller.js',
        // Local packages that package.json "overrides" put in place of two platform parser dependencies.
        'tools/shims/*/index.js'
    ],
    project: ['**/*.{ts,js}'],
    ignore: [
        // Build output of `npm run build` (the .ts beside each is the source).
        `${COMPONENTS}/**/*.js`,
        // Test data, not modules of this project.
        'tools/**/fixtures/**',
        'preview/**/fixtures/**',
        'core/**/fixtures/**',
        'test/verifier-docs-corpus/**'
    ],
    // Jest comes with @salesforce/sfdx-lwc-jest (not a direct dependency), so say where its configs are.
    jest: { config: ['jest.config.js', 'jest.e2e.config.js'] },
    paths: {
        '#test/jest/*': ['./test/jest/*'],
        ...modulePaths('c', COMPONENTS),
        ...Object.assign({}, ...previewNamespaces.map((ns) => modulePaths(ns.name, join(PREVIEW_MODULES, ns.name))))
    },
    ignoreDependencies: [
        // Platform modules: the org (and sfdx-lwc-jest's stubs, and the preview's stand-ins) provide them.
        /^@salesforce\/(label|schema|apex|i18n|user|client|messageChannel|userPermission|customPermission|resourceUrl|contentAssetUrl|gate|community)$/,
        'lightning',
        // Modules the preview's Rollup plugins provide (preview/build/plugins).
        'preview',
        // Jest, its jsdom environment and the LWC transformer come with @salesforce/sfdx-lwc-jest (its preset in jest.config.js).
        'jest-environment-jsdom',
        /^@lwc\/jest-(preset|transformer|serializer)$/,
        '@salesforce/wire-service-jest-util',
        // Ships with @salesforce/cli; scripts/org/connection.ts imports it only when --target-org is given.
        '@salesforce/core',
        // Run as programs, not imported: the `sf` CLI (scripts/org/sfCli.ts, tools/verifier/convert.ts) and
        // the Chromium the e2e tests launch through `node -e` (test/e2e/support/browser.ts).
        '@salesforce/cli',
        '@sparticuz/chromium'
    ],
    ignoreBinaries: ['jest']
};

export default config;
