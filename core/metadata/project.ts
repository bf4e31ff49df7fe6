import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { addActivityFields, addPlatformFields, addStandardCatalogue } from './platform-fields';
import { childNodes, parseXmlFile, text, type XmlDocument, type XmlNode } from '../xml';
import { OPPORTUNITY_STAGES } from './opportunity-stages';
import { SYSTEM_FIELDS } from './system-fields';

/**
 * The package's data model as the org will see it: custom objects and fields read from
 * force-app's XML, merged with the checked-in description of the standard objects and
 * fields the package relies on. Verifier, formula evaluator and preview all read this one model.
 */

interface SummaryDefinition {
    operation: 'count' | 'sum' | 'min' | 'max';
    /** Child object + field summarized, e.g. KPI_Measurement__c.Measured_On__c (absent for COUNT). */
    summarizedField?: string;
    /** Child object + master-detail field, e.g. KPI_Measurement__c.Customer_KPI__c. */
    foreignKey: string;
}

export interface FieldModel {
    object: string;
    apiName: string;
    label: string;
    /** The metadata type: Text, Number, Lookup, MasterDetail, Summary, Picklist, ... (formula fields: their return type). */
    type: string;
    /** Type of the value a reader gets: the formula return type, or the summarized type for roll-ups. */
    valueType: string;
    custom: boolean;
    formula?: string;
    /** How a formula treats blank numbers: BlankAsZero or BlankAsBlank (the default for new fields is BlankAsZero in Setup, but our source states it). */
    formulaTreatBlanksAs?: string;
    referenceTo?: string[];
    relationshipName?: string;
    summary?: SummaryDefinition;
    picklistValues?: string[];
    defaultPicklistValue?: string;
    restrictedPicklist?: boolean;
    length?: number;
    precision?: number;
    scale?: number;
    required: boolean;
    /** Whether users can write it (false for formulas, roll-ups, auto-numbers and system fields). */
    writable: boolean;
    defaultValue?: string;
    description?: string;
    helpText?: string;
    file?: string;
    doc?: XmlDocument;
}

interface ValidationRuleModel {
    object: string;
    name: string;
    active: boolean;
    formula: string;
    errorMessage: string;
    errorDisplayField?: string;
    file: string;
    doc: XmlDocument;
}

interface ChildRelationship {
    name: string;
    childObject: string;
    field: string;
}

export interface ObjectModel {
    apiName: string;
    label: string;
    custom: boolean;
    file?: string;
    /** Every source folder of the object (objects/<Name>), across package directories. */
    folders?: string[];
    /** Record type names defined in the source (objects/<Name>/recordTypes). */
    recordTypes?: string[];
    doc?: XmlDocument;
    fields: Map<string, FieldModel>;
    validationRules: ValidationRuleModel[];
    /** Keyed by lower-case relationship name, e.g. "kpis__r" on Customer_Goal__c. */
    childRelationships: Map<string, ChildRelationship>;
}

interface CustomMetadataRecord {
    type: string;
    name: string;
    label: string;
    values: Record<string, string | null>;
    file: string;
}

export interface ProjectModel {
    /** force-app/main/default (or a fixture's equivalent): the first directory loaded. */
    sourceDir: string;
    /** Every directory the model was loaded from (each package directory, walked to any depth). */
    sourceDirs: string[];
    objects: Map<string, ObjectModel>;
    customMetadata: CustomMetadataRecord[];
    /** Per-file parse problems found while loading (the verifier reports them). */
    loadErrors: { file: string; line?: number; message: string }[];
}

interface StandardFieldSpec {
    type: string;
    label: string;
    referenceTo?: string[];
    relationshipName?: string;
    picklistValues?: string[];
    length?: number;
    precision?: number;
    scale?: number;
    required?: boolean;
    writable?: boolean;
    /** Name of the child relationship this lookup creates on its parent, e.g. OpportunityContactRoles. */
    childRelationshipName?: string;
}
interface StandardObjectSpec {
    label: string;
    fields: Record<string, StandardFieldSpec>;
}

const key = (name: string): string => name.toLowerCase();

/** Standard picklists whose values are org records rather than field metadata (opportunity-stages.ts). */
const STANDARD_PICKLISTS: Record<string, string[]> = { 'Opportunity.StageName': OPPORTUNITY_STAGES.map((s) => s.name) };

