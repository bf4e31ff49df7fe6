import { getObject, type ObjectModel } from '../../../core/metadata/project';
import type { VerifyContext } from '../context';
import { ofType } from '../context';
import {
    automaticReportTypeModel,
    customReportTables,
    customReportTypeModel,
    standardReportTypeModel,
    type ReportTypeModel
} from '../../../core/reports/report-model';
import { closest } from '../../../core/suggest';
import { childRelationshipNames, objectNames } from '../../../core/metadata/resolve';
import { elementNamed, elementText, elementsNamed } from '../../../core/xml';

/**
 * Rule 4 (report types): the base object and every join's child relationship exist; joins follow
 * the platform's rules (at most four objects; no inner join after an outer join); section columns
 * name a table of the report type and a field, lookup path or lookup (by relationship name, e.g.
 * Owner) of that table's object, each once. Also the report types reports resolve against:
 * custom ones from reportTypes/, standard ones from standard-report-types.json.
 */

/** A custom report type joins at most four objects (the base object and three joins). */
const MAX_OBJECTS = 4;

const cache = new WeakMap<VerifyContext, Map<string, ReportTypeModel | undefined>>();

/** The report type a report names: custom (Name__c, from reportTypes/) or standard (from the checked-in list). */
export function reportTypeModel(ctx: VerifyContext, reportType: string): ReportTypeModel | undefined {
    let byName = cache.get(ctx);
    if (!byName) {
        byName = new Map();
        cache.set(ctx, byName);
    }
    const key = reportType.toLowerCase();
    if (byName.has(key)) return byName.get(key);
    let model: ReportTypeModel | undefined = /CustomEntity\$/.test(reportType)
        ? automaticReportTypeModel(ctx.model, reportType)
        : undefined;
    if (model || /CustomEntity\$/.test(reportType)) {
        // an automatic report type: resolved above, or naming objects that do not exist
    } else if (/__c$/i.test(reportType)) {
        const base = key.replace(/__c$/, '');
        const file = ofType(ctx, 'ReportType').find((f) => (f.kind?.name ?? '').toLowerCase() === base);
        model = file ? customReportTypeModel(ctx.model, file.kind?.name ?? base, file.root) : undefined;
    } else {
        model = standardReportTypeModel(ctx.model, reportType);
    }
    byName.set(key, model);
    return model;
}

export function checkReportTypes(ctx: VerifyContext): void {
    const { report, model } = ctx;
    for (const f of ofType(ctx, 'ReportType')) {
        const root = f.root;
        const owner = `report type ${f.kind?.name ?? ''}`;
        const baseName = elementText(root, 'baseObject') ?? '';
        report.reference();
        const base = getObject(model, baseName);
        if (!base) {
            const near = closest(baseName, objectNames(model));
            report.error(
                f.path,
                elementNamed(root, 'baseObject') ?? root,
                `${owner} is based on ${baseName}, which does not exist${near ? `; did you mean ${near}?` : ''}`,
                'Name an existing object in <baseObject>'
            );
            continue;
        }
        if (ctx.policy && !elementText(root, 'description'))
            report.warning(f.path, root, `${owner} has no <description>`, 'Say which records it returns');
        let object: ObjectModel | undefined = base;
        let join = elementNamed(root, 'join');
        let objects = 1;
        let outerSeen = false;
        while (join && object) {
            const rel = elementText(join, 'relationship') ?? '';
            report.reference();
            const c = object.childRelationships.get(rel.toLowerCase());
            if (!c) {
                const near = closest(rel, childRelationshipNames(object));
                report.error(
                    f.path,
                    elementNamed(join, 'relationship') ?? join,
                    `${owner} joins ${object.apiName} to ${rel}, which is not a child relationship of ${object.apiName}${near ? `; did you mean ${near}?` : ''}`,
                    'Use the child relationship name (e.g. Success_Check_Ins__r)'
                );
                break;
            }
            objects++;
            const outer = elementText(join, 'outerJoin') === 'true';
            if (outerSeen && !outer) {
                report.error(
                    f.path,
                    elementNamed(join, 'outerJoin') ?? join,
                    `${owner} joins ${rel} with an inner join after an outer join, which the platform does not allow`,
                    'Make this join an outer join too (<outerJoin>true</outerJoin>), or reorder the objects'
                );
            }
            outerSeen ||= outer;
            if (objects === MAX_OBJECTS + 1) {
                report.error(
                    f.path,
                    join,
                    `${owner} joins more than ${MAX_OBJECTS} objects, the most a custom report type can have`,
                    'Split it into two report types'
                );
            }
            object = getObject(model, c.childObject);
            join = elementNamed(join, 'join');
        }
        const tables = customReportTables(model, root);
        const shape = customReportTypeModel(model, f.kind?.name ?? '', root);
        const seen = new Set<string>();
        for (const section of elementsNamed(root, 'sections')) {
            for (const col of elementsNamed(section, 'columns')) {
                const table = elementText(col, 'table') ?? '';
                const field = elementText(col, 'field') ?? '';
                report.reference();
                if (!tables.some((t) => t.name.toLowerCase() === table.toLowerCase())) {
                    const names = tables.map((t) => t.name);
                    const near = closest(table, names);
                    report.error(
                        f.path,
                        elementNamed(col, 'table') ?? col,
                        `${owner} has a column in table ${table}, which is not one of its tables (${names.join(', ')})${near ? `; did you mean ${near}?` : ''}`,
                        'Name the base object or a joined relationship path as the table'
                    );
                    continue;
                }
                const token = `${table}$${field}`.toLowerCase();
                if (seen.has(token)) {
                    report.error(
                        f.path,
                        elementNamed(col, 'field') ?? col,
                        `${owner} lists column ${table}.${field} twice`,
                        'Remove the duplicate'
                    );
                    continue;
                }
                seen.add(token);
                const column = shape.columns.get(token);
                if (!column?.field) {
                    report.error(
                        f.path,
                        elementNamed(col, 'field') ?? col,
                        `${owner} column ${table}.${field}: ${column?.problem ?? 'does not resolve'}${column?.suggestion ? `; did you mean ${column.suggestion}?` : ''}`,
                        'Fix the field name or create the field (a lookup column is named by its relationship name, e.g. Owner)'
                    );
                }
            }
        }
    }
}
