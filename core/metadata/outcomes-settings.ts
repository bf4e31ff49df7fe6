import { resolve } from 'node:path';
import { parseXmlFile } from '../xml';
import { customMetadataValues } from './project';

/**
 * The Customer_Outcomes_Setting Default record as the package ships it
 * (customMetadata/Customer_Outcomes_Setting.Default.md-meta.xml): field API name → value as written
 * (null when the value is blank, `xsi:nil`). Read by the reminder rules' TypeScript twin and their case table.
 */

const DEFAULT_SETTINGS_FILE = resolve(
    __dirname,
    '../../force-app/main/default/customMetadata/Customer_Outcomes_Setting.Default.md-meta.xml'
);

export function readDefaultSettings(file = DEFAULT_SETTINGS_FILE): Record<string, string | null> {
    return customMetadataValues(parseXmlFile(file).root);
}
