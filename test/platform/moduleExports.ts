/**
 * Reads what a module exports and what a file imports, from source text (TypeScript's parser, so
 * .ts, .js and .d.ts alike), and compares them with the documented lists. Runtime names only:
 * interfaces and `export type` carry nothing at run time, so they are left out.
 */
import ts from 'typescript';
import { documentedModule, isPlatformSpecifier } from './documentedExports';

interface ReExport {
    /** The module the names come from (`export { a } from '<from>'`). */
    from: string;
    names: string[];
}

export interface ModuleExports {
    names: string[];
    reExports: ReExport[];
    /** `export * from` makes the list unknowable: a stand-in must not use it. */
    exportsStar: boolean;
}

const hasModifier = (node: ts.Node, kind: ts.SyntaxKind): boolean =>
    ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === kind);

function parse(text: string, fileName: string): ts.SourceFile {
    return ts.createSourceFile(
        fileName,
        text,
        ts.ScriptTarget.Latest,
        true,
        fileName.endsWith('.js') ? ts.ScriptKind.JS : ts.ScriptKind.TS
    );
}

function collect(statements: readonly ts.Statement[]): ModuleExports {
    const out: ModuleExports = { names: [], reExports: [], exportsStar: false };
    for (const statement of statements) {
        if (ts.isExportAssignment(statement)) {
            out.names.push('default');
            continue;
        }
        if (ts.isExportDeclaration(statement)) {
            if (statement.isTypeOnly) continue;
            const from =
                statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) ? statement.moduleSpecifier.text : undefined;
            if (!statement.exportClause) {
                out.exportsStar = true;
                continue;
            }
            if (ts.isNamedExports(statement.exportClause)) {
                const names = statement.exportClause.elements.filter((e) => !e.isTypeOnly).map((e) => e.name.text);
                out.names.push(...names);
                if (from) out.reExports.push({ from, names: statement.exportClause.elements.map((e) => (e.propertyName ?? e.name).text) });
            } else {
                out.names.push(statement.exportClause.name.text);
            }
            continue;
        }
        if (!hasModifier(statement, ts.SyntaxKind.ExportKeyword)) continue;
        const isDefault = hasModifier(statement, ts.SyntaxKind.DefaultKeyword);
        if (ts.isVariableStatement(statement)) {
            for (const declaration of statement.declarationList.declarations) {
                if (ts.isIdentifier(declaration.name)) out.names.push(declaration.name.text);
            }
        } else if (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isEnumDeclaration(statement)) {
            out.names.push(isDefault ? 'default' : (statement.name?.text ?? 'default'));
        }
        // Interfaces, type aliases and `declare module` blocks carry no runtime export.
    }
    out.names = [...new Set(out.names)].sort();
    return out;
}

/** The runtime exports of a module's source (.ts or .js). */
export function exportsOfSource(text: string, fileName: string): ModuleExports {
    return collect(parse(text, fileName).statements);
}

/** The runtime exports each `declare module '<name>' { ... }` block of a .d.ts declares. */
export function declaredModules(text: string, fileName: string): Map<string, ModuleExports> {
    const modules = new Map<string, ModuleExports>();
    for (const statement of parse(text, fileName).statements) {
        if (!ts.isModuleDeclaration(statement) || !ts.isStringLiteral(statement.name)) continue;
        const body = statement.body && ts.isModuleBlock(statement.body) ? statement.body.statements : [];
        modules.set(statement.name.text, collect(body));
    }
    return modules;
}

export interface PlatformImport {
    module: string;
    /** Imported names; `default` for a default import; `*` for a namespace import. */
    names: string[];
    line: number;
}

/** The value imports of platform modules (lightning/*, @salesforce/*) in a source file. */
export function platformImports(text: string, fileName: string): PlatformImport[] {
    const source = parse(text, fileName);
    const found: PlatformImport[] = [];
    const visit = (node: ts.Node): void => {
        if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && isPlatformSpecifier(node.moduleSpecifier.text)) {
            const clause = node.importClause;
            if (clause && !clause.isTypeOnly) {
                const names: string[] = [];
                if (clause.name) names.push('default');
                const bindings = clause.namedBindings;
                if (bindings && ts.isNamespaceImport(bindings)) names.push('*');
                if (bindings && ts.isNamedImports(bindings)) {
                    names.push(...bindings.elements.filter((e) => !e.isTypeOnly).map((e) => (e.propertyName ?? e.name).text));
                }
                const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
                if (names.length > 0) found.push({ module: node.moduleSpecifier.text, names, line });
            }
        }
        // Dynamic import('lightning/x') of a platform module.
        if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
            const [arg] = node.arguments;
            if (arg && ts.isStringLiteral(arg) && isPlatformSpecifier(arg.text)) {
                found.push({ module: arg.text, names: ['*'], line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
            }
        }
        ts.forEachChild(node, visit);
    };
    visit(source);
    return found;
}

/** Why an export list differs from the documented one: the names it has that the docs do not list. */
export function undocumentedExports(module: string, exported: ModuleExports): string[] {
    const documented = documentedModule(module);
    if (!documented) return [`${module} is not a documented platform module`];
    const problems = exported.names.filter((name) => !documented.exports.includes(name)).map((name) => describeUndocumented(module, name));
    if (exported.exportsStar) problems.push(`${module}: export * makes the exports unknowable; list them`);
    return problems;
}

function describeUndocumented(module: string, name: string): string {
    const why = documentedModule(module)?.notExported?.[name];
    return `${module} exports ${name}, which its documentation does not list${why ? ` (${why})` : ''}`;
}

/** What a file imports from platform modules that their documentation does not list. */
export function undocumentedImports(text: string, fileName: string): string[] {
    const problems: string[] = [];
    for (const { module, names, line } of platformImports(text, fileName)) {
        const documented = documentedModule(module);
        const where = `${fileName}:${line}`;
        if (!documented) {
            problems.push(`${where} imports ${module}, a platform module the documentation list does not know`);
            continue;
        }
        if (documented.module.endsWith('/') && documented.specifiers) {
            const rest = module.slice(documented.module.length);
            if (!documented.specifiers.includes(rest)) problems.push(`${where} imports ${module}, which is not documented`);
        }
        for (const name of names) {
            if (name === '*') problems.push(`${where} imports all of ${module}; import documented names`);
            else if (!documented.exports.includes(name))
                problems.push(`${where} imports ${name} from ${module}: ${describeUndocumented(module, name)}`);
        }
    }
    return problems;
}
