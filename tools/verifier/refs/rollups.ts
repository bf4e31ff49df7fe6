import { getObject } from '../../../core/metadata/project';
import type { VerifyContext } from '../context';
import { ofType } from '../context';
import { closest } from '../../../core/suggest';
import { usesVolatileFunctions } from './formula-tokens';
import { fieldNamesOf } from '../../../core/metadata/resolve';
import { elementNamed, elementText, elementsNamed } from '../../../core/xml';

/**
 * Rule 4 (roll-ups): summaryForeignKey is a master-detail on the child pointing at this object;
 * summarizedField is a field of that child whose type fits the operation (sum: number, currency,
 * percent; min/max: those or date/datetime/time), and not a cross-object or TODAY()/NOW() formula;
 * summaryFilterItems name fields of the child.
 */

const SUMMABLE = ['Number', 'Currency', 'Percent'];
const COMPARABLE = [...SUMMABLE, 'Date', 'DateTime', 'Time'];

export function checkRollups(ctx: VerifyContext): void {
    const { report, model } = ctx;
    for (const f of ofType(ctx, 'CustomField')) {
        const root = f.root;
        if (elementText(root, 'type') !== 'Summary') continue;
        const parentName = f.kind?.object ?? '';
        const owner = `roll-up ${parentName}.${f.kind?.name ?? ''}`;
        const operation = elementText(root, 'summaryOperation');
        const foreignKey = elementText(root, 'summaryForeignKey');
        let childName: string | undefined;
        if (foreignKey) {
            report.reference();
            const [objName, fieldName] = foreignKey.split('.');
            const childObject = getObject(model, objName ?? '');
            const at = elementNamed(root, 'summaryForeignKey');
            const candidates = [...model.objects.values()].flatMap((o) =>
                [...o.fields.values()]
                    .filter((x) => x.type === 'MasterDetail' && x.referenceTo?.[0]?.toLowerCase() === parentName.toLowerCase())
                    .map((x) => `${o.apiName}.${x.apiName}`)
            );
            const hint = (): string => {
                const near = closest(foreignKey, candidates);
                return near
                    ? `; did you mean ${near}?`
                    : candidates.length
                      ? `; master-details to ${parentName}: ${candidates.join(', ')}`
                      : `; no object has a master-detail to ${parentName}`;
            };
            const fix =
                'Name the child object and its master-detail field to this object: <summaryForeignKey>Child__c.Parent__c</summaryForeignKey>';
            if (!fieldName || !childObject) {
                report.error(
                    f.path,
                    at,
                    `${owner} summaryForeignKey ${foreignKey} does not name an existing Child__c.Field__c${hint()}`,
                    fix
                );
            } else {
                childName = childObject.apiName;
                const fk = childObject.fields.get(fieldName.toLowerCase());
                if (!fk)
                    report.error(
                        f.path,
                        at,
                        `${owner} summaryForeignKey ${foreignKey}: ${childObject.apiName} has no field ${fieldName}${hint()}`,
                        fix
                    );
                else if (fk.type !== 'MasterDetail')
                    report.error(
                        f.path,
                        at,
                        `${owner} summaryForeignKey ${foreignKey} is a ${fk.type}, but roll-ups need a master-detail field${hint()}`,
                        fix
                    );
                else if (fk.referenceTo?.[0]?.toLowerCase() !== parentName.toLowerCase()) {
                    report.error(
                        f.path,
                        at,
                        `${owner} summaryForeignKey ${foreignKey} points to ${fk.referenceTo?.[0] ?? 'nothing'}, not to ${parentName}${hint()}`,
                        fix
                    );
                }
            }
        }
        const summarized = elementText(root, 'summarizedField');
        if (summarized) {
            report.reference();
            const at = elementNamed(root, 'summarizedField');
            const [objName, fieldName] = summarized.split('.');
            if (operation === 'count') {
                report.warning(
                    f.path,
                    at,
                    `${owner} counts records but names summarizedField ${summarized}`,
                    'Remove <summarizedField> from a count roll-up'
                );
            }
            if (childName && objName?.toLowerCase() !== childName.toLowerCase()) {
                report.error(
                    f.path,
                    at,
                    `${owner} summarizes ${summarized}, but its foreign key is on ${childName}`,
                    `Summarize a field of ${childName}`
                );
            }
            const childObject = getObject(model, objName ?? '');
            const field = childObject?.fields.get((fieldName ?? '').toLowerCase());
            if (!childObject || !field) {
                const near = childObject ? closest(fieldName ?? '', fieldNamesOf(childObject)) : undefined;
                report.error(
                    f.path,
                    at,
                    `${owner} summarizes ${summarized}, which does not exist${near ? `; did you mean ${objName}.${near}?` : ''}`,
                    'Name an existing field of the child object as Child__c.Field__c'
                );
            } else if (operation && operation !== 'count') {
                const allowed = operation === 'sum' ? SUMMABLE : COMPARABLE;
                if (!allowed.includes(field.valueType)) {
                    report.error(
                        f.path,
                        at,
                        `${owner} can't ${operation} ${summarized}: it is ${field.valueType}`,
                        `${operation} works on ${allowed.join(', ')} fields`
                    );
                }
                if (field.formula && (usesVolatileFunctions(field.formula) || crossObject(field.formula))) {
                    report.error(
                        f.path,
                        at,
                        `${owner} summarizes formula ${summarized}, which uses TODAY()/NOW() or another object's fields`,
                        'Roll-ups can only summarize formulas that are deterministic and same-object; summarize a stored field instead'
                    );
                }
            }
        }
        for (const item of elementsNamed(root, 'summaryFilterItems')) {
            const target = elementText(item, 'field');
            if (!target) continue;
            report.reference();
            const [objName, fieldName] = target.split('.');
            const childObject = getObject(model, objName ?? '');
            if (!childObject?.fields.get((fieldName ?? '').toLowerCase())) {
                const near = childObject ? closest(fieldName ?? '', fieldNamesOf(childObject)) : undefined;
                report.error(
                    f.path,
                    elementNamed(item, 'field'),
                    `${owner} filters on ${target}, which does not exist${near ? `; did you mean ${objName}.${near}?` : ''}`,
                    'Name an existing field of the child object'
                );
            }
        }
    }
}

function crossObject(formula: string): boolean {
    return /[A-Za-z0-9_]+(__r|\b)\.[A-Za-z]/.test(formula.replace(/\$[A-Za-z]+(\.[A-Za-z0-9_]+)+/g, '').replace(/"[^"]*"|'[^']*'/g, ''));
}
