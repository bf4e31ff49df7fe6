/**
 * `@salesforce/label/c.<Name>`: the label's value from force-app's CustomLabels file, read at
 * build time. An import naming a label that is not there fails the build, as the org refuses
 * to deploy it. Labels of other namespaces (lightning-base-components' own) are left to the
 * LWC resolver, which finds them in that package.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Plugin } from 'rollup';
import { readLabels } from '../../../core/metadata/labels';
import { LABELS_FILE, SFDX_PROJECT_FILE } from '../paths';

const PREFIX = '@salesforce/label/';
const VIRTUAL = '\0salesforce-label:';

/** Namespaces that mean "this package": `c`, plus the package namespace when it has one. */
function packageNamespaces(): Set<string> {
    const project = JSON.parse(readFileSync(SFDX_PROJECT_FILE, 'utf8')) as { namespace?: string };
    return new Set(['c', ...(project.namespace ? [project.namespace] : [])]);
}

export function customLabels(labelsFile = LABELS_FILE): Plugin {
    let labels = new Map<string, string>();
    let namespaces = new Set<string>();
    return {
        name: 'preview-custom-labels',
        buildStart() {
            labels = readLabels(labelsFile);
            namespaces = packageNamespaces();
            if (existsSync(labelsFile)) this.addWatchFile(labelsFile);
        },
        resolveId(source, importer) {
            if (!source.startsWith(PREFIX)) return null;
            const [namespace, name] = source.slice(PREFIX.length).split('.', 2);
            if (!namespace || !name || !namespaces.has(namespace)) return null;
            if (!labels.has(name)) {
                const from = importer ? ` (imported by ${importer.split('?', 1)[0]})` : '';
                const where = existsSync(labelsFile) ? labelsFile : `${labelsFile} (missing)`;
                this.error(`${source}${from}: no custom label named "${name}" in ${where}.`);
            }
            return VIRTUAL + name;
        },
        load(id) {
            if (!id.startsWith(VIRTUAL)) return null;
            return `export default ${JSON.stringify(labels.get(id.slice(VIRTUAL.length)) ?? '')};`;
        }
    };
}
