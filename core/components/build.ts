/**
 * Builds the component `.js` that deploys from each `.ts` source beside it, with the one
 * TypeScript step (compile.ts). `npm run build` and the preview build call it; the Node loader
 * (loader.ts) and the preview then run exactly these files.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { BUILD_HEADER, transpileComponent } from './compile';

/**
 * A module of types only (interfaces, type aliases, type-only imports and exports) compiles to an
 * empty module: nothing to deploy, so no .js is emitted for it (its importers' `import type` is erased).
 */
function isTypeOnlyModule(source: string, fileName: string): boolean {
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
            if (file.endsWith('.js') && !built.has(path) && readFileSync(path, 'utf8').startsWith(BUILD_HEADER))
                stale.push(`${path} was built from a .ts that no longer exists`);
        }
    }
    return stale;
}
