/**
 * The Chromium the end-to-end tests drive. A system Chrome/Chromium is used when one is
 * configured (CHROME_PATH or PREVIEW_CHROMIUM); otherwise the one inside the
 * @sparticuz/chromium npm package, so `npm ci` alone brings a browser.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';

// Flags that keep Chromium off the network: this machine has none beyond loopback.
const OFFLINE_FLAGS = [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic'
];

async function executable(): Promise<{ path: string; args: string[] }> {
    const configured = process.env.PREVIEW_CHROMIUM ?? process.env.CHROME_PATH;
    if (configured) {
        if (!existsSync(configured)) throw new Error(`PREVIEW_CHROMIUM/CHROME_PATH points at ${configured}, which does not exist`);
        return { path: configured, args: ['--no-sandbox', '--disable-gpu', ...OFFLINE_FLAGS] };
    }
    // @sparticuz/chromium is an ES module, which Jest's module system cannot load: ask Node itself.
    // executablePath() unpacks the browser into the temp dir on first use.
    const script =
        "import('@sparticuz/chromium').then(async ({ default: c }) => console.log(JSON.stringify({ path: await c.executablePath(), args: c.args })))";
    const bundled = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as { path: string; args: string[] };
    // Its flags are tuned for serverless one-shot use; --single-process dies when a test closes its context.
    const args = bundled.args.filter((flag) => flag !== '--single-process');
    return { path: bundled.path, args: [...args, ...OFFLINE_FLAGS] };
}

export async function launchBrowser(): Promise<Browser> {
    const { path, args } = await executable();
    return chromium.launch({ executablePath: path, args, headless: true });
}
