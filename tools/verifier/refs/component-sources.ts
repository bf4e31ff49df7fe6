import { readFileSync } from 'node:fs';
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

export function scanComponentSource(file: string, text = readFileSync(file, 'utf8')): ComponentSource {
    const kind = file.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
    const literals: GqlLiteral[] = [];
    const imports: PlatformImport[] = [];
    const pos = (offset: number): { line: number; column: number } => {
        const lc = source.getLineAndCharacterOfPosition(offset);
        return { line: lc.line + 1, column: lc.character + 1 };
    };
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
            if (ts.isTemplateExpression(template)) {
                for (const span of template.templateSpans) {
                    const from = span.expression.getFullStart() - 2 - start; // include "${"
                    const to = span.literal.getStart(source) + 1 - start; // include "}"
                    body = body.slice(0, from) + body.slice(from, to).replace(/[^\n]/g, ' ') + body.slice(to);
                }
            }
            literals.push({ file, text: body, ...pos(start) });
        }
        ts.forEachChild(node, visit);
    };
    visit(source);
    return { file, literals, imports };
}