function num(node: XmlNode, name: string): number | undefined {
    const v = text(node, name);
    return v === undefined ? undefined : Number(v);
}

function loadStandardObjects(): Map<string, ObjectModel> {
    const specs = JSON.parse(readFileSync(join(__dirname, 'standard-objects.json'), 'utf8')) as Record<string, StandardObjectSpec>;
    const objects = new Map<string, ObjectModel>();
    for (const [apiName, spec] of Object.entries(specs)) {
        if (apiName.startsWith('$')) continue;
        const fields = new Map<string, FieldModel>();
        for (const [fieldName, f] of Object.entries(spec.fields)) {
            fields.set(key(fieldName), {
                object: apiName,
                apiName: fieldName,
                label: f.label,
                type: f.type,
                valueType: f.type,
                custom: false,
                referenceTo: f.referenceTo,
                relationshipName: f.relationshipName,
                picklistValues: f.picklistValues ?? STANDARD_PICKLISTS[`${apiName}.${fieldName}`],
                length: f.length,
                precision: f.precision,
                scale: f.scale,
                required: f.required ?? false,
                writable: f.writable ?? true
            });
        }
        const object: ObjectModel = {
            apiName,
            label: spec.label,
            custom: false,
            fields,
            validationRules: [],
            childRelationships: new Map()
        };
        addSystemFields(object, null);
        objects.set(key(apiName), object);
    }
    for (const [apiName, spec] of Object.entries(specs)) {
        for (const [fieldName, f] of Object.entries(spec.fields ?? {})) {
            const parent = f.childRelationshipName && f.referenceTo ? objects.get(key(f.referenceTo[0] ?? '')) : undefined;
            if (parent && f.childRelationshipName) {
                parent.childRelationships.set(key(f.childRelationshipName), {
                    name: f.childRelationshipName,
                    childObject: apiName,
                    field: fieldName
                });
            }
        }
    }
    return objects;
}

function listFiles(dir: string, suffix: string): string[] {
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
        .filter((f) => f.endsWith(suffix))
        .sort()
        .map((f) => join(dir, f));
}

function readField(objectName: string, file: string, doc: XmlDocument): FieldModel {
    const node = doc.root;
    const apiName = text(node, 'fullName') ?? basename(file).replace('.field-meta.xml', '');
    const type = text(node, 'type') ?? '';
    const formula = text(node, 'formula');
    const valueSet = childNodes(node, 'valueSet')[0];
    const definition = childNodes(valueSet, 'valueSetDefinition')[0];
    const values = childNodes(definition, 'value');
    const operation = text(node, 'summaryOperation') as SummaryDefinition['operation'] | undefined;
    const summary: SummaryDefinition | undefined =
        type === 'Summary' && operation
            ? { operation, summarizedField: text(node, 'summarizedField'), foreignKey: text(node, 'summaryForeignKey') ?? '' }
            : undefined;
    const referenceTo = text(node, 'referenceTo');
    return {
        object: objectName,
        apiName,
        label: text(node, 'label') ?? apiName,
        type,
        valueType: type,
        custom: /__c$/i.test(apiName),
        formula,
        formulaTreatBlanksAs: text(node, 'formulaTreatBlanksAs'),
        referenceTo: referenceTo ? [referenceTo] : undefined,
        relationshipName: text(node, 'relationshipName'),
        summary,
        picklistValues: values.length ? values.map((v) => text(v, 'fullName') ?? '') : undefined,
        defaultPicklistValue: values.map((v) => (text(v, 'default') === 'true' ? text(v, 'fullName') : undefined)).find(Boolean),
        restrictedPicklist: valueSet ? text(valueSet, 'restricted') === 'true' : undefined,
        length: num(node, 'length'),
        precision: num(node, 'precision'),
        scale: num(node, 'scale'),
        required: text(node, 'required') === 'true' || type === 'MasterDetail',
        writable: !formula && type !== 'Summary' && type !== 'AutoNumber',
        defaultValue: text(node, 'defaultValue'),
        description: text(node, 'description'),
        helpText: text(node, 'inlineHelpText'),
        file,
        doc
    };
}

function ensureObject(objects: Map<string, ObjectModel>, apiName: string): ObjectModel {
    let object = objects.get(key(apiName));
    if (!object) {
        object = {
            apiName,
            label: apiName,
            custom: apiName.endsWith('__c') || apiName.endsWith('__mdt'),
            fields: new Map(),
            validationRules: [],
            childRelationships: new Map()
        };
        objects.set(key(apiName), object);
    }
    return object;
}

