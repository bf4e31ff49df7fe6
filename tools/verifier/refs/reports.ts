import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { getObject, type FieldModel } from '../../../core/metadata/project';
import { type XmlElement, descendantsNamed, elementNamed, elementText, elementsNamed } from '../../../core/xml';
import type { MetadataFile, VerifyContext } from '../context';
import { ofType } from '../context';
import { columnOf, columnTokens, standardReportTypeNames, type ReportTypeModel } from '../../../core/reports/report-model';
import { closest } from '../../../core/suggest';
import { reportTypeModel } from './report-types';
import { fieldNamesOf, objectNames } from '../../../core/metadata/resolve';

/**
 * Rule 4 (reports): the folder and the report type exist (custom: reportTypes/; standard: the
 * checked-in standard-report-types.json); every column, filter, grouping, sort column, time-frame
 * column and chart column names a column the report type offers; a grouping is not also a
 * column; Sum/Average only on numbers; filter values fit their column (checkbox 0/1, picklist
 * values, dates or relative date literals, values a text formula can return); cross filters name
 * an existing related object, a join field on it that points at the report's record, and the
 * report type's id column of that record. The description fits the org's 255 characters.
 */

/** The org rejects a longer report description ("Value too long for field: Description maximum length is:255"). */
const MAX_DESCRIPTION = 255;

const NUMERIC = new Set(['Number', 'Currency', 'Percent', 'Int', 'Double']);
const DATES = new Set(['Date', 'DateTime']);

/** Relative date values report filters accept (SOQL date literals, fiscal variants included). */
const RELATIVE_DATE =
    /^(TODAY|YESTERDAY|TOMORROW|(LAST|THIS|NEXT)_(WEEK|MONTH|QUARTER|YEAR|FISCAL_QUARTER|FISCAL_YEAR)|LAST_90_DAYS|NEXT_90_DAYS|(LAST|NEXT)_N_(DAYS|WEEKS|MONTHS|QUARTERS|YEARS|FISCAL_QUARTERS|FISCAL_YEARS):\d+|N_(DAYS|WEEKS|MONTHS|QUARTERS|YEARS|FISCAL_QUARTERS|FISCAL_YEARS)_AGO:\d+)$/;

function reportColumnTokens(root: XmlElement | undefined): XmlElement[] {
    const chart = elementNamed(root, 'chart');
    return [
        ...elementsNamed(root, 'columns').map((c) => elementNamed(c, 'field')),
        ...descendantsNamed(elementNamed(root, 'filter'), 'column'),
        ...elementsNamed(root, 'groupingsDown').map((g) => elementNamed(g, 'field')),
        ...elementsNamed(root, 'groupingsAcross').map((g) => elementNamed(g, 'field')),
        elementNamed(root, 'sortColumn'),
        elementNamed(elementNamed(root, 'timeFrameFilter'), 'dateColumn'),
        elementNamed(chart, 'groupingColumn'),
        elementNamed(chart, 'secondaryGroupingColumn'),
        ...elementsNamed(chart, 'chartSummaries')
            .map((s) => elementNamed(s, 'column'))
            .filter((c) => c?.text !== 'RowCount')
    ].filter((e): e is XmlElement => !!e && e.text !== '');
}

function describeType(reportType: ReportTypeModel): string {
    return reportType.standard ? `standard report type ${reportType.name}` : `report type ${reportType.name}`;
}

function checkToken(
    ctx: VerifyContext,
    f: MetadataFile,
    owner: string,
    reportType: ReportTypeModel,
    el: XmlElement
): FieldModel | undefined {
    const { report, model } = ctx;
    const token = el.text;
    report.reference();
    const column = columnOf(model, reportType, token);
    if (!column) {
        const near = closest(token, columnTokens(reportType));
        report.error(
            f.path,
            el,
            `${owner} names column ${token}, which ${describeType(reportType)} does not offer${near ? `; did you mean ${near}?` : ''}`,
            reportType.standard
                ? 'Use a column code from core/reports/standard-report-types.json (add one only after confirming it in an org), or Object.Field__c for a custom field'
                : 'Use a column listed in the report type sections (Table$Field), or add it there'
        );
        return undefined;
    }
    if (!column.field) {
        report.error(
            f.path,
            el,
            `${owner} names column ${token}: ${column.problem ?? 'it does not resolve'}${column.suggestion ? `; did you mean ${column.suggestion}?` : ''}`,
            'Fix the column name'
        );
    }
    return column.field;
}

