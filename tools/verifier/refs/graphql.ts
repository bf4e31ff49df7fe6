import {
    GraphQLError,
    Kind,
    parse,
    type ArgumentNode,
    type DocumentNode,
    type FieldNode,
    type FragmentDefinitionNode,
    type ObjectValueNode,
    type SelectionSetNode,
    type ValueNode
} from 'graphql';
import { getObject, type ObjectModel } from '../../metadata/project';
import type { VerifyContext } from '../context';
import { closest } from '../suggest';
import type { GqlLiteral } from './component-sources';
import { childRelationshipNames, fieldNamesOf, objectNames, parentRelationship, parentRelationshipNames } from './resolve';

/**
 * Rule 4 (GraphQL in components): every object, field, parent relationship and child relationship a
 * UI API query or mutation names exists, in selections, fragments (shared across the package), where
 * filters, orderBy, groupBy and aggregates; mutation inputs name writable fields and real picklist values.
 */

const RECORD_META = new Set([
    'Id',
    'ApiName',
    'WeakEtag',
    'DisplayValue',
    'LastModifiedById',
    'LastModifiedDate',
    'SystemModstamp',
    'RecordTypeId',
    '__typename'
]);
const VALUE_FIELDS = new Set(['value', 'displayValue', 'format', 'label', '__typename']);
const CONNECTION_FIELDS = new Set(['edges', 'pageInfo', 'totalCount', '__typename']);
const PAGE_INFO = new Set(['hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor', '__typename']);
// Aggregate node fields: functions, or (for grouped fields) the value itself.
const AGGREGATE_FUNCTIONS = new Set([
    'avg',
    'count',
    'countDistinct',
    'grouping',
    'max',
    'min',
    'sum',
    'value',
    'displayValue',
    'format',
    'label',
    '__typename'
]);
const FILTER_COMBINATORS = new Set(['and', 'or', 'not']);

interface Parsed {
    literal: GqlLiteral;
    doc: DocumentNode;
}

class GraphqlChecker {
    private readonly fragments = new Map<string, { def: FragmentDefinitionNode; literal: GqlLiteral }>();
    private current!: GqlLiteral;

    constructor(private readonly ctx: VerifyContext) {}

    run(literals: GqlLiteral[]): void {
        const parsed: Parsed[] = [];
        for (const literal of literals) {
            try {
                parsed.push({ literal, doc: parse(literal.text) });
            } catch (e) {
                const err = e as GraphQLError;
                const loc = err.locations?.[0];
                this.ctx.report.error(
                    literal.file,
                    loc
                        ? { line: literal.line + loc.line - 1, column: loc.line === 1 ? literal.column + loc.column - 1 : loc.column }
                        : literal.line,
                    `GraphQL syntax error: ${err.message}`,
                    'Fix the query text'
                );
            }
        }
        for (const p of parsed) {
            for (const def of p.doc.definitions) {
                if (def.kind === Kind.FRAGMENT_DEFINITION) this.fragments.set(def.name.value, { def, literal: p.literal });
            }
        }
        for (const p of parsed) {
            this.current = p.literal;
            for (const def of p.doc.definitions) {
                if (def.kind === Kind.FRAGMENT_DEFINITION) {
                    const object = this.object(def.typeCondition.name.value, def.typeCondition.loc?.startToken.line);
                    if (object) this.record(object, def.selectionSet, new Set([def.name.value]));
                } else if (def.kind === Kind.OPERATION_DEFINITION) {
                    for (const sel of def.selectionSet.selections) {
                        if (sel.kind !== Kind.FIELD) continue;
                        if (sel.name.value !== 'uiapi') {
                            this.error(
                                sel,
                                `GraphQL ${def.operation} selects ${sel.name.value}; UI API documents start with uiapi`,
                                'Wrap the selection in uiapi { ... }'
                            );
                            continue;
                        }
                        if (def.operation === 'mutation') this.mutations(sel);
                        else if (def.operation === 'query') this.uiapiQuery(sel);
                        else this.error(sel, `GraphQL ${def.operation} is not supported by the UI API`, 'Use a query or a mutation');
                    }
                }
            }
        }
    }

