import { relative } from 'node:path';

export type Severity = 'error' | 'warning';

/** One finding: where it is, what is wrong, how to fix it. */
export interface Problem {
    severity: Severity;
    /** Path relative to the project directory. */
    file: string;
    line?: number;
    column?: number;
    /** What is wrong (no trailing period needed). */
    message: string;
    /** How to fix it. */
    fix?: string;
}

export interface Location {
    line?: number;
    column?: number;
}

/** Collects problems and counts the cross references the checks resolved. */
export class Reporter {
    readonly problems: Problem[] = [];
    references = 0;

    constructor(private readonly projectDir: string) {}

    rel(file: string): string {
        const r = relative(this.projectDir, file);
        return r.startsWith('..') ? file : r.split('\\').join('/');
    }

    error(file: string, at: Location | number | undefined, message: string, fix?: string): void {
        this.add('error', file, at, message, fix);
    }

    warning(file: string, at: Location | number | undefined, message: string, fix?: string): void {
        this.add('warning', file, at, message, fix);
    }

    /** Counts one resolved (or attempted) cross reference. */
    reference(count = 1): void {
        this.references += count;
    }

    private add(severity: Severity, file: string, at: Location | number | undefined, message: string, fix?: string): void {
        const loc = typeof at === 'number' ? { line: at } : (at ?? {});
        this.problems.push({ severity, file: this.rel(file), line: loc.line, column: loc.column, message, fix });
    }
}

const sentence = (s: string): string => (/[.!?]$/.test(s) ? s : `${s}.`);

export function formatProblem(p: Problem): string {
    const where = p.line ? `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}` : p.file;
    return `${p.severity} ${where} ${sentence(p.message)}${p.fix ? ` ${sentence(p.fix)}` : ''}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
    return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