function formulaReturns(field: FieldModel, literal: string): boolean {
    const text = field.formula ?? '';
    const escaped = literal.replace(/[\\"]/g, (c) => `\\${c}`);
    return text.includes(`"${escaped}"`) || text.includes(`'${literal}'`);
}

function checkFilterValue(ctx: VerifyContext, f: MetadataFile, owner: string, item: XmlElement, field: FieldModel): void {
    const { report } = ctx;
    const operator = elementText(item, 'operator') ?? '';
    const raw = elementText(item, 'value');
    const at = elementNamed(item, 'value') ?? item;
    if (raw === undefined || elementText(item, 'columnToColumn') === 'true') return;
    const values = ['equals', 'notEqual', 'includes', 'excludes'].includes(operator) ? raw.split(',').map((v) => v.trim()) : [raw];
    const type = field.valueType;
    const name = `${field.object}.${field.apiName}`;
    for (const v of values) {
        if (v === '') continue;
        if (type === 'Checkbox') {
            if (!['0', '1', 'true', 'false'].includes(v.toLowerCase()))
                report.error(f.path, at, `${owner} filters checkbox ${name} on "${v}"`, 'Use 1 (checked) or 0 (unchecked)');
        } else if (DATES.has(type)) {
            if (!/^\d{4}-\d{2}-\d{2}$/.test(v) && !RELATIVE_DATE.test(v)) {
                report.error(
                    f.path,
                    at,
                    `${owner} filters date ${name} on "${v}", which is neither a date (YYYY-MM-DD) nor a relative date value`,
                    'Use a value like THIS_QUARTER, LAST_N_DAYS:730 or 2026-01-31'
                );
            }
        } else if (NUMERIC.has(type)) {
            if (!/^-?\d+(\.\d+)?$/.test(v)) report.error(f.path, at, `${owner} filters number ${name} on "${v}"`, 'Use a number');
        } else if (field.picklistValues?.length && ['equals', 'notEqual', 'includes', 'excludes'].includes(operator)) {
            if (!field.picklistValues.some((p) => p.toLowerCase() === v.toLowerCase())) {
                const near = closest(v, field.picklistValues);
                report.error(
                    f.path,
                    at,
                    `${owner} filters ${name} on "${v}", which is not one of its picklist values${near ? `; did you mean ${near}?` : ''}`,
                    `Use one of: ${field.picklistValues.join(', ')}`
                );
            }
        } else if (field.formula && type === 'Text' && ['equals', 'notEqual'].includes(operator) && !formulaReturns(field, v)) {
            report.warning(
                f.path,
                at,
                `${owner} filters ${name} on "${v}", a value its formula never returns`,
                'Use a value spelled exactly as in the formula'
            );
        }
    }
}

function checkCrossFilters(ctx: VerifyContext, f: MetadataFile, owner: string, reportType: ReportTypeModel): void {
    const { report, model } = ctx;
    for (const cf of elementsNamed(f.root, 'crossFilters')) {
        const relatedName = elementText(cf, 'relatedTable') ?? '';
        report.reference();
        const related = getObject(model, relatedName);
        if (!related) {
            const near = closest(relatedName, objectNames(model));
            report.error(
                f.path,
                elementNamed(cf, 'relatedTable') ?? cf,
                `${owner} cross filter names object ${relatedName}, which does not exist${near ? `; did you mean ${near}?` : ''}`,
                'Name the related object'
            );
            continue;
        }
        const joinColumn = elementText(cf, 'relatedTableJoinColumn') ?? '';
        report.reference();
        const joinField =
            related.fields.get(joinColumn.toLowerCase()) ??
            related.fields.get(`${joinColumn}Id`.toLowerCase()) ??
            related.fields.get(joinColumn.replace(/__r$/i, '__c').toLowerCase());
        const primary = elementText(cf, 'primaryTableColumn') ?? '';
        report.reference();
        const primaryTable = reportType.idColumns.get(primary.toLowerCase())?.table;
        if (primaryTable === undefined) {
            const near = closest(
                primary,
                [...reportType.idColumns.values()].map((c) => c.token)
            );
            report.error(
                f.path,
                elementNamed(cf, 'primaryTableColumn') ?? cf,
                `${owner} cross filter joins on ${primary}, which is not a record id column of ${describeType(reportType)}${near ? `; did you mean ${near}?` : ''}`,
                reportType.standard
                    ? 'Use the id column listed in standard-report-types.json (e.g. OPPORTUNITY_ID)'
                    : 'Use Table$Id of a table of the report type'
            );
        }
        if (!joinField) {
            const near = closest(joinColumn, fieldNamesOf(related));
            report.error(
                f.path,
                elementNamed(cf, 'relatedTableJoinColumn') ?? cf,
                `${owner} cross filter joins on ${relatedName}.${joinColumn}, which does not exist${near ? `; did you mean ${near}?` : ''}`,
                'Name the lookup or master-detail field of the related object'
            );
        } else {
            const target = joinField.referenceTo?.[0]?.toLowerCase();
            const expected = primaryTable === undefined ? undefined : reportType.tables[primaryTable]?.object.apiName;
            const candidates = expected ? [expected] : reportType.tables.map((t) => t.object.apiName);
            if (!target || !candidates.some((o) => o.toLowerCase() === target)) {
                report.error(
                    f.path,
                    elementNamed(cf, 'relatedTableJoinColumn') ?? cf,
                    `${owner} cross filter joins ${relatedName}.${joinField.apiName} (to ${joinField.referenceTo?.[0] ?? 'nothing'}) to records of ${candidates.join(', ')}`,
                    'Join on the lookup or master-detail field that points at the report record'
                );
            }
        }
        for (const item of elementsNamed(cf, 'criteriaItems')) {
            const column = elementText(item, 'column') ?? '';
            report.reference();
            const field = related.fields.get(column.toLowerCase());
            if (!field) {
                const near = closest(column, fieldNamesOf(related));
                report.error(
                    f.path,
                    elementNamed(item, 'column') ?? item,
                    `${owner} cross filter tests ${relatedName}.${column}, which does not exist${near ? `; did you mean ${near}?` : ''}`,
                    'Name a field of the related object (by API name)'
                );
            } else checkFilterValue(ctx, f, owner, item, field);
        }
    }
}

export function checkReports(ctx: VerifyContext): void {
    const { report } = ctx;
    for (const f of ofType(ctx, 'Report')) {
        const root = f.root;
        const owner = `report ${f.kind?.name ?? ''}`;
        const folder = dirname(f.path);
        if (!existsSync(join(dirname(folder), `${basename(folder)}.reportFolder-meta.xml`)) && basename(dirname(folder)) === 'reports') {
            report.error(
                f.path,
                root,
                `${owner} is in folder ${basename(folder)}, which has no ${basename(folder)}.reportFolder-meta.xml`,
                'Add the report folder definition next to the folder'
            );
        }
        const description = elementText(root, 'description');
        if (!description) {
            if (ctx.policy) report.warning(f.path, root, `${owner} has no <description>`, 'Say which question the report answers');
        } else if (description.length > MAX_DESCRIPTION)
            report.error(
                f.path,
                elementNamed(root, 'description'),
                `${owner} has a description of ${description.length} characters; the org accepts at most ${MAX_DESCRIPTION}`,
                'Shorten it to the question the report answers'
            );
        const reportTypeName = elementText(root, 'reportType') ?? '';
        report.reference();
        const reportType = reportTypeModel(ctx, reportTypeName);
        if (!reportType) {
            if (/CustomEntity\$/.test(reportTypeName)) {
                const near = closest(
                    reportTypeName.replace(/^.*\$/, ''),
                    objectNames(ctx.model).filter((o) => /__c$/i.test(o))
                );
                report.error(
                    f.path,
                    elementNamed(root, 'reportType') ?? root,
                    `${owner} uses the automatic report type ${reportTypeName}, but its objects do not exist or are not related as it says${near ? `; did you mean ${near}?` : ''}`,
                    'Name existing custom objects (CustomEntity$Object__c, CustomEntityCustomEntity$Parent__c$Child__c with Child__c pointing at Parent__c)'
                );
                continue;
            }
            const custom = /__c$/i.test(reportTypeName);
            const candidates = custom ? ofType(ctx, 'ReportType').map((r) => `${r.kind?.name ?? ''}__c`) : standardReportTypeNames();
            const near = closest(reportTypeName, candidates);
            report.error(
                f.path,
                elementNamed(root, 'reportType') ?? root,
                custom
                    ? `${owner} uses report type ${reportTypeName}, which is not in reportTypes/${near ? `; did you mean ${near}?` : ''}`
                    : `${owner} uses standard report type ${reportTypeName}, which core/reports/standard-report-types.json does not list${near ? `; did you mean ${near}?` : ''}`,
                custom
                    ? 'Create the report type or fix the name'
                    : 'Fix the name, or add the report type and its columns to the list once confirmed in an org'
            );
            continue;
        }
        // Columns the report defines itself (Report, Metadata API Developer Guide, meta_report.htm):
        // row-level formulas (customDetailFormulas), summary formulas (aggregates) and buckets.
        const ownColumns = new Set(
            [...elementsNamed(root, 'customDetailFormulas'), ...elementsNamed(root, 'aggregates'), ...elementsNamed(root, 'buckets')]
                .map((d) => (elementText(d, 'developerName') ?? '').toLowerCase())
                .filter(Boolean)
        );
        const fields = new Map<XmlElement, FieldModel | undefined>();
        for (const el of reportColumnTokens(root)) {
            if (ownColumns.has(el.text.toLowerCase())) continue;
            fields.set(el, checkToken(ctx, f, owner, reportType, el));
        }

        const columns = elementsNamed(root, 'columns');
        const columnTokens = new Set(columns.map((c) => (elementText(c, 'field') ?? '').toLowerCase()));
        for (const g of [...elementsNamed(root, 'groupingsDown'), ...elementsNamed(root, 'groupingsAcross')]) {
            const token = elementText(g, 'field') ?? '';
            if (columnTokens.has(token.toLowerCase())) {
                report.error(
                    f.path,
                    elementNamed(g, 'field') ?? g,
                    `${owner} groups by ${token} and also lists it as a column; the org refuses a grouping in the columns`,
                    'Remove the column: the grouping shows it'
                );
            }
        }
        for (const c of columns) {
            const fieldEl = elementNamed(c, 'field');
            const field = fieldEl ? fields.get(fieldEl) : undefined;
            if (!field) continue;
            for (const agg of elementsNamed(c, 'aggregateTypes')) {
                const numeric = NUMERIC.has(field.valueType);
                const dated = DATES.has(field.valueType);
                const ok = agg.text === 'Unique' || agg.text === 'None' || numeric || (dated && ['Maximum', 'Minimum'].includes(agg.text));
                if (!ok)
                    report.error(
                        f.path,
                        agg,
                        `${owner} summarizes ${fieldEl?.text ?? ''} (${field.valueType}) by ${agg.text}`,
                        'Sum, Average and Median need a number, currency or percent column; Maximum and Minimum also take dates'
                    );
            }
        }
        for (const item of descendantsNamed(elementNamed(root, 'filter'), 'criteriaItems')) {
            const columnEl = elementNamed(item, 'column');
            const field = columnEl ? fields.get(columnEl) : undefined;
            if (field) checkFilterValue(ctx, f, owner, item, field);
        }
        checkCrossFilters(ctx, f, owner, reportType);
    }
}
