import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ProjectModel } from '../../core/metadata/project';
import type { XmlDocument, XmlElement } from '../../core/xml';
import type { FileKind } from './metadata-types';
import type { Reporter } from '../../core/problems';

/** One *-meta.xml file: its path, its metadata type, and (when well-formed) its parsed forms. */
export interface MetadataFile {
    path: string;
    kind?: FileKind;
    doc?: XmlDocument;
    root?: XmlElement;
}

/** Everything a check needs: the project, its model, its files and the reporter. */
export interface VerifyContext {
    projectDir: string;
    /** Package directories from sfdx-project.json (absolute). */
    packageDirs: string[];
    /** The first directory the model is loaded from (force-app/main/default here); see model.sourceDirs for all. */
    sourceDir: string;
    model: ProjectModel;
    /** Whether the project opted in to this package's policy rules (policy.ts); deploy rules always run. */
    policy?: boolean;
    files: MetadataFile[];
    /** Component sources (.ts/.js under lwc/, outside __tests__). */
    componentSources: string[];
    report: Reporter;
}

export function ofType(ctx: VerifyContext, type: string): MetadataFile[] {
    return ctx.files.filter((f) => f.kind?.type === type && f.root);
}

const SKIP_DIRS = new Set(['node_modules', '.sfdx', '.sf', '.git', '.sfhome']);

export function walkFiles(dir: string): string[] {
    const out: string[] = [];
    if (!existsSync(dir)) return out;
    const visit = (d: string): void => {
        for (const name of readdirSync(d).sort()) {
            if (SKIP_DIRS.has(name)) continue;
            const p = join(d, name);
            if (statSync(p).isDirectory()) visit(p);
            else out.push(p);
        }
    };
    visit(dir);
    return out;
}

export function isComponentSource(path: string, packageDir: string): boolean {
    const rel = relative(packageDir, path).split(/[\\/]/);
    if (!rel.includes('lwc') || rel.includes('__tests__') || rel.includes('__mocks__')) return false;
    const name = rel[rel.length - 1] ?? '';
    return /\.(ts|js)$/.test(name) && !name.endsWith('.d.ts') && !/\.(test|spec)\.(ts|js)$/.test(name);
}
