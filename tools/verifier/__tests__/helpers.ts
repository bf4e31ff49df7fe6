import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatProblem } from '../../../core/problems';
import { verifyProject, type VerifyResult } from '../verify';

export const VALID = join(__dirname, 'fixtures', 'valid');
export const SRC = 'force-app/main/default';

const made: string[] = [];

/** A fresh copy of the valid fixture in a temporary directory. */
export function copyFixture(): string {
    const dir = mkdtempSync(join(tmpdir(), 'verifier-fixture-'));
    cpSync(VALID, dir, { recursive: true });
    made.push(dir);
    return dir;
}

export function cleanUp(): void {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Replaces `from` by `to` in a fixture file; fails loudly when the fixture no longer contains `from`. */
export function edit(dir: string, rel: string, from: string | RegExp, to: string): void {
    const path = join(dir, rel);
    const text = readFileSync(path, 'utf8');
    const next = text.replace(from, to);
    if (next === text) throw new Error(`fixture ${rel} does not contain ${String(from)}`);
    writeFileSync(path, next);
}

export function write(dir: string, rel: string, text: string): void {
    writeFileSync(join(dir, rel), text);
}

export function remove(dir: string, rel: string): void {
    unlinkSync(join(dir, rel));
}

export function read(dir: string, rel: string): string {
    return readFileSync(join(dir, rel), 'utf8');
}

export interface Outcome {
    result: VerifyResult;
    errors: string[];
    warnings: string[];
}

export function verify(dir: string): Outcome {
    const result = verifyProject(dir);
    const lines = result.problems.map(formatProblem);
    return {
        result,
        errors: lines.filter((l) => l.startsWith('error ')),
        warnings: lines.filter((l) => l.startsWith('warning '))
    };
}

/** Copies the fixture, applies the edits, verifies, and returns the outcome. */
export function verifyWith(apply: (dir: string) => void): Outcome {
    const dir = copyFixture();
    apply(dir);
    return verify(dir);
}
