import { extendSchema, parse, type GraphQLSchema } from 'graphql';
import { objectOf, type StoreSchema } from '../../preview/server/store/objectMeta';

/**
 * `uiapi { aggregate { ... } }` for checking documents: the preview does not run aggregate queries,
 * so its schema lacks them; the verifier's schema gets them from here, generated from the same
 * model. Documented shape (GraphQL API Developer Guide, "Aggregate Schema"
 * https://developer.salesforce.com/docs/platform/graphql/guide/aggregate-schema.html and "Group By
 * Schema" https://developer.salesforce.com/docs/platform/graphql/guide/aggregate-groupby-schema.html):
 * `UIAPI.aggregate: RecordQueryAggregate!`, one field per object with `after, first, groupBy:
 * <Object>_GroupBy, orderBy, scope, where` returning `<Object>AggregateConnection`; `<Object>_GroupBy`
 * holds a `GroupByClause { group: Boolean }` per field, the parent's `_GroupBy` per parent
 * relationship, and `type: GroupByType` (GROUP_BY, ROLLUP, CUBE). Results read
 * `edges { node { aggregate { Field { value displayValue avg { value } ... } } } }` ("Grouping Examples").
 *
 * Deliberately permissive where the guide is not specific (unverified in an org): every field offers
 * every aggregate function (avg, count, countDistinct, grouping, max, min, sum) and every field is
 * groupable; the names of the edge, node and value types are this file's.
 */

const FUNCTIONS = ['avg', 'count', 'countDistinct', 'grouping', 'max', 'min', 'sum'];

export function withAggregates(schema: GraphQLSchema, store: StoreSchema): GraphQLSchema {
    const sdl: string[] = [
        'extend type UIAPI { aggregate: RecordQueryAggregate! }',
        'enum GroupByType { GROUP_BY ROLLUP CUBE }',
        'scalar GroupByFunction',
        'input GroupByClause { group: Boolean function: GroupByFunction }',
        'type AggregateFunctionValue { value: AggregateValue displayValue: String format: String }',
        'scalar AggregateValue',
        `type AggregateFieldValue { value: AggregateValue displayValue: String format: String label: String ${FUNCTIONS.map((f) => `${f}: AggregateFunctionValue`).join(' ')} }`
    ];
    const roots: string[] = [];
    for (const object of store.objects) {
        const name = object.apiName;
        if (!schema.getType(`${name}_Filter`) || !schema.getType(`${name}_OrderBy`)) continue;
        const scope = schema.getType(`${name}Scope`) ? ` scope: ${name}Scope` : '';
        roots.push(
            `${name}(after: String first: Int groupBy: ${name}_GroupBy orderBy: ${name}_OrderBy${scope} where: ${name}_Filter): ${name}AggregateConnection`
        );
        const groupBy = new Map<string, string>(object.fields.map((f) => [f.apiName, 'GroupByClause']));
        for (const field of object.fields) {
            const parent = field.reference ? objectOf(store, field.reference.target) : undefined;
            if (parent && field.reference && !groupBy.has(field.reference.relationshipName))
                groupBy.set(field.reference.relationshipName, `${parent.apiName}_GroupBy`);
        }
        sdl.push(
            `type ${name}AggregateConnection { edges: [${name}AggregateEdge] pageInfo: PageInfo! totalCount: Int! }`,
            `type ${name}AggregateEdge { node: ${name}AggregateNode cursor: String! }`,
            `type ${name}AggregateNode { aggregate: ${name}Aggregate }`,
            `type ${name}Aggregate { ${object.fields.map((f) => `${f.apiName}: AggregateFieldValue`).join(' ')} }`,
            `input ${name}_GroupBy { type: GroupByType ${[...groupBy].map(([k, t]) => `${k}: ${t}`).join(' ')} }`
        );
    }
    sdl.push(`type RecordQueryAggregate { ${roots.join(' ')} }`);
    return extendSchema(schema, parse(sdl.join('\n')));
}
