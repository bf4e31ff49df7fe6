import type { ProjectModel } from '../metadata/project';
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
export const METADATA_ACCESS: FieldAccess = { editable: () => true };

export function uiapiSchemaOf(model: ProjectModel, access: FieldAccess = METADATA_ACCESS): UiapiSchema {
    const store = buildStoreSchema(model, access, {});
    return { graphql: buildGraphQLSchema(store), store };
}
