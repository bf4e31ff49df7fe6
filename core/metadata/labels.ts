import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { childNodes, parseXmlFile, text, type XmlDocument } from '../xml';

/**
 * The one reader of custom labels (labels/CustomLabels.labels-meta.xml): the preview's
 * `@salesforce/label` resolver, the component tests' label mocks (test/jest/installLabels.js) and
 * the verifier's label references all read through it.
 */

/** Where a source directory (force-app/main/default) keeps its custom labels. */
export function labelsFileIn(sourceDir: string): string {
    return join(sourceDir, 'labels', 'CustomLabels.labels-meta.xml');
}

/** Label fullName → value (an empty <value> reads as ''), in file order. */
export function labelValuesOf(doc: Pick<XmlDocument, 'root'>): Map<string, string> {
    const labels = new Map<string, string>();
    for (const node of childNodes(doc.root, 'labels')) {
        const name = text(node, 'fullName');
        if (name) labels.set(name, text(node, 'value') ?? '');
    }
    return labels;
}

/** The labels of a CustomLabels file; none when the file does not exist. */
export function readLabels(file: string): Map<string, string> {
    return existsSync(file) ? labelValuesOf(parseXmlFile(file)) : new Map();
}
