import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { packageDirectories } from '../../../core/metadata/sfdx-project';
import { formatProblem, type Problem, type Severity } from '../../../core/problems';
import { verifyProject } from '../verify';

/**
 * Defect injection: copy an SFDX project (any base directory holding sfdx-project.json) to a
 * temporary directory, plant one defect, run the verifier, and find the error the defect must
 * raise at the planted file and line. Used by defects.test.ts; the base project is a parameter so
 * the same injections can run over vendored corpus projects.
 */

/** One planted defect. */
export interface Injection {
    /** File to change or create, relative to the project directory. */
    file: string;
    /** Text (or pattern) replaced by `text`; absent: the file is created with `text` as its content. */
    find?: string | RegExp;
    /** The replacement, or the new file's content. */
    text: string;
    /**
     * The part of `text` whose line the error must carry (its first occurrence at or after the
     * edit); default: the start of `text`.
     */
    at?: string;
}

/** Where the planted defect sits: the file (relative, with /) and the 1-based line. */
export interface Planted {
    file: string;
    line: number;
}

/** Top-level files larger than this are not copied (lock files); config files are small. */
const MAX_TOP_LEVEL_FILE = 100_000;

/** A pristine copy of the project's deployable parts (package directories, sfdx-project.json, small top-level config files). */
export function pristineCopy(baseProject: string): string {
    const base = resolve(baseProject);
    const dir = mkdtempSync(join(tmpdir(), 'verifier-defects-base-'));
    for (const name of readdirSync(base)) {
        const path = join(base, name);
        if (statSync(path).isFile() && statSync(path).size <= MAX_TOP_LEVEL_FILE && name !== 'package-lock.json')
            cpSync(path, join(dir, name));
    }
    for (const packageDir of packageDirectories(base)) {
        if (!existsSync(packageDir)) continue;
        cpSync(packageDir, join(dir, relative(base, packageDir)), {
            recursive: true,
            // Component tests and their data are not metadata: the verifier skips them.
            filter: (src) => !['__tests__', '__mocks__', 'node_modules', '.sfdx', '.sf'].includes(basename(src))
        });
    }
    return dir;
}

/** A fresh working copy of a pristine copy, for one test. */
export function workingCopy(pristine: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'verifier-defects-'));
    cpSync(pristine, dir, { recursive: true });
    return dir;
}

/** Applies the injection to the project in `dir` and returns the planted location. Fails loudly when the text to replace is missing. */
export function inject(dir: string, injection: Injection): Planted {
    const path = join(dir, injection.file);
    let start: number;
    let content: string;
    if (injection.find === undefined) {
        if (existsSync(path)) throw new Error(`${injection.file} already exists; give find to edit it`);
        mkdirSync(dirname(path), { recursive: true });
        content = injection.text;
        start = 0;
    } else {
        const before = readFileSync(path, 'utf8');
        const match =
            typeof injection.find === 'string'
                ? { index: before.indexOf(injection.find), length: injection.find.length }
                : ((m) => (m ? { index: m.index, length: m[0].length } : { index: -1, length: 0 }))(injection.find.exec(before));
        if (match.index < 0) throw new Error(`${injection.file} does not contain ${String(injection.find)}`);
        content = before.slice(0, match.index) + injection.text + before.slice(match.index + match.length);
        start = match.index;
    }
    writeFileSync(path, content);
    const marker = injection.at ?? injection.text;
    const offset = content.indexOf(marker, start);
    if (offset < 0) throw new Error(`the injected text does not contain ${marker}`);
    return { file: injection.file.split('\\').join('/'), line: content.slice(0, offset).split('\n').length };
}

export interface Verdict {
    /** Problems of the judged severity. */
    errors: Problem[];
    /** Problems at the planted file and line whose message matches. */
    caught: Problem[];
    /** All errors, formatted, for failure messages. */
    listing: string;
}

export function verifyCopy(dir: string, severity: Severity = 'error'): Problem[] {
    return verifyProject(dir).problems.filter((p) => p.severity === severity);
}

/** Runs the verifier on `dir` and looks for a problem of `severity` at `planted` matching `message`. */
export function judge(dir: string, planted: Planted, message: RegExp, severity: Severity = 'error'): Verdict {
    const errors = verifyCopy(dir, severity);
    const caught = errors.filter((p) => p.file === planted.file && p.line === planted.line && message.test(p.message));
    return { errors, caught, listing: errors.map(formatProblem).join('\n') || `(no ${severity}s)` };
}

/** A project base plus the copies made from it, cleaned up together. */
export class DefectBench {
    private readonly made: string[] = [];
    private pristine?: string;

    constructor(readonly baseProject: string) {}

    /** A fresh copy of the base project (the pristine copy is made once). */
    copy(): string {
        if (!this.pristine) {
            this.pristine = pristineCopy(this.baseProject);
            this.made.push(this.pristine);
        }
        const dir = workingCopy(this.pristine);
        this.made.push(dir);
        return dir;
    }

    /** Copies, plants the defects (one kind; several edits when the defect needs them), verifies. The last edit is the planted location. */
    plant(injections: Injection | Injection[], message: RegExp, severity: Severity = 'error'): Verdict & { planted: Planted } {
        const dir = this.copy();
        const list = Array.isArray(injections) ? injections : [injections];
        let planted: Planted | undefined;
        for (const i of list) planted = inject(dir, i);
        if (!planted) throw new Error('no injection');
        return { planted, ...judge(dir, planted, message, severity) };
    }

    cleanUp(): void {
        for (const dir of this.made.splice(0)) rmSync(dir, { recursive: true, force: true });
        this.pristine = undefined;
    }
}
