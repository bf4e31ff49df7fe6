import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getObject, type FieldModel, type ObjectModel, type ProjectModel } from '../metadata/project';
import { childNodes, text, type XmlElement, elementNamed, elementText, elementsNamed } from '../xml';
import { parentRelationship, resolvePath, type PathResult } from '../metadata/resolve';

/**
 * What a report type offers, as the verifier checks it and the preview's report engine runs it:
 * its tables (the base object, then each joined child relationship) and its columns, each
 * resolved to a table and a field path. Custom report types come from their XML (sections'
 * columns, written Table$Field in reports); standard report types from the checked-in list in
 * standard-report-types.json (upper-case column codes, custom fields as Object.Field__c).
 */

export interface ReportTable {
    /** Opportunity, Opportunity.Success_Check_Ins__r */
    name: string;
    object: ObjectModel;
    /** The child relationship joining this table to the previous one (absent for the base table). */
    relationship?: string;
    /** The reference field on this table's object that points at the previous table's record. */
    parentField?: string;
    /** "with or without": rows of the previous table stay when this table has no record for them. */
    outer: boolean;
}

export interface ReportTypeColumn {
    /** As reports write it: Opportunity.Success_Check_Ins__r$Check_In_Date__c, OPPORTUNITY_NAME, Opportunity.Follow_Up_Status__c. */
    token: string;
    /** Index into the report type's tables. */
    table: number;
    /** Field path from the table's object: ['Owner', 'Name'], ['Customer_Goal__c', 'Account__c'], ['Follow_Up_Status__c']. */
    path: string[];
    /** The field the column shows; for a lookup column (Owner, Account) the lookup field itself. */
    field?: FieldModel;
    label: string;
    /** Why the path does not resolve (a broken report type section or standard list entry). */
    problem?: string;
    suggestion?: string;
}

export interface ReportTypeModel {
    /** API name as reports name it: Opportunity, Opportunities_with_Success_Check_Ins__c. */
    name: string;
    label: string;
    standard: boolean;
    tables: ReportTable[];
    /** Lower-case token → column. Standard report types also accept their custom-field tokens (see columnOf). */
    columns: Map<string, ReportTypeColumn>;
    /** Columns that identify a table's record, for cross filters: lower-case token → the token and its table. */
    idColumns: Map<string, { token: string; table: number }>;
    /** Standard report types: custom-field prefix → path from the base object (Opportunity → [], Account → ['Account']). */
    fieldPrefixes: Map<string, string[]>;
}

interface StandardReportTypeSpec {
    label: string;
    baseObject: string;
    fieldPrefixes: Record<string, string>;
    idColumns: string[];
    columns: Record<string, { path: string; label: string }>;
}

let standardSpecs: Record<string, StandardReportTypeSpec> | undefined;

function standardReportTypeSpecs(): Record<string, StandardReportTypeSpec> {
    if (!standardSpecs) {
        const raw = JSON.parse(readFileSync(join(__dirname, 'standard-report-types.json'), 'utf8')) as Record<string, unknown>;
        standardSpecs = Object.fromEntries(Object.entries(raw).filter(([k]) => !k.startsWith('$'))) as Record<
            string,
            StandardReportTypeSpec
        >;
    }
    return standardSpecs;
}

export function standardReportTypeNames(): string[] {
    return Object.keys(standardReportTypeSpecs());
}

/**
 * Resolves a report column path: like resolvePath, but a lookup may be named by its relationship
 * name alone as the last segment (a custom report type's Owner, Account or RecordType column), and
 * lookups along the way may be written with the field's API name (Customer_Goal__c.Account__c).
 */
function resolveReportPath(model: ProjectModel, objectName: string, path: string[]): PathResult {
    const result = resolvePath(model, objectName, path, { fieldNameSegments: true });
    if (result.field || !result.object) return result;
    const last = path[path.length - 1] ?? '';
    const lookup = parentRelationship(result.object, last);
    if (lookup && !lookup.custom) return { object: result.object, field: lookup };
    return result;
}

/** A field's label as reports show it: a custom object's Name by its name field label ("KPI Name"). */
function fieldLabel(model: ProjectModel, field: FieldModel): string {
    const object = getObject(model, field.object);
    if (field.apiName === 'Name' && object?.custom && object.doc) {
        const label = text(childNodes(object.doc.root, 'nameField')[0], 'label');
        if (label) return label;
    }
    return field.label;
}

function makeColumn(
    model: ProjectModel,
    tables: ReportTable[],
    token: string,
    table: number,
    path: string[],
    label?: string
): ReportTypeColumn {
    const object = tables[table]?.object;
    const resolved: PathResult = object ? resolveReportPath(model, object.apiName, path) : { problem: 'no such table' };
    return {
        token,
        table,
        path,
        field: resolved.field,
        label: label ?? (resolved.field ? fieldLabel(model, resolved.field) : path.join('.')),
        problem: resolved.field ? undefined : resolved.problem,
        suggestion: resolved.field ? undefined : resolved.suggestion
    };
}

