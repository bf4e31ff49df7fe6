/**
 * What the GraphQL type generator needs from the UI API tooling, imported in this one place so that
 * a move of that tooling repoints one file: the documents the components send (built by their own
 * code with the platform's `gql`), the schema generated from the metadata, and the platform parser.
 */
export { componentDocuments } from '../../tools/uiapi-graphql/componentDocuments';
export { resolvePlatformDocument } from '../../core/uiapi/platformParser';
export { uiapiSchemaOf } from '../../tools/uiapi-graphql/schema';
export { loadProject } from '../../core/metadata/project';
