/** Copies the page skeleton (index.html, preview.css) from preview/client into the output. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'rollup';

export function staticFiles(dir: string, files: readonly string[]): Plugin {
    return {
        name: 'preview-static-files',
        buildStart() {
            for (const file of files) this.addWatchFile(join(dir, file));
        },
        generateBundle() {
            for (const file of files) {
                this.emitFile({ type: 'asset', fileName: file, source: readFileSync(join(dir, file)) });
            }
        }
    };
}
