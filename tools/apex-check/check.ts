import { formatProblem, sortProblems, type Problem } from '../../core/problems';
import { apexFiles, locateApexLs, runApexLs } from './apex-ls';
import { noJavaMessage, type JavaChoice } from './java';
import { checkSoql } from './soql';
import { loadProject } from '../../core/metadata/project';
import { packageDirectories } from '../../core/metadata/sfdx-project';
import { existsSync } from 'node:fs';

export interface ApexCheckReport {
    /** What to print, in order. */
    lines: string[];
    /** 0: ran and found nothing, or skipped for want of Java; 1: found an issue. */
    exitCode: number;
    /** Undefined when skipped. */
    problems?: Problem[];
}

/**
 * Runs apex-ls over the project with the chosen Java. Every issue it reports at the "warnings" detail
 * level fails the check: its errors are what a deploy's compile would reject (unknown field, type or
 * method), its warnings are about code that compiles but reads as a mistake (a local hiding a field,
 * a call on an unknown type). Without a Java new enough the check is skipped, loudly, and passes.
 */
export function apexCheck(projectDir: string, java: JavaChoice): ApexCheckReport {
    const soql = soqlCheck(projectDir);
    if (!java.found) {
        const lines = [noJavaMessage(java), ...soql.problems.map(formatProblem), soql.summary];
        return { lines, exitCode: soql.problems.length > 0 ? 1 : 0, problems: soql.problems };
    }
    const apexLs = locateApexLs();
    const files = apexFiles(projectDir).length;
    const run = runApexLs(java.found.path, projectDir, apexLs);
    const problems = sortProblems([...run.problems, ...soql.problems]);
    const errors = problems.filter((p) => p.severity === 'error').length;
    const warnings = problems.length - errors;
    const seconds = (run.milliseconds / 1000).toFixed(1);
    return {
        lines: [
            `apex-check: Java ${java.found.version} from ${java.found.source} (${java.found.path})`,
            ...problems.map(formatProblem),
            soql.summary,
            `apex-check: ${files} files, ${errors} errors, ${warnings} warnings in ${seconds}s (apex-ls ${apexLs.version} on Java ${java.found.version})`
        ],
        exitCode: problems.length > 0 ? 1 : 0,
        problems
    };
}

/** Static SOQL resolved against the project's model; it needs no Java, so it runs even where apex-ls is skipped. */
function soqlCheck(projectDir: string): { problems: Problem[]; summary: string } {
    const model = loadProject(packageDirectories(projectDir).filter((d) => existsSync(d)));
    const { queries, problems } = checkSoql(apexFiles(projectDir), model);
    return { problems, summary: `apex-check: ${queries} static SOQL queries resolved against the data model, ${problems.length} errors` };
}
