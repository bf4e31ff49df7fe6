/**
 * axe-core over a page of the preview, as an end-to-end accessibility check: the engine's own
 * source is injected into the page and run over the whole document (shell and package
 * components alike). The components use LWC synthetic shadow, so a CSS `include` naming a
 * component finds nothing (document queries do not enter shadow trees); the whole document is
 * audited instead, through axe's composed-tree walk, which does.
 */
import { readFileSync } from 'node:fs';
import type { AxeResults, NodeResult, Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.0/2.1 A and AA, plus axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * A violation that is known and owned elsewhere: one rule on the nodes whose target or markup
 * matches. `reason` says what the fix is and who owns it; remove the entry once it is fixed.
 */
export interface KnownViolation {
    rule: string;
    node: RegExp;
    reason: string;
}

/** Rules switched off for every page, each with the reason (none today). */
const DISABLED_RULES: Record<string, string> = {};

let source: string | undefined;

function axeSource(): string {
    source ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    return source;
}

function targetOf(node: NodeResult): string {
    // Inside shadow trees a target is one selector per tree, outermost first.
    return node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : String(part))).join(' >>> ');
}

function isKnown(rule: string, node: NodeResult, known: KnownViolation[]): boolean {
    return known.some((entry) => entry.rule === rule && (entry.node.test(targetOf(node)) || entry.node.test(node.html)));
}

/** Runs axe over the whole document and returns its violations, less the known ones. */
export async function axeViolations(page: Page, known: KnownViolation[] = []): Promise<Result[]> {
    if (!(await page.evaluate(() => 'axe' in globalThis))) await page.addScriptTag({ content: axeSource() });
    const options: RunOptions = {
        runOnly: { type: 'tag', values: AXE_TAGS },
        rules: Object.fromEntries(Object.keys(DISABLED_RULES).map((id) => [id, { enabled: false }])),
        resultTypes: ['violations']
    };
    const results = await page.evaluate((runOptions) => {
        // In the page: the engine just injected, over the whole document (the tests' TypeScript has no DOM library).
        const { axe, document } = globalThis as unknown as {
            axe: { run(context: unknown, o: unknown): Promise<AxeResults> };
            document: unknown;
        };
        return axe.run(document, runOptions);
    }, options);
    return results.violations
        .map((violation) => ({ ...violation, nodes: violation.nodes.filter((node) => !isKnown(violation.id, node, known)) }))
        .filter((violation) => violation.nodes.length > 0);
}

/** Violations as a reader fixes them: rule, impact, what to do, and each element's selector and markup. */
export function formatViolations(violations: Result[]): string {
    return violations
        .map((violation) => {
            const nodes = violation.nodes.map(
                (node) => `  - ${targetOf(node)}\n    ${node.html}\n    ${(node.failureSummary ?? '').replace(/\n/g, '\n    ')}`
            );
            return `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n  ${violation.helpUrl}\n${nodes.join('\n')}`;
        })
        .join('\n\n');
}

/** Fails with every violation spelled out when axe finds any (known ones aside). */
export async function expectNoAxeViolations(page: Page, known: KnownViolation[] = []): Promise<void> {
    const violations = await axeViolations(page, known);
    if (violations.length > 0) throw new Error(`axe found ${violations.length} violated rule(s):\n\n${formatViolations(violations)}`);
}
