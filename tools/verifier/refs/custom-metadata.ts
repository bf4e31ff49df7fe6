import { getObject } from '../../../core/metadata/project';
import type { VerifyContext } from '../context';
import { ofType } from '../context';
import { closest } from '../../../core/suggest';
import { fieldNamesOf, objectNames } from '../../../core/metadata/resolve';
import { elementNamed, elementText, elementsNamed } from '../../../core/xml';

/** Rule 4 (custom metadata records): the type exists; every value names a field of it and fits the field's type and picklist. */

const XSD_FOR: Record<string, string[]> = {
    Number: ['xsd:double', 'xsd:int', 'xsd:long', 'xsd:decimal'],
    Percent: ['xsd:double', 'xsd:int', 'xsd:decimal'],
    Currency: ['xsd:double', 'xsd:int', 'xsd:decimal'],
    Checkbox: ['xsd:boolean'],
    Date: ['xsd:date'],
    DateTime: ['xsd:dateTime']
};

export function checkCustomMetadataRecords(ctx: VerifyContext): void {
    const { report, model } = ctx;
    for (const f of ofType(ctx, 'CustomMetadata')) {
        const [typeBase] = (f.kind?.name ?? '').split('.');
        const typeName = `${typeBase ?? ''}__mdt`;
        report.reference();
        const type = getObject(model, typeName);
        if (!type) {
            const near = closest(
                typeName,
                objectNames(model).filter((n) => n.endsWith('__mdt'))
            );
            report.error(
                f.path,
                f.root,
                `custom metadata record of type ${typeName}, which does not exist${near ? `; did you mean ${near}?` : ''}`,
                `Create objects/${typeName}/ or rename the record file`
            );
            continue;
        }
        if (!elementText(f.root, 'label')) report.error(f.path, f.root, 'custom metadata record has no <label>', 'Add <label>');
        for (const v of elementsNamed(f.root, 'values')) {
            const fieldName = elementText(v, 'field') ?? '';
            report.reference();
            const field = type.fields.get(fieldName.toLowerCase());
            if (!field) {
                const near = closest(
                    fieldName,
                    fieldNamesOf(type).filter((n) => n.endsWith('__c'))
                );
                report.error(
                    f.path,
                    elementNamed(v, 'field') ?? v,
                    `record ${f.kind?.name ?? ''} sets ${fieldName}, which is not a field of ${typeName}${near ? `; did you mean ${near}?` : ''}`,
                    'Fix the field name or add the field'
                );
                continue;
            }
            const valueEl = elementNamed(v, 'value');
            const xsi = valueEl?.attributes['xsi:type'];
            if (valueEl?.attributes['xsi:nil'] === 'true') {
                if (field.required)
                    report.error(
                        f.path,
                        valueEl,
                        `record ${f.kind?.name ?? ''} leaves required field ${fieldName} empty`,
                        'Give it a value'
                    );
                continue;
            }
            const allowed = XSD_FOR[field.type];
            if (allowed && xsi && !allowed.includes(xsi)) {
                report.error(
                    f.path,
                    valueEl,
                    `record ${f.kind?.name ?? ''} gives ${fieldName} (${field.type}) a value of type ${xsi}`,
                    `Use xsi:type="${allowed[0]}"`
                );
            }
            const text = valueEl?.text ?? '';
            if (['Number', 'Percent', 'Currency'].includes(field.type) && text !== '' && !/^-?\d+(\.\d+)?$/.test(text)) {
                report.error(
                    f.path,
                    valueEl,
                    `record ${f.kind?.name ?? ''} gives ${fieldName} the non-numeric value "${text}"`,
                    'Write a plain number'
                );
            }
            if (field.picklistValues && text !== '' && !field.picklistValues.includes(text)) {
                report.error(
                    f.path,
                    valueEl,
                    `record ${f.kind?.name ?? ''} gives ${fieldName} "${text}", which is not one of its values`,
                    `Use one of: ${field.picklistValues.join(', ')}`
                );
            }
        }
    }
}
