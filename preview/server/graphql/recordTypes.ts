import {
    GraphQLBoolean,
    GraphQLEnumType,
    GraphQLError,
    GraphQLID,
    GraphQLInputObjectType,
    GraphQLInt,
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLString,
    type GraphQLFieldConfigArgumentMap,
    type GraphQLFieldConfigMap
} from 'graphql';
import { objectOf, type FieldMeta, type ObjectMeta, type StoreSchema } from '../store/objectMeta';
import { connection, type ConnectionArgs } from './connection';
import { readField, type RecordSource, type RequestContext } from './context';
import { displayFormat, displayValue } from './display';
import { indexedCandidates, ownedCandidates } from './filterEngine';
import { LongScalar } from './scalars';
import { DATA_TYPES, PageInfo, ValueTypes } from './sharedTypes';

/**
 * The query side of the schema, generated from the model: one type per object implementing
 * `Record`, each field as its value type (`Amount { value displayValue }`), parent relationships
 * as the parent's type, child relationships as paged connections with where/orderBy.
 */

const MASTER_RECORD_TYPE_ID = '012000000000000AAA';

const RecordInterface = new GraphQLInterfaceType({
    name: 'Record',
    fields: {
        Id: { type: new GraphQLNonNull(GraphQLID) },
        ApiName: { type: new GraphQLNonNull(GraphQLString) },
        WeakEtag: { type: new GraphQLNonNull(LongScalar) },
        DisplayValue: { type: GraphQLString },
        LastModifiedById: { type: ValueTypes.IDValue },
        LastModifiedDate: { type: ValueTypes.DateTimeValue },
        SystemModstamp: { type: ValueTypes.DateTimeValue },
        RecordTypeId: { type: ValueTypes.IDValue, args: { fallback: { type: GraphQLBoolean } } }
    }
});

export interface RecordTypes {
    objectTypes: Map<string, GraphQLObjectType>;
    connectionTypes: Map<string, GraphQLObjectType>;
    scopeTypes: Map<string, GraphQLEnumType>;
}

function valueObject(ctx: RequestContext, source: RecordSource, field: FieldMeta): Record<string, unknown> {
    const value = readField(ctx, source, field.apiName);
    return {
        value,
        displayValue: displayValue(field, value, ctx.display),
        format: displayFormat(field),
        label: field.dataType === 'Picklist' || field.dataType === 'MultiPicklist' ? value : null,
        convertCurrency: null
    };
}

function notInMutationResult(source: RecordSource, name: string): void {
    if (source.inMutationResult) throw new GraphQLError(`${name} is not currently available in mutation results.`);
}

function connectionArgs(
    filterType: GraphQLInputObjectType,
    orderByType: GraphQLInputObjectType,
    scope?: GraphQLEnumType
): GraphQLFieldConfigArgumentMap {
    return {
        first: { type: GraphQLInt },
        after: { type: GraphQLString },
        where: { type: filterType },
        orderBy: { type: orderByType },
        ...(scope ? { scope: { type: scope } } : {}),
        upperBound: { type: GraphQLInt }
    };
}

