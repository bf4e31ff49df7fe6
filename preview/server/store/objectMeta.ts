import type { FieldModel, ObjectModel, ProjectModel } from '../../../core/metadata/project';
import { childNodes, text } from '../../../core/xml';
import { isSystemField } from '../../../core/metadata/system-fields';
import { formulaReferences } from '../../../tools/formula';
import type { FieldAccess } from './fieldAccess';
import { readLookupFilter, type LookupFilter } from './lookupFilters';
import { standardLookupCascades } from './standardBehaviours';

/**
 * The project model as the store and the GraphQL schema need it, computed once: each field's
 * data type, whether users may create or update it, its reference and delete behaviour, and each
 * object's key prefix, name field, roll-ups, formulas and the references other objects hold to it.
 */

export type DataType =
    | 'Id'
    | 'Reference'
    | 'Text'
    | 'TextArea'
    | 'LongTextArea'
    | 'Html'
    | 'Picklist'
    | 'MultiPicklist'
    | 'Number'
    | 'Int'
    | 'Percent'
    | 'Currency'
    | 'Date'
    | 'DateTime'
    | 'Time'
    | 'Checkbox'
    | 'Email'
    | 'Phone'
    | 'Url';

type DeleteBehaviour = 'cascade' | 'setNull' | 'restrict';

interface ReferenceMeta {
    target: string;
    /** Parent relationship name used in queries: Account (AccountId), Customer_Goal__r (Customer_Goal__c). */
    relationshipName: string;
    masterDetail: boolean;
    /** What deleting the referenced record does to this record. */
    onDelete: DeleteBehaviour;
    lookupFilter?: LookupFilter;
}

export interface FieldMeta {
    object: string;
    apiName: string;
    label: string;
    model: FieldModel;
    dataType: DataType;
    /** Kept on the record (not a formula or roll-up). */
    stored: boolean;
    formula?: string;
    rollup?: { operation: 'count' | 'sum' | 'min' | 'max'; childObject: string; childField: string; summarizedField?: string };
    /** The running user may set it on create / change it on update. */
    createable: boolean;
    updateable: boolean;
    /** Must have a value on create and cannot be cleared (no default fills it). */
    required: boolean;
    /** Default on create: a formula (TODAY(), false, 90) from the field's defaultValue. */
    defaultFormula?: string;
    picklist?: { values: string[]; restricted: boolean; defaultValue?: string };
    length?: number;
    precision?: number;
    scale?: number;
    reference?: ReferenceMeta;
    filterable: boolean;
    sortable: boolean;
}

interface ChildRelationshipMeta {
    name: string;
    childObject: string;
    field: string;
}

export interface ObjectMeta {
    apiName: string;
    label: string;
    custom: boolean;
    keyPrefix: string;
    model: ObjectModel;
    fields: FieldMeta[];
    /** Lower-case API name → field. */
    fieldMap: Map<string, FieldMeta>;
    nameField?: FieldMeta;
    /** Auto-number display format, e.g. M-{000000}. */
    autoNumberFormat?: string;
    /** Name = FirstName + LastName (Contact, User). */
    compoundName: boolean;
    /** Lower-case parent relationship name → its reference field. */
    parentRelationships: Map<string, FieldMeta>;
    /** Lower-case child relationship name → relationship. */
    childRelationships: Map<string, ChildRelationshipMeta>;
    rollups: FieldMeta[];
    /** Roll-ups that formulas or validation rules read (directly or through other formulas). */
    rollupsForFormulas: FieldMeta[];
    formulas: FieldMeta[];
    /** Parent paths that formulas or validation rules read (Account.Name → ['Account']). */
    formulaParentPaths: string[][];
    hasOwner: boolean;
}

export interface StoreSchema {
    model: ProjectModel;
    objects: ObjectMeta[];
    /** Lower-case API name → object. */
    objectMap: Map<string, ObjectMeta>;
    byPrefix: Map<string, ObjectMeta>;
    /** Target object (lower case) → reference fields of any object that point to it. */
    referencesTo: Map<string, FieldMeta[]>;
    keyPrefixes: Record<string, string>;
}