    private line(node: { loc?: { startToken: { line: number; column: number } } }): { line: number; column?: number } {
        const t = node.loc?.startToken;
        if (!t) return { line: this.current.line };
        return { line: this.current.line + t.line - 1, column: t.line === 1 ? this.current.column + t.column - 1 : t.column };
    }

    private error(node: { loc?: { startToken: { line: number; column: number } } }, message: string, fix: string): void {
        this.ctx.report.error(this.current.file, this.line(node), message, fix);
    }

    private object(name: string, _line?: number, node?: FieldNode): ObjectModel | undefined {
        this.ctx.report.reference();
        const object = getObject(this.ctx.model, name);
        if (!object) {
            const near = closest(name, objectNames(this.ctx.model));
            this.ctx.report.error(
                this.current.file,
                node ? this.line(node) : this.current.line,
                `GraphQL names object ${name}, which does not exist${near ? `; did you mean ${near}?` : ''}`,
                'Fix the object name or create the object'
            );
        }
        return object;
    }

    private uiapiQuery(uiapi: FieldNode): void {
        for (const sel of uiapi.selectionSet?.selections ?? []) {
            if (sel.kind !== Kind.FIELD) continue;
            const kind = sel.name.value;
            if (kind === 'query' || kind === 'aggregate') {
                for (const objSel of sel.selectionSet?.selections ?? []) {
                    if (objSel.kind !== Kind.FIELD || objSel.name.value === '__typename') continue;
                    const object = this.object(objSel.name.value, undefined, objSel);
                    if (!object) continue;
                    this.arguments(object, objSel.arguments ?? []);
                    this.connection(object, objSel.selectionSet, kind === 'aggregate', new Set());
                }
            } else if (!['objectInfos', 'relatedListByName', '__typename'].includes(kind)) {
                this.error(sel, `uiapi has no ${kind}`, 'Use uiapi { query { ... } } or uiapi { aggregate { ... } }');
            }
        }
    }

    private connection(object: ObjectModel, set: SelectionSetNode | undefined, aggregate: boolean, seen: Set<string>): void {
        for (const sel of set?.selections ?? []) {
            if (sel.kind !== Kind.FIELD) continue;
            const name = sel.name.value;
            if (!CONNECTION_FIELDS.has(name)) {
                this.error(sel, `the ${object.apiName} connection has no ${name}`, 'Select edges { node { ... } }, pageInfo or totalCount');
                continue;
            }
            if (name === 'pageInfo') {
                for (const p of sel.selectionSet?.selections ?? [])
                    if (p.kind === Kind.FIELD && !PAGE_INFO.has(p.name.value))
                        this.error(p, `pageInfo has no ${p.name.value}`, 'Use hasNextPage, endCursor, ...');
            }
            if (name !== 'edges') continue;
            for (const e of sel.selectionSet?.selections ?? []) {
                if (e.kind !== Kind.FIELD) continue;
                if (e.name.value === 'node') {
                    if (aggregate) this.aggregateNode(object, e.selectionSet);
                    else this.record(object, e.selectionSet, seen);
                } else if (e.name.value !== 'cursor' && e.name.value !== '__typename')
                    this.error(e, `edges have no ${e.name.value}`, 'Select node or cursor');
            }
        }
    }

