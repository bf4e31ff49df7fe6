/**
 * Writes the sample data plan (data/sample) with real dates, ready for the Salesforce CLI.
 *
 *   npx tsx tools/sample-data/materialize.ts [outDir=build/sample-plan] [--today YYYY-MM-DD] [--plan <dir>]
 *   sf data import tree --plan build/sample-plan/plan.json --target-org <alias>
 *
 * "today" defaults to the current UTC calendar date.
 */
import * as path from 'node:path';
import { defaultSamplePlanDir, materializePlan, normalizeToday } from './relativeDates';
import { utcToday } from '../../core/dates';

const USAGE = 'Usage: npx tsx tools/sample-data/materialize.ts [outDir=build/sample-plan] [--today YYYY-MM-DD] [--plan <dir>]';

interface CliOptions {
    outDir: string;
    today: string;
    planDir: string;
    help: boolean;
}

export function parseArgs(argv: readonly string[], now: Date = new Date()): CliOptions {
    const options: CliOptions = {
        outDir: 'build/sample-plan',
        today: utcToday(now),
        planDir: defaultSamplePlanDir(),
        help: false
    };
    let outDirSeen = false;
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i] as string;
        const takeValue = (flag: string): string => {
            const eq = arg.indexOf('=');
            if (eq !== -1) return arg.slice(eq + 1);
            const value = argv[i + 1];
            if (value === undefined || value.startsWith('--')) {
                throw new Error(`${flag} needs a value.`);
            }
            i++;
            return value;
        };
        if (arg === '--help' || arg === '-h') {
            options.help = true;
        } else if (arg === '--today' || arg.startsWith('--today=')) {
            const today = takeValue('--today');
            if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
                throw new Error(`--today must be a date as YYYY-MM-DD, got "${today}".`);
            }
            options.today = normalizeToday(today);
        } else if (arg === '--plan' || arg.startsWith('--plan=')) {
            options.planDir = path.resolve(takeValue('--plan'));
        } else if (arg.startsWith('-')) {
            throw new Error(`Unknown option ${arg}.`);
        } else if (!outDirSeen) {
            options.outDir = arg;
            outDirSeen = true;
        } else {
            throw new Error(`Unexpected argument ${arg}.`);
        }
    }
    return options;
}

function main(): number {
    let options: CliOptions;
    try {
        options = parseArgs(process.argv.slice(2));
    } catch (error) {
        process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
        return 2;
    }
    if (options.help) {
        process.stdout.write(`${USAGE}\n`);
        return 0;
    }
    try {
        const result = materializePlan(options.planDir, options.outDir, options.today);
        const lines = [
            `Sample data for ${result.today} (relative dates resolved, UTC):`,
            ...result.files.map((f) => `  ${f.file}  ${f.sobject}: ${f.records} record${f.records === 1 ? '' : 's'}`),
            `  ${result.planPath}  plan`,
            `Load it with: sf data import tree --plan ${result.planPath} --target-org <alias>`
        ];
        process.stdout.write(`${lines.join('\n')}\n`);
        return 0;
    } catch (error) {
        process.stderr.write(`materialize: ${(error as Error).message}\n`);
        return 1;
    }
}

if (require.main === module) {
    process.exitCode = main();
}
