/**
 * Compiles each built component bundle with Salesforce's platform LWC compiler (the one the
 * org runs on deploy), so template and module errors surface here rather than in an admin's
 * failed deploy. Runs on the built `.js` (after `npm run build`), never on the `.ts`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compile } from '@lwc/sfdc-lwc-compiler';

export interface PlatformDiagnostic {
    bundle: string;
    level: 'error' | 'warning';
    message: string;
    file?: string;
    line?: number;
}

export interface PlatformCheckResult {
    bundles: number;
    diagnostics: PlatformDiagnostic[];
}

// @lwc/errors DiagnosticLevel: 0 Fatal, 1 Error, 2 Warning, 3 Log.
const levelName = (level: number): PlatformDiagnostic['level'] => (level <= 1 ? 'error' : 'warning');

/** The files of one bundle the platform compiles: built JS (no tests), templates, styles. */
function bundleFiles(bundleDir: string): Record<string, string> {
    const files: Record<string, string> = {};
    for (const file of readdirSync(bundleDir).sort()) {
        const path = join(bundleDir, file);
        if (!statSync(path).isFile()) continue;
        if (/\.(js|html|css)$/.test(file)) files[file] = readFileSync(path, 'utf8');
    }
    return files;
}

/**
 * What the platform lets a bundle do. Dynamic components (`<lwc:component lwc:is>` and `import()`
 * of a literal specifier) only with the lightning__dynamicComponent capability in its
 * js-meta.xml, as Salesforce documents; every other bundle is compiled with dynamic imports off.
 */
function bundleOptions(
    bundleDir: string,
    name: string
): { apiVersion: number; allowDynamicComponents?: boolean; dynamicImport?: 'stringLiteralOnly' } {
    const metaPath = join(bundleDir, `${name}.js-meta.xml`);
    const meta = existsSync(metaPath) ? readFileSync(metaPath, 'utf8') : '';
    const dynamic = /<capability>\s*lightning__dynamicComponent\s*<\/capability>/.test(meta);
    return dynamic ? { apiVersion: 66, allowDynamicComponents: true, dynamicImport: 'stringLiteralOnly' } : { apiVersion: 66 };
}

async function checkBundle(lwcDir: string, name: string): Promise<PlatformDiagnostic[]> {
    const files = bundleFiles(join(lwcDir, name));
    if (!files[`${name}.js`]) {
        return [{ bundle: name, level: 'error', message: `${name}.js is missing: run \`npm run build\` before the platform check` }];
    }
    const output = await compile({
        bundle: { namespace: 'c', name, type: 'platform', files, options: bundleOptions(join(lwcDir, name), name) }
    });
    const raw = [...output.diagnostics, ...(output.results ?? []).flatMap((r) => r.diagnostics)];
    const diagnostics: PlatformDiagnostic[] = raw.map((d) => ({
        bundle: name,
        level: levelName(d.level),
        message: d.message,
        file: d.filename,
        line: d.location?.line
    }));
    if (!output.success && !diagnostics.some((d) => d.level === 'error')) {
        diagnostics.push({ bundle: name, level: 'error', message: 'the platform compiler rejected the bundle without a diagnostic' });
    }
    return diagnostics;
}

export async function checkComponents(lwcDir: string): Promise<PlatformCheckResult> {
    const bundles = existsSync(lwcDir)
        ? readdirSync(lwcDir)
              .filter((name) => statSync(join(lwcDir, name)).isDirectory() && existsSync(join(lwcDir, name, `${name}.js-meta.xml`)))
              .sort()
        : [];
    const diagnostics: PlatformDiagnostic[] = [];
    // Sequential on purpose: the compiler is CPU-bound and CI has two cores.
    for (const name of bundles) diagnostics.push(...(await checkBundle(lwcDir, name)));
    return { bundles: bundles.length, diagnostics };
}

export function formatDiagnostic(lwcDir: string, d: PlatformDiagnostic): string {
    const where = d.file ? `${relative(process.cwd(), join(lwcDir, d.bundle, d.file))}${d.line ? `:${d.line}` : ''}` : `c/${d.bundle}`;
    return `${d.level} ${where} ${d.message}`;
}
