/**
 * Runs the package's components in Node exactly as they deploy: the built `.js` of each module
 * (force-app/main/default/lwc/<bundle>/<bundle>.js, `npm run build`), never its `.ts`. The ES
 * module is converted to CommonJS by the TypeScript compiler (imports and exports only; the code
 * is the built file's) and evaluated with node:vm, so it works the same under tsx and Jest.
 *
 * Imports resolve to:
 *   - `c/<bundle>`: that bundle's built `.js`, loaded the same way (once per loader);
 *   - `./<file>` inside a bundle: the sibling built `.js`;
 *   - `@salesforce/label/c.<Name>`: the label's text from CustomLabels.labels-meta.xml;
 *   - `@salesforce/schema/<Object>[.<field path>]`: `{ objectApiName[, fieldApiName] }`, the value
 *     the platform gives (LWC Developer Guide, "Import Objects and Fields from @salesforce/schema");
 *   - `@salesforce/messageChannel/<Name>__c`: the channel's API name, for a channel defined in the
 *     `messageChannels` folder beside the lwc folder (an opaque reference on the platform);
 *   - `lwc`, `lightning/*`, `@salesforce/i18n/*`: the stand-ins in platform.ts, with gql.ts's `gql`
 *     (or the one a tool passes);
 * and anything else fails the load with the specifier and the importing file in the message.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { compileFunction } from 'node:vm';
import ts from 'typescript';
import { transpileComponent } from './compile';
import { readLabels } from '../metadata/labels';
import { platformModules } from './platform';

export type ModuleExports = Record<string, unknown>;

export interface ComponentLoaderOptions {
    /** CustomLabels.labels-meta.xml; by default the one in the `labels` folder beside the lwc folder. */
    labelsFile?: string;
    /** What `lightning/graphql` exports as `gql`: gql.ts's text stand-in unless a tool passes the platform's. */
    gql?: unknown;
}

const CJS_OPTIONS: ts.CompilerOptions = {
    module: ts.ModuleKind.CommonJS,
    target: ts.ScriptTarget.ES2022,
    esModuleInterop: true,
    allowJs: true,
    useDefineForClassFields: true
};

const BUNDLE_SPECIFIER = /^c\/([A-Za-z][A-Za-z0-9_]*)$/;
const LABEL_PREFIX = '@salesforce/label/c.';
const SCHEMA_PREFIX = '@salesforce/schema/';
const CHANNEL_PREFIX = '@salesforce/messageChannel/';

export class ComponentLoader {
    private readonly lwcDir: string;
    private readonly labelsFile: string;
    private readonly platform: ReadonlyMap<string, ModuleExports>;
    private labels: Map<string, string> | undefined;
    /** Loaded (or loading, for import cycles) modules by absolute `.js` path. */
    private readonly modules = new Map<string, { exports: ModuleExports; loaded: boolean }>();

    constructor(lwcDir: string, options: ComponentLoaderOptions = {}) {
        this.lwcDir = resolve(lwcDir);
        this.labelsFile = options.labelsFile ?? join(dirname(this.lwcDir), 'labels', 'CustomLabels.labels-meta.xml');
        this.platform = platformModules(...(options.gql === undefined ? [] : [options.gql]));
    }

    /** The exports of `c/<bundle>`. */
    loadBundle(bundle: string): ModuleExports {
        return this.load(join(this.lwcDir, bundle, `${bundle}.js`));
    }

    /** The exports of one built module file inside the lwc folder (loaded once). */
    load(file: string): ModuleExports {
        const path = resolve(file);
        const known = this.modules.get(path);
        if (known) return known.exports;
        const rel = relative(this.lwcDir, path);
        if (rel.startsWith('..') || !rel.includes(sep)) throw new Error(`${path}: not a module of a bundle under ${this.lwcDir}`);
        if (!path.endsWith('.js')) throw new Error(`${path}: the loader runs the built .js, not ${basename(path)}`);
        const js = this.builtSource(path);
        const module = { exports: {} as ModuleExports, loaded: false };
        this.modules.set(path, module);
        try {
            const run = compileFunction(commonJs(js, path), ['exports', 'require', 'module', '__filename', '__dirname'], {
                filename: path
            });
            run(module.exports, (specifier: string) => this.require(specifier, path), module, path, dirname(path));
            this.checkNamedImports(js, path);
        } catch (error) {
            this.modules.delete(path);
            throw error;
        }
        module.loaded = true;
        return module.exports;
    }

    /** The built file's text, refused when it is missing or not what `npm run build` makes of the .ts beside it. */
    private builtSource(path: string): string {
        const source = path.replace(/\.js$/, '.ts');
        const hasSource = existsSync(source);
        if (!existsSync(path)) {
            throw new Error(
                hasSource
                    ? `${path} is missing: it is built from ${basename(source)}; run \`npm run build\``
                    : `${path}: no such component module`
            );
        }
        const js = readFileSync(path, 'utf8');
        if (hasSource && !isBuildOf(js, readFileSync(source, 'utf8'), source))
            throw new Error(
                `${path} is not the build of ${basename(source)} beside it (edited since the last build?): run \`npm run build\``
            );
        return js;
    }

