import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { loadProject } from '../../core/metadata/project';
import { checkApiNames } from './checks/api-names';
import { checkFields } from './checks/fields';
import { checkObjects } from './checks/objects';
import { checkStructure } from './checks/structure';
import { checkWellFormed } from './checks/wellformed';
import { isComponentSource, walkFiles, type MetadataFile, type VerifyContext } from './context';
import { modelSourceDir, packageDirectories } from '../../core/metadata/sfdx-project';
import { classify } from './metadata-types';
import { POLICY_FILE, readConfig } from './policy';
import { Reporter, sortProblems, type Problem } from '../../core/problems';
import { checkAppsAndTabs } from './refs/apps-tabs';
import { scanComponentSource } from './refs/component-sources';
import { checkCustomMetadataRecords } from './refs/custom-metadata';
import { checkDashboards } from './refs/dashboards';
import { checkFlexiPages } from './refs/flexipages';
import { checkFormulas } from './refs/formulas';
import { checkGraphql } from './refs/graphql';
import { checkLayouts } from './refs/layouts';
import { checkListViews } from './refs/list-views';
import { checkBundles } from './refs/lwc-bundles';
import { checkPermissionSets } from './refs/permission-sets';
import { checkQuickActions } from './refs/quick-actions';
import { checkReportTypes } from './refs/report-types';
import { checkReports } from './refs/reports';
import { checkRollups } from './refs/rollups';
import { checkSampleData, samplePlans } from './refs/sample-data';
import { checkPlatformImports } from './refs/schema-imports';
import { checkGlobalValueSets } from './refs/value-sets';

export interface VerifyResult {
    /** Files checked: metadata XML, component modules and sample data files. */
    files: number;
    /** Cross references resolved (or attempted). */
    references: number;
    problems: Problem[];
}

/** Runs every check over a project directory (the one holding sfdx-project.json). */
export function verifyProject(projectDir: string): VerifyResult {
    const root = resolve(projectDir);
    const report = new Reporter(root);
    const packageDirs = packageDirectories(root);
    const missing = packageDirs.filter((d) => !existsSync(d));
    for (const d of missing)
        report.error(
            join(root, 'sfdx-project.json'),
            undefined,
            `package directory ${relative(root, d)} does not exist`,
            'Create it or fix sfdx-project.json'
        );
    // A package directory nested in another (force-app and force-app/extra) is walked once.
    const walked = new Set<string>();
    const all = packageDirs
        .flatMap((d) => walkFiles(d).map((path) => ({ path, packageDir: d })))
        .filter(({ path }) => !walked.has(path) && walked.add(path) !== undefined);

    const files: MetadataFile[] = [];
    for (const { path, packageDir } of all) {
        if (!path.endsWith('-meta.xml')) continue;
        const file: MetadataFile = { path, kind: classify(relative(packageDir, path)) };
        files.push(file);
        checkWellFormed(file, report);
        if (!file.kind && file.root)
            report.warning(
                path,
                1,
                `unknown metadata file type (${path.split(/[\\/]/).pop() ?? ''}); only well-formedness was checked`,
                'Add its suffix to tools/verifier/metadata-types.ts'
            );
    }
    const sources = all.filter(({ path, packageDir }) => isComponentSource(path, packageDir)).map(({ path }) => path);
    const componentSources = sources.filter((p) => !(p.endsWith('.js') && sources.includes(p.replace(/\.js$/, '.ts'))));

    const config = readConfig(root);
    if (config.problem)
        report.error(
            join(root, POLICY_FILE),
            1,
            `${POLICY_FILE} is ignored: ${config.problem}`,
            'Write {"policy": true} or {"policy": false}'
        );
    // The model comes from every package directory, whatever the folder layout inside them.
    const model = loadProject(packageDirs, { platform: true });
    const ctx: VerifyContext = {
        projectDir: root,
        packageDirs,
        sourceDir: modelSourceDir(packageDirs[0] ?? join(root, 'force-app')),
        model,
        files,
        componentSources,
        report,
        policy: config.policy
    };

    for (const f of files) checkStructure(f, report);
    checkApiNames(ctx);
    checkObjects(ctx);
    checkFields(ctx);
    checkGlobalValueSets(ctx);
    checkFormulas(ctx);
    checkRollups(ctx);
    checkPermissionSets(ctx);
    checkLayouts(ctx);
    checkListViews(ctx);
    checkCustomMetadataRecords(ctx);
    checkBundles(ctx);
    checkFlexiPages(ctx);
    checkQuickActions(ctx);
    checkAppsAndTabs(ctx);
    checkReportTypes(ctx);
    checkReports(ctx);
    checkDashboards(ctx);

    const scanned = componentSources.map((f) => scanComponentSource(f));
    checkGraphql(
        ctx,
        scanned.flatMap((s) => s.literals)
    );
    checkPlatformImports(
        ctx,
        scanned.flatMap((s) => s.imports)
    );
    checkSampleData(ctx);

    const plans = samplePlans(root).length;
    return {
        files: files.length + componentSources.length + plans,
        references: report.references,
        problems: sortProblems(dedupe(report.problems))
    };
}

function dedupe(problems: Problem[]): Problem[] {
    const seen = new Set<string>();
    return problems.filter((p) => {
        const k = `${p.severity}|${p.file}|${p.line ?? ''}|${p.message}`;
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
    });
}
