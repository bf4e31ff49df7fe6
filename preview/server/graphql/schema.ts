import {
    DirectiveLocation,
    GraphQLDirective,
    GraphQLError,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    GraphQLString,
    specifiedDirectives
} from 'graphql';
import type { StoreSchema } from '../store/objectMeta';
import type { RequestContext } from './context';
import { buildFilterTypes, buildOrderByTypes } from './filterTypes';
import { runMutations } from './mutationRunner';
import { buildMutationType } from './mutationTypes';
import { buildRecordQuery, buildRecordTypes } from './recordTypes';
import * as S from './scalars';
import { UIAPIMutationsInput } from './sharedTypes';

/**
 * The whole GraphQL schema, generated from the store's model:
 * `Query { uiapi: UIAPI! }`, `UIAPI { query: RecordQuery! }`,
 * `Mutation { uiapi(input: UIAPIMutationsInput): UIAPIMutations! }`.
 */

/** Server-side state of one request that resolvers add to (errors beyond one per field). */
interface ExecutionState {
    extraErrors: GraphQLError[];
}

export type ExecutionContext = RequestContext & ExecutionState;

/** `@optional` (API v65+): the server omits a field the user cannot access instead of failing. */
const OptionalDirective = new GraphQLDirective({ name: 'optional', locations: [DirectiveLocation.FIELD] });
const CategoryDirective = new GraphQLDirective({
    name: 'category',
    locations: [DirectiveLocation.FIELD],
    args: { name: { type: new GraphQLNonNull(GraphQLString) } }
});

export function buildGraphQLSchema(schema: StoreSchema): GraphQLSchema {
    const filterTypes = buildFilterTypes(schema);
    const orderByTypes = buildOrderByTypes(schema);
    const recordTypes = buildRecordTypes(schema, filterTypes, orderByTypes);
    const recordQuery = buildRecordQuery(schema, recordTypes, filterTypes, orderByTypes);
    const uiapi = new GraphQLObjectType({
        name: 'UIAPI',
        fields: { query: { type: new GraphQLNonNull(recordQuery), resolve: () => ({}) } }
    });
    const mutations = buildMutationType(schema, recordTypes);
    return new GraphQLSchema({
        query: new GraphQLObjectType({ name: 'Query', fields: { uiapi: { type: new GraphQLNonNull(uiapi), resolve: () => ({}) } } }),
        mutation: new GraphQLObjectType<unknown, ExecutionContext>({
            name: 'Mutation',
            fields: {
                uiapi: {
                    type: new GraphQLNonNull(mutations),
                    args: { input: { type: UIAPIMutationsInput } },
                    resolve: (_s, args: { input?: { allOrNone?: boolean | null } | null }, ctx, info) =>
                        runMutations(ctx, info, args.input?.allOrNone ?? true, ctx.extraErrors)
                }
            }
        }),
        types: [...recordTypes.objectTypes.values(), ...Object.values(S)],
        directives: [...specifiedDirectives, OptionalDirective, CategoryDirective]
    });
}
