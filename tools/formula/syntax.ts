/**
 * A position-keeping reader of Salesforce formula text, for the verifier's checks (the evaluator
 * keeps using formulon's parser). formulon's syntax tree carries no positions and its grammar
 * refuses some valid formulas (a unary minus before a parenthesis, /* comments *\/), so the
 * checks read the text here and report at the exact offset.
 *
 * Grammar, from Salesforce Help "Formula Operators and Functions by Context"
 * (https://help.salesforce.com/s/articleView?id=platform.customize_functions.htm):
 * math + - * / ^ and parentheses; logical = == <> != < > <= >= && ||; text &; function calls
 * NAME(arg, ...); merge fields (Field__c, Parent__r.Field__c, $User.Id, $CustomMetadata.T__mdt.R.F__c);
 * text literals in double or single quotes with backslash escapes; numbers; TRUE, FALSE, NULL;
 * /* comments *\/ (Help: "Add comments to a formula").
 */

export type FormulaNode =
    | { kind: 'number'; offset: number; text: string }
    | { kind: 'text'; offset: number; value: string }
    | { kind: 'boolean'; offset: number; value: boolean }
    | { kind: 'null'; offset: number }
    | { kind: 'field'; offset: number; name: string }
    | { kind: 'call'; offset: number; name: string; args: FormulaNode[]; end: number }
    | { kind: 'unary'; offset: number; op: '-' | '+' | '!'; operand: FormulaNode }
    | { kind: 'binary'; offset: number; op: string; left: FormulaNode; right: FormulaNode };

export interface SyntaxProblem {
    offset: number;
    message: string;
}

interface Token {
    type: 'number' | 'text' | 'name' | 'op' | '(' | ')' | ',' | 'end';
    text: string;
    offset: number;
}

const OPERATORS = ['<>', '!=', '<=', '>=', '==', '&&', '||', '+', '-', '*', '/', '^', '&', '=', '<', '>', '!'];

/** Splits formula text into tokens; comments are skipped. Throws a SyntaxProblem on an unreadable character or an unterminated literal. */
function tokenize(formula: string): Token[] {
    const tokens: Token[] = [];
    let i = 0;
    while (i < formula.length) {
        const c = formula[i] ?? '';
        if (/\s/.test(c)) {
            i++;
        } else if (c === '/' && formula[i + 1] === '*') {
            const end = formula.indexOf('*/', i + 2);
            if (end < 0) throw problem(i, 'a /* comment is never closed with */');
            i = end + 2;
        } else if (c === '"' || c === "'") {
            let j = i + 1;
            let value = '';
            while (j < formula.length && formula[j] !== c) {
                if (formula[j] === '\\' && j + 1 < formula.length) {
                    value += formula[j + 1];
                    j += 2;
                } else value += formula[j++];
            }
            if (j >= formula.length) throw problem(i, `a text literal opened with ${c} is never closed`);
            tokens.push({ type: 'text', text: value, offset: i });
            i = j + 1;
        } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(formula[i + 1] ?? ''))) {
            const m = /^[0-9]*\.?[0-9]+(?:[eE][+-]?[0-9]+)?|^[0-9]+\.?/.exec(formula.slice(i));
            const text = m?.[0] ?? c;
            tokens.push({ type: 'number', text, offset: i });
            i += text.length;
        } else if (/[$A-Za-z_]/.test(c)) {
            // Polymorphic spans name the target type after a colon: Owner:User.Id, What:Account.Name.
            const m = /^[$A-Za-z_][A-Za-z0-9_]*(?::[A-Za-z0-9_]+)?(?:\s*\.\s*[$A-Za-z0-9_]+(?::[A-Za-z0-9_]+)?)*/.exec(formula.slice(i));
            const text = (m?.[0] ?? c).replace(/\s+/g, '');
            tokens.push({ type: 'name', text, offset: i });
            i += m?.[0].length ?? 1;
        } else if (c === '(' || c === ')' || c === ',') {
            tokens.push({ type: c, text: c, offset: i });
            i++;
        } else {
            const op = OPERATORS.find((o) => formula.startsWith(o, i));
            if (!op) throw problem(i, `unexpected character ${c}`);
            tokens.push({ type: 'op', text: op, offset: i });
            i += op.length;
        }
    }
    tokens.push({ type: 'end', text: '', offset: formula.length });
    return tokens;
}

class ProblemError extends Error {
    constructor(readonly problem: SyntaxProblem) {
        super(problem.message);
    }
}
const problem = (offset: number, message: string): ProblemError => new ProblemError({ offset, message });

/**
 * Precedence, lowest first. Salesforce documents parentheses first, then ^, * and /, + and -,
 * and evaluates the rest "using standard operator precedence"; the order below is the usual one
 * (concatenation with addition's operands, comparisons, equality, &&, ||).
 */
const LEVELS: string[][] = [['||'], ['&&'], ['=', '==', '<>', '!='], ['<', '<=', '>', '>='], ['+', '-', '&'], ['*', '/'], ['^']];

class Parser {
    private i = 0;
    constructor(private readonly tokens: Token[]) {}

    private peek(): Token {
        return this.tokens[this.i] ?? this.tokens[this.tokens.length - 1]!;
    }
    private next(): Token {
        return this.tokens[this.i++] ?? this.tokens[this.tokens.length - 1]!;
    }

    parseFormula(): FormulaNode {
        const node = this.expression(0);
        const t = this.peek();
        if (t.type === ')') throw problem(t.offset, 'a closing parenthesis ) has no matching opening parenthesis (');
        if (t.type !== 'end')
            throw problem(t.offset, `unexpected ${t.text || t.type} after a complete expression (missing operator or comma?)`);
        return node;
    }

