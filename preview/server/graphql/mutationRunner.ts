import {
    getArgumentValues,
    getDirectiveValues,
    getNamedType,
    GraphQLError,
    GraphQLIncludeDirective,
    GraphQLObjectType,
    GraphQLSkipDirective,
    Kind,
    type FieldNode,
    type GraphQLResolveInfo,
    type SelectionSetNode
} from 'graphql';
import { RecordWriteError, type FieldError } from '../../../core/records';
import type { RecordSource, RequestContext } from './context';
import { parseOperationName, type MutationOutcomes, type OperationKind } from './mutationTypes';
import type { ObjectMeta } from '../store/objectMeta';

/**
 * Runs the operations of one `mutation { uiapi(input: { allOrNone }) { ... } }` in the order
 * written, in one store transaction. "@{alias}" in an IdOrRef value is the Id of the record an
 * earlier operation created or updated. allOrNone true (the default): any failure rolls every
 * operation back; every independent operation is still tried, so all field errors come back at
 * once. allOrNone false: a failed operation (and any that depends on it) is rolled back alone.
 */

interface Operation {
    key: string;
    node: FieldNode;
    object: ObjectMeta;
    kind: OperationKind;
    input: Record<string, unknown>;
}

type Outcome =
    | { kind: 'ok'; payload: Record<string, unknown>; id: string }
    | { kind: 'failed'; errors: FieldError[]; object: ObjectMeta }
    | { kind: 'rolledBack' };

class RollbackRequest extends Error {}

const REF = /^@\{([A-Za-z_][A-Za-z0-9_]*)\}$/;

function collectOperations(ctx: RequestContext, info: GraphQLResolveInfo): Operation[] {
    const type = getNamedType(info.returnType);
    if (!(type instanceof GraphQLObjectType)) return [];
    const fieldDefs = type.getFields();
    const operations: Operation[] = [];
    const seen = new Set<string>();
    const included = (node: FieldNode | { directives?: FieldNode['directives'] }): boolean =>
        !(getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.if === true) &&
        getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.if !== false;
    const walk = (selectionSet: SelectionSetNode | undefined): void => {
        for (const selection of selectionSet?.selections ?? []) {
            if (!included(selection)) continue;
            if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet);
            else if (selection.kind === Kind.FRAGMENT_SPREAD) walk(info.fragments[selection.name.value]?.selectionSet);
            else if (selection.kind === Kind.FIELD) {
                const key = selection.alias?.value ?? selection.name.value;
                const fieldDef = fieldDefs[selection.name.value];
                const parsed = parseOperationName(ctx.store.schema, selection.name.value);
                if (seen.has(key) || !fieldDef || !parsed) continue;
                seen.add(key);
                const args = getArgumentValues(fieldDef, selection, info.variableValues) as { input: Record<string, unknown> };
                operations.push({ key, node: selection, object: parsed.object, kind: parsed.kind, input: args.input });
            }
        }
    };
    for (const node of info.fieldNodes) walk(node.selectionSet);
    return operations;
}

/** Aliases an input refers to with "@{alias}". */
function references(value: unknown, out = new Set<string>()): Set<string> {
    if (typeof value === 'string') {
        const match = REF.exec(value);
        if (match?.[1]) out.add(match[1]);
    } else if (value && typeof value === 'object') for (const v of Object.values(value)) references(v, out);
    return out;
}

function substitute(value: unknown, ids: Map<string, string>): unknown {
    if (typeof value === 'string') {
        const alias = REF.exec(value)?.[1];
        return alias ? (ids.get(alias) ?? value) : value;
    }
    if (Array.isArray(value)) return value.map((v) => substitute(v, ids));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, ids)]));
    return value;
}

function perform(ctx: RequestContext, op: Operation, input: Record<string, unknown>, now: string): Outcome {
    const options = { today: ctx.today, now, mode: 'user' as const, objectApiName: op.object.apiName };
    const fields = (input[op.object.apiName] ?? {}) as Record<string, unknown>;
    const result = (record: RecordSource['record'], extra: Record<string, unknown> = {}): Outcome => ({
        kind: 'ok',
        id: record.Id,
        payload: { ...extra, Record: { object: op.object, record, inMutationResult: true } satisfies RecordSource }
    });
    if (op.kind === 'Create') return result(ctx.store.create(op.object.apiName, fields, options));
    const id = String(input.Id ?? '');
    // UpdatePayload's `success` (documented for API v59–65): true once the update is saved.
    if (op.kind === 'Update') return result(ctx.store.update(id, fields, options), { success: true });
    const [deleted = id] = ctx.store.delete(id, options).slice(-1);
    return { kind: 'ok', id: deleted, payload: { Id: deleted } };
}

