import { getObject, type FieldModel, type ObjectModel } from '../../../core/metadata/project';
import type { VerifyContext } from '../context';
import { ofType } from '../context';
import { isStandardTokenForm, standardToken } from '../standard-tokens';
import { closest } from '../../../core/suggest';
import { checkColumn } from './layouts';
import { elementNamed, elementText, elementsNamed } from '../../../core/xml';

/**
 * Rule 4 (list views): columns and filter fields are fields of the list view's object (custom
 * ones by API name, standard ones by their documented tokens such as NAME or OPPORTUNITY.CLOSE_DATE);
 * filter values of picklist fields are among the field's values; checkbox filters use 1/0.
 */
export function checkListViews(ctx: VerifyContext): void {
    const { model, report } = ctx;
    for (const f of ofType(ctx, 'ListView')) {
        const object = getObject(model, f.kind?.object ?? '');
        if (!object) continue;
        const owner = `list view ${object.apiName}.${f.kind?.name ?? ''}`;
        for (const col of elementsNamed(f.root, 'columns'))
            checkColumn(ctx, f.path, col, object, stripObjectPrefix(object, col.text), owner);
        for (const filter of elementsNamed(f.root, 'filters')) {
            const token = elementText(filter, 'field') ?? '';
            const at = elementNamed(filter, 'field') ?? filter;
            const name = stripObjectPrefix(object, token);
            checkColumn(ctx, f.path, at, object, name, `${owner} filter`);
            const field = fieldFor(object, name);
            const raw = elementText(filter, 'value');
            if (!field || raw === undefined) continue;
            const operation = elementText(filter, 'operation') ?? '';
            if (
                (field.valueType === 'Picklist' || field.valueType === 'MultiselectPicklist') &&
                field.picklistValues &&
                ['equals', 'notEqual', 'includes', 'excludes'].includes(operation)
            ) {
                for (const v of raw.split(',').map((s) => s.trim())) {
                    report.reference();
                    if (v && !field.picklistValues.includes(v)) {
                        const near = closest(v, field.picklistValues);
                        report.error(
                            f.path,
                            elementNamed(filter, 'value'),
                            `${owner} filters ${field.apiName} on "${v}", which is not one of its values${near ? `; did you mean "${near}"?` : ''}`,
                            `Use one of: ${field.picklistValues.join(', ')}`
                        );
                    }
                }
            }
            if (field.valueType === 'Checkbox' && !['1', '0', 'true', 'false'].includes(raw)) {
                report.error(
                    f.path,
                    elementNamed(filter, 'value'),
                    `${owner} filters checkbox ${field.apiName} on "${raw}"`,
                    'Use 1 (checked) or 0 (unchecked)'
                );
            }
        }
    }
}

/** Custom fields of standard objects sometimes appear as OPPORTUNITY.Field__c or Opportunity.Field__c. */
function stripObjectPrefix(object: ObjectModel, token: string): string {
    const m = /^([A-Za-z]+)\.([A-Za-z0-9_]+__c)$/.exec(token);
    if (m && m[1]?.toLowerCase() === object.apiName.toLowerCase()) return m[2] ?? token;
    return token;
}

function fieldFor(object: ObjectModel, token: string): FieldModel | undefined {
    const direct = object.fields.get(token.toLowerCase());
    if (direct) return direct;
    if (isStandardTokenForm(token)) {
        const name = standardToken(object.apiName, token);
        return name ? object.fields.get(name.toLowerCase()) : undefined;
    }
    return undefined;
}
