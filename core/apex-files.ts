import { readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';

/** Apex source files by extension: what the syntax check (tools/code-analyzer) and the SOQL check (tools/apex-check) read. */

export type ApexUnitKind = 'class' | 'trigger';

const APEX_EXTENSIONS: Record<string, ApexUnitKind> = { '.cls': 'class', '.trigger': 'trigger' };
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.sf', '.sfdx']);

/** The kind of compilation unit a file holds, by extension; undefined when it is not Apex source. */
export function apexUnitKind(file: string): ApexUnitKind | undefined {
    return APEX_EXTENSIONS[extname(file).toLowerCase()];
}

/** Every .cls and .trigger file under the given files or folders, sorted. */
export function findApexFiles(roots: string | string[]): string[] {
    const found: string[] = [];
    const visit = (path: string): void => {
        const stats = statSync(path);
        if (stats.isDirectory()) {
            for (const entry of readdirSync(path)) {
                if (!SKIPPED_FOLDERS.has(entry)) {
                    visit(join(path, entry));
                }
            }
        } else if (stats.isFile() && apexUnitKind(path) !== undefined) {
            found.push(path);
        }
    };
    for (const root of Array.isArray(roots) ? roots : [roots]) {
        visit(resolve(root));
    }
    return [...new Set(found)].sort();
}
