/**
 * Builds the preview's browser bundle into preview/dist.
 *   npx tsx preview/build/build.ts               one build, prints time and sizes
 *   npx tsx preview/build/build.ts --watch       rebuild on change
 *   npx tsx preview/build/build.ts --production  the LWC engine's production mode
 *   --components <dir> --labels <file>            build other components/labels (test fixtures)
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rollup, watch, type RollupWatcher } from 'rollup';
import { rollupOptions, type PreviewBuildOptions } from './config';
import { DIST_DIR, ROOT } from './paths';

export interface OutputFileSize {
    file: string;
    bytes: number;
    gzipBytes: number;
}

export interface BuildReport {
    milliseconds: number;
    outDir: string;
    files: OutputFileSize[];
}

function listFiles(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? listFiles(path) : [path];
    });
}

export function outputSizes(outDir: string): OutputFileSize[] {
    return listFiles(outDir)
        .filter((file) => !file.endsWith('.map'))
        .map((file) => {
            const content = readFileSync(file);
            return { file: relative(outDir, file), bytes: content.length, gzipBytes: gzipSync(content).length };
        })
        .sort((a, b) => b.bytes - a.bytes);
}

export async function build(options: PreviewBuildOptions = {}): Promise<BuildReport> {
    const started = performance.now();
    const config = rollupOptions(options);
    const outDir = config.output.dir ?? DIST_DIR;
    // Chunk names carry hashes: start clean so stale chunks never linger.
    rmSync(outDir, { recursive: true, force: true });
    const bundle = await rollup(config);
    try {
        await bundle.write(config.output);
    } finally {
        await bundle.close();
    }
    return { milliseconds: performance.now() - started, outDir, files: outputSizes(outDir) };
}

/** Rebuilds on every change under the inputs; `onBuilt` runs after each successful write. */
export function watchBuild(
    options: PreviewBuildOptions,
    onBuilt: (ms: number) => void,
    onError: (error: { message: string }) => void
): RollupWatcher {
    const config = rollupOptions(options);
    rmSync(config.output.dir ?? DIST_DIR, { recursive: true, force: true });
    const watcher = watch({ ...config, watch: { clearScreen: false, exclude: ['node_modules/**', 'preview/dist/**'] } });
    watcher.on('event', (event) => {
        if (event.code === 'BUNDLE_END') {
            void event.result.close();
            onBuilt(event.duration);
        } else if (event.code === 'ERROR') {
            void event.result?.close();
            onError(event.error);
        }
    });
    return watcher;
}

function kb(bytes: number): string {
    return `${(bytes / 1024).toFixed(1)} KiB`;
}

export function formatReport(report: BuildReport): string {
    const total = report.files.reduce((sum, f) => sum + f.bytes, 0);
    const totalGzip = report.files.reduce((sum, f) => sum + f.gzipBytes, 0);
    const main = report.files.find((f) => f.file === 'main.js');
    const lines = [
        `preview build: ${(report.milliseconds / 1000).toFixed(1)} s -> ${relative(ROOT, report.outDir)}/`,
        main ? `  main.js ${kb(main.bytes)} (gzip ${kb(main.gzipBytes)})` : '  main.js missing',
        `  ${report.files.length} files, ${kb(total)} (gzip ${kb(totalGzip)}); largest:`,
        ...report.files.slice(0, 6).map((f) => `    ${f.file}  ${kb(f.bytes)} (gzip ${kb(f.gzipBytes)})`)
    ];
    return lines.join('\n');
}

function argValue(argv: string[], flag: string): string | undefined {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
}

/** Build options from command-line flags (shared with the dev server's command line). */
export function buildOptionsFromArgs(argv: string[]): PreviewBuildOptions {
    const componentsDir = argValue(argv, '--components');
    const labelsFile = argValue(argv, '--labels');
    return {
        mode: argv.includes('--production') ? 'production' : 'development',
        ...(componentsDir && { componentsDir: resolve(componentsDir) }),
        ...(labelsFile && { labelsFile: resolve(labelsFile) })
    };
}

async function main(argv: string[]): Promise<void> {
    const options = buildOptionsFromArgs(argv);
    if (argv.includes('--watch')) {
        watchBuild(
            options,
            (ms) => console.log(`preview build: rebuilt in ${(ms / 1000).toFixed(1)} s`),
            (error) => console.error(`preview build failed:\n${error.message}`)
        );
        return;
    }
    console.log(formatReport(await build(options)));
}

if (require.main === module) {
    main(process.argv.slice(2)).catch((error: unknown) => {
        console.error(error instanceof Error ? error.message : error);
        process.exitCode = 1;
    });
}
