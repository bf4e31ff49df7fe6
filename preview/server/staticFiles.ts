/** Serves files from a fixed folder, never outside it. */
import { createReadStream, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.map': 'application/json; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.json': 'application/json; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.jpg': 'image/jpeg',
    '.gif': 'image/gif',
    '.ico': 'image/x-icon',
    '.woff': 'font/woff',
    '.woff2': 'font/woff2'
};

/** The file for a URL path under `root`, or undefined when it escapes `root` or does not exist. */
export function resolveStatic(root: string, urlPath: string): string | undefined {
    let decoded: string;
    try {
        decoded = decodeURIComponent(urlPath);
    } catch {
        return undefined;
    }
    const base = resolve(root);
    const file = resolve(join(base, decoded));
    if (file !== base && !file.startsWith(base + sep)) return undefined;
    try {
        return statSync(file).isFile() ? file : undefined;
    } catch {
        return undefined;
    }
}

export function sendFile(res: ServerResponse, file: string, head = false): void {
    res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Length': statSync(file).size,
        // A preview is rebuilt often: never let the browser serve a stale bundle.
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff'
    });
    if (head) res.end();
    else createReadStream(file).pipe(res);
}
