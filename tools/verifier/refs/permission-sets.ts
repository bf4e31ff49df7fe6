import { getObject } from '../../../core/metadata/project';
import { text, type XmlElement, elementNamed, elementText, elementsNamed } from '../../../core/xml';
import { isSystemField } from '../../../core/metadata/system-fields';
import type { VerifyContext } from '../context';
import { ofType } from '../context';
import { closest } from '../../../core/suggest';
import { isStandardTab } from './apps-tabs';
import { componentNames, customSettingNames } from './names';
import { fieldNamesOf, objectNames } from '../../../core/metadata/resolve';

/**
 * Rule 4 (permission sets): objects, fields ("Object.Field"), tabs, classes, custom metadata types,
 * apps and record types named exist; permission dependencies hold (edit needs read, modify-all needs
 * view-all, a detail needs read on its master, a field needs read on its object); required and
 * computed fields are not granted edit; no system permissions beyond least privilege.
 */

/** Fields a permission set cannot grant: the system fields and an object's Name (always readable, no field-level security). */
function withoutFieldSecurity(apiName: string): boolean {
    return isSystemField(apiName) || apiName.toLowerCase() === 'name';
}
const POWERFUL = [
    'ModifyAllData',
    'ViewAllData',
    'ManageUsers',
    'AuthorApex',
    'CustomizeApplication',
    'ModifyMetadata',
    'ManageProfilesPermissionsets'
];

const flag = (el: XmlElement | undefined, name: string): boolean => elementText(el, name) === 'true';

