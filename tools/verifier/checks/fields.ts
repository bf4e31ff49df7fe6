import { getObject } from '../../../core/metadata/project';
import { type XmlElement, descendantsNamed, elementNamed, elementText, elementsNamed } from '../../../core/xml';
import { ofType, type MetadataFile, type VerifyContext } from '../context';
import { FORMULA_RETURN_TYPES } from '../enums';
import { objectNames } from '../../../core/metadata/resolve';
import { closest } from '../../../core/suggest';

/**
 * Rule 3 (per field type): what each CustomField type needs (length, precision/scale, value set,
 * reference target and relationship names, formula and its return type, roll-up operation), and,
 * where the project opts in to policy rules (policy.ts), the product rule that every custom field
 * has a description and help text.
 *
 * Help text decision: the platform offers inline help on every custom field type, master-detail,
 * auto-number, formula and roll-up included, so every field file needs it. Only the object's Name
 * field (CustomObject nameField) is exempt: Metadata API carries no description or help text for it.
 */
export function checkFields(ctx: VerifyContext): void {
    for (const f of ofType(ctx, 'CustomField')) checkField(ctx, f);
}

const num = (el: XmlElement | undefined, name: string): number | undefined => {
    const v = elementText(el, name);
    return v === undefined || !/^-?\d+(\.\d+)?$/.test(v) ? undefined : Number(v);
};

