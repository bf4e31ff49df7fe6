import { ast as formulonAst } from 'formulon';
import { stripComments } from './evaluator';
import { describeArity, lookupFunction, functionCatalogue, type ValueType } from './functions';
import { calls, parseFormulaText, unbalancedParenthesis, type FormulaNode } from './syntax';

/**
 * Static checks of formula text, the ones the org runs when a formula is saved or deployed:
 * syntax, known functions and their argument counts, operand types where they are certain,
 * and the result type against the field's type. Each finding has the offset it is about.
 *
 * Zero false errors is the rule: a type is inferred only from literals, fields whose type the
 * model knows and functions with a fixed result; anything else is "unknown" and never reported.
 * Messages follow the org's where known (Salesforce Help, "Formula Operators and Functions by
 * Context", https://help.salesforce.com/s/articleView?id=platform.customize_functions.htm;
 * "Tips for Working with Picklist and Multi-Select Picklist Formula Fields",
 * https://help.salesforce.com/s/articleView?id=platform.tips_for_using_picklist_formula_fields.htm:
 * picklist fields are supported only in ISPICKVAL, CASE, TEXT, ISBLANK and a few others).
 */

interface FormulaFinding {
    offset: number;
    message: string;
    fix: string;
}

export interface FormulaEnvironment {
    /** The value type of a merge field (Field__c, Parent__r.Field__c, $CustomMetadata...), or undefined when unknown. */
    typeOf(name: string): ValueType | undefined;
}

type T = ValueType | 'null' | undefined;

/** How Setup names each formula value type (Formula Data Types); `null` is a blank literal. */
export const TYPE_LABELS: Record<string, string> = {
    number: 'Number',
    text: 'Text',
    checkbox: 'Checkbox',
    date: 'Date',
    datetime: 'Date/Time',
    time: 'Time',
    geolocation: 'Location',
    picklist: 'Picklist',
    multipicklist: 'Multi-Select Picklist',
    null: 'blank'
};
const label = (t: T): string => TYPE_LABELS[t ?? ''] ?? 'unknown';

/** Functions where a picklist field may appear as an argument (Help, picklist tips above; ISCHANGED/PRIORVALUE in validation rules). */
const PICKLIST_OK = new Set([
    'ISPICKVAL',
    'CASE',
    'TEXT',
    'ISBLANK',
    'ISNULL',
    'ISCHANGED',
    'PRIORVALUE',
    'BLANKVALUE',
    'NULLVALUE',
    'INCLUDES',
    'DISTANCE',
    'VLOOKUP'
]);

/**
 * Parameter types of functions whose signature is fixed in the reference; `any` is not checked.
 * Only types that are certain are listed: a text parameter refuses a number and vice versa.
 */
const PARAMS: Record<string, (ValueType | 'any')[]> = {
    ABS: ['number'],
    CEILING: ['number'],
    FLOOR: ['number'],
    EXP: ['number'],
    LN: ['number'],
    LOG: ['number'],
    SQRT: ['number'],
    MOD: ['number', 'number'],
    ROUND: ['number', 'number'],
    MCEILING: ['number'],
    MFLOOR: ['number'],
    BEGINS: ['text', 'text'],
    CONTAINS: ['text', 'text'],
    FIND: ['text', 'text', 'number'],
    LEFT: ['text', 'number'],
    RIGHT: ['text', 'number'],
    MID: ['text', 'number', 'number'],
    LEN: ['text'],
    LOWER: ['text', 'text'],
    UPPER: ['text', 'text'],
    TRIM: ['text'],
    LPAD: ['text', 'number', 'text'],
    RPAD: ['text', 'number', 'text'],
    SUBSTITUTE: ['text', 'text', 'text'],
    VALUE: ['text'],
    ISPICKVAL: ['any', 'text'],
    DATE: ['number', 'number', 'number'],
    DAY: ['date'],
    MONTH: ['date'],
    YEAR: ['date'],
    WEEKDAY: ['date'],
    ADDMONTHS: ['any', 'number'],
    NOT: ['checkbox'],
    AND: ['checkbox'],
    OR: ['checkbox']
};
/** Functions whose parameter list repeats its last type (AND, OR take any number of checkboxes). */
const VARIADIC = new Set(['AND', 'OR']);

/** Types one value of `t` is accepted where `want` is expected. Text-like and id are text. */
function fits(t: T, want: ValueType): boolean {
    if (t === undefined || t === 'null') return true;
    if (want === 'date' && t === 'datetime') return false;
    return t === want;
}

class Checker {
    readonly findings: FormulaFinding[] = [];
    constructor(private readonly env: FormulaEnvironment) {}

    private report(offset: number, message: string, fix: string): void {
        this.findings.push({ offset, message, fix });
    }

    private picklistMisuse(node: FormulaNode, t: T, where: string): void {
        if (t === 'picklist' || t === 'multipicklist')
            this.report(
                node.offset,
                `${nodeName(node)} is a ${label(t)} field, which can't be used in ${where}: picklist fields are supported only in ISPICKVAL, CASE, TEXT and ISBLANK`,
                t === 'picklist'
                    ? 'Test it with ISPICKVAL(field, "Value") or convert it with TEXT(field)'
                    : 'Test it with INCLUDES(field, "Value")'
            );
    }

