/**
 * Loads component modules (force-app/main/default/lwc/<bundle>/*.ts) in Node, the way the
 * platform would evaluate them, with stand-ins for the platform modules:
 *   - `lightning/graphql`: `gql` returns a GqlDocument holding exactly the text the template
 *     builds (parts joined with each interpolation: a document's text or the value as a string),
 *     the same joining the Jest stub and the preview's stand-in do;
 *   - `c/<bundle>`: the bundle's own .ts, loaded the same way;
 *   - `lwc`, `@salesforce/*`, other `lightning/*`: inert stand-ins (labels are their names).
 * Each .ts is transpiled to CommonJS with the TypeScript compiler and run with vm.compileFunction,
 * so this works the same under tsx and under Jest. Nothing touches the network.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { compileFunction } from 'node:vm';
import ts from 'typescript';

/** What the stand-in `gql` returns. */
export class GqlDocument {
    constructor(readonly source: string) {
        Object.freeze(this);
    }

    toString(): string {
        return this.source;
    }
}

function gql(strings: TemplateStringsArray | readonly string[], ...values: unknown[]): GqlDocument {
    let text = '';
    strings.forEach((part, i) => {
        text += part;
        if (i < values.length) text += values[i] instanceof GqlDocument ? (values[i] as GqlDocument).source : String(values[i]);
    });
    return new GqlDocument(text);
}

const inert = (): undefined => undefined;

function platformModule(specifier: string): unknown {
    if (specifier === 'lightning/graphql') {
        return {
            gql,
            graphql: class {},
            executeMutation: () => Promise.resolve({ data: undefined, errors: undefined }),
            refreshGraphQL: () => Promise.resolve()
        };
    }
    if (specifier === 'lwc') {
        return { LightningElement: class {}, api: inert, track: inert, wire: () => inert, createElement: inert };
    }
    if (specifier === '@salesforce/i18n/locale' || specifier === '@salesforce/i18n/lang') return { __esModule: true, default: 'en-US' };
    if (specifier === '@salesforce/i18n/timeZone') return { __esModule: true, default: 'UTC' };
    if (specifier === '@salesforce/i18n/currency') return { __esModule: true, default: 'USD' };
    if (specifier === '@salesforce/user/Id') return { __esModule: true, default: '005000000000000AAA' };
    if (specifier.startsWith('@salesforce/schema/')) {
        const [objectApiName, fieldApiName] = specifier.slice('@salesforce/schema/'.length).split('.');
        return { __esModule: true, default: fieldApiName ? { objectApiName, fieldApiName } : { objectApiName } };
    }
    if (specifier.startsWith('@salesforce/apex/')) return { __esModule: true, default: () => Promise.resolve(undefined) };
    if (specifier.startsWith('@salesforce/')) return { __esModule: true, default: specifier.slice(specifier.lastIndexOf('/') + 1) };
    if (specifier.startsWith('lightning/')) return { __esModule: true, default: class {} };
    return undefined;
}

export class ComponentLoader {
    private readonly cache = new Map<string, { exports: Record<string, unknown> }>();

    /**
     * @param overrides exports that replace a stand-in's, by module (e.g. the platform's own `gql`
     * for lightning/graphql, to build documents exactly as the org does)
     */
    constructor(
        private readonly lwcDir: string,
        private readonly overrides: Record<string, Record<string, unknown>> = {}
    ) {}

    /** The exports of one module file (loaded once). */
    load(file: string): Record<string, unknown> {
        const path = resolve(file);
        const cached = this.cache.get(path);
        if (cached) return cached.exports;
        const module = { exports: {} as Record<string, unknown> };
        this.cache.set(path, module);
        const source = readFileSync(path, 'utf8');
        const { outputText } = ts.transpileModule(source, {
            fileName: path,
            compilerOptions: {
                module: ts.ModuleKind.CommonJS,
                target: ts.ScriptTarget.ES2022,
                esModuleInterop: true,
                experimentalDecorators: false,
                useDefineForClassFields: true
            }
        });
        const run = compileFunction(outputText, ['exports', 'require', 'module', '__filename', '__dirname'], { filename: path });
        try {
            run(module.exports, (specifier: string) => this.require(specifier, path), module, path, dirname(path));
        } catch (error) {
            this.cache.delete(path);
            throw new Error(`${path}: cannot be loaded with the platform stand-ins: ${(error as Error).message}`);
        }
        return module.exports;
    }

    private require(specifier: string, from: string): unknown {
        const bundle = /^c\/(\w+)$/.exec(specifier)?.[1];
        if (bundle) {
            const file = join(this.lwcDir, bundle, `${bundle}.ts`);
            if (!existsSync(file)) throw new Error(`${from}: imports ${specifier}, but ${file} does not exist`);
            return this.load(file);
        }
        if (specifier.startsWith('./') || specifier.startsWith('../')) {
            const base = resolve(dirname(from), specifier);
            const file = [base, `${base}.ts`, join(base, 'index.ts')].find((f) => existsSync(f) && statSync(f).isFile());
            if (!file) throw new Error(`${from}: cannot resolve ${specifier}`);
            return file.endsWith('.ts') ? this.load(file) : JSON.parse(readFileSync(file, 'utf8'));
        }
        const platform = platformModule(specifier);
        if (platform === undefined) throw new Error(`${from}: imports ${specifier}, which has no stand-in here`);
        const override = this.overrides[specifier];
        return override ? { ...(platform as Record<string, unknown>), ...override } : platform;
    }
}

/** Component module sources: lwc/<bundle>/*.ts, without tests and declarations. */
export function componentModules(lwcDir: string): string[] {
    if (!existsSync(lwcDir)) return [];
    const files: string[] = [];
    for (const bundle of readdirSync(lwcDir).sort()) {
        const dir = join(lwcDir, bundle);
        if (bundle === '__tests__' || !statSync(dir).isDirectory()) continue;
        for (const file of readdirSync(dir).sort()) {
            if (file.endsWith('.ts') && !file.endsWith('.d.ts') && !file.endsWith('.test.ts')) files.push(join(dir, file));
        }
    }
    return files;
}

/** Whether a module imports `gql` from lightning/graphql (read with the TypeScript parser). */
export function importsGql(file: string): boolean {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
    return source.statements.some(
        (s) =>
            ts.isImportDeclaration(s) &&
            ts.isStringLiteral(s.moduleSpecifier) &&
            s.moduleSpecifier.text === 'lightning/graphql' &&
            s.importClause?.namedBindings !== undefined &&
            ts.isNamedImports(s.importClause.namedBindings) &&
            s.importClause.namedBindings.elements.some((e) => (e.propertyName ?? e.name).text === 'gql')
    );
}