function checkField(ctx: VerifyContext, f: MetadataFile): void {
    const { report } = ctx;
    const root = f.root;
    if (!root) return;
    const name = `${f.kind?.object ?? '?'}.${f.kind?.name ?? '?'}`;
    const err = (at: XmlElement | undefined, what: string, fix: string): void => report.error(f.path, at ?? root, `${name}: ${what}`, fix);
    const type = elementText(root, 'type');
    const formula = elementText(root, 'formula');
    const isCustom = (f.kind?.name ?? '').endsWith('__c');

    if (isCustom && !elementText(root, 'label')) err(root, 'has no <label>', 'Add a plain-English <label>');
    // Policy (policy.ts): the product brief's description and help text on every custom field.
    if (ctx.policy && isCustom && !elementText(root, 'description'))
        err(
            root,
            'has no <description>',
            'Add a <description> saying what the field holds (the product brief requires one on every field)'
        );
    if (ctx.policy && isCustom && !elementText(root, 'inlineHelpText'))
        err(
            root,
            'has no <inlineHelpText>',
            'Add <inlineHelpText> telling users what to enter or how it is computed (the product brief requires help text on every field)'
        );
    // A standard field's file (objects/Contact/fields/AccountId.field-meta.xml) customises a field the
    // org defines (help text, tracking); its type and shape are the org's, not the file's.
    if (!isCustom) return;
    if (!type) {
        err(root, 'has no <type>', 'Add <type> (Text, Number, Picklist, Lookup, ...)');
        return;
    }

    if (formula !== undefined || elementNamed(root, 'formula')) {
        if (!formula) err(elementNamed(root, 'formula'), 'has an empty <formula>', 'Write the formula or remove the element');
        if (!FORMULA_RETURN_TYPES.includes(type)) {
            err(
                elementNamed(root, 'type'),
                `formula fields cannot return ${type}`,
                `Use one of ${FORMULA_RETURN_TYPES.join(', ')} as the <type> of a formula field`
            );
        }
        for (const banned of ['required', 'defaultValue', 'unique', 'externalId', 'length', 'valueSet', 'referenceTo']) {
            const el = elementNamed(root, banned);
            if (
                el &&
                !(banned === 'required' && el.text === 'false') &&
                !(banned === 'unique' && el.text === 'false') &&
                !(banned === 'externalId' && el.text === 'false')
            ) {
                err(el, `a formula field cannot have <${banned}>`, `Remove <${banned}>`);
            }
        }
        if (['Number', 'Currency', 'Percent'].includes(type)) checkPrecision(root, err, true);
        return;
    }

    switch (type) {
        case 'Text': {
            const length = num(root, 'length');
            if (length === undefined) err(root, 'a Text field needs <length>', 'Add <length> between 1 and 255');
            else if (length < 1 || length > 255)
                err(
                    elementNamed(root, 'length'),
                    `Text length ${length} is outside 1–255`,
                    'Use a length between 1 and 255, or LongTextArea for more'
                );
            break;
        }
        case 'EncryptedText': {
            const length = num(root, 'length');
            if (length === undefined || length < 1 || length > 175)
                err(elementNamed(root, 'length') ?? root, 'an EncryptedText field needs <length> between 1 and 175', 'Set <length>');
            if (!elementText(root, 'maskType') || !elementText(root, 'maskChar'))
                err(root, 'an EncryptedText field needs <maskType> and <maskChar>', 'Add them (e.g. all and asterisk)');
            break;
        }
        case 'LongTextArea':
        case 'Html': {
            const length = num(root, 'length');
            if (length === undefined) err(root, `a ${type} field needs <length>`, 'Add <length> up to 131072');
            else if (length < 256 || length > 131072)
                err(elementNamed(root, 'length'), `${type} length ${length} is outside 256–131072`, 'Use a length between 256 and 131072');
            const lines = num(root, 'visibleLines');
            if (lines === undefined)
                err(root, `a ${type} field needs <visibleLines>`, `Add <visibleLines> (e.g. ${type === 'Html' ? 25 : 5})`);
            break;
        }
        case 'Number':
        case 'Currency':
        case 'Percent':
            checkPrecision(root, err, false);
            break;
        case 'Picklist':
        case 'MultiselectPicklist':
            checkPicklist(ctx, root, type, err);
            checkControllingField(ctx, f, root, err);
            break;
        case 'Lookup':
        case 'MasterDetail':
            checkRelationship(ctx, f, root, type, err);
            break;
        case 'Checkbox': {
            const d = elementText(root, 'defaultValue');
            if (d === undefined) err(root, 'a Checkbox field needs <defaultValue>', 'Add <defaultValue>false</defaultValue>');
            else if (d !== 'true' && d !== 'false')
                err(elementNamed(root, 'defaultValue'), `Checkbox default ${d} is not true or false`, 'Use true or false');
            break;
        }
        case 'AutoNumber': {
            const format = elementText(root, 'displayFormat');
            if (!format || !/\{0+\}/.test(format))
                err(
                    elementNamed(root, 'displayFormat') ?? root,
                    'an AutoNumber field needs a <displayFormat> containing {0} (e.g. KPI-{0000})',
                    'Add <displayFormat>'
                );
            break;
        }
        case 'Summary':
            if (!elementText(root, 'summaryOperation'))
                err(root, 'a roll-up summary needs <summaryOperation> (count, sum, min or max)', 'Add <summaryOperation>');
            if (!elementText(root, 'summaryForeignKey'))
                err(root, 'a roll-up summary needs <summaryForeignKey> (Child__c.MasterDetail__c)', 'Add <summaryForeignKey>');
            if (
                elementText(root, 'summaryOperation') &&
                elementText(root, 'summaryOperation') !== 'count' &&
                !elementText(root, 'summarizedField')
            ) {
                err(
                    root,
                    `a ${elementText(root, 'summaryOperation')} roll-up needs <summarizedField> (Child__c.Field__c)`,
                    'Add <summarizedField>'
                );
            }
            break;
        default:
            break;
    }
}

type Err = (at: XmlElement | undefined, what: string, fix: string) => void;