function operationErrors(op: Operation, outcome: Extract<Outcome, { kind: 'failed' }>, path: (string | number)[]): GraphQLError[] {
    const base = { operation: op.key, objectApiName: outcome.object.apiName, classification: 'DataFetchingException' };
    const onFields = outcome.errors.filter((e) => e.field);
    const onRecord = outcome.errors.filter((e) => !e.field);
    const errors: GraphQLError[] = [];
    if (onFields.length) {
        const fieldErrors: Record<string, { message: string; errorCode: string }[]> = {};
        for (const e of onFields) (fieldErrors[e.field ?? ''] ??= []).push({ message: e.message, errorCode: e.errorCode });
        const message = [...new Set(onFields.map((e) => e.message))].join('\n');
        errors.push(
            new GraphQLError(message, { nodes: op.node, path, extensions: { ...base, errorCode: onFields[0]?.errorCode, fieldErrors } })
        );
    }
    for (const e of onRecord)
        errors.push(new GraphQLError(e.message, { nodes: op.node, path, extensions: { ...base, errorCode: e.errorCode } }));
    return errors;
}

/** Runs the request's operations; returns what each aliased field resolves to. Extra errors go to ctx. */
export function runMutations(
    ctx: RequestContext,
    info: GraphQLResolveInfo,
    allOrNone: boolean,
    extraErrors: GraphQLError[]
): MutationOutcomes {
    const operations = collectOperations(ctx, info);
    const outcomes = new Map<string, Outcome>();
    const ids = new Map<string, string>();
    const now = ctx.store.timestamp();
    try {
        ctx.store.transaction(() => {
            for (const op of operations) {
                const refs = [...references(op.input)];
                const unknown = refs.find((alias) => !outcomes.has(alias));
                const failed = refs.find((alias) => outcomes.get(alias)?.kind !== 'ok');
                if (unknown) {
                    outcomes.set(op.key, {
                        kind: 'failed',
                        object: op.object,
                        errors: [
                            {
                                field: null,
                                errorCode: 'INVALID_REFERENCE',
                                message: `@{${unknown}} does not name an earlier operation of this request.`
                            }
                        ]
                    });
                } else if (failed) {
                    // allOrNone: the request fails anyway; an operation that could not run adds no error of its own.
                    outcomes.set(
                        op.key,
                        allOrNone
                            ? { kind: 'rolledBack' }
                            : {
                                  kind: 'failed',
                                  object: op.object,
                                  errors: [
                                      {
                                          field: null,
                                          errorCode: 'DEPENDENCY_FAILED',
                                          message: `Not run: it refers to @{${failed}}, which failed.`
                                      }
                                  ]
                              }
                    );
                } else {
                    try {
                        const outcome = perform(ctx, op, substitute(op.input, ids) as Record<string, unknown>, now);
                        outcomes.set(op.key, outcome);
                        if (outcome.kind === 'ok') ids.set(op.key, outcome.id);
                    } catch (error) {
                        if (!(error instanceof RecordWriteError)) throw error;
                        outcomes.set(op.key, { kind: 'failed', object: op.object, errors: error.errors });
                    }
                }
            }
            if (allOrNone && [...outcomes.values()].some((o) => o.kind !== 'ok')) throw new RollbackRequest();
        });
    } catch (error) {
        if (!(error instanceof RollbackRequest)) throw error;
        for (const [key, outcome] of outcomes) if (outcome.kind === 'ok') outcomes.set(key, { kind: 'rolledBack' });
    }
    const errorsByKey = new Map<string, GraphQLError[]>();
    for (const op of operations) {
        const outcome = outcomes.get(op.key);
        if (outcome?.kind !== 'failed') continue;
        const path = [...pathOf(info), op.key];
        const [first, ...rest] = operationErrors(op, outcome, path);
        if (first) errorsByKey.set(op.key, [first]);
        extraErrors.push(...rest);
    }
    return {
        payloadFor(key: string): unknown {
            const outcome = outcomes.get(key);
            if (outcome?.kind === 'failed') throw errorsByKey.get(key)?.[0] ?? new GraphQLError('The operation failed.');
            if (outcome?.kind !== 'ok') return null;
            // Read the record as committed (the package's rules may have changed it after the operation).
            const source = outcome.payload.Record as RecordSource | undefined;
            const current = source ? ctx.store.get(source.record.Id) : undefined;
            return source && current ? { ...outcome.payload, Record: { ...source, record: current.record } } : outcome.payload;
        }
    };
}

function pathOf(info: GraphQLResolveInfo): (string | number)[] {
    const out: (string | number)[] = [];
    for (let p: GraphQLResolveInfo['path'] | undefined = info.path; p; p = p.prev) out.unshift(p.key);
    return out;
}
