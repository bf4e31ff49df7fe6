import { resolve } from 'node:path';
import { apexCheck } from './check';
import { findJava } from './java';

/**
 * npx tsx tools/apex-check/cli.ts [--root <projectDir>]   (npm run apex:check)
 * Apex semantic checks with apex-ls: prints "error|warning <file>:<line>:<column> <what>." per issue and a
 * summary line; exits 1 on any issue, 2 when apex-ls cannot run, 0 (with a loud message) when no Java 21+ exists.
 */
function main(argv: string[]): number {
    let root = process.cwd();
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--root') root = argv[++i] ?? root;
        else if (arg?.startsWith('--root=')) root = arg.slice('--root='.length);
        else if (arg === '--help' || arg === '-h') {
            process.stdout.write('usage: tsx tools/apex-check/cli.ts [--root <projectDir>]\n');
            return 0;
        } else {
            process.stderr.write(`unknown argument ${arg}\n`);
            return 2;
        }
    }
    const report = apexCheck(resolve(root), findJava());
    for (const line of report.lines) process.stdout.write(`${line}\n`);
    return report.exitCode;
}

try {
    process.exitCode = main(process.argv.slice(2));
} catch (error: unknown) {
    process.stderr.write(`apex-check: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
}
