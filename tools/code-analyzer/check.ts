import { relative, resolve } from 'node:path';
import { analyzeApex, formatViolation, type AnalyzeOptions, type ApexAnalysis } from './analyze';
import { formatSyntaxIssue, parseApexFiles, type ApexParseResult } from './parse';

export interface ApexCheckReport {
    parse: ApexParseResult;
    analysis: ApexAnalysis;
    /** Human-readable report: one line per finding, then the summary line. */
    lines: string[];
    summary: string;
    /** True when there are no syntax errors and no blocking (severity 1-3) violations. */
    ok: boolean;
}

/** Parses the Apex under root (default force-app), analyses everything under it, and builds the report the CLI prints. */
export async function runApexCheck(root = 'force-app', options: AnalyzeOptions = {}): Promise<ApexCheckReport> {
    const absoluteRoot = resolve(root);
    const shown = (file: string): string => relative(process.cwd(), file) || file;

    const parse = parseApexFiles(absoluteRoot);
    const analysis = await analyzeApex(absoluteRoot, options);

    const lines = [
        ...parse.errors.map((issue) => formatSyntaxIssue(issue, shown)),
        ...analysis.violations.map((violation) => formatViolation(violation, shown))
    ];
    const nonBlocking = analysis.violations.length - analysis.blocking.length;
    const summary =
        `analyze: ${parse.files.length} files parsed, ${parse.errors.length} syntax errors; ` +
        `code analyzer (${analysis.engines.join(', ')}: ${analysis.ruleCount} rules): ` +
        `${analysis.blocking.length} violations (sev 1-3)` +
        (nonBlocking > 0 ? `, ${nonBlocking} low/info (sev 4-5)` : '');
    return {
        parse,
        analysis,
        lines: [...lines, summary],
        summary,
        ok: parse.errors.length === 0 && analysis.blocking.length === 0
    };
}
