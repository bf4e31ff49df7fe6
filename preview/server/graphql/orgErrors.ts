import { GraphQLError, Kind, print, visit, BREAK, type ASTNode, type DocumentNode } from 'graphql';
import { fieldOf, objectOf, type StoreSchema } from '../store/objectMeta';

/**
 * graphql-js errors rewritten in the org's words. The org's GraphQL runs on graphql-java, so a
 * missing field reads "Validation error of type FieldUndefined: Field 'Foo__c' in type
 * 'Opportunity' is undefined @ 'uiapi/query/Opportunity/edges/node/Foo__c'" (as `sf project
 * deploy` and the wire adapter report it), with extensions.classification "ValidationError".
 * Mutation inputs whose values fail their scalar also carry extensions.fieldErrors, so a form can
 * show the problem on the field.
 */

type FieldErrors = Record<string, { message: string; errorCode: string }[]>;

function ancestorsOf(document: DocumentNode, target: ASTNode | undefined): ASTNode[] {
    if (!target) return [];
    let found: ASTNode[] = [];
    visit(document, {
        enter(node, _key, parent, _path, ancestors) {
            if (node !== target) return undefined;
            // graphql-js lists every ancestor but the direct parent, which comes separately.
            found = [...ancestors, parent, node].filter((a): a is ASTNode => !!a && !Array.isArray(a));
            return BREAK;
        }
    });
    return found;
}

/** 'uiapi/query/Opportunity/edges/node/Foo__c': the field names from the operation down to the node. */
function queryPath(chain: ASTNode[]): string {
    return chain.flatMap((n) => (n.kind === Kind.FIELD ? [n.name.value] : [])).join('/');
}

function argumentOf(chain: ASTNode[]): { name: string; value: string } | undefined {
    const argument = [...chain].reverse().find((n) => n.kind === Kind.ARGUMENT);
    return argument && argument.kind === Kind.ARGUMENT ? { name: argument.name.value, value: print(argument.value) } : undefined;
}

/** The mutation field an input value sits in: [..., ObjectField <Object>, ObjectField <Field>, ...]. */
function representationField(schema: StoreSchema, chain: ASTNode[], leaf?: string): { object: string; field: string } | undefined {
    const names = chain.flatMap((n) => (n.kind === Kind.OBJECT_FIELD ? [n.name.value] : []));
    if (leaf) names.push(leaf);
    for (let i = 0; i + 1 < names.length; i++) {
        const object = objectOf(schema, names[i] ?? '');
        const field = object ? fieldOf(object, names[i + 1] ?? '') : undefined;
        if (object && field) return { object: object.apiName, field: field.apiName };
    }
    return undefined;
}

function fieldErrorFor(
    schema: StoreSchema,
    target: { object: string; field: string },
    kind: 'missing' | 'type',
    shownValue?: string
): FieldErrors {
    const object = objectOf(schema, target.object);
    const field = object ? fieldOf(object, target.field) : undefined;
    const label = field?.label ?? target.field;
    const value = shownValue?.startsWith('"') && shownValue.endsWith('"') ? (JSON.parse(shownValue) as string) : shownValue;
    return kind === 'missing'
        ? { [target.field]: [{ message: `Required fields are missing: [${target.field}]`, errorCode: 'REQUIRED_FIELD_MISSING' }] }
        : {
              [target.field]: [
                  { message: `${label}: value not of required type: ${value ?? ''}`, errorCode: 'INVALID_TYPE_ON_FIELD_IN_RECORD' }
              ]
          };
}

function orgError(original: GraphQLError, message: string, extensions: Record<string, unknown>): GraphQLError {
    return new GraphQLError(message, {
        nodes: original.nodes,
        source: original.source,
        positions: original.positions,
        path: original.path,
        extensions
    });
}