    private aggregateNode(object: ObjectModel, set: SelectionSetNode | undefined): void {
        for (const sel of set?.selections ?? []) {
            if (sel.kind !== Kind.FIELD || sel.name.value !== 'aggregate') continue;
            for (const f of sel.selectionSet?.selections ?? []) {
                if (f.kind !== Kind.FIELD || f.name.value === '__typename') continue;
                this.ctx.report.reference();
                if (!object.fields.get(f.name.value.toLowerCase())) this.unknownField(f, object);
                for (const fn of f.selectionSet?.selections ?? []) {
                    if (fn.kind === Kind.FIELD && !AGGREGATE_FUNCTIONS.has(fn.name.value))
                        this.error(
                            fn,
                            `aggregate of ${object.apiName}.${f.name.value} has no function ${fn.name.value}`,
                            `Use one of ${[...AGGREGATE_FUNCTIONS].join(', ')}`
                        );
                }
            }
        }
    }

    private unknownField(node: FieldNode, object: ObjectModel): void {
        const name = node.name.value;
        const candidates = [...fieldNamesOf(object), ...parentRelationshipNames(object), ...childRelationshipNames(object)];
        const near = closest(name, candidates);
        this.error(
            node,
            `GraphQL names ${object.apiName}.${name}, which is not a field, parent or child relationship of ${object.apiName}${near ? `; did you mean ${near}?` : ''}`,
            'Fix the name or create the field'
        );
    }

    private record(object: ObjectModel, set: SelectionSetNode | undefined, seen: Set<string>): void {
        for (const sel of set?.selections ?? []) {
            if (sel.kind === Kind.INLINE_FRAGMENT) {
                const target = sel.typeCondition ? this.object(sel.typeCondition.name.value) : object;
                if (target) this.record(target, sel.selectionSet, seen);
                continue;
            }
            if (sel.kind === Kind.FRAGMENT_SPREAD) {
                const name = sel.name.value;
                this.ctx.report.reference();
                const frag = this.fragments.get(name);
                if (!frag) {
                    const near = closest(name, this.fragments.keys());
                    this.error(
                        sel,
                        `GraphQL spreads fragment ${name}, which is not defined in any component${near ? `; did you mean ${near}?` : ''}`,
                        'Define the fragment (fragment X on Object { ... }) and interpolate it into the document'
                    );
                    continue;
                }
                const on = frag.def.typeCondition.name.value;
                if (on.toLowerCase() !== object.apiName.toLowerCase()) {
                    this.error(
                        sel,
                        `fragment ${name} is on ${on} but is spread into a ${object.apiName} record`,
                        `Spread it into a ${on} node`
                    );
                }
                // The fragment's own body is checked where it is defined.
                continue;
            }
            const name = sel.name.value;
            if (RECORD_META.has(name)) continue;
            this.ctx.report.reference();
            const field = object.fields.get(name.toLowerCase());
            if (field) {
                if (!sel.selectionSet)
                    this.error(sel, `GraphQL selects ${object.apiName}.${name} without a subselection`, `Write ${name} { value }`);
                for (const v of sel.selectionSet?.selections ?? []) {
                    if (v.kind === Kind.FIELD && !VALUE_FIELDS.has(v.name.value))
                        this.error(
                            v,
                            `field value ${object.apiName}.${name} has no ${v.name.value}`,
                            'Select value, displayValue or format'
                        );
                }
                continue;
            }
            const parent = parentRelationship(object, name);
            if (parent) {
                const targets = parent.referenceTo ?? [];
                const target = targets.length === 1 ? getObject(this.ctx.model, targets[0] ?? '') : undefined;
                if (target) this.record(target, sel.selectionSet, seen);
                else
                    for (const s of sel.selectionSet?.selections ?? [])
                        if (s.kind === Kind.INLINE_FRAGMENT && s.typeCondition)
                            this.record(this.object(s.typeCondition.name.value) ?? object, s.selectionSet, seen);
                continue;
            }
            const childRel = object.childRelationships.get(name.toLowerCase());
            if (childRel) {
                const childObject = getObject(this.ctx.model, childRel.childObject);
                if (childObject) {
                    this.arguments(childObject, sel.arguments ?? []);
                    this.connection(childObject, sel.selectionSet, false, seen);
                }
                continue;
            }
            this.unknownField(sel, object);
        }
    }

