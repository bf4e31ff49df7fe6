import { basename } from 'node:path';
import { getObject, type ObjectModel } from '../../../core/metadata/project';
import { type XmlElement, descendantsNamed, elementNamed, elementText, elementsNamed } from '../../../core/xml';
import type { VerifyContext } from '../context';
import { ofType } from '../context';
import { isStandardTokenForm, standardToken, standardTokens } from '../standard-tokens';
import { closest } from '../../../core/suggest';
import { fieldNamesOf, objectNames } from '../../../core/metadata/resolve';

/**
 * Rule 4 (layouts, compact layouts, record types): layout items name fields of the layout's object;
 * related lists are written Child__c.LookupField__c (the form the Metadata API resolves) with
 * columns of the child object; compact layout fields and record type picklists exist.
 */

function layoutObject(file: string): string {
    const base = basename(file).replace(/\.layout-meta\.xml$/, '');
    return base.split('-')[0] ?? base;
}

/**
 * The object a related-list column prefix leads to: `Session__c.Experience__c` names Experience__c
 * through the lookup Session__c, `Contact.NAME` the Contact of a lookup to Contact, written by the
 * parent object's name (as Salesforce writes them when a related list shows a parent's field).
 */
function throughParent(ctx: VerifyContext, object: ObjectModel, prefix: string): ObjectModel | undefined {
    const byField = object.fields.get(prefix.toLowerCase());
    const lookups = [...object.fields.values()].filter((f) => (f.referenceTo?.length ?? 0) > 0);
    const field = byField?.referenceTo?.length
        ? byField
        : lookups.find((f) => f.referenceTo?.some((t) => t.toLowerCase() === prefix.toLowerCase()));
    const target = field?.referenceTo?.[0];
    return target ? getObject(ctx.model, target) : undefined;
}

/** A field of `object` named in a layout or related list: an API name or a standard column token. */
export function checkColumn(ctx: VerifyContext, file: string, at: XmlElement, object: ObjectModel, token: string, owner: string): void {
    ctx.report.reference();
    if (object.fields.get(token.toLowerCase())) return;
    const dot = token.indexOf('.');
    if (dot > 0 && !isStandardTokenForm(token.slice(0, dot))) {
        const parent = throughParent(ctx, object, token.slice(0, dot));
        if (parent) {
            checkColumn(ctx, file, at, parent, token.slice(dot + 1), owner);
            return;
        }
    }
    if (isStandardTokenForm(token)) {
        if (standardToken(object.apiName, token) !== undefined) return;
        const near = closest(token, standardTokens(object.apiName));
        ctx.report.error(
            file,
            at,
            `${owner} names ${token}, which is not a known standard column of ${object.apiName}${near ? `; did you mean ${near}?` : ''}`,
            'Use a documented standard token or a field API name; add documented tokens to tools/verifier/standard-tokens.ts'
        );
        return;
    }
    const near = closest(token, fieldNamesOf(object));
    ctx.report.error(
        file,
        at,
        `${owner} names ${token}, which is not a field of ${object.apiName}${near ? `; did you mean ${near}?` : ''}`,
        'Fix the field name or create the field'
    );
}

const AUDIT = new Set(['id', 'createddate', 'createdbyid', 'lastmodifieddate', 'lastmodifiedbyid', 'systemmodstamp', 'isdeleted']);

/**
 * Layouts of the Close Case page are written CaseClose-<Name> ("Layout", Metadata API Developer
 * Guide, meta_layout.htm: the Close Case layout is retrieved as CaseClose-Close Case Layout); they lay out Case fields.
 */
const LAYOUT_OBJECTS: Record<string, string> = { caseclose: 'Case' };

/**
 * Fields a Task or Event layout shows from the activity's Name (the contact's or lead's phone and
 * email) that are not fields of the object: seen in SalesforceLabs/ActionPlansV4's Task layout,
 * unverified in an org.
 */
const LAYOUT_ONLY_FIELDS: Record<string, string[]> = { task: ['phone', 'email'], event: ['phone', 'email'] };

