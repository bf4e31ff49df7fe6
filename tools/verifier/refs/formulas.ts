import { readFileSync } from 'node:fs';
import { analyzeFormula, TYPE_LABELS } from '../../formula/check';
import type { ValueType } from '../../formula/functions';
import { getObject, type ObjectModel } from '../../../core/metadata/project';
import { text, type XmlElement, elementNamed } from '../../../core/xml';
import type { VerifyContext } from '../context';
import { closest } from '../../../core/suggest';
import { formulaReferences, picklistTests } from './formula-tokens';
import { fieldNamesOf, resolvePath } from '../../../core/metadata/resolve';
import { labelNames } from './labels';
import { componentNames, customSettingNames } from './names';

/**
 * Rule 4 (formulas): every merge field a formula field, default value or validation rule names
 * exists (relationship paths followed), $CustomMetadata names an existing type, record and field,
 * $Label an existing label, ISPICKVAL tests name real values; errorDisplayField exists.
 */

const ACCEPTED_GLOBALS = new Set([
    '$user',
    '$profile',
    '$organization',
    '$userrole',
    '$api',
    '$system',
    '$permission',
    '$setup',
    '$objecttype',
    '$site',
    '$network',
    '$resource',
    '$action',
    '$recordtype',
    '$currentpage',
    '$component'
]);

interface Where {
    file: string;
    element?: XmlElement;
    /** What the formula belongs to, e.g. "formula of Customer_KPI__c.Progress__c". */
    owner: string;
    /** The type the formula must return: the formula field's type, Checkbox for a validation rule. */
    returns?: string;
}

/**
 * Formula text limit. Salesforce Help, "Formula Field Limits and Restrictions"
 * (https://help.salesforce.com/s/articleView?id=platform.formula_field_limits.htm): "Character
 * limit: Formula fields can contain up to 3,900 characters, including spaces, return characters,
 * and comments"; validation rule formulas share the limit (Help, "Validation Rule Considerations").
 * The other limit, 5,000 bytes once compiled (referenced formula fields expanded), depends on the
 * org's compiler and is not checked offline: only an org can show it.
 */
const MAX_FORMULA_CHARACTERS = 3900;

/** Formula value type of a field type (Salesforce types as in the model). */
const VALUE_TYPES: Record<string, ValueType> = {
    Text: 'text',
    TextArea: 'text',
    LongTextArea: 'text',
    Html: 'text',
    Email: 'text',
    Phone: 'text',
    Url: 'text',
    EncryptedText: 'text',
    AutoNumber: 'text',
    Id: 'text',
    Lookup: 'text',
    MasterDetail: 'text',
    Hierarchy: 'text',
    MetadataRelationship: 'text',
    Number: 'number',
    Currency: 'number',
    Percent: 'number',
    Checkbox: 'checkbox',
    Date: 'date',
    DateTime: 'datetime',
    Time: 'time',
    Picklist: 'picklist',
    MultiselectPicklist: 'multipicklist'
};

/** The formula type of a merge field, when the model knows it for certain. */
function mergeFieldType(ctx: VerifyContext, object: ObjectModel, name: string): ValueType | undefined {
    const parts = name.split('.');
    const head = (parts[0] ?? '').toLowerCase();
    if (head === '$label') return 'text';
    if (head === '$permission') return 'checkbox';
    if (head === '$custommetadata') {
        const [, typeName = '', , fieldName = ''] = parts;
        const field = getObject(ctx.model, typeName)?.fields.get(fieldName.toLowerCase());
        return field ? VALUE_TYPES[field.valueType] : undefined;
    }
    if (head.startsWith('$')) return undefined;
    const field = resolvePath(ctx.model, object.apiName, parts).field;
    return field ? VALUE_TYPES[field.valueType] : undefined;
}

/** Syntax, functions, argument counts, operand types, result type and length of one formula. */
function checkFormulaSemantics(ctx: VerifyContext, object: ObjectModel, formula: string, where: Where): void {
    const { report } = ctx;
    const start = lineAt(where, formula, 0);
    if (formula.length > MAX_FORMULA_CHARACTERS) {
        report.error(
            where.file,
            start,
            `${where.owner} has ${formula.length.toLocaleString('en-US')} characters; formulas can contain up to 3,900 characters`,
            'Shorten it, or move parts into helper formula fields'
        );
    }
    const analysis = analyzeFormula(formula, { typeOf: (name) => mergeFieldType(ctx, object, name) }, closest);
    for (const finding of analysis.findings) {
        report.error(where.file, lineAt(where, formula, finding.offset), `${where.owner}: ${finding.message}`, finding.fix);
    }
    const expected = where.returns ? VALUE_TYPES[where.returns] : undefined;
    const result = analysis.result;
    if (expected && result && result !== 'null' && result !== expected) {
        report.error(
            where.file,
            start,
            `${where.owner} returns ${TYPE_LABELS[result] ?? result}, but its type is ${where.returns}`,
            expected === 'text'
                ? 'Convert the result with TEXT(), or change the field type'
                : `Make the formula return ${TYPE_LABELS[expected] ?? expected}, or change the field type`
        );
    }
}