function checkPrecision(root: XmlElement, err: Err, formula: boolean): void {
    const type = elementText(root, 'type') ?? '';
    const precision = num(root, 'precision');
    const scale = num(root, 'scale');
    if (precision === undefined)
        err(
            root,
            `a ${formula ? 'formula ' : ''}${type} field needs <precision>`,
            'Add <precision> (total digits, at most 18), e.g. <precision>18</precision>'
        );
    if (scale === undefined)
        err(root, `a ${formula ? 'formula ' : ''}${type} field needs <scale>`, 'Add <scale> (decimal places), e.g. <scale>2</scale>');
    if (precision !== undefined && (precision < 1 || precision > 18))
        err(elementNamed(root, 'precision'), `precision ${precision} is outside 1–18`, 'Use a precision between 1 and 18');
    if (precision !== undefined && scale !== undefined && (scale < 0 || scale > precision))
        err(
            elementNamed(root, 'scale'),
            `scale ${scale} must be between 0 and the precision ${precision}`,
            'Lower the scale or raise the precision'
        );
}

function globalValueSetValues(ctx: VerifyContext, name: string): string[] | undefined {
    const file = ofType(ctx, 'GlobalValueSet').find((g) => g.kind?.name.toLowerCase() === name.toLowerCase());
    return file ? elementsNamed(file.root, 'customValue').map((v) => elementText(v, 'fullName') ?? '') : undefined;
}

function checkPicklist(ctx: VerifyContext, root: XmlElement, type: string, err: Err): void {
    const valueSet = elementNamed(root, 'valueSet');
    if (!valueSet) {
        err(
            root,
            `a ${type} field needs a <valueSet>`,
            'Add <valueSet><restricted>true</restricted><valueSetDefinition>...</valueSetDefinition></valueSet>'
        );
        return;
    }
    const definition = elementNamed(valueSet, 'valueSetDefinition');
    const global = elementText(valueSet, 'valueSetName');
    const values = elementsNamed(definition, 'value');
    if (!global && values.length === 0)
        err(
            valueSet,
            `the ${type} value set has no values`,
            'Add <value> entries under <valueSetDefinition>, or name a global value set in <valueSetName>'
        );
    const seen = new Map<string, XmlElement>();
    let defaults = 0;
    for (const v of values) {
        const name = elementText(v, 'fullName');
        if (!name) {
            err(v, 'a picklist value has no <fullName>', 'Add <fullName> (the API value)');
            continue;
        }
        if (seen.has(name.toLowerCase())) err(v, `picklist value "${name}" is listed twice`, 'Remove the duplicate value');
        seen.set(name.toLowerCase(), v);
        if (elementText(v, 'default') === 'true') defaults++;
        if (name.length > 255) err(v, `picklist value "${name.slice(0, 20)}..." is longer than 255 characters`, 'Shorten it');
    }
    if (defaults > 1 && type === 'Picklist')
        err(definition, `${defaults} picklist values are marked default`, 'Mark at most one value <default>true</default>');
    if (type === 'MultiselectPicklist' && elementText(root, 'visibleLines') === undefined)
        err(root, 'a MultiselectPicklist needs <visibleLines>', 'Add <visibleLines>4</visibleLines>');
    // A picklist on a global value set takes its values from the set (globalValueSets/<name>): dependent
    // value settings name those values; a set not in the project is checked elsewhere.
    const globalValues = global ? globalValueSetValues(ctx, global) : undefined;
    if (global && !globalValues) return;
    for (const name of globalValues ?? []) seen.set(name.toLowerCase(), valueSet);
    for (const s of descendantsNamed(valueSet, 'valueName')) {
        if (!seen.has(s.text.toLowerCase()))
            err(s, `valueSettings names "${s.text}", which is not a value of this picklist`, 'Use one of the values defined above');
    }
}

/**
 * A dependent picklist names its controlling field in <valueSet><controllingField>, and each
 * <valueSettings><controllingFieldValue> is a value of that field ("ValueSet", Metadata API Developer
 * Guide, meta_field_types.htm / customfield.htm: controllingField "the API name of the controlling
 * field"; valueSettings). The controlling field is a picklist or checkbox of the same object (Salesforce
 * Help, "Define Dependent Picklists"); a checkbox controls with the values checked / unchecked.
 */
