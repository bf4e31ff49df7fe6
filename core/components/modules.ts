/** The built component modules under an lwc folder, and what a module imports, read without running it. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** Every built module: lwc/<bundle>/*.js (what deploys), in bundle and file order. */
export function componentModules(lwcDir: string): string[] {
    if (!existsSync(lwcDir)) return [];
    const files: string[] = [];
    for (const bundle of readdirSync(lwcDir).sort()) {
        const dir = join(lwcDir, bundle);
        if (bundle === '__tests__' || !statSync(dir).isDirectory()) continue;
        for (const file of readdirSync(dir).sort()) if (file.endsWith('.js')) files.push(join(dir, file));
    }
    return files;
}

/** Whether a module imports `gql` from lightning/graphql (read with the TypeScript parser). */
export function importsGql(file: string): boolean {
    const kind = file.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS;
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, kind);
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
