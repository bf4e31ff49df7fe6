import { getNamedType, GraphQLError, GraphQLObjectType, type ASTVisitor, type ValidationContext } from 'graphql';

/**
 * The GraphQL wire adapter supports one level of child relationships (contacts of an account,
 * not the contacts' own children), so a component that nests them fails in the org. The preview
 * refuses it too, at validation. (Parent relationships may nest.)
 */
export function ChildRelationshipDepthRule(context: ValidationContext): ASTVisitor {
    const isRecordType = (type: unknown): boolean =>
        type instanceof GraphQLObjectType && type.getInterfaces().some((i) => i.name === 'Record');
    let depth = 0;
    const counted: boolean[] = [];
    return {
        Field: {
            enter(node) {
                const parent = context.getParentType();
                const type = context.getFieldDef()?.type;
                const child = isRecordType(parent) && !!type && getNamedType(type).name.endsWith('Connection');
                counted.push(child);
                if (!child) return;
                depth++;
                if (depth > 1) {
                    context.reportError(
                        new GraphQLError(
                            `Child relationship ${node.name.value} is nested in another child relationship: the GraphQL wire adapter supports one level of child relationships`,
                            {
                                nodes: node
                            }
                        )
                    );
                }
            },
            leave() {
                if (counted.pop()) depth--;
            }
        }
    };
}
