import {
    KnownFragmentNamesRule,
    Kind,
    NoUndefinedVariablesRule,
    NoUnusedFragmentsRule,
    NoUnusedVariablesRule,
    ProvidedRequiredArgumentsRule,
    ScalarLeafsRule,
    visit,
    type ASTNode,
    type DefinitionNode,
    type DocumentNode,
    type FragmentDefinitionNode,
    type GraphQLError,
    type ValidationRule
} from 'graphql';
import { fieldOf, objectOf } from '../../../preview/server/store/objectMeta';
import { picklistLiterals } from '../../uiapi-graphql/picklistValues';
import { parsePlatform } from '../../../core/uiapi/platformParser';
import { uiapiSchemaOf } from '../../uiapi-graphql/schema';
import { checkDocument, isFragmentLibrary, suggestionOf, type UiapiSchema } from '../../uiapi-graphql/validate';
import type { VerifyContext } from '../context';
import type { GqlLiteral } from './component-sources';

/**
 * Rule 4 (GraphQL in components): every gql document of the components is parsed by the platform's
 * parser and validated against the UI API schema generated from the metadata, through the one
 * validator the preview's endpoint also uses (tools/uiapi-graphql/validate.ts); the schema here
 * also has `uiapi { aggregate }` (tools/uiapi-graphql/aggregate.ts) and no field-level security.
 *
 * A document is checked as the platform's `gql` builds it: its own text plus the definitions of
 * the gql documents interpolated into it (`${GOAL_FIELDS}`, declared in the same module or imported
 * from another), each error on the line of the literal it sits in. A fragment library (fragments
 * only) may spread fragments of other libraries: they are appended from the whole project. A
 * document with another `${...}` is completed at run time: rules that need the whole text are
 * skipped (documents built per call are checked in full by tools/uiapi-graphql/__tests__).
 *
 * Beyond the schema: picklist literals written by mutations (picklistValues.ts), semi-join
 * `ApiName` strings naming a field of the joined object, and `allOrNone: false` (a policy warning).
 */

/** UI API fields of `uiapi` the generated schema does not model: left out of the check, with a warning. */
const UNMODELLED_UIAPI_FIELDS = new Set(['objectInfos', 'relatedListByName']);

/** Rules whose verdict depends on text only known at run time (variables, arguments, fragments, selections). */
const RUNTIME_TEXT_RULES: readonly ValidationRule[] = [
    NoUndefinedVariablesRule,
    NoUnusedVariablesRule,
    ProvidedRequiredArgumentsRule,
    ScalarLeafsRule,
    KnownFragmentNamesRule,
    NoUnusedFragmentsRule
];

interface Parsed {
    literal: GqlLiteral;
    document?: DocumentNode;
    /** Some ${...} is not a gql document declared in the project. */
    runtimeText: boolean;
}

type Located = { loc?: { start: number; source: { body: string } } };

class GraphqlChecker {
    private readonly schema: UiapiSchema;
    private readonly parsed: Parsed[];
    private readonly byName = new Map<string, Parsed>();
    /** Each parsed document's source -> its literal (errors are located through their node's source). */
    private readonly literalOf = new Map<unknown, GqlLiteral>();
    private readonly reported = new Set<string>();

    constructor(
        private readonly ctx: VerifyContext,
        literals: GqlLiteral[]
    ) {
        this.schema = uiapiSchemaOf(ctx.model, { aggregates: true });
        const declared = new Set(literals.flatMap((l) => (l.name ? [`${l.file}#${l.name}`] : [])));
        this.parsed = literals.map((literal) =>
            this.parse(
                literal,
                literal.substitutions.some((s) => !s || !declared.has(`${s.file}#${s.name}`))
            )
        );
        for (const p of this.parsed) if (p.literal.name) this.byName.set(`${p.literal.file}#${p.literal.name}`, p);
    }

