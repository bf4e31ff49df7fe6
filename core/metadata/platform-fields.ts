import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FieldModel, ObjectModel } from './project';
import { text } from '../xml';
import { SYSTEM_FIELDS } from './system-fields';

/**
 * What the org adds to a project's model by itself, for checks that must accept every name the org
 * accepts (the verifier): the standard fields every custom object has, and a catalogue of the
 * standard objects and their fields.
 *
 * Custom objects: "System fields and properties behave the same on custom objects as they do on
 * standard objects" and OwnerId, RecordTypeId and CurrencyIsoCode are "found on many objects"
 * (Object Reference, "Custom Object__c",
 * https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_custom_object__c.htm;
 * SOAP API Developer Guide, "Frequently Occurring Fields",
 * https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_objects_fequently_occurring_fields.htm).
 * A detail object of a master-detail has no owner (its records are owned through the master:
 * Salesforce Help, "Considerations for Relationships",
 * https://help.salesforce.com/s/articleView?id=platform.relationships_considerations.htm).
 * CurrencyIsoCode exists only in multi-currency orgs: it is accepted because a project using it
 * deploys to such an org (which org a project targets is not in its source).
 *
 * Standard objects: jsforce (an exact dependency) ships a description of the standard objects of a
 * Developer Edition org (src/types/standard-schema.ts: fields, parent references); the checked-in
 * standard-objects.json keeps precedence where it describes a field in detail. Fields added to
 * standard objects after that description are listed in NEWER_STANDARD_FIELDS with their source.
 */

type Spec = [apiName: string, type: string, label: string, referenceTo?: string[]];

/** Fields the platform sets (System Fields, Object Reference); everything else here may be edited where the org allows. */
const AUDIT_FIELDS = new Set([
    ...SYSTEM_FIELDS.map((f) => f.apiName),
    'LastViewedDate',
    'LastReferencedDate',
    'LastActivityDate',
    'ReplayId',
    'EventUuid',
    'QualifiedApiName'
]);

/** Standard fields of every custom object beyond Id, Name and the audit fields (addSystemFields). */
function customObjectFields(object: ObjectModel): Spec[] {
    const fields = [...object.fields.values()];
    const detail = fields.some((f) => f.type === 'MasterDetail');
    const activities = object.doc ? text(object.doc.root, 'enableActivities') === 'true' : false;
    return [
        ...(detail || object.apiName.endsWith('__mdt') || object.apiName.endsWith('__e')
            ? []
            : [['OwnerId', 'Lookup', 'Owner', ['User']] as Spec]),
        ['LastViewedDate', 'DateTime', 'Last Viewed Date'],
        ['LastReferencedDate', 'DateTime', 'Last Referenced Date'],
        ['CurrencyIsoCode', 'Picklist', 'Currency ISO Code'],
        ...(activities ? [['LastActivityDate', 'Date', 'Last Activity Date'] as Spec] : []),
        ...(object.recordTypes?.length ? [['RecordTypeId', 'Lookup', 'Record Type', ['RecordType']] as Spec] : [])
    ];
}

/**
 * Custom metadata types: DeveloperName, MasterLabel, Label, Language, NamespacePrefix and
 * QualifiedApiName (Custom Metadata Types Implementation Guide, "Custom Metadata Type Fields",
 * https://developer.salesforce.com/docs/atlas.en-us.custommetadatatypes.meta/custommetadatatypes/custommetadatatypes_about.htm).
 * Platform events: ReplayId and EventUuid (Platform Events Developer Guide, "Platform Event Fields",
 * https://developer.salesforce.com/docs/atlas.en-us.platform_events.meta/platform_events/platform_events_define_ui.htm).
 */
function suffixFields(object: ObjectModel): Spec[] {
    if (object.apiName.endsWith('__mdt'))
        return [
            ['DeveloperName', 'Text', 'Custom Metadata Record Name'],
            ['MasterLabel', 'Text', 'Label'],
            ['Label', 'Text', 'Label'],
            ['Language', 'Picklist', 'Language'],
            ['NamespacePrefix', 'Text', 'Namespace Prefix'],
            ['QualifiedApiName', 'Text', 'Qualified API Name'],
            ['IsProtected', 'Checkbox', 'Protected Component']
        ];
    if (object.apiName.endsWith('__e'))
        return [
            ['ReplayId', 'Text', 'Replay ID'],
            ['EventUuid', 'Text', 'Event UUID']
        ];
    return [];
}

