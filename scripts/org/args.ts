/**
 * Flag parsing for the org commands (node:util parseArgs, strict): unknown flags, missing values,
 * stray arguments and empty values are usage errors (exit 1) reported before any org is touched.
 */
import { isCalendarDate } from '../../core/dates';
import { parseArgs } from 'node:util';
import { UsageError } from './cli';

export interface FlagSpec {
    name: string;
    short?: string;
    type: 'string' | 'boolean';
    /** May be repeated; comma-separated values are split (--users a@b.com,c@d.com). */
    multiple?: boolean;
    valueName?: string;
    description: string;
}

export interface CommandSpec {
    /** How the user runs it: "npm run seed". */
    command: string;
    summary: string;
    flags: FlagSpec[];
    examples: string[];
}

export interface ParsedFlags {
    help: boolean;
    string(name: string): string | undefined;
    boolean(name: string): boolean;
    list(name: string): string[];
}

const HELP: FlagSpec = { name: 'help', short: 'h', type: 'boolean', description: 'Show this help.' };

export const TARGET_ORG: FlagSpec = {
    name: 'target-org',
    short: 'o',
    type: 'string',
    valueName: 'alias|username',
    description: 'Org authorized with the Salesforce CLI (else SF_INSTANCE_URL + SF_ACCESS_TOKEN).'
};

export function usage(spec: CommandSpec): string {
    const flags = [...spec.flags, HELP];
    const width = Math.max(...flags.map((f) => flagLabel(f).length));
    return [
        `${spec.summary}`,
        '',
        `Usage: ${spec.command} -- [flags]`,
        '',
        'Flags:',
        ...flags.map((f) => `  ${flagLabel(f).padEnd(width)}  ${f.description}`),
        '',
        'Examples:',
        ...spec.examples.map((e) => `  ${e}`),
        '',
        'Exit codes: 0 done, 1 failed or bad flags, 2 no org connected.'
    ].join('\n');
}

function flagLabel(flag: FlagSpec): string {
    const short = flag.short ? `-${flag.short}, ` : '    ';
    return `${short}--${flag.name}${flag.type === 'string' ? ` <${flag.valueName ?? 'value'}>` : ''}`;
}

/** Parses argv against the spec. Throws UsageError naming the bad flag. */
export function parseFlags(spec: CommandSpec, argv: readonly string[]): ParsedFlags {
    const flags = [...spec.flags, HELP];
    const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {};
    for (const flag of flags) {
        options[flag.name] = { type: flag.type, multiple: flag.type === 'string' ? true : false };
        if (flag.short) options[flag.name]!.short = flag.short;
    }
    let values: Record<string, string | boolean | (string | boolean)[] | undefined>;
    try {
        values = parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values as typeof values;
    } catch (error) {
        throw new UsageError(explain(error as Error & { code?: string }, spec));
    }
    const strings = new Map<string, string[]>();
    for (const flag of flags) {
        const raw = values[flag.name];
        if (flag.type !== 'string' || raw === undefined) continue;
        const given = (Array.isArray(raw) ? raw : [raw]).map(String);
        if (!flag.multiple && given.length > 1) {
            throw new UsageError(`--${flag.name} was given ${given.length} times; give it once.`);
        }
        const parts = flag.multiple ? given.flatMap((v) => v.split(',')).map((v) => v.trim()) : given.map((v) => v.trim());
        if (parts.some((p) => p.length === 0)) {
            throw new UsageError(
                `--${flag.name} needs a non-empty value${flag.multiple ? ' (no empty item in a comma-separated list)' : ''}.`
            );
        }
        strings.set(flag.name, parts);
    }
    return {
        help: values.help === true,
        string: (name) => strings.get(name)?.[0],
        boolean: (name) => values[name] === true,
        list: (name) => [...new Set(strings.get(name) ?? [])]
    };
}

function explain(error: Error & { code?: string }, spec: CommandSpec): string {
    const message = error.message;
    switch (error.code) {
        case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
            const flag = /'([^']+)'/.exec(message)?.[1] ?? message;
            const known = spec.flags.map((f) => `--${f.name}`).join(', ');
            return `unknown flag ${flag}. Known flags: ${known}, --help.`;
        }
        case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL': {
            const arg = /'([^']+)'/.exec(message)?.[1] ?? message;
            return `unexpected argument "${arg}": every value follows its flag (--target-org co-dev).`;
        }
        case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
            const flag = /--[\w-]+/.exec(message)?.[0] ?? /'(-[^' ,]+)/.exec(message)?.[1] ?? '';
            if (/argument missing|ambiguous/i.test(message)) return `${flag} needs a value.`;
            return `${flag} does not take a value.`;
        }
        default:
            return message;
    }
}

/** --today YYYY-MM-DD, checked as a real calendar date. */
export function parseDateFlag(value: string | undefined, flag: string): string | undefined {
    if (value === undefined) return undefined;
    if (!isCalendarDate(value)) {
        throw new UsageError(`--${flag} must be a date as YYYY-MM-DD, got "${value}".`);
    }
    return value;
}

/** A whole number of minutes in [min, max]. */
export function parseMinutes(value: string | undefined, flag: string, fallback: number, max = 240): number {
    if (value === undefined) return fallback;
    if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) {
        throw new UsageError(`--${flag} must be a whole number of minutes from 1 to ${max}, got "${value}".`);
    }
    return Number(value);
}

/**
 * `npm run seed --target-org x` (without `--`) makes npm swallow the flag as its own config and
 * set npm_config_target_org. Say so instead of reporting "no org" or a stray argument.
 */
function checkNpmSwallowedFlags(spec: CommandSpec, env: NodeJS.ProcessEnv, argv: readonly string[]): void {
    for (const flag of spec.flags) {
        const key = `npm_config_${flag.name.replace(/-/g, '_')}`;
        const given = argv.some(
            (a) => a === `--${flag.name}` || a.startsWith(`--${flag.name}=`) || (flag.short !== undefined && a === `-${flag.short}`)
        );
        if (env[key] !== undefined && !given) {
            throw new UsageError(
                `npm took --${flag.name} as its own option: put -- before the flags, e.g. \`${spec.command} -- --${flag.name}${flag.type === 'string' ? ' <value>' : ''}\`.`
            );
        }
    }
}

/** Checks for flags npm swallowed, then parses. */
export function parseCommandLine(spec: CommandSpec, argv: readonly string[], env: NodeJS.ProcessEnv): ParsedFlags {
    checkNpmSwallowedFlags(spec, env, argv);
    return parseFlags(spec, argv);
}