/**
 * Line breaks between the element's start tag and its (trimmed) text: a formula written as
 * <formula>\n  IF(...) starts on the next line.
 */
function leadingLineBreaks(file: string, element: XmlElement): number {
    let lines = rawLines.get(file);
    if (!lines) {
        lines = readFileSync(file, 'utf8').split('\n');
        rawLines.set(file, lines);
    }
    const rest = [lines[element.line - 1]?.slice(Math.max(0, element.column - 1)) ?? '', ...lines.slice(element.line)].join('\n');
    const close = rest.indexOf('>');
    if (close < 0) return 0;
    return /^\s*/.exec(rest.slice(close + 1))?.[0].split('\n').length ?? 1;
}
const rawLines = new Map<string, string[]>();

function lineAt(where: Where, formula: string, offset: number): number | undefined {
    if (!where.element) return undefined;
    const before = leadingLineBreaks(where.file, where.element) - 1;
    return where.element.line + before + (formula.slice(0, offset).match(/\n/g)?.length ?? 0);
}

function checkFormulaText(ctx: VerifyContext, object: ObjectModel, formula: string, where: Where): void {
    const { report, model } = ctx;
    checkFormulaSemantics(ctx, object, formula, where);
    const seen = new Set<string>();
    for (const ref of formulaReferences(formula)) {
        const key = ref.text.toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        report.reference();
        const line = lineAt(where, formula, ref.offset);
        const parts = ref.text.split('.');
        const head = (parts[0] ?? '').toLowerCase();
        if (head.startsWith('$')) {
            if (head === '$custommetadata') checkCustomMetadataRef(ctx, parts, where, line);
            else if (head === '$setup') checkSetupRef(ctx, parts, where, line);
            else if (head === '$permission') checkPermissionRef(ctx, parts, where, line);
            else if (head === '$label') {
                const labels = labelNames(ctx);
                if (parts[1] && !labels.has((parts[1] ?? '').toLowerCase())) {
                    const near = closest(parts[1], labels.values());
                    report.error(
                        where.file,
                        line,
                        `${where.owner} names $Label.${parts[1]}, which is not a custom label${near ? `; did you mean ${near}?` : ''}`,
                        'Add the label to labels/CustomLabels.labels-meta.xml or fix the name'
                    );
                }
            } else if (!ACCEPTED_GLOBALS.has(head)) {
                report.error(
                    where.file,
                    line,
                    `${where.owner} uses unknown global ${parts[0]}`,
                    'Use a documented global variable such as $User, $CustomMetadata or $Label'
                );
            }
            continue;
        }
        const result = resolvePath(model, object.apiName, parts);
        if (!result.field) {
            report.error(
                where.file,
                line,
                `${where.owner} names ${ref.text}: ${result.problem}${result.suggestion ? `; did you mean ${result.suggestion}?` : ''}`,
                'Fix the field name, or create the field'
            );
        }
    }
    for (const test of picklistTests(formula)) {
        const result = resolvePath(model, object.apiName, test.field.split('.'));
        const values = result.field?.picklistValues;
        if (!values) continue;
        report.reference();
        if (!values.some((v) => v === test.value)) {
            const near = closest(test.value, values);
            report.error(
                where.file,
                lineAt(where, formula, test.offset),
                `${where.owner} tests ISPICKVAL(${test.field}, "${test.value}") but "${test.value}" is not a value of ${result.field?.object}.${result.field?.apiName}${near ? `; did you mean "${near}"?` : ''}`,
                `Use one of: ${values.join(', ')}`
            );
        }
    }
}

/**
 * $Setup.<Setting>.<Field>: "Formula fields only work for hierarchy custom settings; they can't be used
 * for list custom settings. {!$Setup.CustomSettingName__c.CustomFieldName__c}" (Salesforce Help,
 * "Access Custom Settings with Code", https://help.salesforce.com/htviewhelpdoc?id=cs_accessing.htm&language=en_us;
 * Visualforce Developer Guide, "$Setup", a "global merge field type to use when referencing a custom
 * setting of type hierarchy"). A managed package's setting (ns__Setting__c) is not in the project.
 */
function checkSetupRef(ctx: VerifyContext, parts: string[], where: Where, line: number | undefined): void {
    const [, settingName = '', fieldName = ''] = parts;
    if (/^[A-Za-z0-9]+__\w+__c$/.test(settingName)) return;
    const setting = getObject(ctx.model, settingName);
    const kind = setting?.doc ? text(setting.doc.root, 'customSettingsType') : undefined;
    if (!setting || kind !== 'Hierarchy') {
        const near = closest(settingName, customSettingNames(ctx));
        ctx.report.error(
            where.file,
            line,
            `${where.owner} names $Setup.${settingName}, which is not a hierarchy custom setting in the package${kind === 'List' ? ' (it is a list custom setting, which formulas cannot read)' : ''}${near && kind !== 'List' ? `; did you mean ${near}?` : ''}`,
            'Write $Setup.<Hierarchy setting>__c.<Field>__c with a setting in objects/'
        );
        return;
    }
    if (!setting.fields.get(fieldName.toLowerCase())) {
        const near = closest(fieldName, fieldNamesOf(setting));
        ctx.report.error(
            where.file,
            line,
            `${where.owner} names $Setup.${settingName}.${fieldName}, which is not a field of ${setting.apiName}${near ? `; did you mean ${near}?` : ''}`,
            'Fix the field name, or create the field'
        );
    }
}