function put(object: ObjectModel, [apiName, type, label, referenceTo]: Spec): void {
    const k = apiName.toLowerCase();
    if (object.fields.has(k)) return;
    const field: FieldModel = {
        object: object.apiName,
        apiName,
        label,
        type,
        valueType: type,
        custom: false,
        required: false,
        writable: !AUDIT_FIELDS.has(apiName),
        referenceTo,
        relationshipName: referenceTo ? apiName.replace(/Id$/, '') : undefined
    };
    object.fields.set(k, field);
}

/**
 * A custom geolocation field (type Location) is also read and written as its two components, named by
 * appending __latitude__s and __longitude__s instead of __c (SOAP API Developer Guide, "Compound Field
 * Considerations and Limitations",
 * https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/compound_fields_limitations.htm;
 * "Geolocation Compound Field",
 * https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/compound_fields_geolocation.htm).
 * Custom objects and standard objects alike may carry one.
 */
function geolocationComponents(object: ObjectModel): Spec[] {
    return [...object.fields.values()]
        .filter((f) => f.type === 'Location' && f.custom && f.apiName.endsWith('__c'))
        .flatMap((f): Spec[] => {
            const stem = f.apiName.slice(0, -'__c'.length);
            return [
                [`${stem}__Latitude__s`, 'Number', `${f.label} (Latitude)`],
                [`${stem}__Longitude__s`, 'Number', `${f.label} (Longitude)`]
            ];
        });
}

/** Adds the platform's standard fields to a custom object, custom metadata type or platform event. */
export function addPlatformFields(object: ObjectModel): void {
    for (const spec of geolocationComponents(object)) put(object, spec);
    if (!object.custom) {
        if (object.recordTypes?.length) put(object, ['RecordTypeId', 'Lookup', 'Record Type', ['RecordType']]);
        return;
    }
    for (const spec of [...customObjectFields(object), ...suffixFields(object)]) put(object, spec);
}

/**
 * Standard fields missing from jsforce's description (newer, or absent from the org it was generated
 * from), each from the Salesforce Field Reference Guide page of its object
 * (https://developer.salesforce.com/docs/platform/field-reference/references/field-reference/salesforce-field-reference-<object>.html).
 */
const NEWER_STANDARD_FIELDS: Record<string, Spec[]> = {
    // salesforce-field-reference-account.html: AccountNumber, Site, Rating, Sic, Ownership, TickerSymbol, Tradestyle.
    Account: [
        ['AccountNumber', 'Text', 'Account Number'],
        ['Site', 'Text', 'Account Site'],
        ['Rating', 'Picklist', 'Account Rating'],
        ['Sic', 'Text', 'SIC Code'],
        ['Ownership', 'Picklist', 'Ownership'],
        ['TickerSymbol', 'Text', 'Ticker Symbol'],
        ['Tradestyle', 'Text', 'Tradestyle']
    ],
    // salesforce-field-reference-contact.html: Pronouns and GenderIdentity (picklists).
    Contact: [
        ['Pronouns', 'Picklist', 'Pronouns'],
        ['GenderIdentity', 'Picklist', 'Gender Identity']
    ],
    // salesforce-field-reference-task.html and -event.html: Type (picklist).
    Task: [['Type', 'Picklist', 'Type']],
    Event: [['Type', 'Picklist', 'Type']],
    // salesforce-field-reference-opportunity.html: TotalOpportunityQuantity, IsPrivate, ContractId.
    Opportunity: [
        ['TotalOpportunityQuantity', 'Number', 'Quantity'],
        ['IsPrivate', 'Checkbox', 'Private'],
        ['ContractId', 'Lookup', 'Contract', ['Contract']]
    ],
    // salesforce-field-reference-campaign.html: the campaign hierarchy roll-ups.
    Campaign: [
        'HierarchyActualCost',
        'HierarchyBudgetedCost',
        'HierarchyExpectedRevenue',
        'HierarchyAmountAllOpportunities',
        'HierarchyAmountWonOpportunities',
        'HierarchyNumberOfContacts',
        'HierarchyNumberOfConvertedLeads',
        'HierarchyNumberOfLeads',
        'HierarchyNumberOfOpportunities',
        'HierarchyNumberOfResponses',
        'HierarchyNumberOfWonOpportunities',
        'HierarchyNumberSent'
    ].map((name): Spec => [name, 'Number', name])
};

