/**
 * Each platform module's stand-ins export only what Salesforce documents for it
 * (test/platform/documentedExports.ts cites the page of each list):
 * (a) the preview's stand-in, found through the preview build's own module wiring;
 * (b) the Jest stand-in the component tests actually load: the project's stub where jest.config.js
 *     maps one, else sfdx-lwc-jest's own stub;
 * (c) the declarations in types/*.d.ts;
 * (d) the Node component loader's stand-ins (core/components/platform.ts).
 * Test helpers (emit, emitErrors, resetRequests) are statics on the adapter class, as
 * wire-service-jest-util's adapters have them, never extra module exports.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Plugin, PluginContext } from 'rollup';
import { platformModules as nodeStandIns } from '../../core/components/platform';
import { platformModules } from '../../preview/build/plugins/platform';
import { customLabels } from '../../preview/build/plugins/labels';
import { salesforceSchema } from '../../preview/build/plugins/schema';
import { DOCUMENTED_MODULES, documentedModule } from './documentedExports';
import { declaredModules, exportsOfSource, undocumentedExports, type ModuleExports } from './moduleExports';

const ROOT = resolve(__dirname, '../..');
const LIGHTNING_MODULES = DOCUMENTED_MODULES.filter((m) => m.module.startsWith('lightning/')).map((m) => m.module);

function exportsOfFile(file: string): ModuleExports {
    return exportsOfSource(readFileSync(file, 'utf8'), file);
}

/** Calls a Rollup plugin hook outside a build, with the little context these plugins use. */
function hook<T>(plugin: Plugin, name: 'resolveId' | 'load' | 'buildStart', ...args: unknown[]): T {
    const fn = plugin[name] as unknown;
    const handler = (typeof fn === 'function' ? fn : (fn as { handler: unknown }).handler) as (...a: unknown[]) => T;
    const context = {
        addWatchFile: () => undefined,
        error: (message: string) => {
            throw new Error(message);
        }
    } as unknown as PluginContext;
    return handler.call(context, ...args);
}

/** (a) The preview stand-in file for a module, as the preview build resolves it. */
function previewStandIn(module: string): string | undefined {
    const id = hook<string | null>(platformModules(), 'resolveId', module);
    return typeof id === 'string' ? id : undefined;
}

