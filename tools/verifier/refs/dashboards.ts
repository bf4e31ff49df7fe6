import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { type XmlElement, descendantsNamed, elementNamed, elementText, elementsNamed } from '../../../core/xml';
import type { MetadataFile, VerifyContext } from '../context';
import { ofType } from '../context';
import { closest } from '../../../core/suggest';
import { componentNames } from './names';

/**
 * Rule 4 (dashboards): the folder exists; every component's report ("Folder/Report") exists;
 * grouping columns are groupings of that report; a component summarizes RowCount or a column the
 * report summarizes the same way; charts carry the sortBy and chartAxisRange the org demands;
 * grid components stay inside the grid and do not overlap; the running user is the viewer
 * (DESIGN.md §6).
 */

/** Component types the org treats as charts (they need sortBy and chartAxisRange to deploy). */
const CHART = /Bar|Column|Line|Pie|Donut|Funnel|Scatter/;

interface Cell {
    at: XmlElement;
    row: number;
    col: number;
    rowSpan: number;
    colSpan: number;
}

function checkGrid(ctx: VerifyContext, f: MetadataFile, owner: string): void {
    const grid = elementNamed(f.root, 'dashboardGridLayout');
    if (!grid) return;
    const columns = Number(elementText(grid, 'numberOfColumns') ?? '12');
    const cells: Cell[] = elementsNamed(grid, 'dashboardGridComponents').map((g) => ({
        at: g,
        row: Number(elementText(g, 'rowIndex') ?? '0'),
        col: Number(elementText(g, 'columnIndex') ?? '0'),
        rowSpan: Number(elementText(g, 'rowSpan') ?? '1'),
        colSpan: Number(elementText(g, 'colSpan') ?? '1')
    }));
    cells.forEach((c, i) => {
        const name = elementText(elementNamed(c.at, 'dashboardComponent'), 'header') ?? `component ${i + 1}`;
        if (c.col < 0 || c.colSpan < 1 || c.col + c.colSpan > columns)
            ctx.report.error(
                f.path,
                c.at,
                `${owner}: ${name} spans columns ${c.col}-${c.col + c.colSpan - 1}, outside the ${columns}-column grid`,
                'Fix columnIndex and colSpan'
            );
        for (const other of cells.slice(0, i)) {
            const overlap =
                c.row < other.row + other.rowSpan &&
                other.row < c.row + c.rowSpan &&
                c.col < other.col + other.colSpan &&
                other.col < c.col + c.colSpan;
            if (overlap) {
                const otherName = elementText(elementNamed(other.at, 'dashboardComponent'), 'header') ?? 'another component';
                ctx.report.error(f.path, c.at, `${owner}: ${name} overlaps ${otherName}`, 'Move it to free rows or columns');
            }
        }
    });
}

export function checkDashboards(ctx: VerifyContext): void {
    const { report } = ctx;
    const reports = componentNames(ctx, 'Report');
    for (const f of ofType(ctx, 'Dashboard')) {
        const root = f.root;
        const owner = `dashboard ${f.kind?.name ?? ''}`;
        const folder = dirname(f.path);
        if (
            basename(dirname(folder)) === 'dashboards' &&
            !existsSync(join(dirname(folder), `${basename(folder)}.dashboardFolder-meta.xml`))
        ) {
            report.error(
                f.path,
                root,
                `${owner} is in folder ${basename(folder)}, which has no ${basename(folder)}.dashboardFolder-meta.xml`,
                'Add the dashboard folder definition'
            );
        }
        const type = elementText(root, 'dashboardType');
        // Policy: the package's dashboards run as the viewer; a project's own may run as a named user.
        if (ctx.policy && type !== 'LoggedInUser') {
            report.warning(
                f.path,
                elementNamed(root, 'dashboardType') ?? root,
                `${owner} runs as ${type ?? 'a specified user'}, not as the viewer`,
                'Set <dashboardType>LoggedInUser</dashboardType> (a packaged dashboard cannot name a user of the subscriber org)'
            );
        }
        checkGrid(ctx, f, owner);
        for (const component of [...descendantsNamed(root, 'components'), ...descendantsNamed(root, 'dashboardComponent')]) {
            const name = elementText(component, 'report');
            const kind = elementText(component, 'componentType') ?? '';
            const label = elementText(component, 'header') ?? elementText(component, 'title') ?? kind;
            if (CHART.test(kind)) {
                for (const required of ['sortBy', 'chartAxisRange'])
                    if (!elementText(component, required))
                        report.error(
                            f.path,
                            elementNamed(component, 'componentType') ?? component,
                            `${owner}: chart ${label} has no <${required}>; the org refuses chart components without it`,
                            required === 'sortBy'
                                ? 'Add <sortBy>RowValueDescending</sortBy> (or RowLabelAscending, ...)'
                                : 'Add <chartAxisRange>Auto</chartAxisRange>'
                        );
            }
            if (!name) continue;
            report.reference();
            const reportFile = ofType(ctx, 'Report').find((r) => r.kind?.name.toLowerCase() === name.toLowerCase());
            if (!reportFile) {
                const near = closest(name, reports.values());
                report.error(
                    f.path,
                    elementNamed(component, 'report') ?? component,
                    `${owner} shows report ${name}, which does not exist${near ? `; did you mean ${near}?` : ''}`,
                    'Name the report as Folder/Report_Name, matching reports/<Folder>/<Report_Name>.report-meta.xml'
                );
                continue;
            }
            const groupings = new Set(
                [...descendantsNamed(reportFile.root, 'groupingsDown'), ...descendantsNamed(reportFile.root, 'groupingsAcross')].map((g) =>
                    (elementText(g, 'field') ?? '').toLowerCase()
                )
            );
            const groupingColumns = descendantsNamed(component, 'groupingColumn');
            if (kind === 'Metric' && groupingColumns.length)
                report.error(
                    f.path,
                    groupingColumns[0],
                    `${owner}: metric ${label} has a grouping column`,
                    'A metric shows one figure: remove <groupingColumn>'
                );
            for (const g of groupingColumns) {
                report.reference();
                if (!groupings.has(g.text.toLowerCase())) {
                    report.error(
                        f.path,
                        g,
                        `${owner} groups by ${g.text}, which is not a grouping of report ${name}`,
                        `Use one of: ${[...groupings].join(', ') || '(the report has no groupings)'}`
                    );
                }
            }
            const summaries = new Map(
                elementsNamed(reportFile.root, 'columns').map((c) => [
                    (elementText(c, 'field') ?? '').toLowerCase(),
                    elementsNamed(c, 'aggregateTypes').map((a) => a.text)
                ])
            );
            for (const summary of elementsNamed(component, 'chartSummary')) {
                const column = elementText(summary, 'column') ?? '';
                if (column === 'RowCount' || column === '') continue;
                report.reference();
                const aggregate = elementText(summary, 'aggregate') ?? 'Sum';
                const offered = summaries.get(column.toLowerCase());
                if (!offered?.includes(aggregate)) {
                    report.error(
                        f.path,
                        elementNamed(summary, 'column') ?? summary,
                        `${owner}: ${label} shows the ${aggregate} of ${column}, which report ${name} does not summarize that way`,
                        `Add <aggregateTypes>${aggregate}</aggregateTypes> to that column in the report, or summarize RowCount`
                    );
                }
            }
        }
    }
}