    type(node: FormulaNode): T {
        switch (node.kind) {
            case 'number':
                return 'number';
            case 'text':
                return 'text';
            case 'boolean':
                return 'checkbox';
            case 'null':
                return 'null';
            case 'field':
                return this.env.typeOf(node.name);
            case 'unary': {
                const t = this.type(node.operand);
                if (node.op === '!') return 'checkbox';
                this.picklistMisuse(node.operand, t, `the operator ${node.op}`);
                if (t === 'text')
                    this.report(
                        node.offset,
                        `the operator ${node.op} needs a number, but ${nodeName(node.operand)} is Text`,
                        'Convert the text with VALUE()'
                    );
                return t === 'number' ? 'number' : undefined;
            }
            case 'binary':
                return this.binary(node);
            case 'call':
                return this.call(node);
        }
    }

    private binary(node: Extract<FormulaNode, { kind: 'binary' }>): T {
        const l = this.type(node.left);
        const r = this.type(node.right);
        const op = node.op;
        const where = `the operator ${op}`;
        this.picklistMisuse(node.left, l, where);
        this.picklistMisuse(node.right, r, where);
        if ([l, r].some((t) => t === 'picklist' || t === 'multipicklist')) return op === '&' ? 'text' : undefined;
        const mismatch = (expected: string, side: FormulaNode, t: T): void =>
            this.report(
                side.offset,
                `incorrect parameter type for operator '${op}': expected ${expected}, received ${label(t)} (${nodeName(side)})`,
                op === '&' ? 'Convert numbers and dates to text with TEXT()' : 'Convert text to a number with VALUE(), or fix the operand'
            );
        switch (op) {
            case '&':
                // Text concatenation: both sides text (Help: "& (Concatenate) Connects two or more strings").
                if (l && l !== 'null' && l !== 'text') mismatch('Text', node.left, l);
                if (r && r !== 'null' && r !== 'text') mismatch('Text', node.right, r);
                return 'text';
            case '*':
            case '/':
            case '^':
                if (l === 'text') mismatch('Number', node.left, l);
                if (r === 'text') mismatch('Number', node.right, r);
                return l === 'number' && r === 'number' ? 'number' : undefined;
            case '+':
            case '-': {
                // Text + text is accepted by the org for +; a text with a number or date is not.
                const temporal = (t: T): boolean => t === 'date' || t === 'datetime' || t === 'time';
                if (l === 'text' && (r === 'number' || temporal(r))) mismatch(label(r), node.left, l);
                else if (r === 'text' && (l === 'number' || temporal(l))) mismatch(op === '-' ? 'Number' : label(l), node.right, r);
                else if (op === '-' && (l === 'text' || r === 'text') && l !== undefined && r !== undefined && l !== 'null' && r !== 'null')
                    mismatch('Number', l === 'text' ? node.left : node.right, 'text');
                if (l === 'number' && r === 'number') return 'number';
                if (temporal(l) && r === 'number') return l;
                if (op === '+' && l === 'number' && temporal(r)) return r;
                if (op === '-' && temporal(l) && l === r) return 'number';
                if (op === '+' && l === 'text' && r === 'text') return 'text';
                return undefined;
            }
            case '=':
            case '==':
            case '<>':
            case '!=':
            case '<':
            case '>':
            case '<=':
            case '>=': {
                const known = (t: T): t is ValueType => t !== undefined && t !== 'null';
                const numeric = (t: ValueType): boolean => t === 'number';
                if (
                    known(l) &&
                    known(r) &&
                    l !== r &&
                    (l === 'text' || r === 'text') &&
                    (numeric(l) || numeric(r) || l === 'date' || r === 'date' || l === 'checkbox' || r === 'checkbox')
                )
                    mismatch(label(l), node.right, r);
                return 'checkbox';
            }
            case '&&':
            case '||':
                for (const [side, t] of [
                    [node.left, l],
                    [node.right, r]
                ] as const)
                    if (t && t !== 'null' && t !== 'checkbox') mismatch('Checkbox', side, t);
                return 'checkbox';
            default:
                return undefined;
        }
    }