export function buildRecordTypes(
    schema: StoreSchema,
    filterTypes: Map<string, GraphQLInputObjectType>,
    orderByTypes: Map<string, GraphQLInputObjectType>
): RecordTypes {
    const objectTypes = new Map<string, GraphQLObjectType>();
    const connectionTypes = new Map<string, GraphQLObjectType>();
    const scopeTypes = new Map<string, GraphQLEnumType>();
    const key = (o: ObjectMeta | string): string => (typeof o === 'string' ? o : o.apiName).toLowerCase();

    for (const object of schema.objects) {
        if (object.hasOwner)
            scopeTypes.set(key(object), new GraphQLEnumType({ name: `${object.apiName}Scope`, values: { EVERYTHING: {}, MINE: {} } }));
        const type: GraphQLObjectType = new GraphQLObjectType<RecordSource, RequestContext>({
            name: object.apiName,
            interfaces: [RecordInterface],
            // By API name: a user's schema (hiddenFields.ts) has its own copies of the object metadata.
            isTypeOf: (source: RecordSource) => source.object.apiName === object.apiName,
            fields: () => objectFields(object)
        });
        objectTypes.set(key(object), type);
        const edge = new GraphQLObjectType({
            name: `${object.apiName}Edge`,
            fields: { node: { type }, cursor: { type: new GraphQLNonNull(GraphQLString) } }
        });
        connectionTypes.set(
            key(object),
            new GraphQLObjectType({
                name: `${object.apiName}Connection`,
                fields: {
                    edges: { type: new GraphQLList(edge) },
                    pageInfo: { type: new GraphQLNonNull(PageInfo) },
                    totalCount: { type: new GraphQLNonNull(GraphQLInt) },
                    pageResultCount: { type: new GraphQLNonNull(GraphQLInt) }
                }
            })
        );
    }

    function objectFields(object: ObjectMeta): GraphQLFieldConfigMap<RecordSource, RequestContext> {
        const fields: GraphQLFieldConfigMap<RecordSource, RequestContext> = {
            Id: { type: new GraphQLNonNull(GraphQLID), resolve: (s) => s.record.Id },
            ApiName: { type: new GraphQLNonNull(GraphQLString), resolve: (s) => s.object.apiName },
            // The org's WeakEtag is the record's SystemModstamp in milliseconds.
            WeakEtag: {
                type: new GraphQLNonNull(LongScalar),
                resolve: (s) => Date.parse(String(s.record.SystemModstamp ?? s.record.LastModifiedDate ?? 0)) || 0
            },
            DisplayValue: {
                type: GraphQLString,
                resolve: (s, _args, ctx) => {
                    const name = s.object.nameField ? readField(ctx, s, s.object.nameField.apiName) : null;
                    return name === null ? null : String(name);
                }
            },
            RecordTypeId: {
                type: ValueTypes.IDValue,
                args: { fallback: { type: GraphQLBoolean } },
                resolve: (_s, args: { fallback?: boolean | null }) => ({
                    value: args.fallback ? MASTER_RECORD_TYPE_ID : null,
                    displayValue: null
                })
            }
        };
        for (const field of object.fields) {
            if (fields[field.apiName]) continue;
            fields[field.apiName] = { type: DATA_TYPES[field.dataType].value, resolve: (s, _args, ctx) => valueObject(ctx, s, field) };
            const reference = field.reference;
            const target = reference ? objectOf(schema, reference.target) : undefined;
            const targetType = target ? objectTypes.get(key(target)) : undefined;
            if (reference && target && targetType && !fields[reference.relationshipName]) {
                fields[reference.relationshipName] = {
                    type: targetType,
                    resolve: (s, _args, ctx): RecordSource | null => {
                        notInMutationResult(s, reference.relationshipName);
                        const id = readField(ctx, s, field.apiName);
                        const parent = typeof id === 'string' ? ctx.store.get(id) : undefined;
                        return parent ? { object: parent.object, record: parent.record } : null;
                    }
                };
            }
        }
        for (const child of object.childRelationships.values()) {
            const childObject = objectOf(schema, child.childObject);
            const childField = childObject?.fieldMap.get(child.field.toLowerCase());
            const connectionType = childObject ? connectionTypes.get(key(childObject)) : undefined;
            const filterType = childObject ? filterTypes.get(key(childObject)) : undefined;
            const orderByType = childObject ? orderByTypes.get(key(childObject)) : undefined;
            if (!childObject || !childField || !connectionType || !filterType || !orderByType || fields[child.name]) continue;
            fields[child.name] = {
                type: connectionType,
                args: connectionArgs(filterType, orderByType),
                resolve: (s, args: ConnectionArgs, ctx, info) => {
                    notInMutationResult(s, child.name);
                    return connection(
                        ctx,
                        info,
                        childObject,
                        ctx.store.children(childObject.apiName, childField.apiName, s.record.Id),
                        args
                    );
                }
            };
        }
        return fields;
    }

    return { objectTypes, connectionTypes, scopeTypes };
}

/** The RecordQuery type: one connection field per object. */
export function buildRecordQuery(
    schema: StoreSchema,
    types: RecordTypes,
    filterTypes: Map<string, GraphQLInputObjectType>,
    orderByTypes: Map<string, GraphQLInputObjectType>
): GraphQLObjectType {
    const fields: GraphQLFieldConfigMap<unknown, RequestContext> = {};
    for (const object of schema.objects) {
        const k = object.apiName.toLowerCase();
        const connectionType = types.connectionTypes.get(k);
        const filterType = filterTypes.get(k);
        const orderByType = orderByTypes.get(k);
        if (!connectionType || !filterType || !orderByType) continue;
        fields[object.apiName] = {
            type: connectionType,
            args: connectionArgs(filterType, orderByType, types.scopeTypes.get(k)),
            resolve: (_s, args: ConnectionArgs, ctx, info) =>
                connection(
                    ctx,
                    info,
                    object,
                    indexedCandidates(ctx, object, args.where) ??
                        ownedCandidates(ctx, object, args.scope) ??
                        ctx.store.records(object.apiName),
                    args
                )
        };
    }
    return new GraphQLObjectType({ name: 'RecordQuery', fields });
}
