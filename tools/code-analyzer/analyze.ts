import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
    CodeAnalyzer,
    CodeAnalyzerConfig,
    EventType,
    LogLevel,
    SeverityLevel,
    type LogEvent,
    type Violation
} from '@salesforce/code-analyzer-core';
import * as eslintEngine from '@salesforce/code-analyzer-eslint-engine';
import * as pmdEngine from '@salesforce/code-analyzer-pmd-engine';
import * as regexEngine from '@salesforce/code-analyzer-regex-engine';
import * as retireJsEngine from '@salesforce/code-analyzer-retirejs-engine';

/** Every Code Analyzer engine that runs offline: PMD (and its CPD), ESLint, regex, RetireJS. */
const ENGINE_MODULES = [pmdEngine, eslintEngine, regexEngine, retireJsEngine];
/** The engines those modules provide (the PMD module gives two), in the order they are added. */
const ENGINE_ORDER = ['pmd', 'cpd', 'eslint', 'regex', 'retire-js'];

/**
 * Engine names in a stable order. Code Analyzer lists the selected engines in whatever order they
 * finished setting up (a fresh clone printed "cpd, pmd", a warm one "pmd, cpd"), so the summary line
 * changed between runs of the same code.
 */
function inRegistrationOrder(names: string[]): string[] {
    const rank = (name: string): number => {
        const at = ENGINE_ORDER.indexOf(name);
        return at < 0 ? ENGINE_ORDER.length : at;
    };
    return [...names].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/**
 * What security review looks at: every PMD rule for Apex, plus each engine's Recommended,
 * AppExchange and Security rules (ESLint's LWC and TypeScript rules on components and tooling,
 * the regex engine's checks), and RetireJS's known-vulnerable JavaScript libraries.
 */
const DEFAULT_SELECTORS: readonly string[] = ['pmd:Apex', 'Recommended', 'AppExchange', 'Security', 'retire-js'];

/** Severities 1 (Critical) to 3 (Moderate) fail the check; 4 (Low) and 5 (Info) are reported only. */
const DEFAULT_BLOCKING_SEVERITY = SeverityLevel.Moderate;

export interface ApexViolation {
    engine: string;
    rule: string;
    /** 1 Critical, 2 High, 3 Moderate, 4 Low, 5 Info. */
    severity: SeverityLevel;
    tags: string[];
    /** Absolute path; undefined for engine-level failures (for example Java missing). */
    file?: string;
    line?: number;
    column?: number;
    message: string;
    resourceUrls: string[];
}

export interface AnalyzeOptions {
    /** Rule selectors as Code Analyzer understands them; default {@link DEFAULT_SELECTORS}. */
    selectors?: readonly string[];
    /** Violations at this severity or more severe (lower number) are blocking; default 3. */
    blockingSeverity?: SeverityLevel;
    /** Receives Code Analyzer's warnings and errors (engine start-up problems, for example). */
    onLog?: (message: string) => void;
}

export interface ApexAnalysis {
    /** Number of rules that ran. */
    ruleCount: number;
    /** Engines that had rules selected, e.g. pmd, eslint, regex, retire-js. */
    engines: string[];
    engineVersion: string;
    violations: ApexViolation[];
    /** The violations at the blocking severities. */
    blocking: ApexViolation[];
}

function toApexViolation(violation: Violation): ApexViolation {
    const rule = violation.getRule();
    const location = violation.getPrimaryLocation();
    return {
        engine: rule.getEngineName(),
        rule: rule.getName(),
        severity: rule.getSeverityLevel(),
        tags: rule.getTags(),
        file: location.getFile(),
        line: location.getStartLine(),
        column: location.getStartColumn(),
        message: violation.getMessage().trim(),
        resourceUrls: violation.getResourceUrls()
    };
}

function byLocation(a: ApexViolation, b: ApexViolation): number {
    return (
        (a.file ?? '').localeCompare(b.file ?? '') ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0) ||
        a.rule.localeCompare(b.rule)
    );
}

/**
 * Runs Salesforce Code Analyzer (core + the offline engines; PMD needs Java 11+) over the given files
 * or folders and returns every violation, sorted by file and line.
 */
export async function analyzeApex(roots: string | string[], options: AnalyzeOptions = {}): Promise<ApexAnalysis> {
    const targets = (Array.isArray(roots) ? roots : [roots]).map((root) => resolve(root));
    const selectors = [...(options.selectors ?? DEFAULT_SELECTORS)];
    const blockingSeverity = options.blockingSeverity ?? DEFAULT_BLOCKING_SEVERITY;

    // Keep Code Analyzer's logs and working files out of the repository.
    const scratch = mkdtempSync(join(tmpdir(), 'code-analyzer-'));
    try {
        const config = CodeAnalyzerConfig.fromObject({
            config_root: scratch,
            log_folder: scratch,
            log_level: LogLevel.Warn
        });
        const analyzer = new CodeAnalyzer(config);
        if (options.onLog) {
            const onLog = options.onLog;
            analyzer.onEvent<LogEvent>(EventType.LogEvent, (event) => {
                if (event.logLevel <= LogLevel.Warn) {
                    onLog(event.message);
                }
            });
        }
        for (const engine of ENGINE_MODULES) await analyzer.addEnginePlugin(engine.createEnginePlugin());

        const workspace = await analyzer.createWorkspace(targets);
        const selection = await analyzer.selectRules(selectors, { workspace });
        const results = await analyzer.run(selection, { workspace });

        const violations = results.getViolations().map(toApexViolation).sort(byLocation);
        const engineNames = results.getEngineNames();
        return {
            ruleCount: selection.getCount(),
            engines: inRegistrationOrder(selection.getEngineNames()),
            engineVersion: engineNames.includes('pmd') ? results.getEngineRunResults('pmd').getEngineVersion() : '',
            violations,
            blocking: violations.filter((violation) => violation.severity <= blockingSeverity)
        };
    } finally {
        rmSync(scratch, { recursive: true, force: true });
    }
}

export function formatViolation(violation: ApexViolation, relativeTo?: (file: string) => string): string {
    const where =
        violation.file === undefined
            ? '(no file)'
            : `${relativeTo ? relativeTo(violation.file) : violation.file}:${violation.line ?? 0}:${violation.column ?? 0}`;
    return `sev ${violation.severity} ${violation.engine}:${violation.rule} ${where} ${violation.message}`;
}