interface CatalogueObject {
    fields: [string, string][];
    parents: Map<string, string>;
}

let catalogue: Map<string, CatalogueObject> | undefined;

function schemaSource(): string | undefined {
    let root: string;
    try {
        root = dirname(require.resolve('jsforce/package.json'));
    } catch {
        return undefined;
    }
    for (const rel of ['src/types/standard-schema.ts', 'lib/types/standard-schema.d.ts']) {
        const file = join(root, rel);
        if (existsSync(file)) return readFileSync(file, 'utf8');
    }
    return undefined;
}

const TS_TYPES: Record<string, string> = {
    string: 'Text',
    number: 'Number',
    boolean: 'Checkbox',
    DateString: 'DateTime',
    BlobString: 'Base64',
    Address: 'Address',
    any: 'Text'
};

/** jsforce's standard objects: field name → metadata-like type, parent relationship → target object. */
function standardCatalogue(): Map<string, CatalogueObject> {
    if (catalogue) return catalogue;
    catalogue = new Map();
    const source = schemaSource();
    if (!source) return catalogue;
    const block = /^type (Fields|ParentReferences)\$(\w+) = \{\n([\s\S]*?)\n\};/gm;
    for (let m = block.exec(source); m; m = block.exec(source)) {
        const [, kind, objectName = '', body = ''] = m;
        const entry = catalogue.get(objectName) ?? { fields: [], parents: new Map<string, string>() };
        catalogue.set(objectName, entry);
        for (const line of body.split('\n')) {
            const f = /^\s+(\w+): (?:SObjectDefinition\$)?(\w+)/.exec(line);
            if (!f) continue;
            const [, name = '', type = ''] = f;
            if (kind === 'Fields') entry.fields.push([name, TS_TYPES[type] ?? 'Text']);
            else entry.parents.set(name, type);
        }
    }
    return catalogue;
}

/**
 * Custom activity fields (objects/Activity/fields) are fields of both Task and Event ("Activity",
 * Object Reference, sforce_api_objects_activity.htm: custom fields created on activities appear on
 * tasks and events).
 */
export function addActivityFields(objects: Map<string, ObjectModel>): void {
    const activity = objects.get('activity');
    if (!activity) return;
    for (const target of ['task', 'event']) {
        const object = objects.get(target);
        if (!object) continue;
        for (const field of activity.fields.values())
            if (field.custom && !object.fields.has(field.apiName.toLowerCase()))
                object.fields.set(field.apiName.toLowerCase(), { ...field, object: object.apiName });
    }
}

/** Adds every catalogued standard object and field the model does not describe yet. */
export function addStandardCatalogue(objects: Map<string, ObjectModel>): void {
    for (const [apiName, entry] of standardCatalogue()) {
        const k = apiName.toLowerCase();
        let object = objects.get(k);
        if (!object) {
            object = { apiName, label: apiName, custom: false, fields: new Map(), validationRules: [], childRelationships: new Map() };
            objects.set(k, object);
        }
        for (const [name, type] of entry.fields) {
            // A reference field XId has the parent reference X; polymorphic ones (Name) have no single target.
            const parent = name.endsWith('Id') ? entry.parents.get(name.slice(0, -2)) : undefined;
            if (parent !== undefined) put(object, [name, 'Lookup', name, parent === 'Name' ? undefined : [parent]]);
            else put(object, [name, type, name]);
        }
    }
    for (const [apiName, specs] of Object.entries(NEWER_STANDARD_FIELDS)) {
        const object = objects.get(apiName.toLowerCase());
        if (object) for (const spec of specs) put(object, spec);
    }
}
