import { basename, dirname } from 'node:path';
import { getObject } from '../../../core/metadata/project';
import { ofType, type MetadataFile, type VerifyContext } from '../context';
import { elementNamed, elementText } from '../../../core/xml';

/**
 * Rule 3 (names): API names are valid (letters, digits, underscores, start with a letter, no
 * double underscore inside, no trailing underscore, at most 40 characters before the suffix, the
 * right suffix) and unique per object, case-insensitively; a file's <fullName> matches its file name.
 */

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;

/** Why `name` is not a valid developer name (without suffix), or undefined when it is. */
function identifierProblem(name: string, maxLength = 40): string | undefined {
    if (name === '') return 'is empty';
    if (!/^[A-Za-z]/.test(name)) return 'must start with a letter';
    if (!IDENTIFIER.test(name)) return 'may contain only letters, digits and underscores';
    if (name.includes('__')) return 'must not contain two consecutive underscores';
    if (name.endsWith('_')) return 'must not end with an underscore';
    if (name.length > maxLength) return `is ${name.length} characters long; at most ${maxLength} are allowed`;
    return undefined;
}

const CUSTOM_OBJECT_SUFFIX = /__(c|mdt|e|b|x)$/;

function customNameProblem(name: string, suffix: RegExp, suffixText: string): string | undefined {
    const m = suffix.exec(name);
    if (!m) return `must end with ${suffixText}`;
    return identifierProblem(name.slice(0, m.index));
}

const CHILD_TYPES: [string, string][] = [
    ['CustomField', 'field'],
    ['ValidationRule', 'validation rule'],
    ['ListView', 'list view'],
    ['CompactLayout', 'compact layout'],
    ['RecordType', 'record type'],
    ['FieldSet', 'field set'],
    ['WebLink', 'web link']
];

const TOP_LEVEL_TYPES = [
    'PermissionSet',
    'CustomApplication',
    'FlexiPage',
    'ReportType',
    'ApexClass',
    'ApexTrigger',
    'CustomTab',
    'CustomPermission'
];