export function checkPermissionSets(ctx: VerifyContext): void {
    const { report, model } = ctx;
    for (const f of ofType(ctx, 'PermissionSet')) {
        const root = f.root;
        const ps = f.kind?.name ?? '';
        if (!root) continue;
        // Policy rules (policy.ts): a description on every permission set, and least privilege.
        if (ctx.policy && !elementText(root, 'description'))
            report.error(
                f.path,
                root,
                `permission set ${ps} has no <description>`,
                'Say who it is for and what it grants (the product brief requires it)'
            );
        const readable = new Set<string>();
        for (const op of elementsNamed(root, 'objectPermissions')) {
            const name = elementText(op, 'object') ?? '';
            report.reference();
            const object = getObject(model, name);
            if (!object) {
                const near = closest(name, objectNames(model));
                report.error(
                    f.path,
                    elementNamed(op, 'object'),
                    `permission set ${ps} grants access to object ${name}, which does not exist${near ? `; did you mean ${near}?` : ''}`,
                    'Fix the object name or remove the objectPermissions entry'
                );
                continue;
            }
            const read = flag(op, 'allowRead');
            if (read) readable.add(object.apiName.toLowerCase());
            const needs: [boolean, string][] = [
                [flag(op, 'allowCreate') && !read, 'allowCreate needs allowRead'],
                [flag(op, 'allowEdit') && !read, 'allowEdit needs allowRead'],
                [flag(op, 'allowDelete') && !(read && flag(op, 'allowEdit')), 'allowDelete needs allowRead and allowEdit'],
                [flag(op, 'viewAllRecords') && !read, 'viewAllRecords needs allowRead'],
                [
                    flag(op, 'modifyAllRecords') &&
                        !(read && flag(op, 'allowEdit') && flag(op, 'allowDelete') && flag(op, 'viewAllRecords')),
                    'modifyAllRecords needs allowRead, allowEdit, allowDelete and viewAllRecords'
                ]
            ];
            for (const [bad, why] of needs)
                if (bad)
                    report.error(
                        f.path,
                        op,
                        `permission set ${ps} on ${object.apiName}: ${why}`,
                        'Grant the permissions it depends on (the deploy fails otherwise)'
                    );
        }
        // Master-detail children need read on their master in the same permission set.
        for (const op of elementsNamed(root, 'objectPermissions')) {
            const object = getObject(model, elementText(op, 'object') ?? '');
            if (!object || !flag(op, 'allowRead')) continue;
            for (const md of [...object.fields.values()].filter((x) => x.type === 'MasterDetail')) {
                const master = md.referenceTo?.[0] ?? '';
                if (readable.has(master.toLowerCase())) continue;
                const msg = `permission set ${ps} grants read on ${object.apiName} but not on its master ${master}`;
                if (master.includes('__')) report.error(f.path, op, msg, `Add objectPermissions for ${master} with allowRead true`);
                else report.warning(f.path, op, msg, `Users also need read on ${master} (from their profile or this permission set)`);
            }
        }
        for (const fp of elementsNamed(root, 'fieldPermissions')) {
            const ref = elementText(fp, 'field') ?? '';
            const at = elementNamed(fp, 'field');
            report.reference();
            const [objectName, fieldName] = ref.split('.');
            const object = getObject(model, objectName ?? '');
            if (!object || !fieldName) {
                const near = closest(objectName ?? '', objectNames(model));
                report.error(
                    f.path,
                    at,
                    `permission set ${ps} names field ${ref}, but object ${objectName ?? ''} does not exist${near ? `; did you mean ${near}?` : ''}`,
                    'Write fields as Object.Field'
                );
                continue;
            }
            const field = object.fields.get(fieldName.toLowerCase());
            if (!field) {
                const near = closest(fieldName, fieldNamesOf(object));
                report.error(
                    f.path,
                    at,
                    `permission set ${ps} names field ${ref}, which does not exist${near ? `; did you mean ${object.apiName}.${near}?` : ''}`,
                    'Fix the field name or remove the fieldPermissions entry'
                );
                continue;
            }
            const editable = flag(fp, 'editable');
            if (withoutFieldSecurity(field.apiName)) {
                report.error(
                    f.path,
                    at,
                    `permission set ${ps} sets field permissions on ${ref}, which has no field-level security`,
                    'Remove the entry'
                );
            } else if (field.required || field.type === 'MasterDetail') {
                report.error(
                    f.path,
                    at,
                    `permission set ${ps} sets field permissions on required field ${ref}`,
                    'Remove the entry: required and master-detail fields are always visible and editable (the deploy fails with "You cannot deploy to a required field")'
                );
            } else if (editable && !field.writable && field.custom && field.formula) {
                // Coral Cloud's Coral_Cloud_Admin deploys edit access on a formula field: the org does
                // not refuse it (the access has no effect), so this is only a warning.
                report.warning(
                    f.path,
                    elementNamed(fp, 'editable'),
                    `permission set ${ps} makes ${ref} editable, but it is a formula field`,
                    'Set <editable>false</editable>'
                );
            } else if (editable && !field.writable) {
                report.error(
                    f.path,
                    elementNamed(fp, 'editable'),
                    `permission set ${ps} makes ${ref} editable, but it is a ${field.formula ? 'formula' : field.type} field`,
                    'Set <editable>false</editable>'
                );
            }
            if (editable && elementText(fp, 'readable') === 'false')
                report.error(f.path, fp, `permission set ${ps} makes ${ref} editable but not readable`, 'Set <readable>true</readable>');
            if (field.custom && !readable.has(object.apiName.toLowerCase()) && object.custom) {
                report.warning(
                    f.path,
                    at,
                    `permission set ${ps} grants ${ref} without read access to ${object.apiName}`,
                    `Add objectPermissions for ${object.apiName}`
                );
            }
        }
        const tabs = componentNames(ctx, 'CustomTab');
        for (const ts of elementsNamed(root, 'tabSettings')) {
            const tab = elementText(ts, 'tab') ?? '';
            report.reference();
            if (tab.startsWith('standard-')) {
                if (!isStandardTab(ctx, tab))
                    report.error(
                        f.path,
                        elementNamed(ts, 'tab'),
                        `permission set ${ps} sets visibility of standard tab ${tab}, which is neither a standard object's tab nor a known standard tab`,
                        'Spell it as standard-<Object API name> (standard-Account) or a standard tab name'
                    );
                continue;
            }
            if (!tabs.has(tab.toLowerCase())) {
                const near = closest(tab, tabs.values());
                report.error(
                    f.path,
                    elementNamed(ts, 'tab'),
                    `permission set ${ps} sets visibility of tab ${tab}, which is not in tabs/${near ? `; did you mean ${near}?` : ''}`,
                    'Create the tab or fix the name (standard tabs are written standard-Account)'
                );
            }
        }
        checkNamed(ctx, f.path, ps, elementsNamed(root, 'classAccesses'), 'apexClass', 'ApexClass', 'Apex class');
        checkNamed(ctx, f.path, ps, elementsNamed(root, 'applicationVisibilities'), 'application', 'CustomApplication', 'app', (n) =>
            n.startsWith('standard__')
        );
        checkNamed(ctx, f.path, ps, elementsNamed(root, 'recordTypeVisibilities'), 'recordType', 'RecordType', 'record type');
        // Custom permissions of a managed package are written with its namespace (ns__Name) and are not in the project.
        checkNamed(ctx, f.path, ps, elementsNamed(root, 'customPermissions'), 'name', 'CustomPermission', 'custom permission', (n) =>
            n.includes('__')
        );
        // customSettingAccesses names a custom setting: a custom object with <customSettingsType> ("PermissionSet",
        // Metadata API Developer Guide, meta_permissionset.htm: PermissionSetCustomSettingAccesses).
        for (const access of elementsNamed(root, 'customSettingAccesses')) {
            const name = elementText(access, 'name') ?? '';
            report.reference();
            if (/^[A-Za-z0-9]+__\w+__c$/.test(name)) continue; // a managed package's setting
            const setting = getObject(model, name);
            if (!setting?.doc || !text(setting.doc.root, 'customSettingsType')) {
                const near = closest(name, customSettingNames(ctx));
                report.error(
                    f.path,
                    elementNamed(access, 'name'),
                    `permission set ${ps} grants custom setting ${name}, which is not a custom setting in the package${near ? `; did you mean ${near}?` : ''}`,
                    'Name a custom object that has <customSettingsType>'
                );
            }
        }
        for (const access of elementsNamed(root, 'customMetadataTypeAccesses')) {
            const name = elementText(access, 'name') ?? '';
            report.reference();
            if (!getObject(model, name) || !name.endsWith('__mdt')) {
                report.error(
                    f.path,
                    elementNamed(access, 'name'),
                    `permission set ${ps} grants custom metadata type ${name}, which does not exist`,
                    'Name an existing __mdt type'
                );
            }
        }
        for (const up of elementsNamed(root, 'userPermissions')) {
            const name = elementText(up, 'name') ?? '';
            if (ctx.policy && POWERFUL.includes(name) && flag(up, 'enabled')) {
                report.error(
                    f.path,
                    up,
                    `permission set ${ps} grants system permission ${name}`,
                    'Remove it: the package grants least privilege (DESIGN.md §6)'
                );
            }
        }
    }
}

function checkNamed(
    ctx: VerifyContext,
    file: string,
    ps: string,
    entries: XmlElement[],
    element: string,
    type: string,
    what: string,
    external: (name: string) => boolean = () => false
): void {
    const names = componentNames(ctx, type);
    for (const entry of entries) {
        const name = elementText(entry, element) ?? '';
        ctx.report.reference();
        if (external(name) || names.has(name.toLowerCase())) continue;
        const near = closest(name, names.values());
        ctx.report.error(
            file,
            elementNamed(entry, element),
            `permission set ${ps} names ${what} ${name}, which is not in the package${near ? `; did you mean ${near}?` : ''}`,
            `Create the ${what} or fix the name`
        );
    }
}
