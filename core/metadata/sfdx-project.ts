import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where a Salesforce DX project keeps its metadata: sfdx-project.json's package directories. */

/** The package directories sfdx-project.json lists (force-app when the file or the list is missing). */
export function packageDirectories(projectDir: string): string[] {
    const file = join(projectDir, 'sfdx-project.json');
    if (!existsSync(file)) return [join(projectDir, 'force-app')];
    const project = JSON.parse(readFileSync(file, 'utf8')) as { packageDirectories?: { path: string }[] };
    const dirs = (project.packageDirectories ?? []).map((d) => join(projectDir, d.path));
    return dirs.length ? dirs : [join(projectDir, 'force-app')];
}

/** force-app/main/default when present, else the package directory itself. */
export function modelSourceDir(packageDir: string): string {
    const conventional = join(packageDir, 'main', 'default');
    return existsSync(conventional) ? conventional : packageDir;
}
