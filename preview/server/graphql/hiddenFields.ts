import type { ObjectMeta, StoreSchema } from '../store/objectMeta';

/**
 * The running user's field-level security in the preview (issue 11). In the org the GraphQL
 * schema is per user: a field the user cannot read is not in it at all (not in the record type,
 * the filters, the orderBy or the mutation inputs), so a query naming it fails with
 * "Field 'X' is undefined", unless it is marked `@optional`, which leaves it out (optionalFields.ts).
 * The preview plays such a user by building its schema from the model without those fields.
 *
 * Names are "Object.Field" (API names, any case). Set at startup by PREVIEW_HIDDEN_FIELDS
 * (comma-separated) and at run time by POST /__preview/access (../fieldAccess.ts); POST
 * /__preview/reset goes back to the startup list.
 */

/** Fields every record keeps whatever the user's field-level security (as in the org). */
const ALWAYS_READABLE = new Set(['id']);

let current: readonly string[] = parseHiddenFields(process.env.PREVIEW_HIDDEN_FIELDS);

/** "Account.Name, Opportunity.Amount" -> ['Account.Name', 'Opportunity.Amount']; blank entries dropped. */
export function parseHiddenFields(value: string | undefined): string[] {
    return (value ?? '')
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean);
}

/** The fields hidden from the running user now. */
export function hiddenFields(): readonly string[] {
    return current;
}

export function setHiddenFields(names: readonly string[]): void {
    current = Object.freeze([...names]);
}

/** Back to PREVIEW_HIDDEN_FIELDS (none when unset): the user the preview was started as. */
export function resetHiddenFields(env: NodeJS.ProcessEnv = process.env): void {
    setHiddenFields(parseHiddenFields(env.PREVIEW_HIDDEN_FIELDS));
}

/** Why each name cannot be hidden (unknown object or field, Id); empty when all can. */
export function checkHiddenFields(schema: StoreSchema, names: readonly string[]): string[] {
    const problems: string[] = [];
    for (const name of names) {
        const [objectName, fieldName, ...rest] = name.split('.');
        const object = objectName ? schema.objectMap.get(objectName.toLowerCase()) : undefined;
        if (!objectName || !fieldName || rest.length) problems.push(`"${name}" is not Object.Field.`);
        else if (!object) problems.push(`"${name}": no object ${objectName}.`);
        else if (!object.fieldMap.has(fieldName.toLowerCase())) problems.push(`"${name}": ${object.apiName} has no field ${fieldName}.`);
        else if (ALWAYS_READABLE.has(fieldName.toLowerCase())) problems.push(`"${name}": ${fieldName} is always readable.`);
    }
    return problems;
}

/**
 * The model as a user without the named fields sees it: each object keeps only the fields the
 * user can read (a hidden lookup takes its relationship with it, and the parent's child
 * relationship through it). Records are still read from the store, which keeps every field.
 */
export function withoutFields(schema: StoreSchema, names: readonly string[]): StoreSchema {
    if (!names.length) return schema;
    const hidden = new Map<string, Set<string>>();
    for (const name of names) {
        const [objectName = '', fieldName = ''] = name.toLowerCase().split('.');
        if (ALWAYS_READABLE.has(fieldName)) continue;
        hidden.set(objectName, (hidden.get(objectName) ?? new Set()).add(fieldName));
    }
    const objects = schema.objects.map((object): ObjectMeta => {
        const gone = hidden.get(object.apiName.toLowerCase());
        if (!gone) return object;
        const visible = (apiName: string): boolean => !gone.has(apiName.toLowerCase());
        return {
            ...object,
            fields: object.fields.filter((f) => visible(f.apiName)),
            fieldMap: new Map([...object.fieldMap].filter(([k]) => !gone.has(k))),
            nameField: object.nameField && visible(object.nameField.apiName) ? object.nameField : undefined,
            parentRelationships: new Map([...object.parentRelationships].filter(([, f]) => visible(f.apiName)))
        };
    });
    const objectMap = new Map(objects.map((o) => [o.apiName.toLowerCase(), o]));
    return {
        ...schema,
        objects,
        objectMap,
        byPrefix: new Map(objects.map((o) => [o.keyPrefix, o]))
    };
}
