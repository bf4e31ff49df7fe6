import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { ProjectModel } from '../../../tools/metadata/project';
import { elementTree, parseXmlFile, type XmlElement } from '../../../tools/metadata/xml';
import { customReportTypeModel, standardReportTypeModel, type ReportTypeModel } from '../../../tools/verifier/report-model';
import { child, childrenNamed, descendants, value } from '../../../tools/verifier/xml-helpers';

/**
 * The package's reports, report types and dashboards, read from their XML in force-app: what the
 * report engine runs. Nothing here is hand-written per report; a new report file is a new report.
 */

export interface FilterItem {
    column: string;
    operator: string;
    value: string;
}

export interface CrossFilter {
    operation: 'with' | 'without';
    primaryTableColumn: string;
    relatedTable: string;
    relatedTableJoinColumn: string;
    criteria: FilterItem[];
}

export interface ReportDefinition {
    name: string;
    developerName: string;
    folder: string;
    folderLabel: string;
    label: string;
    description: string;
    format: string;
    reportTypeName: string;
    /** Undefined when the report type is neither in reportTypes/ nor in the standard list. */
    reportType?: ReportTypeModel;
    columns: { token: string; aggregates: string[] }[];
    filters: FilterItem[];
    booleanFilter?: string;
    crossFilters: CrossFilter[];
    groupings: { token: string; sortOrder: 'Asc' | 'Desc' }[];
    sortColumn?: string;
    sortOrder: 'Asc' | 'Desc';
    timeFrame?: { dateColumn: string; interval: string; startDate?: string; endDate?: string };
    scope: string;
    showDetails: boolean;
    /** Report features present in the XML that the preview does not compute (reported as notes). */
    unsupported: string[];
}

/** Report elements the preview's engine does not compute, with what the org does with them. */
const UNSUPPORTED: Record<string, string> = {
    groupingsAcross: 'column groupings (matrix) are not shown',
    buckets: 'bucket fields are not computed',
    aggregates: 'custom summary formulas are not computed',
    customDetailFormulas: 'row-level formulas are not computed',
    rowLimit: 'the row limit is not applied',
    historicalSelector: 'historical trending is not modelled'
};

export interface DashboardComponentDefinition {
    kind: string;
    header: string;
    footer: string;
    title: string;
    report: string;
    groupingColumns: string[];
    summary: { aggregate?: string; column: string };
    sortBy?: string;
    maxValues?: number;
    row: number;
    column: number;
    rowSpan: number;
    colSpan: number;
}

export interface DashboardDefinition {
    name: string;
    developerName: string;
    folder: string;
    folderLabel: string;
    title: string;
    description: string;
    dashboardType: string;
    columns: number;
    components: DashboardComponentDefinition[];
}

function root(file: string): XmlElement {
    return elementTree(parseXmlFile(file));
}

function folderFiles(dir: string, suffix: string): { folder: string; folderLabel: string; file: string }[] {
    if (!existsSync(dir)) return [];
    const out: { folder: string; folderLabel: string; file: string }[] = [];
    for (const folder of readdirSync(dir).sort()) {
        const path = join(dir, folder);
        if (!statSync(path).isDirectory()) continue;
        const folderFile = [`${folder}.reportFolder-meta.xml`, `${folder}.dashboardFolder-meta.xml`]
            .map((f) => join(dir, f))
            .find(existsSync);
        const folderLabel = folderFile ? (value(root(folderFile), 'name') ?? folder) : folder;
        for (const file of readdirSync(path).sort()) if (file.endsWith(suffix)) out.push({ folder, folderLabel, file: join(path, file) });
    }
    return out;
}

const criteria = (el: XmlElement | undefined): FilterItem[] =>
    childrenNamed(el, 'criteriaItems').map((c) => ({
        column: value(c, 'column') ?? '',
        operator: value(c, 'operator') ?? 'equals',
        value: value(c, 'value') ?? ''
    }));

function reportTypeOf(model: ProjectModel, sourceDir: string, name: string): ReportTypeModel | undefined {
    if (!/__c$/i.test(name)) return standardReportTypeModel(model, name);
    const file = join(sourceDir, 'reportTypes', `${name.replace(/__c$/i, '')}.reportType-meta.xml`);
    return existsSync(file) ? customReportTypeModel(model, basename(file).replace('.reportType-meta.xml', ''), root(file)) : undefined;
}

