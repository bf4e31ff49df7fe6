/**
 * Writes the TypeScript types of what the components' GraphQL reads return
 * (force-app/main/default/lwc/outcomesQueries/queryTypes.ts), from the documents the components
 * send (their own code, run with the platform's `gql`) against the UI API schema generated from the
 * metadata. Each selection set is walked with graphql-js TypeInfo: a field's type is the schema's
 * (nullable unless the schema says non-null), a field marked `@optional` may be absent (the org
 * leaves it out when the user cannot read it), a fragment becomes a named type, and documents
 * sharing an operation name (the Home list's two scopes) become one type where a field only some
 * variants ask for is optional.
 *
 * `npm run graphql:types` writes the file; `-- --check` (in `npm test`) fails when it is not what
 * the queries and the metadata give now.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import {
    getNamedType,
    isListType,
    isNonNullType,
    Kind,
    print,
    TypeInfo,
    visit,
    visitWithTypeInfo,
    type DefinitionNode,
    type DocumentNode,
    type FieldNode,
    type GraphQLOutputType,
    type GraphQLSchema
} from 'graphql';
import { loadProject } from '../core/metadata/project';
import { resolvePlatformDocument } from '../core/uiapi/platformParser';
import { componentDocuments } from '../tools/uiapi-graphql/componentDocuments';
import { uiapiSchemaOf } from '../tools/uiapi-graphql/schema';

export const OUTPUT = 'force-app/main/default/lwc/outcomesQueries/queryTypes.ts';

/** UI API scalars whose values are numbers or booleans in JSON; every other scalar is a string. */
const NUMBER_SCALARS = new Set(['Int', 'Float', 'Double', 'Currency', 'Percent', 'Long']);
const BOOLEAN_SCALARS = new Set(['Boolean']);

/** The fields an object selection asks for, and the fragments it spreads. */
export interface Shape {
    fields: Map<string, Prop>;
    spreads: string[];
}

interface Prop {
    /** `@optional`, or asked for by only some variants of an operation. */
    optional: boolean;
    type: GraphQLOutputType;
    /** The sub-selection of an object field; absent for a scalar. */
    shape?: Shape;
}

const newShape = (): Shape => ({ fields: new Map(), spreads: [] });

/** The shape a fragment or operation's selection set makes, walked with TypeInfo against the schema. */
export function shapeOf(schema: GraphQLSchema, definition: DefinitionNode): Shape {
    const typeInfo = new TypeInfo(schema);
    const stack: Shape[] = [];
    let root: Shape | undefined;
    const top = (): Shape => {
        const shape = stack[stack.length - 1];
        if (!shape) throw new Error('selection outside a selection set');
        return shape;
    };
    const onField = (node: FieldNode, shape: Shape | undefined): void => {
        const type = typeInfo.getType();
        if (!type) throw new Error(`${node.name.value}: not in the schema (the document does not validate)`);
        const optional = (node.directives ?? []).some((d) => d.name.value === 'optional');
        top().fields.set(node.alias?.value ?? node.name.value, { optional, type, ...(shape ? { shape } : {}) });
    };
    visit(
        definition,
        visitWithTypeInfo(typeInfo, {
            OperationDefinition: { enter: () => void stack.push(newShape()), leave: () => void (root = stack.pop()) },
            FragmentDefinition: { enter: () => void stack.push(newShape()), leave: () => void (root = stack.pop()) },
            Field: {
                enter(node) {
                    if (node.selectionSet) stack.push(newShape());
                },
                leave(node) {
                    const shape = node.selectionSet ? stack.pop() : undefined;
                    onField(node, shape);
                }
            },
            FragmentSpread(node) {
                top().spreads.push(node.name.value);
            }
        })
    );
    if (!root) throw new Error('no selection set');
    return root;
}

/** One shape for variants of an operation: a field some variants lack is optional. */
export function mergeShapes(a: Shape, b: Shape): Shape {
    const fields = new Map<string, Prop>();
    for (const name of new Set([...a.fields.keys(), ...b.fields.keys()])) {
        const x = a.fields.get(name);
        const y = b.fields.get(name);
        if (x && y) {
            if (String(x.type) !== String(y.type))
                throw new Error(`${name}: ${String(x.type)} in one variant, ${String(y.type)} in another`);
            const shape = x.shape && y.shape ? mergeShapes(x.shape, y.shape) : x.shape;
            fields.set(name, { optional: x.optional || y.optional, type: x.type, ...(shape ? { shape } : {}) });
        } else fields.set(name, { ...(x ?? y)!, optional: true });
    }
    return { fields, spreads: [...new Set([...a.spreads, ...b.spreads])] };
}

