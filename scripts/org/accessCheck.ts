/**
 * Which access on objects outside the package the package's permission sets rely on, and whether
 * a user has it. The permission sets grant only Read on Opportunity (least privilege): Edit must
 * come from the user's profile or another permission set. Two things need it:
 *
 * - Creating a Success Check-In: Success_Check_In__c.Opportunity__c is master-detail with
 *   writeRequiresMasterRead false, i.e. "Read/Write" access to the master is needed to create,
 *   edit or delete the detail (Metadata API Developer Guide, "CustomField": writeRequiresMasterRead,
 *   https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/customfield.htm).
 * - Marking follow-up complete: an update of Opportunity.Follow_Up_Complete__c, which needs Edit on
 *   Opportunity and edit field-level security on that field.
 *
 * Both facts are derived from force-app, never retyped: master-detail fields of objects the set
 * lets users create or edit, and fields the set marks editable on objects it does not let them edit.
 *
 * A user's effective permissions are the union over their profile and permission sets. Each
 * profile owns a permission set (PermissionSet.IsOwnedByProfile, PermissionSet.ProfileId), and
 * object and field permissions of profiles and permission sets alike are ObjectPermissions and
 * FieldPermissions rows whose ParentId is that permission set (Object Reference: "PermissionSet",
 * https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_permissionset.htm;
 * "ObjectPermissions", .../sforce_api_objects_objectpermissions.htm; "FieldPermissions",
 * .../sforce_api_objects_fieldpermissions.htm). Querying them needs View Setup and Configuration.
 * Muting permission sets in permission set groups are not subtracted: unverified in an org.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getField, getObject, loadProject, type ProjectModel } from '../../core/metadata/project';
import { childNodes, parseXmlFile, text } from '../../core/xml';
import type { Connection } from './jsforce';
import { chunk, queryAll, soqlList } from './connection';
import { COLLECTION_LIMIT } from './seedPlan';

/** Access one of the package's permission sets needs from outside the package. */
export type AccessNeed =
    | { kind: 'object'; object: string; objectLabel: string; for: string[] }
    | { kind: 'field'; object: string; field: string; fieldLabel: string; for: string[] };

interface SetGrants {
    editable: Set<string>;
    creatableOrEditable: Set<string>;
    editableFields: string[];
}

function readGrants(file: string): SetGrants {
    const root = parseXmlFile(file).root;
    const grants: SetGrants = { editable: new Set(), creatableOrEditable: new Set(), editableFields: [] };
    for (const p of childNodes(root, 'objectPermissions')) {
        const object = text(p, 'object');
        if (!object) continue;
        if (text(p, 'allowEdit') === 'true') grants.editable.add(object);
        if (text(p, 'allowEdit') === 'true' || text(p, 'allowCreate') === 'true') grants.creatableOrEditable.add(object);
    }
    for (const p of childNodes(root, 'fieldPermissions')) {
        const field = text(p, 'field');
        if (field && text(p, 'editable') === 'true') grants.editableFields.push(field);
    }
    return grants;
}

/** What the named permission set needs from the profile (empty for a set not in force-app). */
export function accessNeeds(root: string, permissionSet: string, model?: ProjectModel): AccessNeed[] {
    const file = join(root, 'force-app', 'main', 'default', 'permissionsets', `${permissionSet}.permissionset-meta.xml`);
    if (!existsSync(file)) return [];
    const project = model ?? loadProject(join(root, 'force-app', 'main', 'default'));
    const grants = readGrants(file);
    const needs = new Map<string, AccessNeed>();
    const needObject = (object: string, reason: string): void => {
        const key = `object:${object}`;
        const need = needs.get(key) ?? { kind: 'object', object, objectLabel: getObject(project, object)?.label ?? object, for: [] };
        if (!need.for.includes(reason)) need.for.push(reason);
        needs.set(key, need);
    };
    for (const childName of grants.creatableOrEditable) {
        const child = getObject(project, childName);
        for (const field of child?.fields.values() ?? []) {
            const master = field.referenceTo?.[0];
            if (field.type !== 'MasterDetail' || !master || grants.editable.has(master)) continue;
            // writeRequiresMasterRead true: Read on the master is enough, which the set grants.
            if (field.doc && text(field.doc.root, 'writeRequiresMasterRead') === 'true') continue;
            needObject(
                master,
                `saving ${child?.label ?? childName} records (master-detail ${childName}.${field.apiName} needs Read/Write on the ${master})`
            );
        }
    }
    for (const qualified of grants.editableFields) {
        const [object = '', fieldName = ''] = qualified.split('.');
        if (grants.editable.has(object)) continue;
        const field = getField(project, object, fieldName);
        const reason = `editing ${field?.label ?? fieldName} (${qualified})`;
        needObject(object, reason);
        needs.set(`field:${qualified}`, { kind: 'field', object, field: qualified, fieldLabel: field?.label ?? fieldName, for: [reason] });
    }
    return [...needs.values()];
}

