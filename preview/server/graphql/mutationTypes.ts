import {
    GraphQLBoolean,
    GraphQLInputObjectType,
    GraphQLNonNull,
    GraphQLObjectType,
    type GraphQLFieldConfigMap,
    type GraphQLInputFieldConfigMap,
    type GraphQLResolveInfo
} from 'graphql';
import type { ObjectMeta, StoreSchema } from '../store/objectMeta';
import type { RequestContext } from './context';
import { IdOrRefScalar } from './scalars';
import { DATA_TYPES, RecordDeleteInput, RecordDeletePayload } from './sharedTypes';
import type { RecordTypes } from './recordTypes';

/**
 * Mutation types as the org names them: `<Object>CreateInput { <Object>: <Object>CreateRepresentation! }`
 * (createable fields; required ones non-null), `<Object>UpdateInput { Id: IdOrRef!, <Object>: <Object>UpdateRepresentation! }`
 * (updateable fields), `RecordDeleteInput { Id }`. Payloads, per the GraphQL API Developer Guide:
 * - `<Object>CreatePayload { Record }` ("Mutations Schema": "The RecordCreatePayload type returns the
 *   result of record creation. It returns a Record object",
 *   https://developer.salesforce.com/docs/platform/graphql/guide/mutations-schema.html);
 * - `<Object>UpdatePayload { Record, success }` ("Update a Record": "The RecordUpdatePayload type
 *   includes the Record field in API v66.0 and later. In API v59–65, the RecordUpdatePayload type
 *   includes a success field returning true or false",
 *   https://developer.salesforce.com/docs/platform/graphql/guide/mutations-update.html). Both are
 *   offered so clients written against either page run; whether an API 66 org still serves
 *   `success` is unverified in an org;
 * - `RecordDeletePayload { Id }` (Data SDK "GraphQL Mutate Parameters": "Delete: return only Id",
 *   https://developer.salesforce.com/docs/platform/multiframework/guide/data-sdk-mutate.html).
 * The operations themselves run in the `uiapi` field (see mutationRunner), which hands each
 * aliased field its precomputed outcome.
 */

export type OperationKind = 'Create' | 'Update' | 'Delete';

/** What the `uiapi` mutation field resolves to: each operation's outcome by response key. */
export interface MutationOutcomes {
    payloadFor(responseKey: string): unknown;
}

function representation(object: ObjectMeta, kind: 'Create' | 'Update'): GraphQLInputObjectType {
    return new GraphQLInputObjectType({
        name: `${object.apiName}${kind}Representation`,
        fields: () => {
            const fields: GraphQLInputFieldConfigMap = {};
            for (const field of object.fields) {
                if (kind === 'Create' ? !field.createable : !field.updateable) continue;
                const scalar = DATA_TYPES[field.dataType].input;
                fields[field.apiName] = { type: kind === 'Create' && field.required ? new GraphQLNonNull(scalar) : scalar };
            }
            return fields;
        }
    });
}

export function buildMutationType(schema: StoreSchema, types: RecordTypes): GraphQLObjectType {
    const fields: GraphQLFieldConfigMap<MutationOutcomes, RequestContext> = {};
    const resolve = (source: MutationOutcomes, _args: unknown, _ctx: RequestContext, info: GraphQLResolveInfo): unknown =>
        source.payloadFor(info.path.key as string);
    for (const object of schema.objects) {
        const recordType = types.objectTypes.get(object.apiName.toLowerCase());
        if (!recordType) continue;
        const name = object.apiName;
        const createInput = new GraphQLInputObjectType({
            name: `${name}CreateInput`,
            fields: { [name]: { type: new GraphQLNonNull(representation(object, 'Create')) } }
        });
        const updateInput = new GraphQLInputObjectType({
            name: `${name}UpdateInput`,
            fields: {
                Id: { type: new GraphQLNonNull(IdOrRefScalar) },
                [name]: { type: new GraphQLNonNull(representation(object, 'Update')) }
            }
        });
        const createPayload = new GraphQLObjectType({
            name: `${name}CreatePayload`,
            fields: { Record: { type: new GraphQLNonNull(recordType) } }
        });
        const updatePayload = new GraphQLObjectType({
            name: `${name}UpdatePayload`,
            fields: { Record: { type: new GraphQLNonNull(recordType) }, success: { type: GraphQLBoolean } }
        });
        fields[`${name}Create`] = { type: createPayload, args: { input: { type: new GraphQLNonNull(createInput) } }, resolve };
        fields[`${name}Update`] = { type: updatePayload, args: { input: { type: new GraphQLNonNull(updateInput) } }, resolve };
        fields[`${name}Delete`] = { type: RecordDeletePayload, args: { input: { type: new GraphQLNonNull(RecordDeleteInput) } }, resolve };
    }
    return new GraphQLObjectType({ name: 'UIAPIMutations', fields });
}

/** `XCreate` → { object: X, kind: Create } for a UIAPIMutations field name. */
export function parseOperationName(schema: StoreSchema, fieldName: string): { object: ObjectMeta; kind: OperationKind } | undefined {
    const match = /^(.*)(Create|Update|Delete)$/.exec(fieldName);
    const object = match?.[1] ? schema.objectMap.get(match[1].toLowerCase()) : undefined;
    return match && object ? { object, kind: match[2] as OperationKind } : undefined;
}