const TYPE_MAP: Record<string, DataType> = {
    text: 'Text',
    autonumber: 'Text',
    string: 'Text',
    encryptedtext: 'Text',
    textarea: 'TextArea',
    longtextarea: 'LongTextArea',
    html: 'Html',
    picklist: 'Picklist',
    multiselectpicklist: 'MultiPicklist',
    number: 'Number',
    double: 'Number',
    int: 'Int',
    percent: 'Percent',
    currency: 'Currency',
    date: 'Date',
    datetime: 'DateTime',
    time: 'Time',
    checkbox: 'Checkbox',
    boolean: 'Checkbox',
    email: 'Email',
    phone: 'Phone',
    url: 'Url'
};

function dataTypeOf(field: FieldModel): DataType {
    if (field.apiName === 'Id') return 'Id';
    if (field.referenceTo?.length && !field.formula) return 'Reference';
    return TYPE_MAP[(field.summary ? field.valueType : field.type).toLowerCase()] ?? 'Text';
}

/** Text lengths the platform applies when the metadata states none. */
function defaultLength(dataType: DataType): number | undefined {
    switch (dataType) {
        case 'Text':
        case 'TextArea':
        case 'Url':
            return 255;
        case 'Email':
            return 80;
        case 'Phone':
            return 40;
        case 'LongTextArea':
        case 'Html':
            return 32768;
        default:
            return undefined;
    }
}

function relationshipNameOf(field: FieldModel): string {
    if (field.custom) return field.apiName.replace(/__c$/i, '__r');
    return field.relationshipName ?? field.apiName.replace(/Id$/, '');
}

function onDeleteOf(object: ObjectModel, field: FieldModel): DeleteBehaviour {
    if (field.type === 'MasterDetail') return 'cascade';
    if (!field.custom) return standardLookupCascades(object.apiName, field.apiName) ? 'cascade' : 'setNull';
    const constraint = field.doc ? text(field.doc.root, 'deleteConstraint') : undefined;
    if (constraint === 'Restrict') return 'restrict';
    if (constraint === 'Cascade') return 'cascade';
    return 'setNull';
}

function fieldMeta(object: ObjectModel, field: FieldModel, access: FieldAccess, compoundName: boolean): FieldMeta {
    const dataType = dataTypeOf(field);
    const lower = field.apiName.toLowerCase();
    const stored = !field.formula && !field.summary;
    const system = isSystemField(lower) || (compoundName && lower === 'name');
    const createable = stored && field.writable && !system && access.editable(object.apiName, field.apiName);
    const reparentable = field.doc ? text(field.doc.root, 'reparentableMasterDetail') === 'true' : true;
    const updateable = createable && !(field.type === 'MasterDetail' && !reparentable);
    const picklist = field.picklistValues
        ? {
              values: field.picklistValues,
              restricted: field.custom ? field.restrictedPicklist === true : true,
              defaultValue: field.defaultPicklistValue
          }
        : undefined;
    const defaultFormula = field.defaultValue ?? (dataType === 'Checkbox' && stored && field.custom ? 'false' : undefined);
    const hasDefault = defaultFormula !== undefined || picklist?.defaultValue !== undefined || lower === 'ownerid';
    const [childObject = '', childField = ''] = (field.summary?.foreignKey ?? '').split('.');
    const reference: ReferenceMeta | undefined =
        dataType === 'Reference' && field.referenceTo?.[0]
            ? {
                  target: field.referenceTo[0],
                  relationshipName: relationshipNameOf(field),
                  masterDetail: field.type === 'MasterDetail',
                  onDelete: onDeleteOf(object, field),
                  lookupFilter: readLookupFilter(field)
              }
            : undefined;
    const unsortable = dataType === 'LongTextArea' || dataType === 'Html' || dataType === 'MultiPicklist';
    return {
        object: object.apiName,
        apiName: field.apiName,
        label: field.label,
        model: field,
        dataType,
        stored,
        formula: field.formula,
        rollup: field.summary
            ? {
                  operation: field.summary.operation,
                  childObject,
                  childField,
                  summarizedField: field.summary.summarizedField?.split('.')[1]
              }
            : undefined,
        createable,
        updateable,
        required: stored && !system && (field.required || field.type === 'MasterDetail') && !hasDefault,
        defaultFormula,
        picklist,
        length: field.length ?? defaultLength(dataType),
        precision: field.precision ?? (field.summary?.operation === 'count' ? 18 : undefined),
        scale: field.scale ?? (field.summary?.operation === 'count' ? 0 : undefined),
        reference,
        filterable: !unsortable,
        sortable: !unsortable
    };
}