/** Standard fields every custom object has, so references to them resolve. */
function addSystemFields(object: ObjectModel, nameType: string | null): void {
    const [id, ...audit] = SYSTEM_FIELDS.map((f): [string, string, string, boolean] => [f.apiName, f.type, f.label, false]);
    const system: [string, string, string, boolean][] = [
        ...(id ? [id] : []),
        ...(nameType ? [['Name', nameType, 'Name', nameType !== 'AutoNumber'] as [string, string, string, boolean]] : []),
        ...audit
    ];
    for (const [apiName, type, label, writable] of system) {
        if (object.fields.has(key(apiName))) continue;
        object.fields.set(key(apiName), {
            object: object.apiName,
            apiName,
            label,
            type,
            valueType: type,
            custom: false,
            required: false,
            writable,
            referenceTo: type === 'Lookup' ? ['User'] : undefined,
            relationshipName: type === 'Lookup' ? apiName.replace(/Id$/, '') : undefined
        });
    }
}

/** Roll-ups return the summarized field's type (COUNT: Number); child relationships come from lookups and master-details. */
function resolveDerivedTypes(objects: Map<string, ObjectModel>): void {
    for (const object of objects.values()) {
        for (const field of object.fields.values()) {
            for (const target of field.referenceTo ?? []) {
                const parent = objects.get(key(target));
                if (parent && field.relationshipName && field.custom) {
                    const name = `${field.relationshipName}__r`;
                    parent.childRelationships.set(key(name), { name, childObject: object.apiName, field: field.apiName });
                }
            }
        }
    }
    for (const object of objects.values()) {
        for (const field of object.fields.values()) {
            if (!field.summary) continue;
            if (field.summary.operation === 'count') {
                field.valueType = 'Number';
                continue;
            }
            const [childName, childField] = (field.summary.summarizedField ?? '').split('.');
            const summarized = objects.get(key(childName ?? ''))?.fields.get(key(childField ?? ''));
            if (summarized) field.valueType = summarized.valueType;
        }
    }
}

export interface LoadOptions {
    /**
     * Also describe what the org adds by itself: the standard fields every custom object has
     * (OwnerId, RecordTypeId, ...) and the wider catalogue of standard objects and fields
     * (platform-fields.ts). The verifier turns it on; the preview keeps the package's own model.
     */
    platform?: boolean;
}

const SKIP_DIRS = new Set(['node_modules', '.git', '.sfdx', '.sf', 'lwc', 'aura', 'staticresources', '__tests__']);

/**
 * Folders named `name` anywhere under `dir`, in path order: an SFDX package directory may nest its
 * metadata at any depth (`force-app/main/default/objects`, `pkg/main/sales/objects`, `pkg/objects`).
 */
function findFolders(dir: string, name: string): string[] {
    const out: string[] = [];
    const visit = (d: string): void => {
        let entries: string[];
        try {
            entries = readdirSync(d).sort();
        } catch {
            return;
        }
        for (const entry of entries) {
            if (SKIP_DIRS.has(entry)) continue;
            const p = join(d, entry);
            if (!statSync(p).isDirectory()) continue;
            if (entry === name) out.push(p);
            else visit(p);
        }
    };
    if (existsSync(dir)) visit(dir);
    return out;
}

/**
 * Loads the model from one source directory or several (every package directory of a project):
 * objects, fields, validation rules and custom metadata records are read from every `objects` and
 * `customMetadata` folder found under them, so an object's fields may sit in another package
 * directory than its object file.
 */
