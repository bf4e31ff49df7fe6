import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { ProjectModel } from '../../../core/metadata/project';
import { elementTree, parseXmlFile, type XmlElement, descendantsNamed, elementNamed, elementText, elementsNamed } from '../../../core/xml';
import { customReportTypeModel, standardReportTypeModel, type ReportTypeModel } from '../../../core/reports/report-model';

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
        const folderLabel = folderFile ? (elementText(root(folderFile), 'name') ?? folder) : folder;
        for (const file of readdirSync(path).sort()) if (file.endsWith(suffix)) out.push({ folder, folderLabel, file: join(path, file) });
    }
    return out;
}

const criteria = (el: XmlElement | undefined): FilterItem[] =>
    elementsNamed(el, 'criteriaItems').map((c) => ({
        column: elementText(c, 'column') ?? '',
        operator: elementText(c, 'operator') ?? 'equals',
        value: elementText(c, 'value') ?? ''
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
        const reportTypeName = elementText(r, 'reportType') ?? '';
        const timeFrame = elementNamed(r, 'timeFrameFilter');
        return {
            name: `${folder}/${developerName}`,
            developerName,
            folder,
            folderLabel,
            label: elementText(r, 'name') ?? developerName,
            description: elementText(r, 'description') ?? '',
            format: elementText(r, 'format') ?? 'Tabular',
            reportTypeName,
            reportType: reportTypeOf(model, sourceDir, reportTypeName),
            columns: elementsNamed(r, 'columns').map((c) => ({
                token: elementText(c, 'field') ?? '',
                aggregates: elementsNamed(c, 'aggregateTypes').map((a) => a.text)
            })),
            filters: criteria(elementNamed(r, 'filter')),
            booleanFilter: elementText(elementNamed(r, 'filter'), 'booleanFilter'),
            crossFilters: elementsNamed(r, 'crossFilters').map((cf) => ({
                operation: elementText(cf, 'operation') === 'without' ? 'without' : 'with',
                primaryTableColumn: elementText(cf, 'primaryTableColumn') ?? '',
                relatedTable: elementText(cf, 'relatedTable') ?? '',
                relatedTableJoinColumn: elementText(cf, 'relatedTableJoinColumn') ?? '',
                criteria: criteria(cf)
            })),
            groupings: elementsNamed(r, 'groupingsDown').map((g) => ({
                token: elementText(g, 'field') ?? '',
                sortOrder: elementText(g, 'sortOrder') === 'Desc' ? 'Desc' : 'Asc'
            })),
            sortColumn: elementText(r, 'sortColumn'),
            sortOrder: elementText(r, 'sortOrder') === 'Desc' ? 'Desc' : 'Asc',
            timeFrame: timeFrame
                ? {
                      dateColumn: elementText(timeFrame, 'dateColumn') ?? '',
                      interval: elementText(timeFrame, 'interval') ?? 'INTERVAL_CUSTOM',
                      startDate: elementText(timeFrame, 'startDate'),
                      endDate: elementText(timeFrame, 'endDate')
                  }
                : undefined,
            scope: elementText(r, 'scope') ?? 'organization',
            showDetails: elementText(r, 'showDetails') !== 'false',
            unsupported: Object.entries(UNSUPPORTED).flatMap(([element, note]) => (elementNamed(r, element) ? [note] : []))
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
        const grid = elementNamed(d, 'dashboardGridLayout');
        const num = (el: XmlElement | undefined, name: string, fallback: number): number => Number(elementText(el, name) ?? fallback);
        const components = elementsNamed(grid, 'dashboardGridComponents').map((g) => {
            const c = elementNamed(g, 'dashboardComponent');
            const summary = elementNamed(c, 'chartSummary');
            const max = elementText(c, 'maxValuesDisplayed');
            return {
                kind: elementText(c, 'componentType') ?? 'Table',
                header: elementText(c, 'header') ?? '',
                footer: elementText(c, 'footer') ?? '',
                title: elementText(c, 'title') ?? elementText(c, 'metricLabel') ?? '',
                report: elementText(c, 'report') ?? '',
                groupingColumns: descendantsNamed(c, 'groupingColumn').map((e) => e.text),
                summary: { aggregate: elementText(summary, 'aggregate'), column: elementText(summary, 'column') ?? 'RowCount' },
                sortBy: elementText(c, 'sortBy'),
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
            title: elementText(d, 'title') ?? developerName,
            description: elementText(d, 'description') ?? '',
            dashboardType: elementText(d, 'dashboardType') ?? 'SpecifiedUser',
            columns: num(grid, 'numberOfColumns', 12),
            components
        };
    });
}
