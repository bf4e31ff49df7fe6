/**
 * Custom label text as `@salesforce/label/c.<Name>` gives it to a component: the <value> of the
 * label named <Name> in CustomLabels.labels-meta.xml.
 *
 * A small reader of its own until the metadata layer's CustomLabels reader (core/metadata) is
 * merged; then this should call that one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';

// Values stay text ("true", "00123" are labels too); one <labels> still reads as a list.
const parser = new XMLParser({ parseTagValue: false, isArray: (name) => name === 'labels' });

/** Label name → its text. A missing file throws: a component importing a label needs it. */
export function readCustomLabels(file: string): Map<string, string> {
    if (!existsSync(file)) throw new Error(`${file}: no CustomLabels file, so no @salesforce/label/c.* import can resolve`);
    const root = parser.parse(readFileSync(file, 'utf8')) as { CustomLabels?: { labels?: { fullName?: string; value?: string }[] } };
    const labels = new Map<string, string>();
    for (const label of root.CustomLabels?.labels ?? []) if (label.fullName) labels.set(label.fullName, String(label.value ?? ''));
    return labels;
}