function referencesOf(formula: string): string[] {
    try {
        return formulaReferences(formula);
    } catch {
        return [];
    }
}

function activeFormulas(object: ObjectModel): string[] {
    const formulas = [...object.fields.values()].flatMap((f) => (f.formula ? [f.formula] : []));
    formulas.push(...object.validationRules.filter((r) => r.active).map((r) => r.formula));
    return formulas;
}

function parentPaths(object: ObjectModel): string[][] {
    const paths = new Map<string, string[]>();
    for (const formula of activeFormulas(object)) {
        for (const name of referencesOf(formula)) {
            if (name.startsWith('$') || !name.includes('.')) continue;
            const path = name.split('.').slice(0, -1);
            paths.set(path.join('.').toLowerCase(), path);
        }
    }
    return [...paths.values()];
}

/** Lower-case names of the object's own fields that its formulas and validation rules read. */
function formulaInputs(object: ObjectModel): Set<string> {
    const names = new Set<string>();
    for (const formula of activeFormulas(object))
        for (const name of referencesOf(formula)) if (!name.includes('.')) names.add(name.toLowerCase());
    return names;
}

export function buildStoreSchema(model: ProjectModel, access: FieldAccess, keyPrefixes: Record<string, string>): StoreSchema {
    const objects: ObjectMeta[] = [];
    for (const object of model.objects.values()) {
        // Custom metadata is not readable through UI API or GraphQL; the store leaves it to formulas.
        if (object.apiName.endsWith('__mdt')) continue;
        const compoundName =
            object.fields.has('firstname') && object.fields.has('lastname') && object.fields.get('name')?.writable === false;
        const fields = [...object.fields.values()].map((f) => fieldMeta(object, f, access, compoundName));
        const nameNode = object.doc ? childNodes(object.doc.root, 'nameField')[0] : undefined;
        const fieldMap = new Map(fields.map((f) => [f.apiName.toLowerCase(), f]));
        const inputs = formulaInputs(object);
        objects.push({
            apiName: object.apiName,
            label: object.label,
            custom: object.custom,
            keyPrefix: keyPrefixes[object.apiName] ?? '',
            model: object,
            fields,
            fieldMap,
            nameField: fieldMap.get('name'),
            autoNumberFormat: text(nameNode, 'type') === 'AutoNumber' ? (text(nameNode, 'displayFormat') ?? '{0}') : undefined,
            compoundName,
            parentRelationships: new Map(
                fields.flatMap((f) => (f.reference ? [[f.reference.relationshipName.toLowerCase(), f] as const] : []))
            ),
            childRelationships: new Map(
                [...object.childRelationships.entries()].map(([k, c]) => [k, { name: c.name, childObject: c.childObject, field: c.field }])
            ),
            rollups: fields.filter((f) => f.rollup),
            rollupsForFormulas: fields.filter((f) => f.rollup && inputs.has(f.apiName.toLowerCase())),
            formulas: fields.filter((f) => f.formula),
            formulaParentPaths: parentPaths(object),
            hasOwner: fieldMap.has('ownerid')
        });
    }
    const objectMap = new Map(objects.map((o) => [o.apiName.toLowerCase(), o]));
    const referencesTo = new Map<string, FieldMeta[]>();
    for (const object of objects) {
        for (const field of object.fields) {
            if (!field.reference || !objectMap.has(field.reference.target.toLowerCase())) continue;
            const key = field.reference.target.toLowerCase();
            referencesTo.set(key, [...(referencesTo.get(key) ?? []), field]);
        }
    }
    return { model, objects, objectMap, byPrefix: new Map(objects.map((o) => [o.keyPrefix, o])), referencesTo, keyPrefixes };
}

export function objectOf(schema: StoreSchema, apiName: string): ObjectMeta | undefined {
    return schema.objectMap.get(apiName.toLowerCase());
}

export function fieldOf(object: ObjectMeta, apiName: string): FieldMeta | undefined {
    return object.fieldMap.get(apiName.toLowerCase());
}
