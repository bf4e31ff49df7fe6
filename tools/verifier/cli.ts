import { resolve } from 'node:path';
import { convertProject } from './convert';
import { formatProblem } from '../../core/problems';
import { verifyProject } from './verify';

/**
 * npx tsx tools/verifier/cli.ts [--root <projectDir>] [--convert] [--quiet-warnings] [--time]
 * Prints each problem as "error|warning <file>:<line> <what>. <how to fix>" and a summary line;
 * exits 1 when there is an error.
 */
function main(argv: string[]): number {
    let root = process.cwd();
    let convert = false;
    let hideWarnings = false;
    let timing = false;
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--root') root = argv[++i] ?? root;
        else if (arg?.startsWith('--root=')) root = arg.slice('--root='.length);
        else if (arg === '--convert') convert = true;
        else if (arg === '--quiet-warnings') hideWarnings = true;
        else if (arg === '--time') timing = true;
        else if (arg === '--help' || arg === '-h') {
            process.stdout.write('usage: tsx tools/verifier/cli.ts [--root <projectDir>] [--convert] [--quiet-warnings] [--time]\n');
            return 0;
        } else {
            process.stderr.write(`unknown argument ${arg}\n`);
            return 2;
        }
    }
    root = resolve(root);
    const started = Date.now();
    const result = verifyProject(root);
    const problems = [...result.problems];
    let convertLine = '';
    if (convert) {
        const c = convertProject(root);
        problems.push(...c.problems);
        const types = Object.entries(c.types)
            .map(([t, n]) => `${t} ${n}`)
            .join(', ');
        convertLine = `convert: ${c.ok ? 'ok' : 'failed'} in ${(c.milliseconds / 1000).toFixed(1)}s; package.xml: ${types || '(none)'}`;
    }
    const errors = problems.filter((p) => p.severity === 'error').length;
    const warnings = problems.length - errors;
    for (const p of problems) if (p.severity === 'error' || !hideWarnings) process.stdout.write(`${formatProblem(p)}\n`);
    if (convertLine) process.stdout.write(`${convertLine}\n`);
    if (timing) process.stdout.write(`time: ${Date.now() - started} ms\n`);
    process.stdout.write(
        `validate: ${result.files} files, ${result.references} references checked, ${errors} errors, ${warnings} warnings\n`
    );
    return errors > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