/** (b) The file Jest loads for a module in the component project. */
function jestStandIn(module: string): string | undefined {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- jest.config.js is CommonJS
    const config = require(join(ROOT, 'jest.config.js')) as {
        projects: { displayName: string; moduleNameMapper?: Record<string, string> }[];
    };
    const components = config.projects.find((p) => p.displayName === 'components');
    for (const [pattern, target] of Object.entries(components?.moduleNameMapper ?? {})) {
        if (new RegExp(pattern).test(module)) return target.replace('<rootDir>', ROOT);
    }
    const name = module.replace(/^lightning\//, '');
    const own = join(ROOT, 'node_modules/@salesforce/sfdx-lwc-jest/src/lightning-stubs', name, `${name}.js`);
    return existsSync(own) ? own : undefined;
}

/** A base component (it has a template in lightning-base-components), not a JS platform module. */
function isBaseComponent(module: string): boolean {
    const name = module.replace(/^lightning\//, '');
    return existsSync(join(dirname(require.resolve('lightning-base-components/package.json')), 'src/lightning', name, `${name}.html`));
}

/** (c) Every `declare module` block under types/. */
function typeDeclarations(): Map<string, ModuleExports> {
    const all = new Map<string, ModuleExports>();
    for (const file of readdirSync(join(ROOT, 'types')).filter((f) => f.endsWith('.d.ts'))) {
        for (const [name, exported] of declaredModules(readFileSync(join(ROOT, 'types', file), 'utf8'), file)) all.set(name, exported);
    }
    return all;
}

describe('platform stand-ins export only documented names', () => {
    it.each(LIGHTNING_MODULES)('%s: the preview stand-in', (module) => {
        const file = previewStandIn(module);
        expect(file).toBeDefined();
        expect(undocumentedExports(module, exportsOfFile(file ?? ''))).toEqual([]);
    });

    it.each(LIGHTNING_MODULES)('%s: the Jest stand-in the component tests load', (module) => {
        const file = jestStandIn(module);
        if (!file) return; // no stub: a component importing the module fails to resolve in Jest.
        const exported = exportsOfFile(file);
        expect(undocumentedExports(module, exported)).toEqual([]);
        // A re-export of a name its source does not have would be undefined at run time.
        for (const { from, names } of exported.reExports) {
            const source = exportsOfFile(resolve(dirname(file), from));
            expect(names.filter((name) => !source.names.includes(name))).toEqual([]);
        }
    });

    it('types/*.d.ts declare only documented names for the platform modules', () => {
        const problems: string[] = [];
        for (const [name, exported] of typeDeclarations()) {
            const documented = documentedModule(name.replace(/\*$/, ''));
            if (!name.startsWith('lightning/') && !name.startsWith('@salesforce/')) continue;
            if (name === '@salesforce/schema') continue; // types only (ObjectId, FieldId): never imported at run time
            if (isBaseComponent(name)) continue; // lightning-input & co.: element types for tests, not JS modules
            if (!documented) problems.push(`${name} is declared but not documented`);
            else problems.push(...undocumentedExports(name.replace(/\*$/, 'x'), exported));
        }
        expect(problems).toEqual([]);
    });

    it('(d) the Node component loader exports only documented names for each platform module', () => {
        const problems: string[] = [];
        for (const [module, exported] of nodeStandIns()) {
            if (module === 'lwc') continue; // the LWC engine, not a platform module of the documentation list
            const names = Object.keys(exported).filter((name) => name !== '__esModule');
            problems.push(...undocumentedExports(module, { names, reExports: [], exportsStar: false }));
        }
        expect(problems).toEqual([]);
        expect([...nodeStandIns().keys()]).toEqual(expect.arrayContaining(['lightning/graphql', '@salesforce/i18n/locale']));
    });

    it('the project stub for lightning/graphql keeps its test helpers as statics on the adapter', () => {
        const file = jestStandIn('lightning/graphql') ?? '';
        expect(file).toContain('test/jest/stubs');
        const text = readFileSync(file, 'utf8');
        expect(text).toMatch(/static emit\(/);
        expect(exportsOfFile(file).names).toEqual(['executeMutation', 'gql', 'graphql']);
    });

    it('@salesforce/user/Id and the preview-generated scoped modules export a default only', () => {
        expect(exportsOfFile(previewStandIn('@salesforce/user/Id') ?? '').names).toEqual(['default']);
        const labels = customLabels();
        hook(labels, 'buildStart');
        const labelId = hook<string>(labels, 'resolveId', '@salesforce/label/c.Outcomes_Save', 'x.ts');
        expect(exportsOfSource(hook<string>(labels, 'load', labelId), 'label.js').names).toEqual(['default']);
        const schema = salesforceSchema();
        hook(schema, 'buildStart');
        const schemaId = hook<string>(schema, 'resolveId', '@salesforce/schema/Opportunity.StageName', 'x.ts');
        expect(exportsOfSource(hook<string>(schema, 'load', schemaId), 'schema.js').names).toEqual(['default']);
    });
});

describe('the export comparison fails on bad input', () => {
    it('flags a module export the documentation does not list, with where it really lives', () => {
        const exported = exportsOfSource('export const graphql = 1; export function refreshGraphQL() {}', 'graphql.js');
        expect(undocumentedExports('lightning/graphql', exported)).toEqual([
            expect.stringMatching(/^lightning\/graphql exports refreshGraphQL, which its documentation does not list \(.*uiGraphQLApi/)
        ]);
    });

    it('flags export *, an undocumented module and a helper exported beside the adapter', () => {
        expect(undocumentedExports('lightning/uiRecordApi', exportsOfSource("export * from './x';", 'a.js'))).toHaveLength(1);
        expect(undocumentedExports('lightning/madeUp', exportsOfSource('export const a = 1;', 'a.js'))).toHaveLength(1);
        const withHelper = exportsOfSource('export class graphql {} export function emit() {} export const gql = 1;', 'g.js');
        expect(undocumentedExports('lightning/graphql', withHelper)).toEqual([expect.stringContaining('exports emit')]);
    });

    it('reads .d.ts blocks and ignores type-only exports', () => {
        const declared = declaredModules(
            "declare module 'lightning/graphql' { export interface R {} export type X = 1; export function refreshGraphQL(): void; export const graphql: unknown; }",
            'x.d.ts'
        );
        expect(declared.get('lightning/graphql')?.names).toEqual(['graphql', 'refreshGraphQL']);
        expect(undocumentedExports('lightning/graphql', declared.get('lightning/graphql') as ModuleExports)).toHaveLength(1);
    });
});
