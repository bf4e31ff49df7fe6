import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LBC_SCOPED_IMPORTS_DIR } from './paths';

/**
 * The values lightning-base-components ships for `@salesforce/i18n/*` and `@salesforce/client/*`
 * (its scopedImports folder): the preview build resolves those imports to these files, and the
 * server reads the same files, so the page and the server agree on the user's locale and time zone.
 */

/** The file an import such as `@salesforce/i18n/timeZone` resolves to (it may not exist). */
export function lbcScopedImportFile(source: string): string {
    return join(LBC_SCOPED_IMPORTS_DIR, `${source.replace(/\//g, '-')}.js`);
}

/** The string a scoped import exports by default, e.g. 'America/Los_Angeles' for `@salesforce/i18n/timeZone`. */
export function lbcScopedDefault(source: string): string {
    const file = lbcScopedImportFile(source);
    const value = /export\s+default\s+["']([^"']+)["']/.exec(readFileSync(file, 'utf8'))?.[1];
    if (!value) throw new Error(`${file}: no default value exported for ${source}`);
    return value;
}