    private require(specifier: string, from: string): ModuleExports {
        const bundle = BUNDLE_SPECIFIER.exec(specifier)?.[1];
        if (bundle) {
            if (!existsSync(join(this.lwcDir, bundle))) throw new Error(`${from}: imports ${specifier}, but there is no bundle ${bundle}`);
            return this.loadBundle(bundle);
        }
        if (specifier.startsWith('./') || specifier.startsWith('../')) {
            const target = resolve(dirname(from), specifier);
            if (dirname(target) !== dirname(from)) throw new Error(`${from}: imports ${specifier}, outside its bundle`);
            return this.load(target.endsWith('.js') ? target : `${target}.js`);
        }
        if (specifier.startsWith(LABEL_PREFIX))
            return { __esModule: true, default: this.label(specifier.slice(LABEL_PREFIX.length), from) };
        if (specifier.startsWith(SCHEMA_PREFIX))
            return { __esModule: true, default: schemaReference(specifier.slice(SCHEMA_PREFIX.length)) };
        if (specifier.startsWith(CHANNEL_PREFIX)) return { __esModule: true, default: this.messageChannel(specifier, from) };
        const platform = this.platform.get(specifier);
        if (platform) return platform;
        throw new Error(
            `${from}: imports '${specifier}', which the Node component loader does not provide ` +
                `(it resolves c/<bundle>, ./<sibling>, ${LABEL_PREFIX}<Name>, ${SCHEMA_PREFIX}<Object>[.<field>], ${CHANNEL_PREFIX}<Name>__c, ` +
                `${[...this.platform.keys()].join(', ')}; add a stand-in in core/components/platform.ts)`
        );
    }

    private messageChannel(specifier: string, from: string): string {
        const name = specifier.slice(CHANNEL_PREFIX.length);
        const file = join(dirname(this.lwcDir), 'messageChannels', `${name.replace(/__c$/, '')}.messageChannel-meta.xml`);
        if (!existsSync(file)) throw new Error(`${from}: imports ${specifier}, but there is no ${file}`);
        return name;
    }

    private label(name: string, from: string): string {
        this.labels ??= readLabels(this.labelsFile);
        const text = this.labels.get(name);
        if (text === undefined) throw new Error(`${from}: imports ${LABEL_PREFIX}${name}, but ${this.labelsFile} has no label ${name}`);
        return text;
    }

    /**
     * An ES module importing a name its target does not export fails to link; CommonJS would read
     * undefined. So each `import { name }` is checked against the loaded target (a target still
     * loading, in an import cycle, is checked when it is imported again later).
     */
    private checkNamedImports(js: string, from: string): void {
        const file = ts.createSourceFile(from, js, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
        for (const statement of file.statements) {
            if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
            const clause = statement.importClause;
            const names = [
                ...(clause?.name ? ['default'] : []),
                ...(clause?.namedBindings && ts.isNamedImports(clause.namedBindings)
                    ? clause.namedBindings.elements.map((e) => (e.propertyName ?? e.name).text)
                    : [])
            ];
            if (!names.length) continue;
            const specifier = statement.moduleSpecifier.text;
            const target = this.require(specifier, from);
            const loading = [...this.modules.values()].some((m) => m.exports === target && !m.loaded);
            const missing = loading ? [] : names.filter((name) => !(name in target));
            if (missing.length) throw new Error(`${from}: imports ${missing.join(', ')} from '${specifier}', which does not export it`);
        }
    }
}

// Transpiling is most of a load's time, and tools open several loaders over the same files: memoised by content.
const builds = new Map<string, string>();
const commonJsTexts = new Map<string, string>();

function isBuildOf(js: string, source: string, fileName: string): boolean {
    const key = `${fileName}\0${source}`;
    let built = builds.get(key);
    if (built === undefined) builds.set(key, (built = transpileComponent(source, fileName)));
    return built === js;
}

/** The built ES module as CommonJS for node:vm: only imports and exports change. */
function commonJs(js: string, fileName: string): string {
    const key = `${fileName}\0${js}`;
    let text = commonJsTexts.get(key);
    if (text === undefined) commonJsTexts.set(key, (text = ts.transpileModule(js, { fileName, compilerOptions: CJS_OPTIONS }).outputText));
    return text;
}

/** `Opportunity` → { objectApiName }; `Opportunity.Account.Name` → { objectApiName: 'Opportunity', fieldApiName: 'Account.Name' }. */
export function schemaReference(path: string): { objectApiName: string; fieldApiName?: string } {
    const dot = path.indexOf('.');
    return dot < 0 ? { objectApiName: path } : { objectApiName: path.slice(0, dot), fieldApiName: path.slice(dot + 1) };
}
