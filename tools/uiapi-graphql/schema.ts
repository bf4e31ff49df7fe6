import type { ProjectModel } from '../../core/metadata/project';
import { withAggregates } from './aggregate';
import { buildGraphQLSchema } from '../../preview/server/graphql/schema';
import { loadFieldAccess, type FieldAccess } from '../../preview/server/store/fieldAccess';
import { buildStoreSchema } from '../../preview/server/store/objectMeta';
import type { UiapiSchema } from './validate';

/**
 * The UI API GraphQL schema generated from a project's metadata, by the preview's generator
 * (preview/server/graphql/schema.ts: `uiapi { query { Object(where, first, after, orderBy) ... } }`,
 * `<Object>Create/Update/Delete` mutations).
 */

/** Field-level security of the package's permission sets (what the preview serves by default). */
export function packageAccess(model: ProjectModel): FieldAccess {
    return loadFieldAccess(model.sourceDir);
}

/** No field-level security: every field its metadata lets anyone edit is editable (what a deploy can check). */
const METADATA_ACCESS: FieldAccess = { editable: () => true };

export interface SchemaOptions {
    access?: FieldAccess;
    /** Add `uiapi { aggregate }` (aggregate.ts): for checking documents; the preview does not run them. */
    aggregates?: boolean;
}

/**
 * Every UI API record type implements `Record` (Id, ApiName, WeakEtag, DisplayValue, LastModifiedById,
 * LastModifiedDate, SystemModstamp, RecordTypeId: GraphQL API Developer Guide, "Record Query
 * Schema"), so a catalogued standard object without the audit fields behind it (share, feed and
 * history rows in the catalogue the verifier loads) has no type in the schema. Objects the project
 * defines in files are always kept.
 */
const RECORD_AUDIT_FIELDS = ['lastmodifiedbyid', 'lastmodifieddate', 'systemmodstamp'];

function recordObjectsOnly(model: ProjectModel): ProjectModel {
    const objects = new Map(
        [...model.objects].filter(([, o]) => o.file !== undefined || RECORD_AUDIT_FIELDS.every((f) => o.fields.has(f)))
    );
    return objects.size === model.objects.size ? model : { ...model, objects };
}

export function uiapiSchemaOf(model: ProjectModel, options: SchemaOptions = {}): UiapiSchema {
    const store = buildStoreSchema(recordObjectsOnly(model), options.access ?? METADATA_ACCESS, {});
    const schema = buildGraphQLSchema(store);
    return { graphql: options.aggregates ? withAggregates(schema, store) : schema, store };
}