    private arguments(object: ObjectModel, args: readonly ArgumentNode[]): void {
        for (const arg of args) {
            if (arg.value.kind === Kind.VARIABLE) continue;
            if (arg.name.value === 'where' && arg.value.kind === Kind.OBJECT) this.filter(object, arg.value);
            if (arg.name.value === 'orderBy' && arg.value.kind === Kind.OBJECT) this.fieldKeys(object, arg.value, 'orders by');
            if (arg.name.value === 'groupBy' && arg.value.kind === Kind.OBJECT) this.fieldKeys(object, arg.value, 'groups by');
        }
    }

    /** where: { Field: { op: v }, Parent: { Field: {...} }, and: [...], or: [...], not: {...} } */
    private filter(object: ObjectModel, value: ObjectValueNode): void {
        for (const f of value.fields) {
            const key = f.name.value;
            if (FILTER_COMBINATORS.has(key)) {
                const items: ValueNode[] = f.value.kind === Kind.LIST ? [...f.value.values] : [f.value];
                for (const item of items) if (item.kind === Kind.OBJECT) this.filter(object, item);
                continue;
            }
            this.ctx.report.reference();
            if (RECORD_META.has(key) || object.fields.get(key.toLowerCase())) {
                // Semi-joins: Id: { inq: { Child__c: { ApiName: "Field__c", ... } } } name another object.
                if (f.value.kind === Kind.OBJECT) {
                    for (const op of f.value.fields) {
                        if ((op.name.value === 'inq' || op.name.value === 'ninq') && op.value.kind === Kind.OBJECT) {
                            for (const inner of op.value.fields) {
                                if (inner.name.value === 'ApiName') continue;
                                const other = this.object(inner.name.value);
                                if (other && inner.value.kind === Kind.OBJECT) {
                                    const apiName = inner.value.fields.find((x) => x.name.value === 'ApiName');
                                    if (apiName?.value.kind === Kind.STRING && !other.fields.get(apiName.value.value.toLowerCase())) {
                                        this.error(
                                            apiName,
                                            `semi-join names ${other.apiName}.${apiName.value.value}, which does not exist`,
                                            'Fix the field name'
                                        );
                                    }
                                    this.filter(other, {
                                        ...inner.value,
                                        fields: inner.value.fields.filter((x) => x.name.value !== 'ApiName')
                                    });
                                }
                            }
                        }
                    }
                }
                continue;
            }
            const parent = parentRelationship(object, key);
            const target = parent?.referenceTo?.length === 1 ? getObject(this.ctx.model, parent.referenceTo[0] ?? '') : undefined;
            if (target && f.value.kind === Kind.OBJECT) {
                this.filter(target, f.value);
                continue;
            }
            if (parent) continue;
            const near = closest(key, [...fieldNamesOf(object), ...parentRelationshipNames(object)]);
            this.error(
                f,
                `GraphQL filter names ${object.apiName}.${key}, which does not exist${near ? `; did you mean ${near}?` : ''}`,
                'Fix the field name'
            );
        }
    }

    private fieldKeys(object: ObjectModel, value: ObjectValueNode, verb: string): void {
        for (const f of value.fields) {
            const key = f.name.value;
            this.ctx.report.reference();
            if (object.fields.get(key.toLowerCase())) continue;
            const parent = parentRelationship(object, key);
            const target = parent?.referenceTo?.length === 1 ? getObject(this.ctx.model, parent.referenceTo[0] ?? '') : undefined;
            if (target && f.value.kind === Kind.OBJECT) {
                this.fieldKeys(target, f.value, verb);
                continue;
            }
            const near = closest(key, fieldNamesOf(object));
            this.error(
                f,
                `GraphQL ${verb} ${object.apiName}.${key}, which does not exist${near ? `; did you mean ${near}?` : ''}`,
                'Fix the field name'
            );
        }
    }