export function checkLayouts(ctx: VerifyContext): void {
    const { report, model } = ctx;
    for (const f of ofType(ctx, 'Layout')) {
        const objectName = layoutObject(f.path);
        report.reference();
        const object = getObject(model, LAYOUT_OBJECTS[objectName.toLowerCase()] ?? objectName);
        const owner = `layout ${f.kind?.name ?? ''}`;
        if (!object) {
            const near = closest(objectName, objectNames(model));
            report.error(
                f.path,
                f.root,
                `${owner} is for object ${objectName}, which does not exist${near ? `; did you mean ${near}?` : ''}`,
                'Name layouts <Object>-<Layout Name>.layout-meta.xml'
            );
            continue;
        }
        const placed = new Set<string>();
        for (const item of descendantsNamed(f.root, 'layoutItems')) {
            const field = elementText(item, 'field');
            if (!field) continue;
            placed.add(field.toLowerCase());
            report.reference();
            const model_ = object.fields.get(field.toLowerCase());
            if (!model_ && LAYOUT_ONLY_FIELDS[object.apiName.toLowerCase()]?.includes(field.toLowerCase())) continue;
            if (!model_) {
                const near = closest(field, fieldNamesOf(object));
                report.error(
                    f.path,
                    elementNamed(item, 'field'),
                    `${owner} places field ${field}, which is not a field of ${object.apiName}${near ? `; did you mean ${near}?` : ''}`,
                    'Fix the field name or create the field'
                );
                continue;
            }
            const behavior = elementText(item, 'behavior');
            // Computed: a custom formula, roll-up or auto-number, or a field the platform sets. Standard
            // fields keep the org's own rules (Contact.Name is compound yet Required on Salesforce's own layouts).
            const computed = !model_.writable && (model_.custom || AUDIT.has(model_.apiName.toLowerCase()));
            if (computed && behavior && behavior !== 'Readonly') {
                report.error(
                    f.path,
                    elementNamed(item, 'behavior'),
                    `${owner} makes ${field} ${behavior}, but it is computed (${model_.formula ? 'formula' : model_.type})`,
                    'Use <behavior>Readonly</behavior>'
                );
            }
            if ((model_.required || model_.type === 'MasterDetail') && model_.custom && behavior !== 'Required') {
                report.warning(
                    f.path,
                    elementNamed(item, 'behavior') ?? item,
                    `${owner} shows required field ${field} as ${behavior ?? 'Edit'}`,
                    'Use <behavior>Required</behavior>'
                );
            }
        }
        for (const field of object.fields.values()) {
            if (
                field.custom &&
                (field.required || field.type === 'MasterDetail') &&
                !placed.has(field.apiName.toLowerCase()) &&
                placed.size > 0
            ) {
                report.warning(
                    f.path,
                    f.root,
                    `${owner} does not place required field ${field.apiName}`,
                    'Add it to a section with <behavior>Required</behavior>, or users cannot save records from this layout'
                );
            }
        }
        for (const rl of elementsNamed(f.root, 'relatedLists')) checkRelatedList(ctx, f.path, owner, object, rl);
    }
    for (const f of ofType(ctx, 'CompactLayout')) {
        const object = getObject(model, f.kind?.object ?? '');
        if (!object) continue;
        for (const el of elementsNamed(f.root, 'fields'))
            checkColumn(ctx, f.path, el, object, el.text, `compact layout ${object.apiName}.${f.kind?.name ?? ''}`);
    }
    for (const f of ofType(ctx, 'RecordType')) {
        const object = getObject(model, f.kind?.object ?? '');
        if (!object) continue;
        for (const pv of elementsNamed(f.root, 'picklistValues')) {
            const name = elementText(pv, 'picklist') ?? '';
            report.reference();
            const field = object.fields.get(name.toLowerCase());
            if (!field) {
                report.error(
                    f.path,
                    elementNamed(pv, 'picklist'),
                    `record type ${f.kind?.name ?? ''} restricts ${name}, which is not a field of ${object.apiName}`,
                    'Fix the picklist name'
                );
                continue;
            }
            for (const v of elementsNamed(pv, 'values')) {
                const vn = elementText(v, 'fullName') ?? '';
                if (field.picklistValues && !field.picklistValues.includes(safeDecode(vn))) {
                    report.error(
                        f.path,
                        v,
                        `record type ${f.kind?.name ?? ''} lists "${vn}" for ${name}, which is not one of its values`,
                        `Use one of: ${field.picklistValues.join(', ')}`
                    );
                }
            }
        }
    }
}

function checkRelatedList(ctx: VerifyContext, file: string, owner: string, parent: ObjectModel, rl: XmlElement): void {
    const { report, model } = ctx;
    const name = elementText(rl, 'relatedList') ?? '';
    const at = elementNamed(rl, 'relatedList') ?? rl;
    report.reference();
    if (/^Related[A-Za-z]*List$/.test(name) || (!name.includes('.') && !name.includes('__'))) {
        return; // standard related lists (RelatedContactList, RelatedNoteList, ...)
    }
    const byRelationship = parent.childRelationships.get(name.toLowerCase());
    if (byRelationship) {
        report.error(
            file,
            at,
            `${owner} names related list ${name} by relationship name, which the Metadata API does not resolve ("Cannot find related list")`,
            `Write <relatedList>${byRelationship.childObject}.${byRelationship.field}</relatedList>`
        );
        return;
    }
    const [childName, fieldName] = name.split('.');
    const childObject = getObject(model, childName ?? '');
    const fk = childObject?.fields.get((fieldName ?? '').toLowerCase());
    if (!childObject || !fk || fk.referenceTo?.[0]?.toLowerCase() !== parent.apiName.toLowerCase()) {
        const candidates = [...parent.childRelationships.values()].map((c) => `${c.childObject}.${c.field}`);
        const near = closest(name, candidates);
        report.error(
            file,
            at,
            `${owner} names related list ${name}, which is not a relationship to ${parent.apiName}${near ? `; did you mean ${near}?` : ''}`,
            'Write custom related lists as <Child object>.<lookup or master-detail field>'
        );
        return;
    }
    for (const col of elementsNamed(rl, 'fields')) checkColumn(ctx, file, col, childObject, col.text, `${owner} related list ${name}`);
    const sort = elementText(rl, 'sortField');
    if (sort) checkColumn(ctx, file, elementNamed(rl, 'sortField') ?? rl, childObject, sort, `${owner} related list ${name} sort`);
}

/** Record type picklist values are URL-encoded in source ("Closed%20Won"). */
function safeDecode(v: string): string {
    try {
        return decodeURIComponent(v);
    } catch {
        return v;
    }
}