function checkControllingField(ctx: VerifyContext, f: MetadataFile, root: XmlElement, err: Err): void {
    const valueSet = elementNamed(root, 'valueSet');
    const at = elementNamed(valueSet, 'controllingField');
    const name = at?.text;
    const object = getObject(ctx.model, f.kind?.object ?? '');
    if (!name || !object) return;
    ctx.report.reference();
    const controlling = object.fields.get(name.toLowerCase());
    if (!controlling) {
        const near = closest(
            name,
            [...object.fields.values()].filter((x) => x.type === 'Picklist' || x.type === 'Checkbox').map((x) => x.apiName)
        );
        err(
            at,
            `controllingField ${name} is not a field of ${object.apiName}${near ? `; did you mean ${near}?` : ''}`,
            'Name a picklist or checkbox field of the same object'
        );
        return;
    }
    const values = controlling.picklistValues;
    // A standard picklist's values are the org's (its standard value set may carry more): only custom ones are known.
    if (!values || controlling.type !== 'Picklist' || !controlling.custom) return;
    for (const v of descendantsNamed(valueSet, 'controllingFieldValue')) {
        if (!values.includes(v.text))
            err(
                v,
                `controllingFieldValue "${v.text}" is not a value of ${object.apiName}.${controlling.apiName}`,
                `Use one of: ${values.join(', ')}`
            );
    }
}

function checkRelationship(ctx: VerifyContext, f: MetadataFile, root: XmlElement, type: string, err: Err): void {
    const target = elementText(root, 'referenceTo');
    if (!target) err(root, `a ${type} field needs <referenceTo>`, 'Add <referenceTo> naming the parent object');
    else {
        ctx.report.reference();
        if (!getObject(ctx.model, target)) {
            const near = closest(target, objectNames(ctx.model));
            err(
                elementNamed(root, 'referenceTo'),
                `${type === 'Lookup' ? 'lookup' : 'master-detail'} to unknown object ${target}${near ? `; did you mean ${near}?` : ''}`,
                near
                    ? `Use ${near}, or add the object`
                    : 'Create the object, or add a standard object to core/metadata/standard-objects.json'
            );
        }
    }
    if (!elementText(root, 'relationshipName'))
        err(root, `a ${type} field needs <relationshipName>`, 'Add <relationshipName> (the child relationship name, e.g. Customer_Goals)');
    // Policy: the org accepts a lookup or master-detail without <relationshipLabel> (ebikes-lwc's
    // Product__c.Product_Family__c deploys without one); the package names every related list.
    // A lookup to User shows no related list on the user, so it has no label to name.
    if (ctx.policy && target !== 'User' && !elementText(root, 'relationshipLabel'))
        err(root, `a ${type} field needs <relationshipLabel>`, 'Add <relationshipLabel> (the related list label on the parent)');
    if (type === 'MasterDetail') {
        if (elementNamed(root, 'deleteConstraint'))
            err(
                elementNamed(root, 'deleteConstraint'),
                'a master-detail field cannot have <deleteConstraint> (children are always deleted with the parent)',
                'Remove <deleteConstraint>'
            );
        const order = elementText(root, 'relationshipOrder');
        if (order !== undefined && order !== '0' && order !== '1')
            err(elementNamed(root, 'relationshipOrder'), `relationshipOrder ${order} must be 0 (primary) or 1 (secondary)`, 'Use 0 or 1');
    } else {
        if (elementText(root, 'required') === 'true' && (elementText(root, 'deleteConstraint') ?? 'SetNull') === 'SetNull') {
            err(
                elementNamed(root, 'required'),
                'a required lookup cannot clear its value when the parent is deleted (deleteConstraint SetNull)',
                'Set <deleteConstraint>Restrict</deleteConstraint> or Cascade, or make the lookup optional'
            );
        }
        if (elementNamed(root, 'writeRequiresMasterRead'))
            err(
                elementNamed(root, 'writeRequiresMasterRead'),
                '<writeRequiresMasterRead> applies only to master-detail fields',
                'Remove it'
            );
    }
    void f;
}
