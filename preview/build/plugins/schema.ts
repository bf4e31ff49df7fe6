/**
 * `@salesforce/schema/<Object>[.<field or relationship path>]` as the org compiles it:
 * `{ objectApiName }` or `{ objectApiName, fieldApiName }`. References are checked against the
 * package's data model (force-app plus the checked-in standard objects), because the org
 * refuses to deploy a component that imports a field that does not exist.
 */
import type { Plugin } from 'rollup';
import { getField, getObject, loadProject, type ProjectModel } from '../../../core/metadata/project';
import { isSystemField } from '../../../core/metadata/system-fields';
import { SOURCE_DIR } from '../paths';

const PREFIX = '@salesforce/schema/';
const VIRTUAL = '\0salesforce-schema:';

export interface SchemaReference {
    objectApiName: string;
    fieldApiName?: string;
}

export function parseSchemaReference(path: string): SchemaReference {
    const [objectApiName = '', ...rest] = path.split('.');
    return rest.length ? { objectApiName, fieldApiName: rest.join('.') } : { objectApiName };
}

/** Why the reference does not resolve in the data model, or undefined when it does. */
export function schemaProblem(model: ProjectModel, ref: SchemaReference): string | undefined {
    if (!getObject(model, ref.objectApiName)) return `unknown object ${ref.objectApiName}`;
    if (!ref.fieldApiName) return undefined;
    let objectName = ref.objectApiName;
    const segments = ref.fieldApiName.split('.');
    for (const [i, segment] of segments.entries()) {
        const last = i === segments.length - 1;
        if (last) {
            if (getField(model, objectName, segment) || isSystemField(segment)) return undefined;
            return `unknown field ${objectName}.${segment}`;
        }
        // A relationship: Account (AccountId), Owner (OwnerId), Customer_Goal__r (Customer_Goal__c).
        const lookupName = segment.endsWith('__r') ? segment.replace(/__r$/, '__c') : `${segment}Id`;
        const lookup = getField(model, objectName, lookupName);
        const target = lookup?.referenceTo?.[0] ?? (isSystemField(lookupName) ? 'User' : undefined);
        if (!target) return `unknown relationship ${objectName}.${segment}`;
        objectName = target;
    }
    return undefined;
}

export function salesforceSchema(): Plugin {
    let model: ProjectModel | undefined;
    return {
        name: 'preview-salesforce-schema',
        buildStart() {
            // Reloaded on every (re)build so watch mode sees new fields.
            model = loadProject(SOURCE_DIR);
        },
        resolveId(source, importer) {
            if (!source.startsWith(PREFIX)) return null;
            const ref = parseSchemaReference(source.slice(PREFIX.length));
            const problem = model ? schemaProblem(model, ref) : undefined;
            if (problem) {
                const from = importer ? ` (imported by ${importer.split('?', 1)[0]})` : '';
                this.error(
                    `${source}${from}: ${problem} in force-app or core/metadata/standard-objects.json; the org would refuse this import.`
                );
            }
            return VIRTUAL + source.slice(PREFIX.length);
        },
        load(id) {
            if (!id.startsWith(VIRTUAL)) return null;
            return `export default ${JSON.stringify(parseSchemaReference(id.slice(VIRTUAL.length)))};`;
        }
    };
}
