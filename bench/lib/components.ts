/**
 * The package's components as Node sees them: a component module's TypeScript source is
 * transpiled and evaluated in a sandbox where `lightning/graphql`'s `gql` tag is plain string
 * concatenation (fragments interpolated), and `c/<bundle>` imports load the same way. This is how
 * the benchmark reads the query constants and variable builders the panels really use, without a
 * copy of their text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, Script } from 'node:vm';
import ts from 'typescript';

export const ROOT = join(__dirname, '..', '..');
const COMPONENTS_DIR = join(ROOT, 'force-app', 'main', 'default', 'lwc');

export type ModuleExports = Record<string, unknown>;

/** `gql` as text: what the org's adapter sends is the joined document source. */
function gql(strings: TemplateStringsArray, ...values: unknown[]): string {
    return strings.reduce((text, part, i) => text + part + (i < values.length ? String(values[i]) : ''), '');
}

const PLATFORM_STUBS: Record<string, ModuleExports> = {
    'lightning/graphql': { gql, graphql: class {}, refreshGraphQL: () => Promise.resolve(), executeMutation: () => Promise.resolve({}) }
};

const cache = new Map<string, ModuleExports>();

export function componentSource(bundle: string): string | undefined {
    const file = join(COMPONENTS_DIR, bundle, `${bundle}.ts`);
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

export function bundleExists(bundle: string): boolean {
    return existsSync(join(COMPONENTS_DIR, bundle, `${bundle}.ts`)) && existsSync(join(COMPONENTS_DIR, bundle, `${bundle}.html`));
}

/** Evaluates force-app/main/default/lwc/<bundle>/<bundle>.ts (a service module: no LightningElement needed). */
export function loadComponentModule(bundle: string): ModuleExports {
    const cached = cache.get(bundle);
    if (cached) return cached;
    const source = componentSource(bundle);
    if (source === undefined) throw new Error(`no component module c/${bundle} (${join(COMPONENTS_DIR, bundle)})`);
    const { outputText } = ts.transpileModule(source, {
        compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
        fileName: `${bundle}.ts`
    });
    const module = { exports: {} as ModuleExports };
    cache.set(bundle, module.exports);
    const requireShim = (specifier: string): ModuleExports => {
        const stub = PLATFORM_STUBS[specifier];
        if (stub) return stub;
        const match = /^c\/(\w+)$/.exec(specifier);
        if (match?.[1]) return loadComponentModule(match[1]);
        // Labels and other platform imports: their names stand in for their values.
        return new Proxy({}, { get: (_t, key) => (key === '__esModule' ? false : String(key)) });
    };
    const context = createContext({ module, exports: module.exports, require: requireShim, console });
    new Script(`(function (module, exports, require) {${outputText}\n})(module, exports, require);`, { filename: `${bundle}.ts` }).runInContext(context);
    cache.set(bundle, module.exports);
    return module.exports;
}

/** `query Name(` → Name: how requests are told apart in the browser. */
export function operationName(query: string): string | undefined {
    return /\b(?:query|mutation)\s+(\w+)/.exec(query)?.[1];
}
