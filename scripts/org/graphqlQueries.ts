/**
 * The components' GraphQL documents, exactly as their modules build them.
 *
 * Every built module under force-app/main/default/lwc (the .js that deploys) that imports `gql`
 * from lightning/graphql is loaded with the Node stand-in `gql`, which returns the document's text
 * (core/components), and every
 * export that is such a document is taken, whatever builds it (a template with fragments, or a
 * function like followUpsDueQuery('MINE')). The text is what the component hands to the wire.
 *
 * test:org runs each query operation against the org's GraphQL endpoint with the variables the
 * component's own builder returns (`<operationName>Variables` exported beside the query, e.g.
 * opportunityOutcomesVariables(recordId)), for each seeded record the query takes. Mutations are
 * listed, not run: they would write.
 */
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import {
    buildSchema,
    KnownFragmentNamesRule,
    Kind,
    LoneAnonymousOperationRule,
    NoFragmentCyclesRule,
    NoUndefinedVariablesRule,
    NoUnusedFragmentsRule,
    NoUnusedVariablesRule,
    UniqueFragmentNamesRule,
    UniqueOperationNamesRule,
    UniqueVariableNamesRule,
    validate,
    visit,
    type GraphQLSchema,
    type DocumentNode,
    type OperationDefinitionNode,
    type TypeNode,
    type ValueNode
} from 'graphql';
import { getField, getObject, type ProjectModel } from '../../core/metadata/project';
import { parsePlatform } from '../../core/uiapi/platformParser';
import { GqlDocument } from '../../core/components/gql';
import { ComponentLoader } from '../../core/components/loader';
import { componentModules, importsGql } from '../../core/components/modules';

export interface GqlDocumentInfo {
    /** Repository-relative source file (the .ts a developer edits; its built .js is what ran). */
    file: string;
    bundle: string;
    /** The export's name. */
    name: string;
    text: string;
    /** The module's exports (where the variables builders live). */
    moduleExports: Record<string, unknown>;
}

/** Every exported gql document of the components, in file and export order. */
export function findGqlDocuments(lwcDir: string, root: string): GqlDocumentInfo[] {
    const loader = new ComponentLoader(lwcDir);
    const documents: GqlDocumentInfo[] = [];
    for (const file of componentModules(lwcDir).filter(importsGql)) {
        const moduleExports = loader.load(file);
        const source = file.replace(/\.js$/, '.ts');
        const rel = relative(root, existsSync(source) ? source : file)
            .split('\\')
            .join('/');
        const bundle = relative(lwcDir, file).split(/[\\/]/)[0]!;
        for (const [name, value] of Object.entries(moduleExports)) {
            if (value instanceof GqlDocument) documents.push({ file: rel, bundle, name, text: value.source, moduleExports });
        }
    }
    return documents;
}

// ---------------------------------------------------------------------------------------------
// Operations

export interface GqlOperation {
    document: GqlDocumentInfo;
    ast: DocumentNode;
    operation: OperationDefinitionNode;
    /** The operation's name (or the document's name when anonymous). */
    name: string;
    type: 'query' | 'mutation' | 'subscription';
}

/** Parses each document (the platform's parser, core/uiapi/platformParser.ts); a parse error names the document and its file. */
export function operationsOf(documents: GqlDocumentInfo[]): GqlOperation[] {
    const operations: GqlOperation[] = [];
    for (const document of documents) {
        let ast: DocumentNode;
        try {
            ast = parsePlatform(document.text);
        } catch (error) {
            throw new Error(`${document.file} ${document.name}: ${(error as Error).message}`);
        }
        for (const definition of ast.definitions) {
            if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
            operations.push({
                document,
                ast,
                operation: definition,
                name: definition.name?.value ?? document.name,
                type: definition.operation as GqlOperation['type']
            });
        }
    }
    return operations;
}

/** The request body a component's wire sends: the whole document, its variables, the operation when the document has several. */
export function graphqlBody(
    op: GqlOperation,
    variables: Record<string, unknown>
): { query: string; variables: Record<string, unknown>; operationName?: string } {
    const several = op.ast.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length > 1;
    return { query: op.document.text, variables, ...(several && op.operation.name ? { operationName: op.operation.name.value } : {}) };
}

// ---------------------------------------------------------------------------------------------
// Variables