/** The needs of several permission sets, merged (one entry per object or field). */
export function mergeNeeds(lists: AccessNeed[][]): AccessNeed[] {
    const merged = new Map<string, AccessNeed>();
    for (const need of lists.flat()) {
        const key = need.kind === 'object' ? `object:${need.object}` : `field:${need.field}`;
        const known = merged.get(key);
        if (!known) merged.set(key, { ...need, for: [...need.for] });
        else for (const reason of need.for) if (!known.for.includes(reason)) known.for.push(reason);
    }
    return [...merged.values()];
}

export interface CheckedUser {
    Id: string;
    Username: string;
    ProfileId?: string;
    profileName?: string;
}

export interface UserAccess {
    username: string;
    profileName?: string;
    /** What was checked. */
    needs: AccessNeed[];
    missing: AccessNeed[];
}

/** "Edit on Opportunity, edit access to Opportunity.Follow_Up_Complete__c": what the needs are, in a line. */
export function describeNeeds(needs: AccessNeed[]): string {
    return needs.map((n) => (n.kind === 'object' ? `Edit on ${n.object}` : `edit access to ${n.field}`)).join(', ');
}

/** Every user's missing needs, from ObjectPermissions / FieldPermissions of their profile and permission sets. */
export async function checkUsersAccess(conn: Connection, users: CheckedUser[], needs: AccessNeed[]): Promise<UserAccess[]> {
    if (!needs.length || !users.length) return users.map((u) => ({ username: u.Username, profileName: u.profileName, needs, missing: [] }));
    const parentsByUser = new Map<string, Set<string>>(users.map((u) => [u.Id, new Set<string>()]));
    for (const part of chunk(users, COLLECTION_LIMIT)) {
        const rows = await queryAll(
            conn,
            `SELECT AssigneeId, PermissionSetId FROM PermissionSetAssignment WHERE AssigneeId IN (${soqlList(part.map((u) => u.Id))})`
        );
        for (const row of rows) parentsByUser.get(String(row.AssigneeId))?.add(String(row.PermissionSetId));
    }
    // The profile's own permission set, whether or not PermissionSetAssignment lists it.
    const profileIds = [...new Set(users.map((u) => u.ProfileId).filter((p): p is string => !!p))];
    for (const part of chunk(profileIds, COLLECTION_LIMIT)) {
        const rows = await queryAll(
            conn,
            `SELECT Id, ProfileId FROM PermissionSet WHERE IsOwnedByProfile = true AND ProfileId IN (${soqlList(part)})`
        );
        for (const row of rows) for (const u of users) if (u.ProfileId === row.ProfileId) parentsByUser.get(u.Id)?.add(String(row.Id));
    }
    const parents = [...new Set([...parentsByUser.values()].flatMap((s) => [...s]))];
    const objectNeeds = needs.filter((n) => n.kind === 'object');
    const fieldNeeds = needs.filter((n): n is Extract<AccessNeed, { kind: 'field' }> => n.kind === 'field');
    const editObject = new Set<string>();
    const editField = new Set<string>();
    for (const part of chunk(parents, COLLECTION_LIMIT)) {
        if (objectNeeds.length) {
            const rows = await queryAll(
                conn,
                `SELECT ParentId, SobjectType, PermissionsEdit FROM ObjectPermissions WHERE ParentId IN (${soqlList(part)}) AND SobjectType IN (${soqlList(objectNeeds.map((n) => n.object))})`
            );
            for (const row of rows) if (row.PermissionsEdit === true) editObject.add(`${row.ParentId}:${row.SobjectType}`);
        }
        if (fieldNeeds.length) {
            const rows = await queryAll(
                conn,
                `SELECT ParentId, Field, PermissionsEdit FROM FieldPermissions WHERE ParentId IN (${soqlList(part)}) AND Field IN (${soqlList(fieldNeeds.map((n) => n.field))})`
            );
            for (const row of rows) if (row.PermissionsEdit === true) editField.add(`${row.ParentId}:${row.Field}`);
        }
    }
    return users.map((user) => {
        const own = [...(parentsByUser.get(user.Id) ?? [])];
        const missing = needs.filter((need) =>
            need.kind === 'object'
                ? !own.some((p) => editObject.has(`${p}:${need.object}`))
                : !own.some((p) => editField.has(`${p}:${need.field}`))
        );
        return { username: user.Username, profileName: user.profileName, needs, missing };
    });
}

/** Lines telling an admin what a user lacks and where to grant it (empty when nothing is missing). */
export function describeMissing(access: UserAccess): string[] {
    const profile = access.profileName ? `profile "${access.profileName}"` : 'their profile';
    return access.missing.map((need) =>
        need.kind === 'object'
            ? `${access.username}: no Edit on ${need.objectLabel}, needed for ${need.for.join('; ')}. Grant it in Setup → Profiles → ${access.profileName ?? '<profile>'} → Object Settings → ${need.objectLabel} → Edit, or assign a permission set granting Edit on ${need.object}; neither ${profile} nor the user's permission sets grant it.`
            : `${access.username}: cannot edit the field ${need.fieldLabel} (${need.field}), needed for ${need.for.join('; ')}. Grant edit field-level security on it in ${profile} or a permission set (the package's permission sets grant it; a muting permission set may remove it).`
    );
}
