import { existsSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { getObject } from '../../metadata/project';
import type { XmlElement } from '../../metadata/xml';
import type { MetadataFile, VerifyContext } from '../context';
import { ofType } from '../context';
import { closest } from '../suggest';
import { child, childrenNamed, descendants, value } from '../xml-helpers';
import { reportTypeShape, type ReportTypeShape } from './report-types';
import { fieldNamesOf, objectNames, resolvePath } from './resolve';

/**
 * Rule 4 (reports): the folder and the report type exist; every column, filter, grouping, sort
 * column, time-frame column and chart grouping names a column of the report type; cross filters
 * name an existing related object and a join field on it that points at the report's object.
 * Custom report types are checked strictly (their sections' columns). Standard report types
 * accept the upper-case standard column tokens unchecked and resolve Object.Field__c tokens.
 */

export function reportColumnTokens(root: XmlElement | undefined): XmlElement[] {
    return [
        ...childrenNamed(root, 'columns').map((c) => child(c, 'field')),
        ...descendants(child(root, 'filter'), 'column'),
        ...childrenNamed(root, 'groupingsDown').map((g) => child(g, 'field')),
        ...childrenNamed(root, 'groupingsAcross').map((g) => child(g, 'field')),
        child(root, 'sortColumn'),
        child(child(root, 'timeFrameFilter'), 'dateColumn')
    ].filter((e): e is XmlElement => !!e && e.text !== '');
}

function checkToken(
    ctx: VerifyContext,
    f: MetadataFile,
    owner: string,
    shape: ReportTypeShape | undefined,
    reportType: string,
    el: XmlElement
): void {
    const { report, model } = ctx;
    const token = el.text;
    report.reference();
    if (shape) {
        if (shape.columns.has(token.toLowerCase())) return;
        const near = closest(
            token,
            [...shape.columns.values()].map((c) => c.token)
        );
        report.error(
            f.path,
            el,
            `${owner} names column ${token}, which report type ${reportType} does not offer${near ? `; did you mean ${near}?` : ''}`,
            shape.declared
                ? 'Use a column listed in the report type sections, or add it there'
                : 'Use Table$Field with a table of the report type'
        );
        return;
    }
    if (/^[A-Z0-9_]+$/.test(token) || /^[a-z]![A-Z0-9_]+$/.test(token)) return; // standard column token (e.g. OPPORTUNITY_NAME, s!AMOUNT)
    const parts = token.split('.');
    if (parts.length >= 2) {
        const result = resolvePath(model, parts[0] ?? '', parts.slice(1));
        if (!result.field)
            report.error(
                f.path,
                el,
                `${owner} names column ${token}: ${result.problem}${result.suggestion ? `; did you mean ${result.suggestion}?` : ''}`,
                'Fix the column name'
            );
    }
}

export function checkReports(ctx: VerifyContext): void {
    const { report, model } = ctx;
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
        if (!value(root, 'description'))
            report.warning(f.path, root, `${owner} has no <description>`, 'Say which question the report answers');
        const reportType = value(root, 'reportType') ?? '';
        report.reference();
        const custom = reportType.endsWith('__c');
        const shape = custom ? reportTypeShape(ctx, reportType) : undefined;
        if (custom && !shape) {
            const near = closest(
                reportType,
                ofType(ctx, 'ReportType').map((r) => `${r.kind?.name ?? ''}__c`)
            );
            report.error(
                f.path,
                child(root, 'reportType') ?? root,
                `${owner} uses report type ${reportType}, which is not in reportTypes/${near ? `; did you mean ${near}?` : ''}`,
                'Create the report type or fix the name'
            );
            continue;
        }
        for (const el of reportColumnTokens(root)) checkToken(ctx, f, owner, shape, reportType, el);
        for (const cf of childrenNamed(root, 'crossFilters')) {
            const relatedName = value(cf, 'relatedTable') ?? '';
            report.reference();
            const related = getObject(model, relatedName);
            if (!related) {
                const near = closest(relatedName, objectNames(model));
                report.error(
                    f.path,
                    child(cf, 'relatedTable') ?? cf,
                    `${owner} cross filter names object ${relatedName}, which does not exist${near ? `; did you mean ${near}?` : ''}`,
                    'Name the related object'
                );
                continue;
            }
            const joinColumn = value(cf, 'relatedTableJoinColumn') ?? '';
            report.reference();
            const joinField =
                related.fields.get(joinColumn.toLowerCase()) ??
                related.fields.get(`${joinColumn}Id`.toLowerCase()) ??
                related.fields.get(joinColumn.replace(/__r$/i, '__c').toLowerCase());
            if (!joinField) {
                const near = closest(joinColumn, fieldNamesOf(related));
                report.error(
                    f.path,
                    child(cf, 'relatedTableJoinColumn') ?? cf,
                    `${owner} cross filter joins on ${relatedName}.${joinColumn}, which does not exist${near ? `; did you mean ${near}?` : ''}`,
                    'Name the lookup or master-detail field of the related object'
                );
            } else if (shape) {
                const baseObject = [...shape.tables.values()][0];
                const target = joinField.referenceTo?.[0]?.toLowerCase();
                if (baseObject && target && ![...shape.tables.values()].some((o) => o.apiName.toLowerCase() === target)) {
                    report.error(
                        f.path,
                        child(cf, 'relatedTableJoinColumn') ?? cf,
                        `${owner} cross filter joins ${relatedName}.${joinField.apiName} (to ${joinField.referenceTo?.[0]}) but the report's objects are ${[...shape.tables.values()].map((o) => o.apiName).join(', ')}`,
                        'Join on a field that points at the report object'
                    );
                }
            }
            for (const item of childrenNamed(cf, 'criteriaItems')) {
                const column = value(item, 'column') ?? '';
                report.reference();
                if (!related.fields.get(column.toLowerCase()) && !/^[A-Z0-9_]+$/.test(column)) {
                    const near = closest(column, fieldNamesOf(related));
                    report.error(
                        f.path,
                        child(item, 'column') ?? item,
                        `${owner} cross filter tests ${relatedName}.${column}, which does not exist${near ? `; did you mean ${near}?` : ''}`,
                        'Name a field of the related object'
                    );
                }
            }
        }
    }
}