/** The component's own builder for an operation's variables: `<operationName, lower camel>Variables` exported beside it. */
function variablesBuilder(op: GqlOperation): { name: string; fn: (...args: unknown[]) => unknown } | undefined {
    const name = `${op.name.charAt(0).toLowerCase()}${op.name.slice(1)}Variables`;
    const fn = op.document.moduleExports[name];
    return typeof fn === 'function' ? { name, fn: fn as (...args: unknown[]) => unknown } : undefined;
}

/** Page size given to an Int variable passed as `first` when the component exports no builder. */
const DEFAULT_FIRST = 50;

function namedType(type: TypeNode): { name: string; nonNull: boolean } {
    if (type.kind === Kind.NON_NULL_TYPE) return { ...namedType(type.type), nonNull: true };
    if (type.kind === Kind.LIST_TYPE) return { name: `[${namedType(type.type).name}]`, nonNull: false };
    return { name: type.name.value, nonNull: false };
}

interface VariableUse {
    /** The root field's object (Opportunity). */
    root: string;
    /** Its key in the response (its alias, if any). */
    dataKey: string;
    /** Argument name, then the input object keys leading to the variable. */
    path: string[];
}

/** Every use of a variable in a root field's arguments, as the path of keys leading to it. */
function variableUses(op: OperationDefinitionNode): Map<string, VariableUse[]> {
    const uses = new Map<string, VariableUse[]>();
    const walkValue = (value: ValueNode, root: string, dataKey: string, path: string[]): void => {
        if (value.kind === Kind.VARIABLE) uses.set(value.name.value, [...(uses.get(value.name.value) ?? []), { root, dataKey, path }]);
        if (value.kind === Kind.OBJECT) for (const f of value.fields) walkValue(f.value, root, dataKey, [...path, f.name.value]);
        if (value.kind === Kind.LIST) for (const v of value.values) walkValue(v, root, dataKey, path);
    };
    // uiapi { query { <Object>(where: ...) } }
    for (const uiapi of op.selectionSet.selections) {
        if (uiapi.kind !== Kind.FIELD || !uiapi.selectionSet) continue;
        for (const query of uiapi.selectionSet.selections) {
            if (query.kind !== Kind.FIELD || !query.selectionSet) continue;
            for (const root of query.selectionSet.selections) {
                if (root.kind !== Kind.FIELD) continue;
                for (const arg of root.arguments ?? [])
                    walkValue(arg.value, root.name.value, root.alias?.value ?? root.name.value, [arg.name.value]);
            }
        }
    }
    return uses;
}

/**
 * The object whose record id a variable holds, from where it is used:
 * `Opportunity(where: { Id: { eq: $v } })` → Opportunity; `{ Customer_Goal__r: { Originating_Opportunity__c: { eq: $v } } }`
 * on Customer_KPI__c → Opportunity (the lookup's target); `{ inq: { Opportunity: { Id: { eq: $v } } } }` → Opportunity.
 */
export function idVariableObject(model: ProjectModel, root: string, path: string[]): string | undefined {
    if (path[0] !== 'where') return undefined;
    let object = root;
    const keys = path.slice(1, -1); // drop "where" and the operator (eq, in, ne)
    for (let i = 0; i < keys.length; i++) {
        const key = keys[i]!;
        if (key === 'and' || key === 'or' || key === 'not') continue;
        if (key === 'inq' || key === 'ninq') {
            object = keys[i + 1] ?? object;
            i += 1;
            continue;
        }
        if (key === 'Id') return getObject(model, object)?.apiName ?? object;
        const field = getField(model, object, key) ?? relationshipField(model, object, key);
        if (!field) return undefined;
        if (i === keys.length - 1) return field.referenceTo?.[0];
        if (!field.referenceTo?.[0]) return undefined;
        object = field.referenceTo[0];
    }
    return undefined;
}

function relationshipField(model: ProjectModel, object: string, relationship: string): ReturnType<typeof getField> {
    const model_ = getObject(model, object);
    if (!model_) return undefined;
    for (const field of model_.fields.values()) {
        if (!field.referenceTo?.length) continue;
        const name = field.custom ? field.apiName.replace(/__c$/i, '__r') : field.relationshipName;
        if (name && name.toLowerCase() === relationship.toLowerCase()) return field;
    }
    return undefined;
}

export interface VariablePlan {
    /** The object whose seeded records drive the runs (one run per record), if any. */
    object?: string;
    /** Variables for one record id (or the single run when `object` is undefined). */
    build: (recordId: string | undefined) => Record<string, unknown>;
    /** Where the variables come from: the component's builder, or inferred from the document. */
    from: string;
    /** Why the operation cannot be run, if it cannot. */
    problem?: string;
}

