import { TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from 'graphql';

/**
 * `@optional` (API v65+): the org leaves out a field the user cannot see instead of failing the
 * query. Fields are hidden from a user's schema by field-level security, so a component written
 * for a locked-down org may mark fields the preview's schema lacks; those are removed before
 * validation, and so are absent from the response, as in the org.
 */
export function dropUnknownOptionalFields(schema: GraphQLSchema, document: DocumentNode): DocumentNode {
    const typeInfo = new TypeInfo(schema);
    return visit(
        document,
        visitWithTypeInfo(typeInfo, {
            Field(node) {
                const optional = node.directives?.some((d) => d.name.value === 'optional');
                if (!optional || !typeInfo.getParentType() || typeInfo.getFieldDef()) return undefined;
                return null;
            }
        })
    );
}
