import { readFileSync } from 'node:fs';
import { ApexErrorListener, ApexParserFactory } from '@apexdevtools/apex-parser';
import { apexUnitKind, findApexFiles, type ApexUnitKind } from '../../core/apex-files';

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

class CollectingListener extends ApexErrorListener {
    readonly issues: Array<{ line: number; column: number; message: string }> = [];

    apexSyntaxError(line: number, column: number, msg: string): void {
        // ANTLR columns are 0-based.
        this.issues.push({ line, column: column + 1, message: msg });
    }
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