/** Tables of a custom report type: the base object, then each join (stops at the first that does not resolve). */
export function customReportTables(model: ProjectModel, root: XmlElement | undefined): ReportTable[] {
    const base = getObject(model, elementText(root, 'baseObject') ?? '');
    if (!base) return [];
    const tables: ReportTable[] = [{ name: base.apiName, object: base, outer: false }];
    let object = base;
    let name = base.apiName;
    for (let join = elementNamed(root, 'join'); join; join = elementNamed(join, 'join')) {
        const rel = elementText(join, 'relationship') ?? '';
        const c = object.childRelationships.get(rel.toLowerCase());
        const next = c ? getObject(model, c.childObject) : undefined;
        if (!c || !next) break;
        name = `${name}.${c.name}`;
        tables.push({ name, object: next, relationship: c.name, parentField: c.field, outer: elementText(join, 'outerJoin') === 'true' });
        object = next;
    }
    return tables;
}

/** A custom report type from its XML root (ReportType element). Without sections, every field of every table is offered. */
export function customReportTypeModel(model: ProjectModel, name: string, root: XmlElement | undefined): ReportTypeModel {
    const tables = customReportTables(model, root);
    const columns = new Map<string, ReportTypeColumn>();
    const tableIndex = new Map(tables.map((t, i) => [t.name.toLowerCase(), i]));
    for (const section of elementsNamed(root, 'sections')) {
        for (const col of elementsNamed(section, 'columns')) {
            const table = elementText(col, 'table') ?? '';
            const field = elementText(col, 'field') ?? '';
            const token = `${table}$${field}`;
            const index = tableIndex.get(table.toLowerCase());
            if (index === undefined) continue;
            columns.set(
                token.toLowerCase(),
                makeColumn(model, tables, token, index, field.split('.'), elementText(col, 'displayNameOverride'))
            );
        }
    }
    if (columns.size === 0) {
        tables.forEach((t, i) => {
            for (const f of t.object.fields.values()) {
                const token = `${t.name}$${f.apiName}`;
                columns.set(token.toLowerCase(), makeColumn(model, tables, token, i, [f.apiName]));
            }
        });
    }
    const idColumns = new Map(tables.map((t, i) => [`${t.name}$Id`.toLowerCase(), { token: `${t.name}$Id`, table: i }]));
    return {
        name: name.endsWith('__c') ? name : `${name}__c`,
        label: elementText(root, 'label') ?? name,
        standard: false,
        tables,
        columns,
        idColumns,
        fieldPrefixes: new Map()
    };
}

/** A standard report type from standard-report-types.json, or undefined when the list does not have it. */
export function standardReportTypeModel(model: ProjectModel, name: string): ReportTypeModel | undefined {
    const specs = standardReportTypeSpecs();
    const key = Object.keys(specs).find((k) => k.toLowerCase() === name.toLowerCase());
    const spec = key ? specs[key] : undefined;
    const base = spec ? getObject(model, spec.baseObject) : undefined;
    if (!key || !spec || !base) return undefined;
    const tables: ReportTable[] = [{ name: base.apiName, object: base, outer: false }];
    const columns = new Map<string, ReportTypeColumn>();
    for (const [token, c] of Object.entries(spec.columns))
        columns.set(token.toLowerCase(), makeColumn(model, tables, token, 0, c.path.split('.'), c.label));
    return {
        name: key,
        label: spec.label,
        standard: true,
        tables,
        columns,
        idColumns: new Map(spec.idColumns.map((c) => [c.toLowerCase(), { token: c, table: 0 }])),
        fieldPrefixes: new Map(
            Object.entries(spec.fieldPrefixes).map(([prefix, path]) => [prefix.toLowerCase(), path ? path.split('.') : []])
        )
    };
}

/**
 * The report type's column for a token, or undefined when it offers none. Standard report types
 * offer their objects' custom fields as Prefix.Field__c (Opportunity.Follow_Up_Status__c).
 */
export function columnOf(model: ProjectModel, reportType: ReportTypeModel, token: string): ReportTypeColumn | undefined {
    const known = reportType.columns.get(token.toLowerCase());
    if (known) return known;
    if (!reportType.standard) return undefined;
    const dot = token.indexOf('.');
    if (dot < 0 || !/__c$/i.test(token)) return undefined;
    const prefix = reportType.fieldPrefixes.get(token.slice(0, dot).toLowerCase());
    if (!prefix) return undefined;
    const column = makeColumn(model, reportType.tables, token, 0, [...prefix, ...token.slice(dot + 1).split('.')]);
    return column;
}

/** Every token a report type offers, for suggestions. */
export function columnTokens(reportType: ReportTypeModel): string[] {
    return [...reportType.columns.values()].map((c) => c.token);
}