    private call(node: Extract<FormulaNode, { kind: 'call' }>): T {
        const name = node.name.toUpperCase();
        const spec = lookupFunction(name);
        const types = node.args.map((a) => this.type(a));
        if (!spec) return undefined; // reported by checkFormulaSyntax's function pass
        if (!PICKLIST_OK.has(name)) node.args.forEach((a, i) => this.picklistMisuse(a, types[i], `${name}()`));
        const params = PARAMS[name];
        if (params) {
            node.args.forEach((arg, i) => {
                const want = params[i] ?? (VARIADIC.has(name) ? params[params.length - 1] : undefined);
                const t = types[i];
                if (!want || want === 'any' || fits(t, want) || t === 'picklist' || t === 'multipicklist') return;
                this.report(
                    arg.offset,
                    `incorrect parameter type for function '${name}()': expected ${label(want)}, received ${label(t)} (${nodeName(arg)})`,
                    want === 'number'
                        ? 'Convert text with VALUE()'
                        : want === 'text'
                          ? 'Convert the value with TEXT()'
                          : `Pass a ${label(want)} value`
                );
            });
        }
        switch (name) {
            case 'IF':
                return this.unify(name, [node.args[1], node.args[2]], [types[1], types[2]]);
            case 'CASE': {
                const results: (FormulaNode | undefined)[] = [];
                const resultTypes: T[] = [];
                for (let i = 2; i < node.args.length; i += 2) {
                    results.push(node.args[i]);
                    resultTypes.push(types[i]);
                }
                if (node.args.length % 2 === 0) {
                    results.push(node.args[node.args.length - 1]);
                    resultTypes.push(types[node.args.length - 1]);
                }
                return this.unify(name, results, resultTypes);
            }
            case 'BLANKVALUE':
            case 'NULLVALUE':
                return this.unify(name, node.args, types);
            default:
                return spec.returns;
        }
    }

    /** The common type of the alternatives (IF branches, CASE results); a number with a text is the org's "incorrect parameter type". */
    private unify(name: string, nodes: (FormulaNode | undefined)[], types: T[]): T {
        let common: ValueType | undefined;
        for (const [i, t] of types.entries()) {
            if (t === undefined) return undefined;
            if (t === 'null') continue;
            const node = nodes[i];
            if (common === undefined) common = t;
            else if (common !== t && node) {
                const loose = (a: ValueType, b: ValueType): boolean =>
                    (a === 'date' && b === 'datetime') || (a === 'datetime' && b === 'date');
                if (!loose(common, t) && common !== 'picklist' && t !== 'picklist')
                    this.report(
                        node.offset,
                        `incorrect parameter type for function '${name}()': expected ${label(common)}, received ${label(t)} (${nodeName(node)})`,
                        'Give every branch the same type (TEXT() converts numbers and dates to text)'
                    );
                return undefined;
            }
        }
        return common ?? (types.length ? 'null' : undefined);
    }
}

function nodeName(node: FormulaNode): string {
    switch (node.kind) {
        case 'field':
            return node.name;
        case 'call':
            return `${node.name.toUpperCase()}()`;
        case 'text':
            return `"${node.value}"`;
        case 'number':
            return node.text;
        case 'boolean':
            return node.value ? 'TRUE' : 'FALSE';
        case 'null':
            return 'NULL';
        default:
            return 'the expression';
    }
}

export interface FormulaAnalysis {
    findings: FormulaFinding[];
    /** The inferred result type; undefined when unknown or when the formula does not parse. */
    result?: ValueType | 'null';
}

/**
 * Syntax (unbalanced parentheses first, then the grammar), unknown functions with the closest
 * known name, argument counts, and operand types. `closest` suggests a name for a typo.
 */
export function analyzeFormula(
    formula: string,
    env: FormulaEnvironment,
    closest: (name: string, candidates: Iterable<string>) => string | undefined
): FormulaAnalysis {
    const paren = unbalancedParenthesis(formula);
    if (paren)
        return { findings: [{ offset: paren.offset, message: paren.message, fix: 'Add or remove parentheses so that each ( has its )' }] };
    const parsed = parseFormulaText(formula);
    if (!parsed.ok) {
        // Reported only when formulon's grammar refuses the formula too: a construct this reader
        // does not know is never called an error on its word alone.
        return formulonRefuses(formula)
            ? {
                  findings: [
                      { offset: parsed.problem.offset, message: `syntax error: ${parsed.problem.message}`, fix: 'Fix the formula syntax' }
                  ]
              }
            : { findings: [] };
    }
    const findings: FormulaFinding[] = [];
    for (const call of calls(parsed.tree)) {
        const spec = lookupFunction(call.name);
        if (!spec) {
            const near = closest(call.name.toUpperCase(), functionCatalogue().keys());
            findings.push({
                offset: call.offset,
                message: `unknown function ${call.name.toUpperCase()}${near ? `; did you mean ${near}?` : ''}`,
                fix: 'Use a function from Salesforce Help, "Formula Operators and Functions by Context"'
            });
        } else if (call.args.length < spec.min || call.args.length > spec.max) {
            findings.push({
                offset: call.offset,
                message: `incorrect number of parameters for function '${spec.name}()': it expects ${describeArity(spec)}, received ${call.args.length}`,
                fix: `Call ${spec.name}() with ${describeArity(spec)}`
            });
        }
    }
    const checker = new Checker(env);
    const result = checker.type(parsed.tree);
    return { findings: [...findings, ...checker.findings], result };
}

function formulonRefuses(formula: string): boolean {
    try {
        const tree = formulonAst(stripComments(formula).trim()) as { type?: string };
        return tree.type === 'error';
    } catch {
        return true;
    }
}