export function loadProject(source: string | string[], options: LoadOptions = {}): ProjectModel {
    const sourceDirs = Array.isArray(source) ? source : [source];
    const objects = loadStandardObjects();
    const loadErrors: ProjectModel['loadErrors'] = [];
    const tryParse = (file: string): XmlDocument | undefined => {
        try {
            return parseXmlFile(file);
        } catch (error) {
            const e = error as { line?: number; message: string };
            loadErrors.push({ file, line: e.line, message: e.message });
            return undefined;
        }
    };

    // The catalogue first: a standard field's source file then customises a field already known.
    if (options.platform) addStandardCatalogue(objects);
    const nameTypes = new Map<ObjectModel, string>();
    // A directory nested in another one given (force-app and force-app/main) is read once.
    const objectsDirs = [...new Set(sourceDirs.flatMap((d) => findFolders(d, 'objects')))];
    for (const objectsDir of objectsDirs) {
        for (const objectName of readdirSync(objectsDir).sort()) {
            const dir = join(objectsDir, objectName);
            if (!statSync(dir).isDirectory()) continue;
            const object = ensureObject(objects, objectName);
            object.folders = [...(object.folders ?? []), dir];
            const objectFile = join(dir, `${objectName}.object-meta.xml`);
            if (existsSync(objectFile)) {
                const doc = tryParse(objectFile);
                if (doc) {
                    object.file = objectFile;
                    object.doc = doc;
                    object.label = text(doc.root, 'label') ?? objectName;
                    const nameField = childNodes(doc.root, 'nameField')[0];
                    nameTypes.set(object, text(nameField, 'type') ?? 'Text');
                }
            }
            if (object.custom) {
                const nameType = nameTypes.get(object) ?? 'Text';
                // A later package directory may hold the object file: its name field type wins.
                const name = object.fields.get('name');
                if (name && !name.custom && name.type !== nameType)
                    object.fields.set('name', { ...name, type: nameType, valueType: nameType, writable: nameType !== 'AutoNumber' });
                addSystemFields(object, nameType);
            }
            for (const file of listFiles(join(dir, 'fields'), '.field-meta.xml')) {
                const doc = tryParse(file);
                if (!doc) continue;
                const field = readField(object.apiName, file, doc);
                // A standard field's source file (objects/Account/fields/Industry.field-meta.xml) customises
                // the field the org has; it carries no type, so the known description stays.
                const known = object.fields.get(key(field.apiName));
                if (known && !field.custom) continue;
                object.fields.set(key(field.apiName), field);
            }
            for (const file of listFiles(join(dir, 'recordTypes'), '.recordType-meta.xml'))
                object.recordTypes = [...(object.recordTypes ?? []), basename(file).replace('.recordType-meta.xml', '')];
            for (const file of listFiles(join(dir, 'validationRules'), '.validationRule-meta.xml')) {
                const doc = tryParse(file);
                if (!doc) continue;
                object.validationRules.push({
                    object: object.apiName,
                    name: text(doc.root, 'fullName') ?? basename(file).replace('.validationRule-meta.xml', ''),
                    active: text(doc.root, 'active') !== 'false',
                    formula: text(doc.root, 'errorConditionFormula') ?? '',
                    errorMessage: text(doc.root, 'errorMessage') ?? '',
                    errorDisplayField: text(doc.root, 'errorDisplayField'),
                    file,
                    doc
                });
            }
        }
    }
    if (options.platform) {
        addActivityFields(objects);
        for (const object of objects.values()) addPlatformFields(object);
    }
    resolveDerivedTypes(objects);

    const customMetadata: CustomMetadataRecord[] = [];
    for (const dir of new Set(sourceDirs.flatMap((d) => findFolders(d, 'customMetadata')))) {
        for (const file of listFiles(dir, '.md-meta.xml')) {
            const doc = tryParse(file);
            if (!doc) continue;
            const [type, name] = basename(file).replace('.md-meta.xml', '').split('.');
            customMetadata.push({
                type: `${type}__mdt`,
                name: name ?? '',
                label: text(doc.root, 'label') ?? '',
                values: customMetadataValues(doc.root),
                file
            });
        }
    }
    return { sourceDir: sourceDirs[0] ?? '', sourceDirs, objects, customMetadata, loadErrors };
}

export function getObject(model: ProjectModel, apiName: string): ObjectModel | undefined {
    return model.objects.get(key(apiName));
}

export function getField(model: ProjectModel, objectName: string, fieldName: string): FieldModel | undefined {
    return getObject(model, objectName)?.fields.get(key(fieldName));
}

/**
 * A custom metadata record's `<values>`: field API name → value as written, null when blank
 * (`xsi:nil`, or an element without text).
 */
export function customMetadataValues(root: XmlNode): Record<string, string | null> {
    const values: Record<string, string | null> = {};
    for (const v of childNodes(root, 'values')) {
        const field = text(v, 'field');
        const raw = v.value;
        let value: string | null = null;
        if (typeof raw === 'object' && !Array.isArray(raw)) value = raw['#text'] === undefined ? null : String(raw['#text']);
        else if (raw !== undefined && raw !== '') value = String(raw);
        if (field) values[field] = value;
    }
    return values;
}
