import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { ApexErrorListener, ApexParserFactory } from '@apexdevtools/apex-parser';

/** A syntax error in an Apex file. Line and column are 1-based, as editors show them. */
export interface ApexSyntaxIssue {
    file: string;
    line: number;
    column: number;
    message: string;
}

export interface ApexParseResult {
    /** Absolute paths of the .cls and .trigger files that were parsed, sorted. */
    files: string[];
    errors: ApexSyntaxIssue[];
}

export type ApexUnitKind = 'class' | 'trigger';

const APEX_EXTENSIONS: Record<string, ApexUnitKind> = { '.cls': 'class', '.trigger': 'trigger' };
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.sf', '.sfdx']);

class CollectingListener extends ApexErrorListener {
    readonly issues: Array<{ line: number; column: number; message: string }> = [];

    apexSyntaxError(line: number, column: number, msg: string): void {
        // ANTLR columns are 0-based.
        this.issues.push({ line, column: column + 1, message: msg });
    }
}

/** The kind of compilation unit a file holds, by extension; undefined when it is not Apex source. */
export function apexUnitKind(file: string): ApexUnitKind | undefined {
    return APEX_EXTENSIONS[extname(file).toLowerCase()];
}

/** Every .cls and .trigger file under the given files or folders, sorted. */
export function findApexFiles(roots: string | string[]): string[] {
    const found: string[] = [];
    const visit = (path: string): void => {
        const stats = statSync(path);
        if (stats.isDirectory()) {
            for (const entry of readdirSync(path)) {
                if (!SKIPPED_FOLDERS.has(entry)) {
                    visit(join(path, entry));
                }
            }
        } else if (stats.isFile() && apexUnitKind(path) !== undefined) {
            found.push(path);
        }
    };
    for (const root of Array.isArray(roots) ? roots : [roots]) {
        visit(resolve(root));
    }
    return [...new Set(found)].sort();
}

/** Parses one class or trigger body and returns its syntax errors (lexer and parser), without a file name. */
export function parseApexSource(source: string, kind: ApexUnitKind): Array<Omit<ApexSyntaxIssue, 'file'>> {
    const listener = new CollectingListener();
    const { parser } = ApexParserFactory.createLexerAndParser(source, listener);
    if (kind === 'trigger') {
        parser.triggerUnit();
    } else {
        parser.compilationUnit();
    }
    return listener.issues;
}

/** Parses every .cls and .trigger under the given roots with the Apex grammar and reports syntax errors. */
export function parseApexFiles(roots: string | string[]): ApexParseResult {
    const files = findApexFiles(roots);
    const errors: ApexSyntaxIssue[] = [];
    for (const file of files) {
        const kind = apexUnitKind(file) ?? 'class';
        for (const issue of parseApexSource(readFileSync(file, 'utf8'), kind)) {
            errors.push({ file, ...issue });
        }
    }
    return { files, errors };
}

export function formatSyntaxIssue(issue: ApexSyntaxIssue, relativeTo?: (file: string) => string): string {
    const file = relativeTo ? relativeTo(issue.file) : issue.file;
    return `${file}:${issue.line}:${issue.column} syntax error: ${issue.message}`;
}
