import { existsSync } from 'node:fs';
import { ofType, type VerifyContext } from '../context';
import { elementNamed, elementText } from '../../../core/xml';

/**
 * Rule 3 (objects): a custom object has its object file, label, plural label and name field (and,
 * as a policy rule, a description); a detail object's sharing is controlled by its parent; at most two master-details.
 */
export function checkObjects(ctx: VerifyContext): void {
    const { report, model } = ctx;
    for (const f of ofType(ctx, 'CustomObject')) {
        const root = f.root;
        const name = f.kind?.name ?? '';
        if (!root || !name.includes('__')) continue;
        const err = (what: string, fix: string, at = elementNamed(root, 'label') ?? root): void =>
            report.error(f.path, at, `${name}: ${what}`, fix);
        if (!elementText(root, 'label')) err('has no <label>', 'Add a plain-English <label>', root);
        // A custom setting (<customSettingsType> List or Hierarchy) has no plural label, name field or
        // sharing model ("CustomObject", Metadata API Developer Guide, meta_customobject.htm: customSettingsType).
        const setting = !!elementText(root, 'customSettingsType');
        if (!setting && !elementText(root, 'pluralLabel')) err('has no <pluralLabel>', 'Add <pluralLabel>', root);
        if (ctx.policy && !elementText(root, 'description'))
            err('has no <description>', 'Add a <description> saying what the object records (the product brief requires one)', root);
        if (name.endsWith('__c') && !setting) {
            const nameField = elementNamed(root, 'nameField');
            if (!nameField) err('has no <nameField>', 'Add <nameField> with <label> and <type> Text or AutoNumber', root);
            else {
                const t = elementText(nameField, 'type');
                if (t !== 'Text' && t !== 'AutoNumber')
                    err(`name field type ${t ?? '(none)'} must be Text or AutoNumber`, 'Set <nameField><type>', nameField);
                if (t === 'AutoNumber' && !/\{0+\}/.test(elementText(nameField, 'displayFormat') ?? ''))
                    err(
                        'an auto-number name needs <displayFormat> with {0}',
                        'Add e.g. <displayFormat>CHK-{00000}</displayFormat>',
                        nameField
                    );
                if (!elementText(nameField, 'label')) err('name field has no <label>', 'Add <label>', nameField);
            }
            if (!elementText(root, 'deploymentStatus'))
                report.warning(
                    f.path,
                    root,
                    `${name}: no <deploymentStatus>`,
                    'Add <deploymentStatus>Deployed</deploymentStatus> so users see the object'
                );
            const object = model.objects.get(name.toLowerCase());
            const masters = [...(object?.fields.values() ?? [])].filter((x) => x.type === 'MasterDetail');
            const sharing = elementText(root, 'sharingModel');
            if (masters.length > 0 && sharing !== 'ControlledByParent') {
                err(
                    `is the detail of ${masters.map((m) => m.referenceTo?.[0]).join(', ')} but its sharingModel is ${sharing ?? '(none)'}`,
                    'Set <sharingModel>ControlledByParent</sharingModel>',
                    elementNamed(root, 'sharingModel') ?? root
                );
            }
            if (masters.length === 0 && !sharing) err('has no <sharingModel>', 'Add <sharingModel> (Private, Read or ReadWrite)', root);
            if (masters.length > 2)
                err(`has ${masters.length} master-detail fields; at most 2 are allowed`, 'Turn the extra ones into lookups', root);
        }
    }
    // Folders of custom objects with fields but no object file.
    for (const object of model.objects.values()) {
        if (!object.custom || object.file) continue;
        const folder = object.folders?.[0];
        if (!folder || !existsSync(folder)) continue;
        const any = ctx.files.find((x) => x.kind?.object === object.apiName);
        report.error(
            any?.path ?? folder,
            1,
            `custom object ${object.apiName} has components but no ${object.apiName}.object-meta.xml`,
            'Add the object definition file'
        );
    }
}