/**
 * $Permission.<Name>: the running user's access "to any of your organization's custom permissions"
 * (Visualforce Developer Guide, "$Permission",
 * https://developer.salesforce.com/docs/atlas.en-us.pages.meta/pages/pages_variables_global_permission.htm).
 * A managed package's permission (ns__Name) is not in the project.
 */
function checkPermissionRef(ctx: VerifyContext, parts: string[], where: Where, line: number | undefined): void {
    const name = parts[1] ?? '';
    if (name.includes('__')) return;
    const names = componentNames(ctx, 'CustomPermission');
    if (names.has(name.toLowerCase())) return;
    const near = closest(name, names.values());
    ctx.report.error(
        where.file,
        line,
        `${where.owner} names $Permission.${name}, which is not a custom permission in the package${near ? `; did you mean ${near}?` : ''}`,
        'Add customPermissions/<Name>.customPermission-meta.xml or fix the name'
    );
}

function checkCustomMetadataRef(ctx: VerifyContext, parts: string[], where: Where, line: number | undefined): void {
    const { report, model } = ctx;
    const [, typeName, recordName, fieldName] = parts;
    const fix = 'Write $CustomMetadata.<Type>__mdt.<Record>.<Field>__c with names that exist in objects/ and customMetadata/';
    if (!typeName || !recordName || !fieldName) {
        report.error(where.file, line, `${where.owner} has an incomplete reference ${parts.join('.')}`, fix);
        return;
    }
    const type = getObject(model, typeName);
    if (!type || !typeName.toLowerCase().endsWith('__mdt')) {
        const near = closest(
            typeName,
            [...model.objects.values()].filter((o) => o.apiName.endsWith('__mdt')).map((o) => o.apiName)
        );
        report.error(
            where.file,
            line,
            `${where.owner} names custom metadata type ${typeName}, which does not exist${near ? `; did you mean ${near}?` : ''}`,
            fix
        );
        return;
    }
    const records = model.customMetadata.filter((r) => r.type.toLowerCase() === typeName.toLowerCase());
    if (!records.some((r) => r.name.toLowerCase() === recordName.toLowerCase())) {
        const near = closest(
            recordName,
            records.map((r) => r.name)
        );
        report.error(
            where.file,
            line,
            `${where.owner} names record ${typeName}.${recordName}, which does not exist${near ? `; did you mean ${near}?` : ''}`,
            `Add customMetadata/${typeName.replace(/__mdt$/i, '')}.${recordName}.md-meta.xml or fix the name`
        );
    }
    if (!type.fields.get(fieldName.toLowerCase())) {
        const near = closest(
            fieldName,
            fieldNamesOf(type).filter((n) => n.endsWith('__c'))
        );
        report.error(
            where.file,
            line,
            `${where.owner} names ${typeName}.${fieldName}, which is not a field of ${type.apiName}${near ? `; did you mean ${near}?` : ''}`,
            fix
        );
    }
}

export function checkFormulas(ctx: VerifyContext): void {
    const { model, report } = ctx;
    for (const object of model.objects.values()) {
        for (const field of object.fields.values()) {
            if (!field.file || !field.doc) continue;
            const root = ctx.files.find((f) => f.path === field.file)?.root;
            if (field.formula) {
                checkFormulaText(ctx, object, field.formula, {
                    file: field.file,
                    element: elementNamed(root, 'formula'),
                    owner: `formula of ${object.apiName}.${field.apiName}`,
                    returns: field.type
                });
            }
            if (field.defaultValue && field.type !== 'Checkbox') {
                checkFormulaText(ctx, object, field.defaultValue, {
                    file: field.file,
                    element: elementNamed(root, 'defaultValue'),
                    owner: `default value of ${object.apiName}.${field.apiName}`
                });
            }
        }
        for (const rule of object.validationRules) {
            const root = ctx.files.find((f) => f.path === rule.file)?.root;
            const owner = `validation rule ${object.apiName}.${rule.name}`;
            if (rule.formula)
                checkFormulaText(ctx, object, rule.formula, {
                    file: rule.file,
                    element: elementNamed(root, 'errorConditionFormula'),
                    owner,
                    returns: 'Checkbox'
                });
            if (rule.errorDisplayField) {
                report.reference();
                if (!object.fields.get(rule.errorDisplayField.toLowerCase())) {
                    const near = closest(rule.errorDisplayField, fieldNamesOf(object));
                    report.error(
                        rule.file,
                        elementNamed(root, 'errorDisplayField'),
                        `${owner} shows its message on ${rule.errorDisplayField}, which is not a field of ${object.apiName}${near ? `; did you mean ${near}?` : ''}`,
                        'Name a field of the object (without the object prefix)'
                    );
                }
            }
        }
    }
}
