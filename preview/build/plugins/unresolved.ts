/**
 * Last resolver: a platform-looking import nobody resolved is a build error naming the module,
 * instead of Rollup's default of leaving it external and failing in the browser.
 */
import type { Plugin } from 'rollup';

const PLATFORM_PREFIX = /^(lightning|force|c|shell|@salesforce)\//;

export function failOnUnresolved(): Plugin {
    return {
        name: 'preview-unresolved',
        resolveId(source, importer) {
            if (!PLATFORM_PREFIX.test(source)) return null;
            const from = importer ? ` (imported by ${importer.split('?', 1)[0]})` : '';
            this.error(
                `${source}${from}: the preview has no such module. Base components resolve from lightning-base-components; ` +
                    `platform modules need a stand-in in preview/client/platform and an entry in preview/build/plugins/platform.ts.`
            );
        }
    };
}
