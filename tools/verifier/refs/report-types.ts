import { getObject, type FieldModel, type ObjectModel } from '../../metadata/project';
import type { XmlElement } from '../../metadata/xml';
import type { MetadataFile, VerifyContext } from '../context';
import { ofType } from '../context';
import { closest } from '../suggest';
import { child, childrenNamed, value } from '../xml-helpers';
import { childRelationshipNames, objectNames, resolvePath } from './resolve';

/**
 * Rule 4 (report types): the base object and every join's child relationship exist; section
 * columns name a table of the report type and a field (or lookup path) of that table's object.
 * Also the shared description of a report type's columns that report checks resolve against.
 */

export interface ReportTypeShape {
    name: string;
    file?: MetadataFile;
    /** Table name (Opportunity, Opportunity.Success_Check_Ins__r) → its object. */
    tables: Map<string, ObjectModel>;
    /** Column tokens the report type offers ("Table$Field"), lower case → field (undefined when the path does not resolve). */
    columns: Map<string, { token: string; field?: FieldModel }>;
    /** Whether columns come from the report type's sections (strict) or from its objects' fields (stub). */
    declared: boolean;
}

const cache = new WeakMap<VerifyContext, Map<string, ReportTypeShape | undefined>>();

function reportTypeFile(ctx: VerifyContext, name: string): MetadataFile | undefined {
    const base = name.replace(/__c$/i, '').toLowerCase();
    return ofType(ctx, 'ReportType').find((f) => (f.kind?.name ?? '').toLowerCase() === base);
}

/** Tables of a custom report type: the base object, then each join's child relationship. */
function tablesOf(ctx: VerifyContext, root: XmlElement | undefined): Map<string, ObjectModel> {
    const tables = new Map<string, ObjectModel>();
    const base = getObject(ctx.model, value(root, 'baseObject') ?? '');
    if (!base) return tables;
    let tableName = base.apiName;
    tables.set(tableName, base);
    let object = base;
    let join = child(root, 'join');
    while (join) {
        const rel = value(join, 'relationship') ?? '';
        const c = object.childRelationships.get(rel.toLowerCase());
        const next = c ? getObject(ctx.model, c.childObject) : undefined;
        if (!next) break;
        tableName = `${tableName}.${c?.name ?? rel}`;
        tables.set(tableName, next);
        object = next;
        join = child(join, 'join');
    }
    return tables;
}

/** The columns a report type offers: its sections' columns for custom report types; null for standard report types. */
export function reportTypeShape(ctx: VerifyContext, reportType: string): ReportTypeShape | undefined {
    let byName = cache.get(ctx);
    if (!byName) {
        byName = new Map();
        cache.set(ctx, byName);
    }
    const key = reportType.toLowerCase();
    if (byName.has(key)) return byName.get(key);
    const file = reportTypeFile(ctx, reportType);
    let shape: ReportTypeShape | undefined;
    if (file) {
        const tables = tablesOf(ctx, file.root);
        const columns = new Map<string, { token: string; field?: FieldModel }>();
        const sectionColumns = childrenNamed(file.root, 'sections').flatMap((s) => childrenNamed(s, 'columns'));
        for (const col of sectionColumns) {
            const table = value(col, 'table') ?? '';
            const field = value(col, 'field') ?? '';
            const object = tables.get(table);
            const token = `${table}$${field}`;
            columns.set(token.toLowerCase(), {
                token,
                field: object ? resolvePath(ctx.model, object.apiName, field.split('.'), { fieldNameSegments: true }).field : undefined
            });
        }
        const declared = columns.size > 0;
        if (!declared) {
            for (const [table, object] of tables) {
                for (const f of object.fields.values())
                    columns.set(`${table}$${f.apiName}`.toLowerCase(), { token: `${table}$${f.apiName}`, field: f });
            }
        }
        shape = { name: reportType, file, tables, columns, declared };
    }
    byName.set(key, shape);
    return shape;
}

export function checkReportTypes(ctx: VerifyContext): void {
    const { report, model } = ctx;
    for (const f of ofType(ctx, 'ReportType')) {
        const root = f.root;
        const owner = `report type ${f.kind?.name ?? ''}`;
        const baseName = value(root, 'baseObject') ?? '';
        report.reference();
        const base = getObject(model, baseName);
        if (!base) {
            const near = closest(baseName, objectNames(model));
            report.error(
                f.path,
                child(root, 'baseObject') ?? root,
                `${owner} is based on ${baseName}, which does not exist${near ? `; did you mean ${near}?` : ''}`,
                'Name an existing object in <baseObject>'
            );
            continue;
        }
        if (!value(root, 'description')) report.warning(f.path, root, `${owner} has no <description>`, 'Say which records it returns');
        let object: ObjectModel | undefined = base;
        let join = child(root, 'join');
        while (join && object) {
            const rel = value(join, 'relationship') ?? '';
            report.reference();
            const c = object.childRelationships.get(rel.toLowerCase());
            if (!c) {
                const near = closest(rel, childRelationshipNames(object));
                report.error(
                    f.path,
                    child(join, 'relationship') ?? join,
                    `${owner} joins ${object.apiName} to ${rel}, which is not a child relationship of ${object.apiName}${near ? `; did you mean ${near}?` : ''}`,
                    'Use the child relationship name (e.g. Success_Check_Ins__r)'
                );
                break;
            }
            object = getObject(model, c.childObject);
            join = child(join, 'join');
        }
        const tables = tablesOf(ctx, root);
        for (const section of childrenNamed(root, 'sections')) {
            for (const col of childrenNamed(section, 'columns')) {
                const table = value(col, 'table') ?? '';
                const field = value(col, 'field') ?? '';
                report.reference();
                const tableObject = tables.get(table);
                if (!tableObject) {
                    const near = closest(table, tables.keys());
                    report.error(
                        f.path,
                        child(col, 'table') ?? col,
                        `${owner} has a column in table ${table}, which is not one of its tables (${[...tables.keys()].join(', ')})${near ? `; did you mean ${near}?` : ''}`,
                        'Name the base object or a joined relationship path as the table'
                    );
                    continue;
                }
                const result = resolvePath(model, tableObject.apiName, field.split('.'), { fieldNameSegments: true });
                if (!result.field) {
                    report.error(
                        f.path,
                        child(col, 'field') ?? col,
                        `${owner} column ${table}.${field}: ${result.problem}${result.suggestion ? `; did you mean ${result.suggestion}?` : ''}`,
                        'Fix the field name or create the field'
                    );
                }
            }
        }
    }
}
