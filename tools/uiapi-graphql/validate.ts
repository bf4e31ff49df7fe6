import {
    GraphQLError,
    Kind,
    NoUnusedFragmentsRule,
    specifiedRules,
    validate,
    type DefinitionNode,
    type DocumentNode,
    type ASTVisitor,
    type GraphQLSchema,
    type ValidationContext,
    type ValidationRule
} from 'graphql';
import { ChildRelationshipDepthRule } from '../../core/uiapi/limits';
import { dropUnknownOptionalFields } from '../../core/uiapi/optionalFields';
import { toOrgSyntaxError, toOrgValidationError } from '../../preview/server/graphql/orgErrors';
import type { StoreSchema } from '../../preview/server/store/objectMeta';
import { parsePlatform } from '../../core/uiapi/platformParser';

/**
 * The one GraphQL validation path of the project, used by the metadata verifier (component
 * documents) and by the preview's GraphQL endpoint (every request): parse with the platform's own
 * parser (platformParser.ts), then graphql-js `validate` against the UI API schema generated from
 * the metadata (preview/server/graphql/schema.ts), with the wire adapter's one-level child
 * relationship limit. Errors are worded as the org words them (preview/server/graphql/orgErrors.ts);
 * graphql-js's own error rides along (its "Did you mean" is worth showing a developer).
 */

export interface UiapiSchema {
    graphql: GraphQLSchema;
    /** The model the schema was generated from (org wording of input errors needs field labels). */
    store: StoreSchema;
}

interface DocumentError {
    /** In the org's words ("Invalid Syntax : ...", "Validation error of type FieldUndefined: ..."). */
    error: GraphQLError;
    /** graphql-js's own error: its nodes and source locate the problem. */
    cause: GraphQLError;
}

export type CheckResult =
    | { ok: true; document: DocumentNode; errors: [] }
    | { ok: false; stage: 'syntax' | 'validation'; document?: DocumentNode; errors: DocumentError[] };

export interface CheckOptions {
    /**
     * Definitions the platform's `gql` appends to the document: those of the `gql` documents
     * interpolated into its template (fragments, mostly). They keep their own source locations.
     */
    appended?: readonly DefinitionNode[];
    /**
     * Leave out fields marked `@optional` that the schema lacks before validating, as the org does
     * for fields the user cannot see (the preview, whose schema is the running user's).
     */
    dropUnknownOptional?: boolean;
    /** Rules to leave out (a document of fragments only leaves out NoUnusedFragments: they are used elsewhere). */
    without?: readonly ValidationRule[];
}

/**
 * An operation type the schema has no root for (UI API has query and mutation, no subscription).
 * graphql-js 16 leaves this to execution, which words it so; validation is where a document is judged here.
 */
function KnownOperationTypeRule(context: ValidationContext): ASTVisitor {
    return {
        OperationDefinition(node) {
            if (!context.getSchema().getRootType(node.operation))
                context.reportError(new GraphQLError(`Schema is not configured to execute ${node.operation} operation.`, { nodes: node }));
        }
    };
}

/** Every rule a document is held to: graphql-js's specified rules, known operation types and the wire adapter's depth limit. */
const UIAPI_RULES: readonly ValidationRule[] = [...specifiedRules, KnownOperationTypeRule, ChildRelationshipDepthRule];

/** Whether a document has no operation (a library of fragments, interpolated into others). */
export function isFragmentLibrary(document: DocumentNode): boolean {
    return document.definitions.every((d) => d.kind === Kind.FRAGMENT_DEFINITION);
}

/** Rules for a fragment library: all but NoUnusedFragments (its fragments are spread by other documents). */
export const FRAGMENT_LIBRARY_RULES: readonly ValidationRule[] = [NoUnusedFragmentsRule];

/** Parses (platform parser) and validates (graphql-js, UI API schema) one document. */
export function checkDocument(schema: UiapiSchema, input: string | DocumentNode, options: CheckOptions = {}): CheckResult {
    let document: DocumentNode;
    if (typeof input === 'string') {
        try {
            document = parsePlatform(input);
        } catch (error) {
            const cause = error instanceof GraphQLError ? error : new GraphQLError(String(error));
            return { ok: false, stage: 'syntax', errors: [{ error: toOrgSyntaxError(cause), cause }] };
        }
    } else document = input;
    if (options.appended?.length) document = { ...document, definitions: [...document.definitions, ...options.appended] };
    if (options.dropUnknownOptional) document = dropUnknownOptionalFields(schema.graphql, document);
    const without = new Set(options.without ?? []);
    const rules = UIAPI_RULES.filter((rule) => !without.has(rule));
    const invalid = validate(schema.graphql, document, rules);
    if (!invalid.length) return { ok: true, document, errors: [] };
    return {
        ok: false,
        stage: 'validation',
        document,
        errors: invalid.map((cause) => ({ error: toOrgValidationError(schema.store, document, cause), cause }))
    };
}

/** graphql-js's suggestion in an error ("Did you mean "Budget__c"?"), without its quotes; undefined when none. */
export function suggestionOf(error: GraphQLError): string | undefined {
    const match = /Did you mean (.+)\?$/.exec(error.message);
    return match?.[1]?.replace(/"/g, '');
}
