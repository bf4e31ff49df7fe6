/**
 * `@salesforce/i18n/*` and `@salesforce/client/*` for the package's own components: the en-US values that
 * lightning-base-components ships for itself (its scopedImports folder), so base components
 * and package components format numbers and dates the same way.
 */
import { existsSync } from 'node:fs';
import type { Plugin } from 'rollup';
import { lbcScopedImportFile } from '../lbcScopedImports';
import { LBC_SCOPED_IMPORTS_DIR } from '../paths';

export function lbcDefaults(): Plugin {
    return {
        name: 'preview-i18n-defaults',
        resolveId(source) {
            if (!/^@salesforce\/(i18n|client)\//.test(source)) return null;
            const file = lbcScopedImportFile(source);
            if (existsSync(file)) return file;
            this.error(
                `${source}: no value in the preview (known keys: files named @salesforce-i18n-* and @salesforce-client-* in ${LBC_SCOPED_IMPORTS_DIR}).`
            );
        }
    };
}