export function checkApiNames(ctx: VerifyContext): void {
    const { report } = ctx;
    // Objects: folder names.
    const objectFolders = new Map<string, string>();
    for (const f of ctx.files) {
        const parts = f.path.split(/[\\/]/);
        const at = parts.lastIndexOf('objects');
        if (at < 0 || parts.length < at + 3) continue;
        const name = parts[at + 1] ?? '';
        objectFolders.set(name, f.path);
    }
    const seenObjects = new Map<string, string>();
    for (const [name, somePath] of objectFolders) {
        const prior = seenObjects.get(name.toLowerCase());
        if (prior && prior !== name)
            report.error(
                somePath,
                1,
                `object folder ${name} duplicates ${prior} (API names are case-insensitive)`,
                'Merge the two folders'
            );
        seenObjects.set(name.toLowerCase(), name);
        if (name.includes('__')) {
            const why = customNameProblem(name, CUSTOM_OBJECT_SUFFIX, '__c, __mdt or __e');
            if (why) report.error(somePath, 1, `object API name ${name} ${why}`, 'Rename the object folder and its files');
        }
    }
    for (const f of ofType(ctx, 'CustomObject')) {
        const folder = basename(dirname(f.path));
        if (f.kind?.name !== folder)
            report.error(
                f.path,
                1,
                `object file ${basename(f.path)} is not named after its folder ${folder}`,
                `Name it ${folder}.object-meta.xml`
            );
    }

    // Children of objects: names valid, fullName matching, unique per object and type.
    for (const [type, what] of CHILD_TYPES) {
        const byObject = new Map<string, Map<string, MetadataFile>>();
        for (const f of ofType(ctx, type)) {
            const name = f.kind?.name ?? '';
            const object = f.kind?.object ?? '';
            const fullName = elementText(f.root, 'fullName');
            if (fullName && fullName !== name) {
                report.error(
                    f.path,
                    elementNamed(f.root, 'fullName'),
                    `<fullName>${fullName}</fullName> does not match the file name ${name}`,
                    `Make them equal (the ${what} API name is ${name} by its file name)`
                );
            }
            const why = type === 'CustomField' ? fieldNameProblem(ctx, name, object) : identifierProblem(name);
            if (why)
                report.error(
                    f.path,
                    elementNamed(f.root, 'fullName') ?? f.root,
                    `${what} API name ${name} ${why}`,
                    `Rename the ${what} (file and <fullName>)`
                );
            const names = byObject.get(object.toLowerCase()) ?? new Map<string, MetadataFile>();
            byObject.set(object.toLowerCase(), names);
            for (const n of new Set([name, fullName].filter((x): x is string => !!x))) {
                const prior = names.get(n.toLowerCase());
                if (prior && prior !== f) {
                    report.error(
                        f.path,
                        elementNamed(f.root, 'fullName') ?? f.root,
                        `duplicate ${what} API name ${n} on ${object}: also defined in ${report.rel(prior.path)} (API names are case-insensitive)`,
                        `Rename or delete one of them`
                    );
                } else names.set(n.toLowerCase(), f);
            }
        }
    }

    // Child relationship names: valid and unique per parent object.
    const relationshipsByParent = new Map<string, Map<string, MetadataFile>>();
    for (const f of ofType(ctx, 'CustomField')) {
        const rel = elementText(f.root, 'relationshipName');
        const target = elementText(f.root, 'referenceTo');
        if (!rel || !target) continue;
        const why = identifierProblem(rel);
        if (why)
            report.error(
                f.path,
                elementNamed(f.root, 'relationshipName'),
                `relationship name ${rel} ${why}`,
                'Use a name like Customer_Goals (the platform appends __r)'
            );
        const names = relationshipsByParent.get(target.toLowerCase()) ?? new Map<string, MetadataFile>();
        relationshipsByParent.set(target.toLowerCase(), names);
        const prior = names.get(rel.toLowerCase());
        if (prior) {
            report.error(
                f.path,
                elementNamed(f.root, 'relationshipName'),
                `child relationship name ${rel} on ${target} is also used by ${report.rel(prior.path)}`,
                'Give each relationship to the same parent a distinct relationshipName'
            );
        } else names.set(rel.toLowerCase(), f);
    }

    // Custom metadata records: Type.Record.md-meta.xml.
    for (const f of ofType(ctx, 'CustomMetadata')) {
        const [, record] = (f.kind?.name ?? '').split('.');
        const why = identifierProblem(record ?? '');
        if (why)
            report.error(f.path, 1, `custom metadata record name ${record ?? ''} ${why}`, 'Name the file <Type>.<Record_Name>.md-meta.xml');
    }

    for (const type of TOP_LEVEL_TYPES) {
        for (const f of ofType(ctx, type)) {
            const name = f.kind?.name ?? '';
            const why =
                type === 'CustomTab' && name.includes('__')
                    ? customNameProblem(name, CUSTOM_OBJECT_SUFFIX, '__c')
                    : identifierProblem(withoutNamespace(name), 80);
            if (why) report.error(f.path, 1, `${type} API name ${name} ${why}`, 'Rename the file');
        }
    }
}

function fieldNameProblem(ctx: VerifyContext, name: string, object: string): string | undefined {
    // A field file without __c on a standard object customises one of its standard fields.
    const owner = getObject(ctx.model, object);
    if (owner && !owner.custom && !name.includes('__')) {
        const known = owner.fields.get(name.toLowerCase());
        // A field the model knows only from this very file is not one the org defines.
        return known && !known.custom && !known.file ? undefined : `is not a standard field of ${object}; custom fields must end with __c`;
    }
    return customNameProblem(name, /__c$/, '__c');
}

/** A top-level name may carry a namespace prefix (ns__Name), as components of installed packages do. */
function withoutNamespace(name: string): string {
    const m = /^([A-Za-z][A-Za-z0-9]*)__(?!c$|mdt$|e$|b$|x$)(.+)$/.exec(name);
    return m ? (m[2] ?? name) : name;
}
