/**
 * `npm run build`: emits the JavaScript that deploys, one .js beside each component's .ts source
 * (core/components/build.ts), and keeps the components' tsconfig paths in step. `--check` lists
 * what a build would change. Type-checking is `npm run typecheck`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildComponents, componentSources, staleBuildOutputs } from '../core/components/build';

/**
 * TypeScript path patterns allow one `*`, so `c/name` → `./name/name` cannot be one pattern:
 * keep an explicit entry per bundle in the components' tsconfig. Entries that are not `c/*`
 * (the tests' `#test/jest/*` helpers) are kept as written. Returns true when it changed.
 */
export function syncComponentPaths(lwcDir: string): boolean {
    const tsconfigPath = join(lwcDir, 'tsconfig.json');
    const tsconfig = JSON.parse(readFileSync(tsconfigPath, 'utf8')) as { compilerOptions: { paths?: Record<string, string[]> } };
    const bundles = [...new Set(componentSources(lwcDir).map((f) => relative(lwcDir, f).split(/[\\/]/)[0]!))];
    const kept = Object.entries(tsconfig.compilerOptions.paths ?? {}).filter(([pattern]) => !pattern.startsWith('c/'));
    const paths = Object.fromEntries([
        ...kept,
        ...bundles.filter((b) => existsSync(join(lwcDir, b, `${b}.ts`))).map((b) => [`c/${b}`, [`./${b}/${b}`]])
    ]);
    if (JSON.stringify(tsconfig.compilerOptions.paths ?? {}) === JSON.stringify(paths)) return false;
    tsconfig.compilerOptions.paths = paths;
    writeFileSync(tsconfigPath, JSON.stringify(tsconfig, null, 2) + '\n');
    return true;
}

if (require.main === module) {
    const lwcDir = join(process.cwd(), 'force-app/main/default/lwc');
    if (process.argv.includes('--check')) {
        const stale = staleBuildOutputs(lwcDir).map((s) => relative(process.cwd(), s));
        for (const line of stale) console.error(`build --check: ${line}`);
        if (stale.length) {
            console.error(
                'build --check: the committed JavaScript is not what `npm run build` makes. Run `npm run build` and commit the .js files.'
            );
            process.exitCode = 1;
        } else console.log(`build --check: ${componentSources(lwcDir).length} committed component module(s) equal a fresh build`);
    } else {
        if (syncComponentPaths(lwcDir)) console.log("build: updated c/* paths in the components' tsconfig.json");
        const written = buildComponents(lwcDir);
        console.log(`build: ${written.length} component module(s) emitted under ${relative(process.cwd(), lwcDir) || '.'}`);
    }
}
