import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { VerifyContext } from '../context';
import { ofType } from '../context';
import { closest } from '../suggest';
import { child, descendants, value } from '../xml-helpers';
import { componentNames } from './names';

/**
 * Rule 4 (dashboards): the folder exists; every component's report ("Folder/Report") exists;
 * grouping columns are groupings of that report; the running user is the viewer (DESIGN.md §6).
 */
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
        const type = value(root, 'dashboardType');
        if (type !== 'LoggedInUser') {
            report.warning(
                f.path,
                child(root, 'dashboardType') ?? root,
                `${owner} runs as ${type ?? 'a specified user'}, not as the viewer`,
                'Set <dashboardType>LoggedInUser</dashboardType> (a packaged dashboard cannot name a user of the subscriber org)'
            );
        }
        for (const component of [...descendants(root, 'components'), ...descendants(root, 'dashboardComponent')]) {
            const name = value(component, 'report');
            if (!name) continue;
            report.reference();
            const reportFile = ofType(ctx, 'Report').find((r) => r.kind?.name.toLowerCase() === name.toLowerCase());
            if (!reportFile) {
                const near = closest(name, reports.values());
                report.error(
                    f.path,
                    child(component, 'report') ?? component,
                    `${owner} shows report ${name}, which does not exist${near ? `; did you mean ${near}?` : ''}`,
                    'Name the report as Folder/Report_Name, matching reports/<Folder>/<Report_Name>.report-meta.xml'
                );
                continue;
            }
            const groupings = new Set(
                [...descendants(reportFile.root, 'groupingsDown'), ...descendants(reportFile.root, 'groupingsAcross')].map((g) =>
                    (value(g, 'field') ?? '').toLowerCase()
                )
            );
            for (const g of descendants(component, 'groupingColumn')) {
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
        }
    }
}
