import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { walkFiles } from './context';
import { packageDirectories } from '../../core/metadata/sfdx-project';
import { Reporter, type Problem } from '../../core/problems';

/**
 * Rule 5: the source converts offline to Metadata API format with the Salesforce CLI, the
 * package.xml lists the metadata types present, and nothing that must not deploy (TypeScript,
 * tsconfig, __tests__, jest files) is inside the output.
 */

export interface ConvertResult {
    ok: boolean;
    /** Metadata types listed in package.xml with their member counts. */
    types: Record<string, number>;
    problems: Problem[];
    milliseconds: number;
    outputDir?: string;
}

const FORBIDDEN = [/\.ts$/, /(^|[\\/])tsconfig[^\\/]*\.json$/, /(^|[\\/])__tests__([\\/]|$)/, /(^|[\\/])jest[^\\/]*$/i, /\.test\.js$/];

export function convertProject(projectDir: string, options: { keepOutput?: boolean; sourceDir?: string } = {}): ConvertResult {
    const root = resolve(projectDir);
    const report = new Reporter(root);
    const started = Date.now();
    const out = join(mkdtempSync(join(tmpdir(), 'co-convert-')), 'mdapi');
    // The CLI writes config and caches under HOME: keep them in the repository's .sfhome, never the real home.
    const repoRoot = resolve(__dirname, '..', '..');
    const home = join(repoRoot, '.sfhome');
    mkdirSync(home, { recursive: true });
    const binary = join(repoRoot, 'node_modules', '.bin', 'sf');
    const sourceDirs = options.sourceDir ? [options.sourceDir] : packageDirectories(root).map((d) => relative(root, d));
    const run = spawnSync(
        binary,
        ['project', 'convert', 'source', ...sourceDirs.flatMap((d) => ['--source-dir', d]), '--output-dir', out, '--json'],
        {
            cwd: root,
            encoding: 'utf8',
            env: {
                ...process.env,
                HOME: home,
                SF_DISABLE_TELEMETRY: 'true',
                SFDX_DISABLE_TELEMETRY: 'true',
                SF_AUTOUPDATE_DISABLE: 'true',
                SFDX_AUTOUPDATE_DISABLE: 'true',
                SF_DISABLE_AUTOUPDATE: 'true',
                SF_DISABLE_LOG_FILE: 'true',
                SF_USE_GENERIC_UNIX_KEYCHAIN: 'true'
            },
            timeout: 300_000
        }
    );
    const types: Record<string, number> = {};
    const sfProject = join(root, 'sfdx-project.json');
    if (run.status !== 0) {
        let message = (run.stderr || run.stdout || String(run.error ?? '')).trim();
        try {
            const parsed = JSON.parse(run.stdout) as { message?: string; name?: string };
            if (parsed.message) message = `${parsed.name ?? 'Error'}: ${parsed.message}`;
        } catch {
            /* not JSON */
        }
        report.error(
            sfProject,
            undefined,
            `sf project convert source failed: ${message.split('\n').slice(0, 6).join(' ')}`,
            'Fix the source so the Salesforce CLI can convert it'
        );
    } else {
        const packageXml = join(out, 'package.xml');
        if (!existsSync(packageXml)) {
            report.error(sfProject, undefined, 'the converted output has no package.xml', 'Check the sf CLI output');
        } else {
            const xml = readFileSync(packageXml, 'utf8');
            for (const m of xml.matchAll(/<types>([\s\S]*?)<\/types>/g)) {
                const body = m[1] ?? '';
                const name = /<name>([^<]+)<\/name>/.exec(body)?.[1] ?? '?';
                types[name] = (body.match(/<members>/g) ?? []).length;
            }
            if (Object.keys(types).length === 0)
                report.error(sfProject, undefined, 'package.xml lists no metadata types', 'Check that force-app holds metadata');
        }
        for (const file of walkFiles(out)) {
            const rel = relative(out, file);
            if (FORBIDDEN.some((re) => re.test(rel))) {
                report.error(
                    sfProject,
                    undefined,
                    `the deployable output contains ${rel}`,
                    'Exclude it in .forceignore (TypeScript sources, tsconfig and tests must not deploy)'
                );
            }
        }
    }
    if (!options.keepOutput) rmSync(join(out, '..'), { recursive: true, force: true });
    return {
        ok: report.problems.length === 0,
        types,
        problems: report.problems,
        milliseconds: Date.now() - started,
        outputDir: options.keepOutput ? out : undefined
    };
}