export function loadReports(model: ProjectModel): ReportDefinition[] {
    const sourceDir = model.sourceDir;
    return folderFiles(join(sourceDir, 'reports'), '.report-meta.xml').map(({ folder, folderLabel, file }) => {
        const r = root(file);
        const developerName = basename(file).replace('.report-meta.xml', '');
        const reportTypeName = value(r, 'reportType') ?? '';
        const timeFrame = child(r, 'timeFrameFilter');
        return {
            name: `${folder}/${developerName}`,
            developerName,
            folder,
            folderLabel,
            label: value(r, 'name') ?? developerName,
            description: value(r, 'description') ?? '',
            format: value(r, 'format') ?? 'Tabular',
            reportTypeName,
            reportType: reportTypeOf(model, sourceDir, reportTypeName),
            columns: childrenNamed(r, 'columns').map((c) => ({
                token: value(c, 'field') ?? '',
                aggregates: childrenNamed(c, 'aggregateTypes').map((a) => a.text)
            })),
            filters: criteria(child(r, 'filter')),
            booleanFilter: value(child(r, 'filter'), 'booleanFilter'),
            crossFilters: childrenNamed(r, 'crossFilters').map((cf) => ({
                operation: value(cf, 'operation') === 'without' ? 'without' : 'with',
                primaryTableColumn: value(cf, 'primaryTableColumn') ?? '',
                relatedTable: value(cf, 'relatedTable') ?? '',
                relatedTableJoinColumn: value(cf, 'relatedTableJoinColumn') ?? '',
                criteria: criteria(cf)
            })),
            groupings: childrenNamed(r, 'groupingsDown').map((g) => ({
                token: value(g, 'field') ?? '',
                sortOrder: value(g, 'sortOrder') === 'Desc' ? 'Desc' : 'Asc'
            })),
            sortColumn: value(r, 'sortColumn'),
            sortOrder: value(r, 'sortOrder') === 'Desc' ? 'Desc' : 'Asc',
            timeFrame: timeFrame
                ? {
                      dateColumn: value(timeFrame, 'dateColumn') ?? '',
                      interval: value(timeFrame, 'interval') ?? 'INTERVAL_CUSTOM',
                      startDate: value(timeFrame, 'startDate'),
                      endDate: value(timeFrame, 'endDate')
                  }
                : undefined,
            scope: value(r, 'scope') ?? 'organization',
            showDetails: value(r, 'showDetails') !== 'false',
            unsupported: Object.entries(UNSUPPORTED).flatMap(([element, note]) => (child(r, element) ? [note] : []))
        };
    });
}

/**
 * Dashboards beside the reports, and in the project's other package directories: the package's
 * own dashboard sits in force-app-dashboard, deployed after the package (docs/org-risks.md).
 */
function dashboardDirs(model: ProjectModel): string[] {
    const dirs = [join(model.sourceDir, 'dashboards')];
    const projectRoot = resolve(model.sourceDir, '..', '..', '..');
    const projectFile = join(projectRoot, 'sfdx-project.json');
    if (existsSync(projectFile)) {
        const project = JSON.parse(readFileSync(projectFile, 'utf8')) as { packageDirectories?: { path: string }[] };
        for (const { path } of project.packageDirectories ?? []) {
            const dir = join(projectRoot, path, 'main', 'default', 'dashboards');
            if (!dirs.includes(dir)) dirs.push(dir);
        }
    }
    return dirs;
}

export function loadDashboards(model: ProjectModel): DashboardDefinition[] {
    const files = dashboardDirs(model).flatMap((dir) => folderFiles(dir, '.dashboard-meta.xml'));
    return files.map(({ folder, folderLabel, file }) => {
        const d = root(file);
        const developerName = basename(file).replace('.dashboard-meta.xml', '');
        const grid = child(d, 'dashboardGridLayout');
        const num = (el: XmlElement | undefined, name: string, fallback: number): number => Number(value(el, name) ?? fallback);
        const components = childrenNamed(grid, 'dashboardGridComponents').map((g) => {
            const c = child(g, 'dashboardComponent');
            const summary = child(c, 'chartSummary');
            const max = value(c, 'maxValuesDisplayed');
            return {
                kind: value(c, 'componentType') ?? 'Table',
                header: value(c, 'header') ?? '',
                footer: value(c, 'footer') ?? '',
                title: value(c, 'title') ?? value(c, 'metricLabel') ?? '',
                report: value(c, 'report') ?? '',
                groupingColumns: descendants(c, 'groupingColumn').map((e) => e.text),
                summary: { aggregate: value(summary, 'aggregate'), column: value(summary, 'column') ?? 'RowCount' },
                sortBy: value(c, 'sortBy'),
                maxValues: max ? Number(max) : undefined,
                row: num(g, 'rowIndex', 0),
                column: num(g, 'columnIndex', 0),
                rowSpan: num(g, 'rowSpan', 4),
                colSpan: num(g, 'colSpan', 4)
            };
        });
        return {
            name: `${folder}/${developerName}`,
            developerName,
            folder,
            folderLabel,
            title: value(d, 'title') ?? developerName,
            description: value(d, 'description') ?? '',
            dashboardType: value(d, 'dashboardType') ?? 'SpecifiedUser',
            columns: num(grid, 'numberOfColumns', 12),
            components
        };
    });
}