    private parse(literal: GqlLiteral, runtimeText: boolean): Parsed {
        try {
            const document = parsePlatform(literal.text);
            this.literalOf.set(document.loc?.source, literal);
            return { literal, document, runtimeText };
        } catch (error) {
            const e = error as GraphQLError;
            const at = this.position(literal, e.locations?.[0]);
            if (runtimeText)
                this.ctx.report.warning(
                    literal.file,
                    at,
                    `GraphQL document is completed at run time and its static text does not parse (${e.message}); it was not checked`,
                    'Check the documents it builds in a test (see tools/uiapi-graphql/__tests__/componentDocuments.test.ts)'
                );
            // The org's words (orgErrors.ts), without its line and column: the file position says where.
            else
                this.ctx.report.error(
                    literal.file,
                    at,
                    `GraphQL syntax error: Invalid Syntax : ${e.message.replace(/^Syntax Error: /, '')}`,
                    'Fix the query text'
                );
            return { literal, runtimeText };
        }
    }

    run(): void {
        for (const p of this.parsed) {
            if (!p.document) continue;
            this.countReferences(p.document);
            const library = isFragmentLibrary(p.document);
            const appended = this.interpolated(p, new Set());
            if (library) appended.push(...this.libraryFragments(p.document, appended));
            const without = [...(library ? [NoUnusedFragmentsRule] : []), ...(p.runtimeText ? RUNTIME_TEXT_RULES : [])];
            const result = checkDocument(this.schema, this.withoutUnmodelled(p.literal, p.document), { appended, without });
            for (const { error, cause } of result.errors) this.validationError(p.literal, error, cause);
            this.extraRules(p.literal, p.document);
        }
    }

    /** The document without `uiapi { objectInfos ... }` and the like, each left out with a warning. */
    private withoutUnmodelled(literal: GqlLiteral, document: DocumentNode): DocumentNode {
        return visit(document, {
            Field: (node, _key, _parent, _path, ancestors) => {
                const owner = ancestors[ancestors.length - 2];
                if (!UNMODELLED_UIAPI_FIELDS.has(node.name.value) || !owner || !('kind' in owner) || owner.kind !== Kind.FIELD)
                    return undefined;
                if (owner.name.value !== 'uiapi') return undefined;
                this.error(
                    node,
                    literal,
                    `uiapi.${node.name.value} is not in the schema generated from the metadata; this selection was not checked`,
                    'Check it against an org (npm run test:org)',
                    true
                );
                // Kept as __typename: an emptied selection would be an error of its own.
                return { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };
            }
        });
    }

    /** The definitions the platform's gql appends: those of every interpolated document (and theirs). */
    private interpolated(p: Parsed, seen: Set<Parsed>): DefinitionNode[] {
        const out: DefinitionNode[] = [];
        for (const s of p.literal.substitutions) {
            const target = s ? this.byName.get(`${s.file}#${s.name}`) : undefined;
            if (!target?.document || seen.has(target)) continue;
            seen.add(target);
            out.push(...target.document.definitions, ...this.interpolated(target, seen));
        }
        return out;
    }