    private mutations(uiapi: FieldNode): void {
        const input = uiapi.arguments?.find((a) => a.name.value === 'input');
        if (input?.value.kind === Kind.OBJECT) {
            const aon = input.value.fields.find((f) => f.name.value === 'allOrNone');
            if (aon?.value.kind === Kind.BOOLEAN && !aon.value.value)
                this.ctx.report.warning(
                    this.current.file,
                    this.line(aon),
                    'mutation runs with allOrNone false',
                    'DESIGN.md §5: writes are all or nothing; use allOrNone: true'
                );
        }
        for (const sel of uiapi.selectionSet?.selections ?? []) {
            if (sel.kind !== Kind.FIELD || sel.name.value === '__typename') continue;
            const m = /^(.+?)(Create|Update|Delete)$/.exec(sel.name.value);
            if (!m) {
                this.error(
                    sel,
                    `mutation field ${sel.name.value} is not <Object>Create, <Object>Update or <Object>Delete`,
                    'Rename the mutation field'
                );
                continue;
            }
            const [, objectName = '', op] = m;
            const object = this.object(objectName, undefined, sel);
            if (!object) continue;
            const arg = sel.arguments?.find((a) => a.name.value === 'input');
            if (arg?.value.kind === Kind.OBJECT) {
                for (const f of arg.value.fields) {
                    if (f.name.value === 'Id') continue;
                    if (f.name.value.toLowerCase() !== object.apiName.toLowerCase()) {
                        this.error(
                            f,
                            `${sel.name.value} input has ${f.name.value}; expected ${object.apiName}${op === 'Delete' ? '' : ` (the record's fields)`}`,
                            `Write input: { ${op === 'Update' ? 'Id: ..., ' : ''}${object.apiName}: { ... } }`
                        );
                        continue;
                    }
                    if (f.value.kind === Kind.OBJECT) this.recordInput(object, f.value);
                }
            }
            for (const p of sel.selectionSet?.selections ?? []) {
                if (p.kind !== Kind.FIELD) continue;
                const pn = p.name.value;
                if (pn === 'Record' && op !== 'Delete') this.record(object, p.selectionSet, new Set());
                else if (!(pn === '__typename' || (pn === 'success' && op === 'Update') || (pn === 'Id' && op === 'Delete'))) {
                    this.error(p, `${sel.name.value} payload has no ${pn}`, op === 'Delete' ? 'Select Id' : 'Select Record { ... }');
                }
            }
        }
    }

    private recordInput(object: ObjectModel, value: ObjectValueNode): void {
        for (const f of value.fields) {
            const key = f.name.value;
            this.ctx.report.reference();
            const field = object.fields.get(key.toLowerCase());
            if (!field) {
                const near = closest(key, fieldNamesOf(object));
                this.error(
                    f,
                    `mutation sets ${object.apiName}.${key}, which does not exist${near ? `; did you mean ${near}?` : ''}`,
                    'Fix the field name or create the field'
                );
                continue;
            }
            if (!field.writable)
                this.error(
                    f,
                    `mutation sets ${object.apiName}.${key}, which is not writable (${field.formula ? 'formula' : field.type})`,
                    'Remove it from the input'
                );
            if (
                field.picklistValues &&
                (f.value.kind === Kind.STRING || f.value.kind === Kind.ENUM) &&
                !field.picklistValues.includes(f.value.value)
            ) {
                const near = closest(f.value.value, field.picklistValues);
                this.error(
                    f,
                    `mutation sets ${object.apiName}.${key} to "${f.value.value}", which is not one of its values${near ? `; did you mean "${near}"?` : ''}`,
                    `Use one of: ${field.picklistValues.join(', ')}`
                );
            }
        }
    }
}

export function checkGraphql(ctx: VerifyContext, literals: GqlLiteral[]): void {
    new GraphqlChecker(ctx).run(literals);
}
