import { readFileSync } from 'node:fs';
import {
    ApexErrorListener,
    ApexParserFactory,
    FieldNameContext,
    FromNameListContext,
    QueryContext,
    SoqlIdContext,
    SubQueryContext
} from '@apexdevtools/apex-parser';
import { getObject, type ObjectModel, type ProjectModel } from '../../core/metadata/project';
import { apexUnitKind } from '../../core/apex-files';
import type { Problem } from '../../core/problems';
import { explain, resolvePath } from '../../core/metadata/resolve';

/**
 * apex-ls checks the fields Apex code names, but not the ones inside static SOQL (`[SELECT ...]`):
 * a misspelt field there compiles in apex-ls and fails only at deploy ("No such column"). This walks
 * every static query with the Apex grammar and resolves its FROM object, selected fields, child
 * subqueries, WHERE and ORDER BY fields against the project's data model.
 *
 * What is reported: anything on an object the project defines (its fields, platform fields and
 * relationships are fully known), and custom names (`__c`, `__r`) on standard objects. Standard
 * fields of standard objects outside the model's catalogue are not judged, and dynamic SOQL
 * (Database.query with a string) is not checked: both would need the org's full schema.
 */

type Node = { children?: Node[] | null; start?: { line: number; column: number } | null; getText(): string };

class SilentListener extends ApexErrorListener {
    apexSyntaxError(): void {
        // Syntax errors are the Apex grammar check's (npm run analyze); here an unparsable file just yields fewer queries.
    }
}

function descendants(node: Node, stopAt: (n: Node) => boolean, out: Node[] = []): Node[] {
    for (const child of node.children ?? []) {
        out.push(child);
        if (!stopAt(child)) descendants(child, stopAt, out);
    }
    return out;
}

const isCustomName = (name: string): boolean => /__(c|r)$/i.test(name);

/** The fields a query (or subquery) names itself, outside its FROM and outside nested queries. */
function ownFieldNames(query: Node): FieldNameContext[] {
    const nested = (n: Node): boolean => n instanceof SubQueryContext || n instanceof QueryContext || n instanceof FromNameListContext;
    return descendants(query, nested).filter((n): n is FieldNameContext => n instanceof FieldNameContext);
}

function fromList(query: Node): { object?: FieldNameContext; alias?: string } {
    const from = (query.children ?? []).find((c) => c instanceof FromNameListContext);
    const parts = from?.children ?? [];
    const object = parts.find((c) => c instanceof FieldNameContext) as FieldNameContext | undefined;
    const alias = parts.find((c) => c instanceof SoqlIdContext)?.getText();
    return { object, alias };
}

export interface SoqlCheckResult {
    queries: number;
    problems: Problem[];
}

/** Checks the static SOQL of the given Apex files against the model. */
export function checkSoql(files: string[], model: ProjectModel): SoqlCheckResult {
    const problems: Problem[] = [];
    let queries = 0;
    for (const file of files) {
        const kind = apexUnitKind(file);
        if (!kind) continue;
        const { parser } = ApexParserFactory.createLexerAndParser(readFileSync(file, 'utf8'), new SilentListener());
        const tree = (kind === 'trigger' ? parser.triggerUnit() : parser.compilationUnit()) as unknown as Node;
        const report = (node: Node, message: string): void => {
            problems.push({
                severity: 'error',
                file,
                line: node.start?.line,
                message,
                fix: 'Fix the name in the query (a deploy fails with "No such column" or "sObject type is not supported")'
            });
        };
        const checkFields = (query: Node, object: ObjectModel, alias: string | undefined): void => {
            for (const field of ownFieldNames(query)) {
                const path = field.getText().split('.');
                if (alias && path.length > 1 && path[0]?.toLowerCase() === alias.toLowerCase()) path.shift();
                const result = resolvePath(model, object.apiName, path);
                if (!result.problem) continue;
                const judged = result.object?.custom === true || path.some(isCustomName);
                if (judged) report(field, `SOQL on ${object.apiName} names ${field.getText()}: ${explain(result)}`);
            }
        };
        for (const node of descendants(tree, () => false)) {
            if (node instanceof QueryContext) {
                queries++;
                const { object: fromNode, alias } = fromList(node);
                if (!fromNode) continue;
                const name = fromNode.getText();
                const object = getObject(model, name);
                if (!object) {
                    if (isCustomName(name)) report(fromNode, `SOQL FROM ${name}: the object does not exist in the project`);
                    continue;
                }
                checkFields(node, object, alias);
                for (const sub of descendants(node, (n) => n instanceof QueryContext).filter((n) => n instanceof SubQueryContext)) {
                    queries++;
                    const { object: relNode } = fromList(sub);
                    if (!relNode) continue;
                    const rel = object.childRelationships.get(relNode.getText().toLowerCase());
                    const child = rel ? getObject(model, rel.childObject) : undefined;
                    if (!child) {
                        if (object.custom || isCustomName(relNode.getText()))
                            report(
                                relNode,
                                `SOQL subquery FROM ${relNode.getText()}: ${object.apiName} has no child relationship of that name`
                            );
                        continue;
                    }
                    checkFields(sub, child, undefined);
                }
            }
        }
    }
    return { queries, problems };
}
