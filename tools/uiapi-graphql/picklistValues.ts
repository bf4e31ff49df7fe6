import { Kind, visit, type ASTNode, type DocumentNode } from 'graphql';
import { fieldOf, objectOf, type StoreSchema } from '../../preview/server/store/objectMeta';

/**
 * The one check on GraphQL writes that the schema cannot express: a picklist value written by a
 * mutation is one of the field's values. UI API types a picklist input as the `Picklist` scalar (any
 * string), so graphql-js accepts every value. With a restricted picklist "only an admin can add or
 * change values; users can't load or remove values through the API" (Metadata API Developer Guide,
 * "Picklist (Including Dependent Picklist)", restrictedPicklist:
 * https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_picklist.htm), so a
 * value outside its set is an error; an unrestricted picklist keeps any value, so that is a warning.
 * The org's exact error for a GraphQL write of such a value is unverified in an org.
 */

export interface PicklistProblem {
    object: string;
    field: string;
    value: string;
    values: string[];
    restricted: boolean;
    /** The literal in the document (absent for a variable's value). */
    node?: ASTNode;
}

function check(store: StoreSchema, objectName: string, fieldName: string, value: unknown, node?: ASTNode): PicklistProblem | undefined {
    const object = objectOf(store, objectName);
    const field = object ? fieldOf(object, fieldName) : undefined;
    if (!object || !field?.picklist || typeof value !== 'string' || value === '') return undefined;
    const { values, restricted } = field.picklist;
    const written = field.dataType === 'MultiPicklist' ? value.split(';') : [value];
    const bad = written.find((v) => !values.includes(v));
    return bad === undefined
        ? undefined
        : { object: object.apiName, field: field.apiName, value: bad, values, restricted, ...(node ? { node } : {}) };
}

/** Picklist literals in `<Object>Create/Update(input: { <Object>: { Field: "value" } })` that are not the field's values. */
export function picklistLiterals(store: StoreSchema, document: DocumentNode): PicklistProblem[] {
    const problems: PicklistProblem[] = [];
    visit(document, {
        Field(node) {
            const operation = /^(.+)(Create|Update)$/.exec(node.name.value);
            const input = node.arguments?.find((a) => a.name.value === 'input')?.value;
            if (!operation?.[1] || input?.kind !== Kind.OBJECT) return;
            const objectName = operation[1];
            const record = input.fields.find((f) => f.name.value.toLowerCase() === objectName.toLowerCase())?.value;
            if (record?.kind !== Kind.OBJECT) return;
            for (const f of record.fields) {
                if (f.value.kind !== Kind.STRING && f.value.kind !== Kind.ENUM) continue;
                const problem = check(store, objectName, f.name.value, f.value.value, f.value);
                if (problem) problems.push(problem);
            }
        }
    });
    return problems;
}

/** Picklist values in the variables of type `<Object>CreateInput` / `<Object>UpdateInput` that are not the field's values. */
export function picklistVariables(store: StoreSchema, document: DocumentNode, variables: Record<string, unknown>): PicklistProblem[] {
    const problems: PicklistProblem[] = [];
    visit(document, {
        VariableDefinition(definition) {
            let type = definition.type;
            while (type.kind !== Kind.NAMED_TYPE) type = type.type;
            const objectName = /^(.+)(Create|Update)Input$/.exec(type.name.value)?.[1];
            const input = variables[definition.variable.name.value];
            if (!objectName || !input || typeof input !== 'object') return;
            const record = Object.entries(input).find(([k]) => k.toLowerCase() === objectName.toLowerCase())?.[1];
            if (!record || typeof record !== 'object') return;
            for (const [fieldName, value] of Object.entries(record)) {
                const problem = check(store, objectName, fieldName, value);
                if (problem) problems.push(problem);
            }
        }
    });
    return problems;
}
