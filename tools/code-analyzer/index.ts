// CLI: npx tsx tools/code-analyzer/index.ts [root=force-app]   (npm run analyze)
// Parses every Apex class and trigger with the Apex grammar, then runs Salesforce Code Analyzer with every
// offline engine (PMD, ESLint, regex, RetireJS) over the package source, built components included.
// Exits 1 on any syntax error or any violation of severity 1-3, 2 when it cannot run.
import { runApexCheck } from './check';

async function main(): Promise<number> {
    const root = process.argv[2] ?? 'force-app';
    const report = await runApexCheck(root, { onLog: (message) => console.error(`code analyzer: ${message}`) });
    for (const line of report.lines) {
        console.log(line);
    }
    return report.ok ? 0 : 1;
}

main().then(
    (code) => {
        process.exitCode = code;
    },
    (error: unknown) => {
        console.error(`analyze: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        process.exitCode = 2;
    }
);