function leafType(type: GraphQLOutputType): string {
    const name = getNamedType(type).name;
    if (NUMBER_SCALARS.has(name)) return 'number';
    if (BOOLEAN_SCALARS.has(name)) return 'boolean';
    return 'string';
}

function tsType(type: GraphQLOutputType, inner: string, nullable = true): string {
    if (isNonNullType(type)) return tsType(type.ofType, inner, false);
    const base = isListType(type) ? `(${tsType(type.ofType, inner)})[]` : inner;
    return nullable ? `${base} | null` : base;
}

export function renderShape(shape: Shape): string {
    const own = [...shape.fields].map(([name, prop]) => {
        const inner = prop.shape ? renderShape(prop.shape) : leafType(prop.type);
        return `${name}${prop.optional ? '?' : ''}: ${tsType(prop.type, inner)};`;
    });
    const parts = [...shape.spreads, ...(own.length ? [`{ ${own.join(' ')} }`] : [])];
    return parts.length ? parts.join(' & ') : 'Record<string, never>';
}

const HEADER = `/**
 * Generated by \`npm run graphql:types\` (scripts/generate-graphql-types.ts) from the GraphQL documents
 * in c/outcomesQueries, walked against the UI API schema generated from the metadata. Do not edit:
 * change the query or the metadata and run the generator; \`npm test\` checks this file is current.
 *
 * A field marked @optional may be absent (the org leaves out what the user cannot read); every
 * other field is present, null where the schema allows null.
 */
`;

/** The generated module's text, before formatting. */
export function generateQueryTypes(root: string): string {
    const model = loadProject(join(root, 'force-app', 'main', 'default'));
    const schema = uiapiSchemaOf(model).graphql;
    const fragments = new Map<string, { printed: string; shape: Shape }>();
    const operations = new Map<string, { shape: Shape; sources: string[] }>();
    for (const doc of componentDocuments(root)) {
        if (doc.sentAs === 'executeMutation') continue;
        const resolved = resolvePlatformDocument(doc.reference);
        if (!resolved || 'error' in resolved) throw new Error(`${doc.name}: ${resolved ? resolved.error.message : 'not a gql document'}`);
        const document: DocumentNode = resolved.document;
        for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) {
                const printed = print(definition);
                const known = fragments.get(definition.name.value);
                if (known && known.printed !== printed) throw new Error(`fragment ${definition.name.value} is defined twice, differently`);
                if (!known) fragments.set(definition.name.value, { printed, shape: shapeOf(schema, definition) });
            } else if (definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'query') {
                const name = definition.name?.value;
                if (!name) throw new Error(`${doc.name}: an operation without a name cannot be typed`);
                const shape = shapeOf(schema, definition);
                const known = operations.get(name);
                operations.set(name, {
                    shape: known ? mergeShapes(known.shape, shape) : shape,
                    sources: [...(known?.sources ?? []), doc.name.replace(/^[^.]+\./, '')]
                });
            }
        }
    }
    const blocks = [HEADER];
    for (const [name, { shape }] of [...fragments].sort(([a], [b]) => a.localeCompare(b)))
        blocks.push(`/** fragment ${name}. */\nexport type ${name} = ${renderShape(shape)};\n`);
    for (const [name, { shape, sources }] of [...operations].sort(([a], [b]) => a.localeCompare(b)))
        blocks.push(`/** data of ${sources.join(' and ')} (query ${name}). */\nexport type ${name}Data = ${renderShape(shape)};\n`);
    return blocks.join('\n');
}

/** The module as committed: formatted as the repository's Prettier config formats it (Prettier loaded here: Jest cannot load it). */
async function formatted(root: string, text: string): Promise<string> {
    const { format, resolveConfig } = await import('prettier');
    const file = join(root, OUTPUT);
    return format(text, { ...(await resolveConfig(file)), filepath: file });
}

async function main(): Promise<void> {
    const root = resolve(__dirname, '..');
    const file = join(root, OUTPUT);
    const text = await formatted(root, generateQueryTypes(root));
    const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (process.argv.includes('--check')) {
        if (current === text) console.log(`graphql:types --check: ${relative(root, file)} is what the queries and the metadata give`);
        else {
            console.error(
                `graphql:types --check: ${relative(root, file)} is ${current === undefined ? 'missing' : 'stale'}: run \`npm run graphql:types\` and commit it.`
            );
            process.exitCode = 1;
        }
        return;
    }
    if (current !== text) writeFileSync(file, text);
    console.log(`graphql:types: ${relative(root, file)} ${current === text ? 'unchanged' : 'written'}`);
}

if (require.main === module)
    main().catch((error: unknown) => {
        console.error(error);
        process.exitCode = 1;
    });