export function toOrgValidationError(schema: StoreSchema, document: DocumentNode, error: GraphQLError): GraphQLError {
    const chain = ancestorsOf(document, error.nodes?.[0]);
    const path = queryPath(chain);
    const m = error.message;
    let type = 'ValidationError';
    let description = m;
    let fieldErrors: FieldErrors | undefined;
    let match: RegExpExecArray | null;
    if ((match = /^Cannot query field "(.+?)" on type "(.+?)"\./.exec(m))) {
        type = 'FieldUndefined';
        description = `Field '${match[1]}' in type '${match[2]}' is undefined`;
    } else if ((match = /^Unknown argument "(.+?)" on field "(.+?)"\./.exec(m))) {
        type = 'UnknownArgument';
        description = `Unknown field argument ${match[1]}`;
    } else if ((match = /^Unknown argument "(.+?)" on directive "@(.+?)"\./.exec(m))) {
        type = 'UnknownDirective';
        description = `Unknown directive argument ${match[1]}`;
    } else if ((match = /^Field "(.+?)" argument "(.+?)" of type "(.+?)" is required, but it was not provided\./.exec(m))) {
        type = 'MissingFieldArgument';
        description = `Missing field argument ${match[2]}`;
    } else if ((match = /^Field "(.+?)" must not have a selection since type "(.+?)" has no subfields\./.exec(m))) {
        type = 'SubSelectionNotAllowed';
        description = `Sub selection not allowed on leaf type ${match[2]} of field ${match[1]}`;
    } else if ((match = /^Field "(.+?)" of type "(.+?)" must have a selection of subfields\./.exec(m))) {
        type = 'SubSelectionRequired';
        description = `Sub selection required for type ${match[2]} of field ${match[1]}`;
    } else if ((match = /^Unknown type "(.+?)"\./.exec(m))) {
        type = 'UnknownType';
        description = `Unknown type ${match[1]}`;
    } else if ((match = /^Unknown directive "@(.+?)"\./.exec(m))) {
        type = 'UnknownDirective';
        description = `Unknown directive ${match[1]}`;
    } else if ((match = /^Variable "\$(.+?)" is not defined/.exec(m))) {
        type = 'UndefinedVariable';
        description = `Undefined variable ${match[1]}`;
    } else if ((match = /^Variable "\$(.+?)" is never used/.exec(m))) {
        type = 'UnusedVariable';
        description = `Unused variable ${match[1]}`;
    } else if ((match = /^Variable "\$(.+?)" of type "(.+?)" used in position expecting type "(.+?)"\./.exec(m))) {
        type = 'VariableTypeMismatch';
        description = `Variable type '${match[2]}' doesn't match expected type '${match[3]}'`;
    } else if ((match = /^Field "(.+?)" is not defined by type "(.+?)"\./.exec(m))) {
        const argument = argumentOf(chain);
        const unknownField = match[1]?.split('.').pop() ?? match[1];
        type = 'WrongType';
        description = `argument '${argument?.name ?? ''}' with value '${argument?.value ?? ''}' contains a field not in '${match[2]}': '${unknownField}'`;
    } else if ((match = /^Field "(.+?)" of required type "(.+?)" was not provided\./.exec(m))) {
        const argument = argumentOf(chain);
        const missing = match[1]?.split('.').pop() ?? '';
        type = 'WrongType';
        description = `argument '${argument?.name ?? ''}' with value '${argument?.value ?? ''}' is missing required fields '[${missing}]'`;
        const target = representationField(schema, chain, missing);
        if (target) fieldErrors = fieldErrorFor(schema, target, 'missing');
    } else if ((match = /^Expected value of type "(.+?)", found (.+?)(?:; (.*))?$/s.exec(m))) {
        const argument = argumentOf(chain);
        type = 'WrongType';
        description = `argument '${argument?.name ?? ''}' with value '${match[2]}' is not a valid '${match[1]}'${match[3] ? ` - ${match[3]}` : ''}`;
        const target = representationField(schema, chain);
        if (target) fieldErrors = fieldErrorFor(schema, target, 'type', match[2]);
    }
    const message = `Validation error of type ${type}: ${description}${path ? ` @ '${path}'` : ''}`;
    return orgError(error, message, { classification: 'ValidationError', ...(fieldErrors ? { fieldErrors } : {}) });
}

export function toOrgSyntaxError(error: GraphQLError): GraphQLError {
    const description = error.message.replace(/^Syntax Error: /, '');
    const location = error.locations?.[0];
    const at = location ? ` at line ${location.line} column ${location.column}` : '';
    return orgError(error, `Invalid Syntax : ${description}${at}`, { classification: 'InvalidSyntax' });
}

/** "Variable "$input" got invalid value ... at "input.X__c.Field__c"; Expected type "Date". ..." */
export function toOrgVariableError(schema: StoreSchema, error: GraphQLError): GraphQLError {
    const match = /^Variable "\$(.+?)" got invalid value (.*?)(?: at "([^"]+)")?; (.*)$/s.exec(error.message);
    if (!match) {
        const name = /^Variable "\$(.+?)"/.exec(error.message)?.[1];
        return orgError(error, name ? `Variable '${name}' has an invalid value: ${error.message}` : error.message, {
            classification: 'ValidationError'
        });
    }
    const [, variable = '', shown = '', at = '', detail = ''] = match;
    const segments = at.split('.').slice(1);
    let fieldErrors: FieldErrors | undefined;
    const missing = /^Field "(.+?)" of required type ".+?" was not provided\./.exec(detail)?.[1];
    const object = segments.length ? objectOf(schema, segments[segments.length - (missing ? 1 : 2)] ?? '') : undefined;
    const fieldName = missing ?? segments[segments.length - 1];
    const field = object && fieldName ? fieldOf(object, fieldName) : undefined;
    if (object && field)
        fieldErrors = fieldErrorFor(schema, { object: object.apiName, field: field.apiName }, missing ? 'missing' : 'type', shown);
    return orgError(error, `Variable '${variable}' has an invalid value: ${detail}${at ? ` (at '${at}')` : ''}`, {
        classification: 'ValidationError',
        ...(fieldErrors ? { fieldErrors } : {})
    });
}
