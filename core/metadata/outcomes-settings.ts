import { resolve } from 'node:path';
import { childNodes, parseXmlFile, text, type XmlNode } from '../xml';

/**
 * The Customer_Outcomes_Setting Default record as the package ships it
 * (customMetadata/Customer_Outcomes_Setting.Default.md-meta.xml): field API name → value as written
 * (null when the value is blank, `xsi:nil`). Read by the reminder rules' TypeScript twin and their case table.
 */

const DEFAULT_SETTINGS_FILE = resolve(
    __dirname,
    '../../force-app/main/default/customMetadata/Customer_Outcomes_Setting.Default.md-meta.xml'
);

function valueOf(node: XmlNode): string | null {
    const raw = node.value;
    if (raw === undefined || raw === '') return null;
    if (typeof raw === 'object' && !Array.isArray(raw)) {
        const inner = raw['#text'];
        return inner === undefined || inner === '' ? null : String(inner);
    }
    return String(raw);
}

export function readDefaultSettings(file = DEFAULT_SETTINGS_FILE): Record<string, string | null> {
    const values: Record<string, string | null> = {};
    for (const node of childNodes(parseXmlFile(file).root, 'values')) {
        const field = text(node, 'field');
        if (field) values[field] = valueOf(node);
    }
    return values;
}
