import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';

/** What a component module says about the data model: gql`...` documents and @salesforce/* imports. */

export interface GqlLiteral {
    file: string;
    /** The document text with ${...} substitutions blanked (newlines kept, so lines map 1:1). */
    text: string;
    /** 1-based file line of the literal's first character. */
    line: number;
    /** 1-based file column of the literal's first character. */
    column: number;
    /** The variable the literal initialises (`const GOAL_FIELDS = gql\`...\``), by which templates interpolate it. */
    name?: string;
    /**
     * Each ${...} in order: the variable it names and the module file declaring it (this one, or the
     * one it is imported from), or undefined for any other expression (text only known at run time).
     */
    substitutions: (GqlReference | undefined)[];
}

/** A variable `name` declared in `file`, which may hold another gql document. */
interface GqlReference {
    name: string;
    file: string;
}

export interface PlatformImport {
    file: string;
    /** e.g. @salesforce/schema/Opportunity.Account.Name */
    specifier: string;
    line: number;
}

export interface ComponentSource {
    file: string;
    literals: GqlLiteral[];
    imports: PlatformImport[];
}

function isGqlTag(tag: ts.Expression): boolean {
    if (ts.isIdentifier(tag)) return tag.text === 'gql';
    if (ts.isPropertyAccessExpression(tag)) return tag.name.text === 'gql';
    return false;
}

/** The module file an import specifier names: c/<bundle> (the bundle's main module) or a relative path; .ts before .js. */
function moduleFile(from: string, specifier: string): string | undefined {
    const bundle = /^c\/(\w+)$/.exec(specifier)?.[1];
    const base = bundle
        ? join(dirname(dirname(from)), bundle, bundle)
        : specifier.startsWith('.')
          ? resolve(dirname(from), specifier).replace(/\.(ts|js)$/, '')
          : undefined;
    if (!base) return undefined;
    return [`${base}.ts`, `${base}.js`].find((f) => existsSync(f)) ?? `${base}.ts`;
}

export function scanComponentSource(file: string, text = readFileSync(file, 'utf8')): ComponentSource {
    const kind = file.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
    const literals: GqlLiteral[] = [];
    const imports: PlatformImport[] = [];
    const pos = (offset: number): { line: number; column: number } => {
        const lc = source.getLineAndCharacterOfPosition(offset);
        return { line: lc.line + 1, column: lc.character + 1 };
    };
    // Names imported from other modules of the project: where an interpolated document is declared.
    const importedFrom = new Map<string, GqlReference>();
    for (const statement of source.statements) {
        if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
        const bindings = statement.importClause?.namedBindings;
        const target = moduleFile(file, statement.moduleSpecifier.text);
        if (!target || !bindings || !ts.isNamedImports(bindings)) continue;
        for (const element of bindings.elements)
            importedFrom.set(element.name.text, { name: (element.propertyName ?? element.name).text, file: target });
    }
    const visit = (node: ts.Node): void => {
        if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
            const spec = node.moduleSpecifier.text;
            if (spec.startsWith('@salesforce/'))
                imports.push({ file, specifier: spec, line: pos(node.moduleSpecifier.getStart(source)).line });
        }
        if (ts.isTaggedTemplateExpression(node) && isGqlTag(node.tag)) {
            const template = node.template;
            const start = template.getStart(source) + 1; // after the backtick
            const raw = text.slice(start, template.getEnd() - 1);
            // Blank ${...} substitutions but keep their newlines so lines still map.
            let body = raw;
            const substitutions: (GqlReference | undefined)[] = [];
            if (ts.isTemplateExpression(template)) {
                for (const span of template.templateSpans) {
                    const expression = span.expression;
                    substitutions.push(
                        ts.isIdentifier(expression) ? (importedFrom.get(expression.text) ?? { name: expression.text, file }) : undefined
                    );
                    const from = span.expression.getFullStart() - 2 - start; // include "${"
                    const to = span.literal.getStart(source) + 1 - start; // include "}"
                    body = body.slice(0, from) + body.slice(from, to).replace(/[^\n]/g, ' ') + body.slice(to);
                }
            }
            const declaration = node.parent;
            const name = ts.isVariableDeclaration(declaration) && ts.isIdentifier(declaration.name) ? declaration.name.text : undefined;
            literals.push({ file, text: body, ...pos(start), ...(name ? { name } : {}), substitutions });
        }
        ts.forEachChild(node, visit);
    };
    visit(source);
    return { file, literals, imports };
}
