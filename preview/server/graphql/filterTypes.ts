import { GraphQLInputObjectType, GraphQLList, GraphQLString, type GraphQLInputFieldConfigMap } from 'graphql';
import { objectOf, type ObjectMeta, type StoreSchema } from '../store/objectMeta';
import { DATA_TYPES, idOperators, OrderByClause } from './sharedTypes';

/**
 * `<Object>_Filter` (and/or/not, one operator input per filterable field, the parent's filter per
 * parent relationship) and `<Object>_OrderBy` (OrderByClause per sortable field, the parent's
 * ordering per parent relationship), as the org's schema names them. Id and reference fields take
 * IDOperators, whose inq/ninq semi-joins read `{ <Object>: <Object>_Filter, ApiName: "Field" }`.
 */

export function buildFilterTypes(schema: StoreSchema): Map<string, GraphQLInputObjectType> {
    const types = new Map<string, GraphQLInputObjectType>();
    const joinInput: GraphQLInputObjectType = new GraphQLInputObjectType({
        name: 'JoinInput',
        fields: () => {
            const fields: GraphQLInputFieldConfigMap = { ApiName: { type: GraphQLString } };
            for (const object of schema.objects) {
                const type = types.get(object.apiName.toLowerCase());
                if (type) fields[object.apiName] = { type };
            }
            return fields;
        }
    });
    const ids = idOperators(joinInput);
    for (const object of schema.objects) {
        const type: GraphQLInputObjectType = new GraphQLInputObjectType({
            name: `${object.apiName}_Filter`,
            fields: () => {
                const fields: GraphQLInputFieldConfigMap = {
                    and: { type: new GraphQLList(type) },
                    or: { type: new GraphQLList(type) },
                    not: { type }
                };
                for (const field of object.fields)
                    if (field.filterable) fields[field.apiName] = { type: DATA_TYPES[field.dataType].operators ?? ids };
                addParents(schema, object, fields, types);
                return fields;
            }
        });
        types.set(object.apiName.toLowerCase(), type);
    }
    return types;
}

export function buildOrderByTypes(schema: StoreSchema): Map<string, GraphQLInputObjectType> {
    const types = new Map<string, GraphQLInputObjectType>();
    for (const object of schema.objects) {
        types.set(
            object.apiName.toLowerCase(),
            new GraphQLInputObjectType({
                name: `${object.apiName}_OrderBy`,
                fields: () => {
                    const fields: GraphQLInputFieldConfigMap = {};
                    for (const field of object.fields) if (field.sortable) fields[field.apiName] = { type: OrderByClause };
                    addParents(schema, object, fields, types);
                    return fields;
                }
            })
        );
    }
    return types;
}

function addParents(
    schema: StoreSchema,
    object: ObjectMeta,
    fields: GraphQLInputFieldConfigMap,
    types: Map<string, GraphQLInputObjectType>
): void {
    for (const field of object.fields) {
        const reference = field.reference;
        const target = reference ? objectOf(schema, reference.target) : undefined;
        const targetType = target ? types.get(target.apiName.toLowerCase()) : undefined;
        if (reference && targetType && !fields[reference.relationshipName]) fields[reference.relationshipName] = { type: targetType };
    }
}