    /** Fragments a library spreads but does not hold: the project's other libraries supply them at run time. */
    private libraryFragments(document: DocumentNode, appended: DefinitionNode[]): FragmentDefinitionNode[] {
        const defined = new Set(
            [...document.definitions, ...appended].flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [d.name.value] : []))
        );
        const spread = new Set<string>();
        visit(document, { FragmentSpread: (node) => void spread.add(node.name.value) });
        const out: FragmentDefinitionNode[] = [];
        for (const p of this.parsed) {
            for (const d of p.document?.definitions ?? []) {
                if (d.kind !== Kind.FRAGMENT_DEFINITION || defined.has(d.name.value) || !spread.has(d.name.value)) continue;
                defined.add(d.name.value);
                out.push(d);
            }
        }
        return out;
    }

    private countReferences(document: DocumentNode): void {
        visit(document, { Field: () => this.ctx.report.reference(), ObjectField: () => this.ctx.report.reference() });
    }

    private position(literal: GqlLiteral, loc: { line: number; column: number } | undefined): { line: number; column?: number } {
        if (!loc) return { line: literal.line };
        return { line: literal.line + loc.line - 1, column: loc.line === 1 ? literal.column + loc.column - 1 : loc.column };
    }

    /** The literal and position of a node (which may sit in an interpolated document's literal). */
    private where(node: ASTNode | undefined, fallback: GqlLiteral): { literal: GqlLiteral; at: { line: number; column?: number } } {
        const loc = (node as Located | undefined)?.loc;
        const literal = (loc && this.literalOf.get(loc.source)) ?? fallback;
        if (!loc) return { literal, at: { line: literal.line } };
        const before = loc.source.body.slice(0, loc.start).split('\n');
        return { literal, at: this.position(literal, { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 }) };
    }

    private error(node: ASTNode | undefined, fallback: GqlLiteral, message: string, fix: string, warning = false): void {
        const { literal, at } = this.where(node, fallback);
        const key = `${literal.file}:${at.line}:${at.column ?? ''}:${message}`;
        if (this.reported.has(key)) return; // a fragment's error, found again in each document that appends it
        this.reported.add(key);
        if (warning) this.ctx.report.warning(literal.file, at, message, fix);
        else this.ctx.report.error(literal.file, at, message, fix);
    }

    private validationError(literal: GqlLiteral, error: GraphQLError, cause: GraphQLError): void {
        const suggestion = suggestionOf(cause);
        const why = this.notWritable(cause.message);
        const message = `GraphQL ${error.message}${why ? ` (${why})` : ''}${suggestion ? `; did you mean ${suggestion}?` : ''}`;
        const fix = why
            ? 'Remove it from the input'
            : /FieldUndefined|contains a field not in/.test(error.message)
              ? 'Fix the name, or create the field or relationship'
              : 'Fix the document against the UI API schema generated from the metadata';
        this.error(cause.nodes?.[0], literal, message, fix);
    }

    /** Why a mutation input lacks a field that exists: it is not writable (formula, roll-up, system). */
    private notWritable(message: string): string | undefined {
        const match = /^Field "(.+?)" is not defined by type "(.+?)(Create|Update)Representation"/.exec(message);
        const object = match?.[2] ? objectOf(this.schema.store, match[2]) : undefined;
        const field = object && match?.[1] ? fieldOf(object, match[1].split('.').pop() ?? '') : undefined;
        if (!object || !field) return undefined;
        return `${object.apiName}.${field.apiName} is not writable: ${field.formula ? 'formula' : field.model.type}`;
    }

    private extraRules(literal: GqlLiteral, document: DocumentNode): void {
        for (const p of picklistLiterals(this.schema.store, document)) {
            this.error(
                p.node,
                literal,
                `mutation sets ${p.object}.${p.field} to "${p.value}", which is not one of its values${p.restricted ? '' : ' (the picklist is not restricted: the value is kept as is)'}`,
                `Use one of: ${p.values.join(', ')}`,
                !p.restricted
            );
        }
        visit(document, {
            Argument: (argument) => {
                if (argument.name.value !== 'input' || argument.value.kind !== Kind.OBJECT) return;
                const aon = argument.value.fields.find((f) => f.name.value === 'allOrNone');
                if (aon?.value.kind === Kind.BOOLEAN && !aon.value.value)
                    this.error(
                        aon,
                        literal,
                        'mutation runs with allOrNone false',
                        'DESIGN.md §5: writes are all or nothing; use allOrNone: true',
                        true
                    );
            },
            ObjectField: (join) => {
                // Semi-joins: Id: { inq: { Child__c: { ... }, ApiName: "Field__c" } }; ApiName is a plain string to the schema.
                if ((join.name.value !== 'inq' && join.name.value !== 'ninq') || join.value.kind !== Kind.OBJECT) return;
                const apiName = join.value.fields.find((f) => f.name.value === 'ApiName');
                const other = join.value.fields.find((f) => f.name.value !== 'ApiName');
                const object = other ? objectOf(this.schema.store, other.name.value) : undefined;
                if (!object || apiName?.value.kind !== Kind.STRING || fieldOf(object, apiName.value.value)) return;
                this.error(
                    apiName,
                    literal,
                    `semi-join names ${object.apiName}.${apiName.value.value}, which does not exist`,
                    'Fix the field name'
                );
            }
        });
    }
}

export function checkGraphql(ctx: VerifyContext, literals: GqlLiteral[]): void {
    if (!literals.length) return;
    try {
        new GraphqlChecker(ctx, literals).run();
    } catch (error) {
        // A model the schema generator cannot express should not stop the other checks.
        ctx.report.warning(
            literals[0]?.file ?? ctx.projectDir,
            undefined,
            `GraphQL documents were not checked: no UI API schema could be generated from the metadata (${(error as Error).message})`,
            'Report it with the metadata that caused it'
        );
    }
}
