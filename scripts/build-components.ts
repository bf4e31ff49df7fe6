/**
 * Emits the JavaScript that deploys: one .js beside each component's .ts source.
 * Type-checking is `npm run typecheck`; this step only strips types, leaving LWC's
 * decorators and class fields exactly as the platform compiler expects them.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const HEADER = '// Generated from the .ts beside it by `npm run build`. Edit the TypeScript source, not this file.\n';

export const COMPILER_OPTIONS: ts.CompilerOptions = {
    target: ts.ScriptTarget.ESNext,
    module: ts.ModuleKind.ESNext,
    experimentalDecorators: false,
    useDefineForClassFields: true,
    isolatedModules: true,
    verbatimModuleSyntax: false,
    removeComments: false
};

/**
 * A module of types only (interfaces, type aliases, type-only imports and exports) compiles to an
 * empty module: nothing to deploy, so no .js is emitted for it (its importers' `import type` is erased).
 */
export function isTypeOnlyModule(source: string, fileName: string): boolean {
    const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ESNext, false, ts.ScriptKind.TS);
    return file.statements.every(
        (s) =>
            ts.isInterfaceDeclaration(s) ||
            ts.isTypeAliasDeclaration(s) ||
            (ts.isImportDeclaration(s) && s.importClause?.isTypeOnly === true) ||
            (ts.isExportDeclaration(s) && s.isTypeOnly)
    );
}

/** Component sources: every .ts in a bundle folder, except tests, declarations and modules of types only. */
export function componentSources(lwcDir: string): string[] {
    if (!existsSync(lwcDir)) return [];
    const sources: string[] = [];
    for (const bundle of readdirSync(lwcDir).sort()) {
        const dir = join(lwcDir, bundle);
        if (!statSync(dir).isDirectory() || bundle === '__tests__') continue;
        for (const file of readdirSync(dir).sort()) {
            if (!file.endsWith('.ts') || file.endsWith('.d.ts')) continue;
            const path = join(dir, file);
            if (!isTypeOnlyModule(readFileSync(path, 'utf8'), path)) sources.push(path);
        }
    }
    return sources;
}

export function transpileComponent(source: string, fileName: string): string {
    const { outputText, diagnostics } = ts.transpileModule(source, {
        compilerOptions: COMPILER_OPTIONS,
        fileName,
        reportDiagnostics: true
    });
    if (diagnostics?.length) {
        const message = ts.formatDiagnosticsWithColorAndContext(diagnostics, {
            getCanonicalFileName: (f) => f,
            getCurrentDirectory: () => process.cwd(),
            getNewLine: () => '\n'
        });
        throw new Error(`${fileName}: cannot be transpiled\n${message}`);
    }
    return HEADER + outputText;
}

export function buildComponents(lwcDir: string): string[] {
    const written: string[] = [];
    for (const file of componentSources(lwcDir)) {
        const out = file.replace(/\.ts$/, '.js');
        const js = transpileComponent(readFileSync(file, 'utf8'), file);
        if (!existsSync(out) || readFileSync(out, 'utf8') !== js) writeFileSync(out, js);
        written.push(out);
    }
    return written;
}

/**
 * TypeScript path patterns allow one `*`, so `c/name` → `./name/name` cannot be one pattern:
 * keep an explicit entry per bundle in the components' tsconfig. Entries that are not `c/*`
 * (the tests' `#test/jest/*` helpers) are kept as written. Returns true when it changed.
 */
export function syncComponentPaths(lwcDir: string): boolean {
    const tsconfigPath = join(lwcDir, 'tsconfig.json');
    const tsconfig = JSON.parse(readFileSync(tsconfigPath, 'utf8')) as { compilerOptions: { paths?: Record<string, string[]> } };
    const bundles = [...new Set(componentSources(lwcDir).map((f) => relative(lwcDir, f).split(/[\\/]/)[0]!))];
    const kept = Object.entries(tsconfig.compilerOptions.paths ?? {}).filter(([pattern]) => !pattern.startsWith('c/'));
    const paths = Object.fromEntries([
        ...kept,
        ...bundles.filter((b) => existsSync(join(lwcDir, b, `${b}.ts`))).map((b) => [`c/${b}`, [`./${b}/${b}`]])
    ]);
    if (JSON.stringify(tsconfig.compilerOptions.paths ?? {}) === JSON.stringify(paths)) return false;
    tsconfig.compilerOptions.paths = paths;
    writeFileSync(tsconfigPath, JSON.stringify(tsconfig, null, 2) + '\n');
    return true;
}

/**
 * The committed .js is what a deploy from git ships (DevOps Center, Gearset, `sf project deploy
 * start` on a clone), so it must equal a fresh build. Lists each file a build would write or
 * change, and built .js left behind by a deleted .ts; touches nothing.
 */
export function staleBuildOutputs(lwcDir: string): string[] {
    const stale: string[] = [];
    const sources = componentSources(lwcDir);
    for (const file of sources) {
        const out = file.replace(/\.ts$/, '.js');
        const js = transpileComponent(readFileSync(file, 'utf8'), file);
        if (!existsSync(out)) stale.push(`${out} is missing`);
        else if (readFileSync(out, 'utf8') !== js) stale.push(`${out} differs from a fresh build of its .ts`);
    }
    const built = new Set(sources.map((f) => f.replace(/\.ts$/, '.js')));
    for (const bundle of existsSync(lwcDir) ? readdirSync(lwcDir).sort() : []) {
        const dir = join(lwcDir, bundle);
        if (!statSync(dir).isDirectory()) continue;
        for (const file of readdirSync(dir).sort()) {
            const path = join(dir, file);
            if (file.endsWith('.js') && !built.has(path) && readFileSync(path, 'utf8').startsWith(HEADER))
                stale.push(`${path} was built from a .ts that no longer exists`);
        }
    }
    return stale;
}

if (require.main === module) {
    const lwcDir = join(process.cwd(), 'force-app/main/default/lwc');
    if (process.argv.includes('--check')) {
        const stale = staleBuildOutputs(lwcDir).map((s) => relative(process.cwd(), s));
        for (const line of stale) console.error(`build --check: ${line}`);
        if (stale.length) {
            console.error(
                'build --check: the committed JavaScript is not what `npm run build` makes. Run `npm run build` and commit the .js files.'
            );
            process.exitCode = 1;
        } else console.log(`build --check: ${componentSources(lwcDir).length} committed component module(s) equal a fresh build`);
    } else {
        if (syncComponentPaths(lwcDir)) console.log("build: updated c/* paths in the components' tsconfig.json");
        const written = buildComponents(lwcDir);
        console.log(`build: ${written.length} component module(s) emitted under ${relative(process.cwd(), lwcDir) || '.'}`);
    }
}
