import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getObject } from '../../../core/metadata/project';
import type { VerifyContext } from '../context';
import { closest } from '../../../core/suggest';
import type { PlatformImport } from './component-sources';
import { labelNames } from './labels';
import { componentNames } from './names';
import { objectNames, resolvePath } from '../../../core/metadata/resolve';

/**
 * Rule 4 (component imports): @salesforce/schema/Object[.Relationship...].Field resolves against the
 * model; @salesforce/label/c.Name is a custom label; @salesforce/apex/Class.method is an
 * @AuraEnabled method of a class in the package.
 */
export function checkPlatformImports(ctx: VerifyContext, imports: PlatformImport[]): void {
    const { report, model } = ctx;
    for (const imp of imports) {
        const [, kind, rest = ''] = /^@salesforce\/([^/]+)\/(.*)$/.exec(imp.specifier) ?? [];
        if (kind === 'schema') {
            report.reference();
            const [objectName = '', ...path] = rest.split('.');
            if (!getObject(model, objectName)) {
                const near = closest(objectName, objectNames(model));
                report.error(
                    imp.file,
                    imp.line,
                    `import ${imp.specifier} names object ${objectName}, which does not exist${near ? `; did you mean ${near}?` : ''}`,
                    'Fix the object name'
                );
                continue;
            }
            if (path.length === 0) continue;
            const result = resolvePath(model, objectName, path);
            if (!result.field)
                report.error(
                    imp.file,
                    imp.line,
                    `import ${imp.specifier}: ${result.problem}${result.suggestion ? `; did you mean ${result.suggestion}?` : ''}`,
                    'Fix the field path (parent relationships as Account or Customer_Goal__r)'
                );
        } else if (kind === 'label') {
            report.reference();
            const name = rest.replace(/^c\./, '');
            const labels = labelNames(ctx);
            if (!labels.has(name.toLowerCase())) {
                const near = closest(name, labels.values());
                report.error(
                    imp.file,
                    imp.line,
                    `import ${imp.specifier} names a custom label that does not exist${near ? `; did you mean c.${near}?` : ''}`,
                    'Add the label to labels/CustomLabels.labels-meta.xml'
                );
            }
        } else if (kind === 'apex') {
            report.reference();
            const [className = '', method = ''] = rest.split('.');
            const classes = componentNames(ctx, 'ApexClass');
            const actual = classes.get(className.toLowerCase());
            if (!actual) {
                const near = closest(className, classes.values());
                report.error(
                    imp.file,
                    imp.line,
                    `import ${imp.specifier} names Apex class ${className}, which is not in classes/${near ? `; did you mean ${near}?` : ''}`,
                    'Fix the class name'
                );
                continue;
            }
            const source = join(ctx.sourceDir, 'classes', `${actual}.cls`);
            if (method && existsSync(source)) {
                const text = readFileSync(source, 'utf8');
                if (!new RegExp(`@AuraEnabled[\\s\\S]{0,200}?\\b${method}\\s*\\(`, 'i').test(text)) {
                    report.error(
                        imp.file,
                        imp.line,
                        `import ${imp.specifier}: ${actual} has no @AuraEnabled method ${method}`,
                        'Annotate the method @AuraEnabled or fix its name'
                    );
                }
            }
        }
    }
}