    private expression(level: number): FormulaNode {
        if (level >= LEVELS.length) return this.unary();
        let left = this.expression(level + 1);
        for (;;) {
            const t = this.peek();
            if (t.type !== 'op' || !LEVELS[level]!.includes(t.text)) return left;
            this.next();
            const right = this.expression(level + 1);
            left = { kind: 'binary', offset: t.offset, op: t.text, left, right };
        }
    }

    private unary(): FormulaNode {
        const t = this.peek();
        if (t.type === 'op' && (t.text === '-' || t.text === '+' || t.text === '!')) {
            this.next();
            return { kind: 'unary', offset: t.offset, op: t.text, operand: this.unary() };
        }
        return this.primary();
    }

    private primary(): FormulaNode {
        const t = this.next();
        switch (t.type) {
            case 'number':
                return { kind: 'number', offset: t.offset, text: t.text };
            case 'text':
                return { kind: 'text', offset: t.offset, value: t.text };
            case '(': {
                const inner = this.expression(0);
                const close = this.next();
                if (close.type !== ')') {
                    if (close.type === 'end') throw problem(t.offset, 'an opening parenthesis ( is never closed');
                    throw problem(close.offset, `expected ) but found ${close.text || close.type}`);
                }
                return inner;
            }
            case 'name': {
                if (this.peek().type === '(') {
                    const open = this.next();
                    const args: FormulaNode[] = [];
                    if (this.peek().type === ')') {
                        return { kind: 'call', offset: t.offset, name: t.text, args, end: this.next().offset };
                    }
                    for (;;) {
                        args.push(this.expression(0));
                        const sep = this.next();
                        if (sep.type === ')') return { kind: 'call', offset: t.offset, name: t.text, args, end: sep.offset };
                        if (sep.type === ',') continue;
                        if (sep.type === 'end')
                            throw problem(open.offset, `the opening parenthesis of ${t.text.toUpperCase()}( is never closed`);
                        throw problem(sep.offset, `expected , or ) in the arguments of ${t.text.toUpperCase()}() but found ${sep.text}`);
                    }
                }
                const lower = t.text.toLowerCase();
                if (lower === 'true' || lower === 'false') return { kind: 'boolean', offset: t.offset, value: lower === 'true' };
                if (lower === 'null') return { kind: 'null', offset: t.offset };
                return { kind: 'field', offset: t.offset, name: t.text };
            }
            case ')':
                throw problem(t.offset, 'a closing parenthesis ) has no matching opening parenthesis (');
            case 'end':
                throw problem(t.offset, 'the formula ends where a value is expected');
            default:
                throw problem(t.offset, `unexpected ${t.text} where a value is expected`);
        }
    }
}

/** Replaces text literals and comments by spaces (offsets and newlines kept). */
export function blankLiterals(formula: string): string {
    let out = '';
    let i = 0;
    while (i < formula.length) {
        const c = formula[i] ?? '';
        if (c === '"' || c === "'") {
            let j = i + 1;
            while (j < formula.length && formula[j] !== c) j += formula[j] === '\\' ? 2 : 1;
            out += c + formula.slice(i + 1, Math.min(j, formula.length)).replace(/[^\n]/g, ' ') + (j < formula.length ? c : '');
            i = j + 1;
        } else if (c === '/' && formula[i + 1] === '*') {
            const end = formula.indexOf('*/', i + 2);
            const j = end < 0 ? formula.length : end + 2;
            out += formula.slice(i, j).replace(/[^\n]/g, ' ');
            i = j;
        } else {
            out += c;
            i++;
        }
    }
    return out;
}

/**
 * Parentheses that do not pair up, outside text literals and comments: the first ) without an
 * opening (, or else the innermost ( never closed. A lexical fact, certain whatever the grammar.
 */
export function unbalancedParenthesis(formula: string): SyntaxProblem | undefined {
    const text = blankLiterals(formula);
    const open: number[] = [];
    for (let i = 0; i < text.length; i++) {
        if (text[i] === '(') open.push(i);
        else if (text[i] === ')') {
            if (open.length === 0) return { offset: i, message: 'unbalanced parentheses: this ) has no matching (' };
            open.pop();
        }
    }
    const last = open.pop();
    return last === undefined
        ? undefined
        : { offset: last, message: `unbalanced parentheses: this ( is never closed (${open.length + 1} missing ))` };
}

export type ParseResult = { ok: true; tree: FormulaNode } | { ok: false; problem: SyntaxProblem };

/** Parses formula text into a tree with offsets, or says where it cannot. */
export function parseFormulaText(formula: string): ParseResult {
    try {
        return { ok: true, tree: new Parser(tokenize(formula)).parseFormula() };
    } catch (error) {
        if (error instanceof ProblemError) return { ok: false, problem: error.problem };
        throw error;
    }
}

/** Every function call in the tree, outermost first. */
export function calls(node: FormulaNode): Extract<FormulaNode, { kind: 'call' }>[] {
    const out: Extract<FormulaNode, { kind: 'call' }>[] = [];
    const walk = (n: FormulaNode): void => {
        if (n.kind === 'call') {
            out.push(n);
            n.args.forEach(walk);
        } else if (n.kind === 'unary') walk(n.operand);
        else if (n.kind === 'binary') {
            walk(n.left);
            walk(n.right);
        }
    };
    walk(node);
    return out;
}