/** How to build an operation's variables from seeded records, or why it cannot be. */
export function planVariables(op: GqlOperation, model: ProjectModel, today: string): VariablePlan {
    const uses = variableUses(op.operation);
    let object: string | undefined;
    let idVariable: string | undefined;
    const inferred: Record<string, unknown> = {};
    const problems: string[] = [];
    const unknown: string[] = [];
    for (const definition of op.operation.variableDefinitions ?? []) {
        const name = definition.variable.name.value;
        const type = namedType(definition.type);
        const used = uses.get(name) ?? [];
        if (type.name === 'ID' || type.name === 'IdOrRef') {
            const objects = [
                ...new Set(used.map((u) => idVariableObject(model, u.root, u.path)).filter((o): o is string => o !== undefined))
            ];
            if (objects.length !== 1 || (idVariable !== undefined && idVariable !== name)) {
                problems.push(
                    `$${name}: cannot tell which object's id it holds (${objects.length ? objects.join(', ') : 'no where: { Id: { eq: $' + name + ' } }'})`
                );
                continue;
            }
            object = objects[0];
            idVariable = name;
        } else if (type.name === 'Int' && isFirstArgument(op.operation, name)) {
            inferred[name] = DEFAULT_FIRST;
        } else if (type.name === 'Date') {
            inferred[name] = today;
        } else if (type.nonNull && definition.defaultValue === undefined) {
            unknown.push(`$${name}: ${type.name}!`);
        }
    }
    if (problems.length) return { object, build: () => ({}), from: 'none', problem: problems.join('; ') };
    const builder = variablesBuilder(op);
    if (builder) {
        const build = (id: string | undefined): Record<string, unknown> => {
            const value = idVariable ? builder.fn(id) : builder.fn();
            if (value === null || typeof value !== 'object' || Array.isArray(value))
                throw new Error(`${builder.name}() did not return an object`);
            return value as Record<string, unknown>;
        };
        return { object, build, from: `${builder.name}()` };
    }
    if (unknown.length) {
        return {
            object,
            build: () => ({}),
            from: 'none',
            problem: `${unknown.join(', ')} cannot be inferred: export ${op.name.charAt(0).toLowerCase()}${op.name.slice(1)}Variables() beside the query`
        };
    }
    return {
        object,
        build: (id) => ({ ...inferred, ...(idVariable && id !== undefined ? { [idVariable]: id } : {}) }),
        from: 'inferred from the document'
    };
}

function isFirstArgument(op: OperationDefinitionNode, variable: string): boolean {
    let found = false;
    visit(op, {
        Argument(node) {
            if (node.name.value === 'first' && node.value.kind === Kind.VARIABLE && node.value.name.value === variable) found = true;
        }
    });
    return found;
}

/**
 * For a query with `<Object>(where: { Id: { eq: $v } })` at its root, the edges returned for that
 * object (so test:org can check the seeded record is visible); undefined when not applicable.
 */
export function rootEdges(op: GqlOperation, data: unknown): { object: string; count: number } | undefined {
    const uses = variableUses(op.operation);
    for (const list of uses.values()) {
        for (const use of list) {
            if (use.path.join('.') !== 'where.Id.eq') continue;
            const query = (data as { uiapi?: { query?: Record<string, { edges?: unknown[] }> } } | null)?.uiapi?.query;
            const edges = query?.[use.dataKey]?.edges;
            return { object: use.root, count: Array.isArray(edges) ? edges.length : 0 };
        }
    }
    return undefined;
}

const DOCUMENT_RULES = [
    LoneAnonymousOperationRule,
    UniqueOperationNamesRule,
    UniqueFragmentNamesRule,
    KnownFragmentNamesRule,
    NoUnusedFragmentsRule,
    NoFragmentCyclesRule,
    UniqueVariableNamesRule,
    NoUndefinedVariablesRule,
    NoUnusedVariablesRule
];
let emptySchema: GraphQLSchema | undefined;

/**
 * What any GraphQL server rejects before looking at the schema: a fragment spread with no
 * fragment, a fragment defined twice or never used, a variable used but not declared or declared
 * but not used, two operations with one name. Field names are the org's to judge (test:org).
 */
export function documentProblems(ast: DocumentNode): string[] {
    emptySchema ??= buildSchema('type Query { _: Boolean }');
    return validate(emptySchema, ast, DOCUMENT_RULES).map((e) => e.message);
}
