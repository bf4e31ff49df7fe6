/**
 * `preview:object-info`: object and field labels, help, lengths, types and picklist values from the package's
 * data model: the page shell's stage path reads it, and so does the lightning/uiObjectInfoApi
 * stand-in (getObjectInfo, getPicklistValues). Package components reach it only through that module.
 */
import type { Plugin } from 'rollup';
import { loadProject } from '../../../core/metadata/project';
import { uiFieldFacts } from '../../../core/metadata/ui-field';
import { SOURCE_DIR } from '../paths';

const ID = 'preview:object-info';
const VIRTUAL = '\0preview-object-info';

interface FieldInfo {
    label: string;
    inlineHelpText: string | null;
    /** Characters a text field holds, digits of a number (UI API's length, precision, scale; 0 where they do not apply). */
    length: number;
    precision: number;
    scale: number;
    /** Metadata type (Text, Lookup, Summary...); valueType is what a reader gets (formula/roll-up result type). */
    type: string;
    valueType: string;
    required: boolean;
    writable: boolean;
    picklistValues?: string[];
    referenceTo?: string[];
    relationshipName?: string;
}

interface ObjectInfo {
    label: string;
    fields: Record<string, FieldInfo>;
}

export function objectInfos(sourceDir = SOURCE_DIR): Record<string, ObjectInfo> {
    const infos: Record<string, ObjectInfo> = {};
    for (const object of loadProject(sourceDir).objects.values()) {
        const fields: Record<string, FieldInfo> = {};
        for (const field of object.fields.values()) {
            fields[field.apiName] = {
                ...uiFieldFacts(object, field),
                type: field.type,
                valueType: field.valueType,
                required: field.required,
                writable: field.writable,
                ...(field.picklistValues && { picklistValues: field.picklistValues }),
                ...(field.referenceTo && { referenceTo: field.referenceTo }),
                ...(field.relationshipName && { relationshipName: field.relationshipName })
            };
        }
        infos[object.apiName] = { label: object.label, fields };
    }
    return infos;
}

export function objectInfo(): Plugin {
    return {
        name: 'preview-object-info',
        resolveId(source) {
            return source === ID ? VIRTUAL : null;
        },
        load(id) {
            if (id !== VIRTUAL) return null;
            return `export default ${JSON.stringify(objectInfos())};`;
        }
    };
}