/**
 * The report types the org creates for every custom object that allows reports ("Report Type",
 * Metadata API Developer Guide, meta_report.htm: reportType names CustomEntity$<Object> for a custom
 * object, CustomEntityCustomEntity$<Parent>$<Child> for a master and its detail, <Standard>CustomEntity$<Child>
 * for a standard parent with a custom child, and CustomEntity$<Object>@<Object>.<Lookup> for an
 * object with the record its lookup points to). Their columns, as reports write them (seen in
 * SalesforceFoundation/PMM and OutboundFundsModule): the object's fields as Object.Field, its
 * standard columns as CUST_NAME, CUST_ID, CUST_OWNER_NAME, CUST_CREATED_DATE, ...; a detail's as
 * CHILD_NAME, ...; the looked-up record's as FK_NAME, ... and FK_$Object.Field.
 */
const STANDARD_CODES: [string, string][] = [
    ['NAME', 'Name'],
    ['ID', 'Id'],
    ['OWNER_NAME', 'OwnerId'],
    ['OWNER_ALIAS', 'OwnerId'],
    ['CREATED_DATE', 'CreatedDate'],
    ['CREATED_NAME', 'CreatedById'],
    ['CREATED_ALIAS', 'CreatedById'],
    ['LAST_UPDATE', 'LastModifiedDate'],
    ['LAST_UPDATE_NAME', 'LastModifiedById'],
    ['LAST_UPDATE_ALIAS', 'LastModifiedById'],
    ['RECORDTYPE', 'RecordTypeId'],
    ['CURRENCY_ISO_CODE', 'CurrencyIsoCode']
];

export function automaticReportTypeModel(model: ProjectModel, name: string): ReportTypeModel | undefined {
    const single = /^CustomEntity\$(\w+)(?:@(\w+)\.(\w+))?$/.exec(name);
    const pair = /^CustomEntityCustomEntity\$(\w+)\$(\w+)$/.exec(name);
    const standardParent = /^([A-Z][A-Za-z]*)CustomEntity\$(\w+)$/.exec(name);
    const tables: ReportTable[] = [];
    const codes: [string, number][] = [];
    const columns = new Map<string, ReportTypeColumn>();
    const join = (parentName: string, childName: string): boolean => {
        const parent = getObject(model, parentName);
        const child = getObject(model, childName);
        const link =
            child && parent
                ? [...child.fields.values()].find((f) => f.referenceTo?.some((t) => t.toLowerCase() === parent.apiName.toLowerCase()))
                : undefined;
        if (!parent || !child?.custom || !link) return false;
        tables.push({ name: parent.apiName, object: parent, outer: false });
        tables.push({ name: child.apiName, object: child, parentField: link.apiName, outer: false });
        return true;
    };
    if (single) {
        const base = getObject(model, single[1] ?? '');
        if (!base?.custom) return undefined;
        tables.push({ name: base.apiName, object: base, outer: false });
        codes.push(['CUST', 0]);
        if (single[3]) {
            const lookup = base.fields.get(single[3].toLowerCase());
            const target = lookup?.referenceTo?.[0] ? getObject(model, lookup.referenceTo[0]) : undefined;
            if (!target || single[2]?.toLowerCase() !== base.apiName.toLowerCase()) return undefined;
            tables.push({ name: target.apiName, object: target, parentField: lookup?.apiName, outer: true });
            codes.push(['FK', 1]);
            for (const f of target.fields.values()) {
                const token = `FK_$${target.apiName}.${f.apiName}`;
                columns.set(token.toLowerCase(), makeColumn(model, tables, token, 1, [f.apiName]));
            }
        }
    } else if (pair) {
        if (!join(pair[1] ?? '', pair[2] ?? '') || !tables[0]?.object.custom) return undefined;
        codes.push(['CUST', 0], ['CHILD', 1]);
    } else if (standardParent) {
        if (!join(standardParent[1] ?? '', standardParent[2] ?? '') || tables[0]?.object.custom) return undefined;
        codes.push(['CHILD', 1]);
        // The standard parent's own column codes, where the checked-in list of standard report types has them.
        const parent = standardReportTypeModel(model, tables[0]?.object.apiName ?? '');
        for (const [k, c] of parent?.columns ?? []) columns.set(k, { ...c, table: 0 });
    } else return undefined;
    tables.forEach((t, i) => {
        if (codes.some(([code, at]) => code === 'FK' && at === i)) return;
        for (const f of t.object.fields.values()) {
            const token = `${t.object.apiName}.${f.apiName}`;
            columns.set(token.toLowerCase(), makeColumn(model, tables, token, i, [f.apiName]));
        }
    });
    const idColumns = new Map<string, { token: string; table: number }>();
    for (const [code, i] of codes) {
        const object = tables[i]?.object;
        for (const [suffix, field] of STANDARD_CODES) {
            if (!object?.fields.has(field.toLowerCase())) continue;
            const token = `${code}_${suffix}`;
            columns.set(token.toLowerCase(), makeColumn(model, tables, token, i, [field]));
        }
        idColumns.set(`${code}_ID`.toLowerCase(), { token: `${code}_ID`, table: i });
    }
    return { name, label: name, standard: false, tables, columns, idColumns, fieldPrefixes: new Map() };
}
