import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { childNodes, parseXmlFile, text } from '../../../core/xml';

/**
 * Field-level security for the preview's running user, read from force-app's permission sets.
 * A field that the assigned permission sets name is editable only when one of them grants edit
 * (so Customer_KPI__c.Current_Value__c stays read-only, as the package ships it). Fields no
 * permission set names (standard fields) follow the profile, which in the preview allows edit.
 */
export interface FieldAccess {
    /** False when the running user may read but not edit the field (Object.Field, any case). */
    editable(objectApiName: string, fieldApiName: string): boolean;
}

export function loadFieldAccess(sourceDir: string, permissionSets?: string[]): FieldAccess {
    const dir = join(sourceDir, 'permissionsets');
    const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.permissionset-meta.xml')) : [];
    const wanted = permissionSets?.map((p) => p.toLowerCase());
    const editable = new Map<string, boolean>();
    for (const file of files) {
        const name = file.replace('.permissionset-meta.xml', '').toLowerCase();
        if (wanted && !wanted.includes(name)) continue;
        const doc = parseXmlFile(join(dir, file));
        for (const permission of childNodes(doc.root, 'fieldPermissions')) {
            const field = text(permission, 'field')?.toLowerCase();
            if (!field) continue;
            editable.set(field, (editable.get(field) ?? false) || text(permission, 'editable') === 'true');
        }
    }
    return {
        editable: (objectApiName, fieldApiName) => editable.get(`${objectApiName}.${fieldApiName}`.toLowerCase()) ?? true
    };
}

/** The permission set a preview user has unless told otherwise: the rep tier. */
export const DEFAULT_PERMISSION_SETS: readonly string[] = ['Customer_Outcomes_User'];

/** The API names of force-app's permission sets (as the files spell them). */
export function permissionSetNames(sourceDir: string): string[] {
    const dir = join(sourceDir, 'permissionsets');
    return existsSync(dir)
        ? readdirSync(dir)
              .filter((f) => f.endsWith('.permissionset-meta.xml'))
              .map((f) => f.replace('.permissionset-meta.xml', ''))
              .sort()
        : [];
}

/**
 * The custom permissions (lower-case API names) that the named permission sets enable, read from
 * their `<customPermissions>` entries: what `$Permission.<Name>` is true for in formulas and
 * validation rules. Unknown permission set names grant nothing (callers check names first).
 */
export function loadCustomPermissions(sourceDir: string, permissionSets: readonly string[]): Set<string> {
    const dir = join(sourceDir, 'permissionsets');
    const wanted = new Set(permissionSets.map((p) => p.toLowerCase()));
    const granted = new Set<string>();
    for (const name of permissionSetNames(sourceDir)) {
        if (!wanted.has(name.toLowerCase())) continue;
        const doc = parseXmlFile(join(dir, `${name}.permissionset-meta.xml`));
        for (const permission of childNodes(doc.root, 'customPermissions')) {
            const permissionName = text(permission, 'name');
            if (permissionName && text(permission, 'enabled') === 'true') granted.add(permissionName.toLowerCase());
        }
    }
    return granted;
}
