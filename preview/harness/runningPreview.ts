/**
 * Starts the local preview for a test file: builds the bundle once per run (unless
 * PREVIEW_E2E_SKIP_BUILD is set and a build exists), serves it on a free loopback port, and
 * keeps the store in a temporary file so tests never touch a developer's preview data.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from '../build/build';
import { DIST_DIR } from '../build/paths';
import { closePreviewData, previewData } from '../server/dataService';
import { startServer } from '../server/devServer';

export interface RunningPreview {
    url: string;
    /** Restores the sample data. */
    reset(): Promise<void>;
    close(): Promise<void>;
}

export async function startPreview(): Promise<RunningPreview> {
    process.env.PREVIEW_DATA_FILE = join(mkdtempSync(join(tmpdir(), 'preview-e2e-')), 'store.json');
    if (!(process.env.PREVIEW_E2E_SKIP_BUILD && existsSync(join(DIST_DIR, 'index.html')))) await build();
    // The data service reads PREVIEW_DATA_FILE on first use, which is here.
    previewData();
    const server = await startServer({ port: 0 });
    return {
        url: server.url,
        reset: async () => {
            const response = await fetch(new URL('__preview/reset', server.url), { method: 'POST' });
            if (!response.ok) throw new Error(`reset failed: HTTP ${response.status}`);
        },
        close: async () => {
            await server.close();
            closePreviewData();
        }
    };
}
