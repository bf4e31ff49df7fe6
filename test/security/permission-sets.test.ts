import { join } from 'node:path';
import { loadProject } from '../../core/metadata/project';
import { childNodes, parseXmlFile, text } from '../../core/xml';

/**
 * Least privilege, audited: each permission set grants only what its users need from this
 * package, and nothing of the org beyond it.
 */
const SOURCE = join(__dirname, '..', '..', 'force-app', 'main', 'default');
const model = loadProject(SOURCE);
const PACKAGE_OBJECTS = ['Customer_Goal__c', 'Customer_KPI__c', 'KPI_Measurement__c', 'Success_Check_In__c'];
// Read on a master is required to grant access to its detail objects; nothing more on them.
const MASTERS_READ_ONLY = ['Account', 'Opportunity'];

interface ObjectAccess {
    create: boolean;
    read: boolean;
    edit: boolean;
    del: boolean;
    viewAll: boolean;
    modifyAll: boolean;
}

function permissionSet(name: string) {
    const doc = parseXmlFile(join(SOURCE, 'permissionsets', `${name}.permissionset-meta.xml`));
    const flag = (node: Parameters<typeof text>[0], element: string): boolean => text(node, element) === 'true';
    const objects = new Map<string, ObjectAccess>(
        childNodes(doc.root, 'objectPermissions').map((p) => [
            text(p, 'object') ?? '',
            {
                create: flag(p, 'allowCreate'),
                read: flag(p, 'allowRead'),
                edit: flag(p, 'allowEdit'),
                del: flag(p, 'allowDelete'),
                viewAll: flag(p, 'viewAllRecords'),
                modifyAll: flag(p, 'modifyAllRecords')
            }
        ])
    );
    const fields = new Map(
        childNodes(doc.root, 'fieldPermissions').map((p) => [
            text(p, 'field') ?? '',
            { read: flag(p, 'readable'), edit: flag(p, 'editable') }
        ])
    );
    return {
        label: text(doc.root, 'label'),
        description: text(doc.root, 'description') ?? '',
        userPermissions: childNodes(doc.root, 'userPermissions').map((p) => text(p, 'name')),
        objects,
        fields,
        customMetadata: childNodes(doc.root, 'customMetadataTypeAccesses').map((p) => text(p, 'name'))
    };
}

const sets = {
    User: permissionSet('Customer_Outcomes_User'),
    Manager: permissionSet('Customer_Outcomes_Manager'),
    Admin: permissionSet('Customer_Outcomes_Admin')
};

/** Every custom field of the package, as Object.Field, with whether users may ever edit it. */
const packageFields = [...model.objects.values()]
    .filter((o) => PACKAGE_OBJECTS.includes(o.apiName) || o.apiName === 'Opportunity')
    .flatMap((o) => [...o.fields.values()].filter((f) => f.custom && f.apiName.endsWith('__c')))
    .map((f) => ({
        name: `${f.object}.${f.apiName}`,
        userEditable: f.writable && !['Current_Value__c', 'Current_As_Of__c'].includes(f.apiName),
        required: f.required
    }));

describe.each(Object.entries(sets))('permission set Customer Outcomes %s', (tier, set) => {
    it('has a label and a description saying who gets it', () => {
        expect(set.label).toBe(`Customer Outcomes ${tier}`);
        expect(set.description.length).toBeGreaterThan(40);
    });

    it('grants no system permission', () => {
        expect(set.userPermissions).toEqual([]);
    });

    it('touches only the package objects, and its masters read-only', () => {
        expect([...set.objects.keys()].sort()).toEqual([...PACKAGE_OBJECTS, ...MASTERS_READ_ONLY].sort());
        for (const master of MASTERS_READ_ONLY) {
            expect(set.objects.get(master)).toEqual({
                create: false,
                read: true,
                edit: false,
                del: false,
                viewAll: false,
                modifyAll: false
            });
        }
    });

    it('grants field access only on package fields, never edit on derived fields', () => {
        const known = new Map(packageFields.map((f) => [f.name, f]));
        for (const [field, access] of set.fields) {
            expect(known.has(field) ? field : `${field} (not a package field)`).toBe(field);
            if (access.edit) expect(known.get(field)?.userEditable ? field : `${field} (derived, must be read-only)`).toBe(field);
        }
    });

    it('lets its users read every package field the panels show (required fields are always readable)', () => {
        const unreadable = packageFields.filter((f) => !f.required && !set.fields.get(f.name)?.read).map((f) => f.name);
        expect(unreadable).toEqual([]);
    });
});

describe('tiers', () => {
    it('reps create and edit outcomes data, but cannot delete check-ins or see records they are not shared', () => {
        for (const object of PACKAGE_OBJECTS) {
            const access = sets.User.objects.get(object);
            expect(access).toMatchObject({ create: true, read: true, edit: true, viewAll: false, modifyAll: false });
        }
        expect(sets.User.objects.get('Success_Check_In__c')?.del).toBe(false);
    });

    it('managers add view-all for team reporting, not modify-all', () => {
        for (const object of PACKAGE_OBJECTS) expect(sets.Manager.objects.get(object)).toMatchObject({ viewAll: true, modifyAll: false });
    });

    it('admins add modify-all on the package objects and read on the policy metadata only', () => {
        for (const object of PACKAGE_OBJECTS) expect(sets.Admin.objects.get(object)).toMatchObject({ viewAll: true, modifyAll: true });
        expect(sets.Admin.customMetadata).toEqual(['Customer_Outcomes_Setting__mdt']);
        expect(sets.User.customMetadata).toEqual([]);
        expect(sets.Manager.customMetadata).toEqual([]);
    });
});
