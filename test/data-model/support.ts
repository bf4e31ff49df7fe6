import { resolve } from 'node:path';
import { loadProject, type ProjectModel } from '../../core/metadata/project';

/** The package's model, read from force-app's XML: the formulas under test are the XML formula text. */
const SOURCE_DIR = resolve(__dirname, '../../force-app/main/default');

/** Every truth table runs on this frozen "today". */
export const TODAY = '2026-06-15';

export function loadModel(): ProjectModel {
    const model = loadProject(SOURCE_DIR);
    if (model.loadErrors.length) throw new Error(`force-app does not load: ${JSON.stringify(model.loadErrors)}`);
    return model;
}

/** Changes one value of the Customer_Outcomes_Setting Default record in a loaded model (as an admin would in Setup). */
export function setPolicy(model: ProjectModel, field: string, value: number): void {
    const record = model.customMetadata.find((r) => r.type === 'Customer_Outcomes_Setting__mdt' && r.name === 'Default');
    if (!record) throw new Error('Customer_Outcomes_Setting.Default record missing');
    if (!(field in record.values)) throw new Error(`Default record has no value for ${field}`);
    record.values[field] = String(value);
}
