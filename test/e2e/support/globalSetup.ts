/**
 * Builds the preview once for the whole e2e run (Jest globalSetup), not once per test file: each
 * file's startPreview() then serves that build. A build takes about half a minute on a 2-core
 * machine, which every e2e file used to pay again. PREVIEW_E2E_SKIP_BUILD with an existing build
 * skips it, as before.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from '../../../preview/build/build';
import { DIST_DIR } from '../../../preview/build/paths';

export default async function buildPreviewOnce(): Promise<void> {
    if (!(process.env.PREVIEW_E2E_SKIP_BUILD && existsSync(join(DIST_DIR, 'index.html')))) await build();
    process.env.PREVIEW_E2E_SKIP_BUILD = '1';
}
