/**
 * Formulas in the package read the policy record through $CustomMetadata
 * (`$CustomMetadata.Customer_Outcomes_Setting__mdt.Default.<Field>__c`). Salesforce documents that
 * use for packages ("Custom Metadata Types and Advanced Formula Fields": "If you use packaging,
 * define the logic you want and allow your subscribers to customize the details",
 * https://help.salesforce.com/s/articleView?id=platform.custommetadatatypes_formula_fields.htm&type=5),
 * and a package installs its types, records and formulas in one deployment. What can break it is
 * the record not being in the package: a package directory without it installs formulas that name
 * a record the org does not have. This finds every such reference in the packaged directory.
 * The verifier checks that the record exists somewhere in the project; this checks it ships with
 * the formulas that read it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { deploySteps } from './deploy';

const REFERENCE = /\$CustomMetadata\.(\w+?)__mdt\.(\w+)\.(\w+)/gi;
const FORMULA_FILES = /\.(field|validationRule)-meta\.xml$/;

function filesUnder(dir: string): string[] {
    if (!existsSync(dir)) return [];
    return readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

/** One line per $CustomMetadata reference in the packaged directory whose record is not in it. */
export function recordsMissingFromPackage(root: string): string[] {
    const packaged = deploySteps(root).find((s) => s.packaged);
    if (!packaged) return [];
    const files = filesUnder(join(root, packaged.sourceDir));
    const records = new Set(
        files
            .map((f) => /([^/\\]+)\.md-meta\.xml$/.exec(f)?.[1])
            .filter((name): name is string => !!name)
            .map((name) => name.toLowerCase())
    );
    const problems: string[] = [];
    for (const file of files.filter((f) => FORMULA_FILES.test(f))) {
        const seen = new Set<string>();
        for (const [, type, record] of readFileSync(file, 'utf8').matchAll(REFERENCE)) {
            const name = `${type}.${record}`;
            if (records.has(name.toLowerCase()) || seen.has(name)) continue;
            seen.add(name);
            problems.push(
                `${relative(root, file)} reads $CustomMetadata.${type}__mdt.${record}, but the record ${name} is not in ${packaged.sourceDir}: the package would install the formula without it. Keep customMetadata/${name}.md-meta.xml in ${packaged.sourceDir}.`
            );
        }
    }
    return problems;
}
