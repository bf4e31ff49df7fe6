import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Deploy rules report what the org would refuse; they run on every project. Policy rules report
 * what this package's product brief asks of its own metadata but the org does not enforce
 * (a description on every object and field, help text on every field, a relationship label on
 * every lookup, a description on every report). They run only where the checked project opts in
 * with a file at its root:
 *
 *     .customer-outcomes-verifier.json   {"policy": true}
 *
 * This repository opts in. A missing file, or "policy": false, leaves the deploy rules alone.
 */
export const POLICY_FILE = '.customer-outcomes-verifier.json';

export interface VerifierConfig {
    policy: boolean;
    /** Why the file could not be read (then policy rules stay off). */
    problem?: string;
}

export function readConfig(projectDir: string): VerifierConfig {
    const file = join(projectDir, POLICY_FILE);
    if (!existsSync(file)) return { policy: false };
    try {
        const raw = JSON.parse(readFileSync(file, 'utf8')) as { policy?: unknown } | null;
        if (typeof raw?.policy !== 'boolean') return { policy: false, problem: 'it needs "policy": true or false' };
        return { policy: raw.policy };
    } catch (e) {
        return { policy: false, problem: `it is not valid JSON (${(e as Error).message})` };
    }
}
