import { ast as formulonAst, parse as formulonParse, type FormulonLiteral, type FormulonNode } from 'formulon';
import * as dec from './decimal';
import { FormulaError } from './errors';
import { DAY_MS, epochDayOf, ISO_DATE, ISO_DATE_TIME, isoOfEpochDay } from '../../core/dates';

/**
 * A Salesforce formula evaluator for formula fields and validation rules, run against one
 * record and a frozen "today". formulon parses the formula; this module walks formulon's
 * syntax tree itself because formulon evaluates both branches of every IF and fails on
 * arithmetic with a blank number, whereas the org is lazy and keeps blanks blank.
 *
 * Semantics implemented here (the org's, as documented; see README of tools/formula):
 * - IF, CASE, AND, OR, BLANKVALUE, NULLVALUE evaluate lazily, left to right.
 * - BlankAsBlank: arithmetic with a blank operand is blank. BlankAsZero: blank Number,
 *   Currency and Percent fields read as 0 (so ISBLANK on them is false, as in the org).
 * - Ordering comparisons (<, <=, >, >=) with a blank operand are false; blank = blank is true.
 * - Percent fields are read as fractions (a record's Probability 40 is 0.4 in the formula).
 * - Numbers are computed in exact decimal arithmetic (see decimal.ts).
 * - Dates are whole days: Date ± Number (whole days), Date − Date = days.
 * - A reference to another formula field evaluates that field's formula (recursively,
 *   cycles detected) instead of reading a possibly stale value from the record.
 * - Anything not implemented throws a FormulaError naming the function: never a guess.
 */

type TreatBlanksAs = 'BlankAsBlank' | 'BlankAsZero';
/** number | text | boolean | 'YYYY-MM-DD' (Date) | ISO instant (DateTime) | null (blank). */
export type FormulaResult = number | string | boolean | null;

interface FormulaFieldDefinition {
    formula: string;
    treatBlanksAs?: string;
    /** Salesforce field type of the formula's result: Number, Percent, Currency, Date, DateTime, Text, Checkbox. */
    returnType?: string;
}

export interface FormulaContext {
    /** The record, API-shaped: Percent as 40 (not 0.4), dates 'YYYY-MM-DD', checkboxes boolean, blanks null or absent. */
    record: Record<string, unknown>;
    /** Salesforce type of a field (Number, Percent, Date, Picklist, ...); undefined: judged by the JavaScript value. Dotted names for parent fields. */
    fieldType(name: string): string | undefined;
    /** The user's date, 'YYYY-MM-DD': the value of TODAY(). */
    today: string;
    /** Value of `$CustomMetadata.<path>`, path = Type__mdt.Record.Field__c; undefined when it does not exist. */
    customMetadata: (path: string) => unknown;
    treatBlanksAs?: TreatBlanksAs;
    /** The result type expected (field type); checks the result and maps blank checkbox to false. */
    returnType?: string;
    /** The definition of a formula field named by the formula, which is then evaluated instead of read from the record. */
    fieldFormula?(name: string): FormulaFieldDefinition | undefined;
    /** Name of the field being evaluated, for cycle detection and messages. */
    fieldName?: string;
    /** The value of NOW() as an ISO instant; NOW() is refused without it. */
    now?: string;
    /** Validation rules: the record before the change (null for a new record), enabling ISNEW, ISCHANGED, PRIORVALUE. */
    priorRecord?: Record<string, unknown> | null;
    /**
     * `$Permission.<Name>`: true when the running user has the custom permission (through a permission
     * set or profile). `$Permission` is refused without it, never guessed.
     */
    hasPermission?(name: string): boolean;
}

// ---------------------------------------------------------------------------------------
// Values

type Lit =
    | { t: 'null' }
    /** v: the value as a double; d: the exact decimal when it has more digits than a double holds (e.g. 1/3). */
    | { t: 'number'; v: number; d?: dec.Dec }
    | { t: 'text'; v: string }
    | { t: 'checkbox'; v: boolean }
    /** Days since 1970-01-01. */
    | { t: 'date'; v: number }
    /** Milliseconds since the epoch (UTC). */
    | { t: 'datetime'; v: number }
    /** Milliseconds since midnight. */
    | { t: 'time'; v: number }
    | { t: 'picklist'; v: string }
    | { t: 'multipicklist'; v: string[] };

const NULL: Lit = { t: 'null' };
const num = (v: number): Lit => ({ t: 'number', v: v === 0 ? 0 : v });
/** A computed number: carries the exact decimal to the next operation. */
const exact = (d: dec.Dec): Lit => {
    const v = dec.fromDec(d);
    return { t: 'number', v: v === 0 ? 0 : v, d };
};
const decOf = (l: { v: number; d?: dec.Dec }): dec.Dec => l.d ?? dec.toDec(l.v);
const txt = (v: string): Lit => ({ t: 'text', v });
const bool = (v: boolean): Lit => ({ t: 'checkbox', v });

function daysFromIso(value: string, what: string): number {
    const day = value.slice(0, 10);
    if (!ISO_DATE.test(day)) throw new FormulaError('Type', `${what}: '${value}' is not a date (YYYY-MM-DD)`);
    const days = epochDayOf(day);
    if (days === undefined) throw new FormulaError('Type', `${what}: '${value}' is not a valid date`);
    return days;
}

function msFromDateTime(value: unknown, what: string): number {
    if (value instanceof Date) return value.getTime();
    if (typeof value === 'string') {
        // The API writes +0000 without a colon; Date.parse wants +00:00.
        const normalised = value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
        const ms = Date.parse(normalised);
        if (!Number.isNaN(ms) && (ISO_DATE_TIME.test(normalised) || ISO_DATE.test(normalised))) return ms;
    }
    throw new FormulaError('Type', `${what}: '${String(value)}' is not a date/time`);
}

function timeFromText(value: string, what: string): number {
    const m = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?Z?$/.exec(value);
    if (!m) throw new FormulaError('Type', `${what}: '${value}' is not a time`);
    return ((Number(m[1]) * 60 + Number(m[2])) * 60 + Number(m[3] ?? 0)) * 1000 + Number((m[4] ?? '0').padEnd(3, '0'));
}

function describe(l: Lit): string {
    switch (l.t) {
        case 'null':
            return 'blank';
        case 'checkbox':
            return 'Checkbox';
        case 'multipicklist':
            return 'Multi-Select Picklist';
        case 'datetime':
            return 'Date/Time';
        default:
            return l.t.charAt(0).toUpperCase() + l.t.slice(1);
    }
}

type Category = 'number' | 'percent' | 'date' | 'datetime' | 'time' | 'checkbox' | 'picklist' | 'multipicklist' | 'text';

const TYPE_CATEGORIES: Record<string, Category> = {
    number: 'number',
    double: 'number',
    int: 'number',
    integer: 'number',
    long: 'number',
    currency: 'number',
    percent: 'percent',
    date: 'date',
    datetime: 'datetime',
    time: 'time',
    checkbox: 'checkbox',
    boolean: 'checkbox',
    picklist: 'picklist',
    multiselectpicklist: 'multipicklist',
    multipicklist: 'multipicklist',
    text: 'text',
    string: 'text',
    textarea: 'text',
    longtextarea: 'text',
    html: 'text',
    email: 'text',
    phone: 'text',
    url: 'text',
    lookup: 'text',
    masterdetail: 'text',
    metadatarelationship: 'text',
    hierarchy: 'text',
    externallookup: 'text',
    reference: 'text',
    id: 'text',
    autonumber: 'text',
    encryptedtext: 'text'
};

const UNSUPPORTED_TYPES = new Set(['location', 'geolocation', 'address']);

/** The formula category of a Salesforce type; undefined for types judged by the JavaScript value (unknown, or an unresolved roll-up). */
function categoryOf(type: string | undefined): Category | undefined {
    if (!type) return undefined;
    return TYPE_CATEGORIES[type.toLowerCase()];
}

function numberFrom(raw: unknown, what: string): number {
    if (typeof raw === 'number' && Number.isFinite(raw)) return raw;
    if (typeof raw === 'string' && /^-?\d+(\.\d+)?$/.test(raw.trim())) return Number(raw.trim());
    throw new FormulaError('Type', `${what}: '${String(raw)}' is not a number`);
}

const isAbsent = (raw: unknown): boolean => raw === null || raw === undefined;

/** A record value (API-shaped) as a formula value. */
function fromRecordValue(raw: unknown, type: string | undefined, what: string, mode: TreatBlanksAs): Lit {
    const category = categoryOf(type);
    if (type && UNSUPPORTED_TYPES.has(type.toLowerCase()))
        throw new FormulaError('Unsupported', `${what}: fields of type ${type} are not supported by the local formula evaluator`);
    switch (category) {
        case 'number':
        case 'percent': {
            if (isAbsent(raw) || raw === '') return mode === 'BlankAsZero' ? num(0) : NULL;
            const n = numberFrom(raw, what);
            return num(category === 'percent' ? dec.divide(n, 100) : n);
        }
        case 'date':
            if (isAbsent(raw) || raw === '') return NULL;
            if (raw instanceof Date) return { t: 'date', v: Math.floor(raw.getTime() / DAY_MS) };
            if (typeof raw === 'string') return { t: 'date', v: daysFromIso(raw, what) };
            throw new FormulaError('Type', `${what}: '${String(raw)}' is not a date`);
        case 'datetime':
            if (isAbsent(raw) || raw === '') return NULL;
            return { t: 'datetime', v: msFromDateTime(raw, what) };
        case 'time':
            if (isAbsent(raw) || raw === '') return NULL;
            if (typeof raw === 'number') return { t: 'time', v: raw };
            return { t: 'time', v: timeFromText(String(raw), what) };
        case 'checkbox':
            if (isAbsent(raw)) return bool(false);
            if (typeof raw === 'boolean') return bool(raw);
            if (raw === 'true' || raw === 'false') return bool(raw === 'true');
            throw new FormulaError('Type', `${what}: '${String(raw)}' is not a checkbox value`);
        case 'picklist':
            return { t: 'picklist', v: isAbsent(raw) ? '' : String(raw) };
        case 'multipicklist':
            if (isAbsent(raw) || raw === '') return { t: 'multipicklist', v: [] };
            return { t: 'multipicklist', v: Array.isArray(raw) ? raw.map(String) : String(raw).split(';') };
        case 'text':
            // Text is never null in a formula: a blank text field is the empty string.
            return txt(isAbsent(raw) ? '' : String(raw));
        default:
            return fromJsValue(raw, what);
    }
}

/** A value of unknown Salesforce type, judged by its JavaScript type. */
function fromJsValue(raw: unknown, what: string): Lit {
    if (isAbsent(raw)) return NULL;
    if (typeof raw === 'number') return num(raw);
    if (typeof raw === 'boolean') return bool(raw);
    if (raw instanceof Date) return { t: 'datetime', v: raw.getTime() };
    if (typeof raw === 'string') {
        if (ISO_DATE.test(raw)) return { t: 'date', v: daysFromIso(raw, what) };
        if (ISO_DATE_TIME.test(raw.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'))) return { t: 'datetime', v: msFromDateTime(raw, what) };
        return txt(raw);
    }
    throw new FormulaError('Type', `${what}: a value of JavaScript type ${typeof raw} cannot be used in a formula`);
}

// ---------------------------------------------------------------------------------------
// Parsing

const astCache = new Map<string, FormulonNode>();

/** Removes /* comments *\/ (which the org allows and formulon's parser does not), leaving string literals intact. */
export function stripComments(formula: string): string {
    let out = '';
    let i = 0;
    while (i < formula.length) {
        const c = formula[i];
        if (c === '"' || c === "'") {
            let j = i + 1;
            while (j < formula.length && formula[j] !== c) j += formula[j] === '\\' ? 2 : 1;
            out += formula.slice(i, j + 1);
            i = j + 1;
        } else if (c === '/' && formula[i + 1] === '*') {
            const end = formula.indexOf('*/', i + 2);
            if (end < 0) throw new FormulaError('Syntax', 'Syntax error: unterminated /* comment');
            out += ' ';
            i = end + 2;
        } else {
            out += c;
            i += 1;
        }
    }
    return out;
}

/** Formula text as formulon's tree (cached); also read by test/jest/formulas.js for a formula's text results. */
export function parseFormula(formula: string): FormulonNode {
    const cached = astCache.get(formula);
    if (cached) return cached;
    const source = stripComments(formula).trim();
    if (source === '') throw new FormulaError('Syntax', 'The formula is empty');
    const tree = formulonAst(source) as FormulonNode;
    if (tree.type === 'error') {
        throw new FormulaError(
            'Syntax',
            `Syntax error in formula (formulon cannot parse it; note that formulon does not accept a unary minus before a field or parenthesis: write 0 - x): ${source}`
        );
    }
    astCache.set(formula, tree);
    return tree;
}

/** Identifiers (field names, $CustomMetadata paths) a formula names. */
export function formulaReferences(formula: string): string[] {
    const names = new Set<string>();
    const walk = (node: FormulonNode): void => {
        if (node.type === 'identifier') names.add(node.name);
        if (node.type === 'callExpression') node.arguments.forEach(walk);
    };
    walk(parseFormula(formula));
    return [...names];
}

// ---------------------------------------------------------------------------------------
// Evaluation

interface Session {
    /** Results of formula fields already evaluated for this record (lower-case name). */
    cache: Map<string, Lit>;
    /** Formula fields being evaluated, outermost first (lower-case name). */
    stack: string[];
    /** Display names for the stack, for cycle messages. */
    names: string[];
}

interface Scope {
    ctx: FormulaContext;
    mode: TreatBlanksAs;
    session: Session;
}

type Handler = (args: FormulonNode[], scope: Scope, name: string) => Lit;

const fnName = (name: string): string => `${name.toUpperCase()}()`;

function arity(name: string, args: unknown[], min: number, max = min): void {
    if (args.length < min || args.length > max) {
        const expected = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
        throw new FormulaError(
            'Argument',
            `Incorrect number of parameters for function '${fnName(name)}'. Expected ${expected}, received ${args.length}`,
            name
        );
    }
}

function asBoolean(l: Lit, name: string): boolean {
    if (l.t === 'checkbox') return l.v;
    if (l.t === 'null') return false;
    throw new FormulaError('Type', `Incorrect parameter type for ${fnName(name)}. Expected Checkbox, received ${describe(l)}`, name);
}

function isBlank(l: Lit): boolean {
    return l.t === 'null' || ((l.t === 'text' || l.t === 'picklist') && l.v === '') || (l.t === 'multipicklist' && l.v.length === 0);
}

function rejectPicklist(l: Lit, name: string): void {
    if (l.t === 'picklist' || l.t === 'multipicklist') {
        throw new FormulaError('Type', `Picklist fields are only supported in ISPICKVAL, CASE, TEXT and ISBLANK (found in ${name})`, name);
    }
}

function wholeDays(n: number, name: string): number {
    if (!Number.isInteger(n)) {
        throw new FormulaError(
            'Unsupported',
            `${fnName(name)}: adding a fractional number of days (${n}) to a Date is not supported by the local evaluator`,
            name
        );
    }
    return n;
}

function typeError(name: string, a: Lit, b: Lit): FormulaError {
    return new FormulaError('Type', `Incorrect parameter types for operator ${name}: ${describe(a)} and ${describe(b)}`, name);
}

/**
 * + - * / ^. Blank operands give a blank result; in BlankAsZero mode blank Number, Currency
 * and Percent fields have already been read as 0, as in the org.
 */
function arithmetic(name: string, a: Lit, b: Lit): Lit {
    rejectPicklist(a, name);
    rejectPicklist(b, name);
    if (name === 'add' && (a.t === 'text' || b.t === 'text')) {
        // & and + on text concatenate; a blank is the empty string.
        const sa = a.t === 'text' ? a.v : a.t === 'null' ? '' : undefined;
        const sb = b.t === 'text' ? b.v : b.t === 'null' ? '' : undefined;
        if (sa === undefined || sb === undefined) throw typeError(name, a, b);
        return txt(sa + sb);
    }
    if (a.t === 'null' || b.t === 'null') {
        const other = a.t === 'null' ? b : a;
        if (other.t === 'checkbox' || other.t === 'multipicklist') throw typeError(name, a, b);
        return NULL;
    }
    if (a.t === 'number' && b.t === 'number') {
        switch (name) {
            case 'add':
                return exact(dec.addD(decOf(a), decOf(b)));
            case 'subtract':
                return exact(dec.subtractD(decOf(a), decOf(b)));
            case 'multiply':
                return exact(dec.multiplyD(decOf(a), decOf(b)));
            case 'divide':
                if (dec.isZero(decOf(b))) throw new FormulaError('DivisionByZero', 'Division by zero', name);
                return exact(dec.divideD(decOf(a), decOf(b)));
            case 'exponentiate':
                return power(a, b);
        }
    }
    if (name === 'add') {
        if (a.t === 'date' && b.t === 'number') return { t: 'date', v: a.v + wholeDays(b.v, name) };
        if (a.t === 'number' && b.t === 'date') return { t: 'date', v: b.v + wholeDays(a.v, name) };
        if (a.t === 'datetime' && b.t === 'number') return { t: 'datetime', v: a.v + Math.round(dec.multiply(b.v, DAY_MS)) };
        if (a.t === 'number' && b.t === 'datetime') return { t: 'datetime', v: b.v + Math.round(dec.multiply(a.v, DAY_MS)) };
        if (a.t === 'time' && b.t === 'number') return { t: 'time', v: (((a.v + b.v) % DAY_MS) + DAY_MS) % DAY_MS };
    }
    if (name === 'subtract') {
        if (a.t === 'date' && b.t === 'number') return { t: 'date', v: a.v - wholeDays(b.v, name) };
        if (a.t === 'date' && b.t === 'date') return num(a.v - b.v);
        if (a.t === 'datetime' && b.t === 'number') return { t: 'datetime', v: a.v - Math.round(dec.multiply(b.v, DAY_MS)) };
        if (a.t === 'datetime' && b.t === 'datetime') return num(dec.divide(a.v - b.v, DAY_MS));
        if (a.t === 'time' && b.t === 'number') return { t: 'time', v: (((a.v - b.v) % DAY_MS) + DAY_MS) % DAY_MS };
        if (a.t === 'time' && b.t === 'time') return num(a.v - b.v);
    }
    throw typeError(name, a, b);
}

function power(base: { v: number; d?: dec.Dec }, exponent: { v: number }): Lit {
    const n = exponent.v;
    if (Number.isInteger(n) && Math.abs(n) <= 1000) {
        let result = dec.toDec(1);
        for (let i = 0; i < Math.abs(n); i += 1) result = dec.multiplyD(result, decOf(base));
        if (n < 0) {
            if (dec.isZero(result)) throw new FormulaError('DivisionByZero', 'Division by zero', 'exponentiate');
            return exact(dec.divideD(dec.toDec(1), result));
        }
        return exact(result);
    }
    return num(base.v ** n);
}

/** Equality as the = and <> operators see it. */
function equals(name: string, a: Lit, b: Lit): boolean {
    rejectPicklist(a, name);
    rejectPicklist(b, name);
    if (isBlank(a) || isBlank(b)) return isBlank(a) && isBlank(b);
    if (a.t !== b.t) throw typeError(name, a, b);
    if (a.t === 'number' && b.t === 'number') return dec.compareD(decOf(a), decOf(b)) === 0;
    return comparable(a) === comparable(b);
}

function comparable(l: Lit): string | number | boolean | null {
    if (l.t === 'null') return null;
    if (l.t === 'multipicklist') return [...l.v].sort().join(';');
    return l.v;
}

function ordering(name: string, a: Lit, b: Lit): boolean {
    rejectPicklist(a, name);
    rejectPicklist(b, name);
    if (a.t === 'null' || b.t === 'null') return false;
    if (a.t !== b.t || !['number', 'date', 'datetime', 'time'].includes(a.t)) throw typeError(name, a, b);
    const c = a.t === 'number' && b.t === 'number' ? dec.compareD(decOf(a), decOf(b)) : Math.sign((a.v as number) - (b.v as number));
    switch (name) {
        case 'greaterThan':
            return c > 0;
        case 'greaterThanOrEqual':
            return c >= 0;
        case 'lessThan':
            return c < 0;
        default:
            return c <= 0;
    }
}

/** CASE compares its expression (picklists allowed) with each value. */
function caseMatches(a: Lit, b: Lit): boolean {
    const plain = (l: Lit): Lit => (l.t === 'picklist' ? txt(l.v) : l);
    return equals('case', plain(a), plain(b));
}

function textOf(l: Lit, name: string): string {
    switch (l.t) {
        case 'null':
            return '';
        case 'text':
        case 'picklist':
            return l.v;
        case 'number':
            return dec.toPlainString(l.v);
        case 'date':
            return isoOfEpochDay(l.v);
        case 'datetime':
            return new Date(l.v)
                .toISOString()
                .replace('T', ' ')
                .replace(/\.\d{3}Z$/, 'Z');
        case 'time':
            return new Date(l.v).toISOString().slice(11, 24) + 'Z';
        default:
            throw new FormulaError('Type', `Incorrect parameter type for ${fnName(name)}: ${describe(l)}`, name);
    }
}

/** MIN/MAX of numbers; blank when an argument is blank (blank Number fields read as 0 in BlankAsZero mode). */
function minMax(name: 'min' | 'max', values: Lit[]): Lit {
    let best: Lit | undefined;
    for (const v of values) {
        if (v.t === 'null') return NULL;
        if (v.t !== 'number')
            throw new FormulaError('Type', `Incorrect parameter type for ${fnName(name)}. Expected Number, received ${describe(v)}`, name);
        if (best === undefined || best.t !== 'number') {
            best = v;
            continue;
        }
        const c = dec.compareD(decOf(v), decOf(best));
        if (name === 'max' ? c > 0 : c < 0) best = v;
    }
    return best ?? NULL;
}

function dateArg(l: Lit, name: string): number | undefined {
    if (l.t === 'null') return undefined;
    if (l.t !== 'date')
        throw new FormulaError('Type', `Incorrect parameter type for ${fnName(name)}. Expected Date, received ${describe(l)}`, name);
    return l.v;
}

/** Functions and operators implemented here. Lazy ones evaluate their own arguments. */
const HANDLERS: Record<string, Handler> = {
    if: (args, scope, name) => {
        arity(name, args, 3);
        const test = asBoolean(ev(args[0]!, scope), name);
        return ev(test ? args[1]! : args[2]!, scope);
    },
    case: (args, scope, name) => {
        if (args.length < 4 || args.length % 2 !== 0) {
            throw new FormulaError(
                'Argument',
                `Incorrect number of parameters for function 'CASE()': expected an expression, value/result pairs and an else result (received ${args.length})`,
                name
            );
        }
        const subject = ev(args[0]!, scope);
        for (let i = 1; i < args.length - 1; i += 2) {
            if (caseMatches(subject, ev(args[i]!, scope))) return ev(args[i + 1]!, scope);
        }
        return ev(args[args.length - 1]!, scope);
    },
    and: (args, scope, name) => {
        arity(name, args, 1, Infinity);
        for (const a of args) if (!asBoolean(ev(a, scope), name)) return bool(false);
        return bool(true);
    },
    or: (args, scope, name) => {
        arity(name, args, 1, Infinity);
        for (const a of args) if (asBoolean(ev(a, scope), name)) return bool(true);
        return bool(false);
    },
    not: (args, scope, name) => {
        arity(name, args, 1);
        return bool(!asBoolean(ev(args[0]!, scope), name));
    },
    blankvalue: (args, scope, name) => {
        arity(name, args, 2);
        const value = ev(args[0]!, scope);
        return isBlank(value) ? ev(args[1]!, scope) : value;
    },
    nullvalue: (args, scope, name) => {
        arity(name, args, 2);
        const value = ev(args[0]!, scope);
        return value.t === 'null' ? ev(args[1]!, scope) : value;
    },
    isblank: (args, scope, name) => {
        arity(name, args, 1);
        return bool(isBlank(ev(args[0]!, scope)));
    },
    isnull: (args, scope, name) => {
        arity(name, args, 1);
        return bool(ev(args[0]!, scope).t === 'null');
    },
    ispickval: (args, scope, name) => {
        arity(name, args, 2);
        const field = ev(args[0]!, scope);
        const value = ev(args[1]!, scope);
        if (field.t !== 'picklist' && field.t !== 'text' && field.t !== 'null') {
            throw new FormulaError(
                'Type',
                `Incorrect parameter type for ISPICKVAL(). Expected Picklist, received ${describe(field)}`,
                name
            );
        }
        if (value.t !== 'text')
            throw new FormulaError('Type', `Incorrect parameter type for ISPICKVAL(). Expected Text, received ${describe(value)}`, name);
        return bool((field.t === 'null' ? '' : field.v) === value.v);
    },
    text: (args, scope, name) => {
        arity(name, args, 1);
        const value = ev(args[0]!, scope);
        if (value.t === 'checkbox' || value.t === 'multipicklist') {
            throw new FormulaError('Type', `Incorrect parameter type for TEXT(): ${describe(value)}`, name);
        }
        return txt(textOf(value, name));
    },
    min: (args, scope, name) => {
        arity(name, args, 1, Infinity);
        return minMax(
            'min',
            args.map((a) => ev(a, scope))
        );
    },
    max: (args, scope, name) => {
        arity(name, args, 1, Infinity);
        return minMax(
            'max',
            args.map((a) => ev(a, scope))
        );
    },
    today: (args, scope, name) => {
        arity(name, args, 0);
        return { t: 'date', v: daysFromIso(scope.ctx.today, 'today') };
    },
    now: (args, scope, name) => {
        arity(name, args, 0);
        if (!scope.ctx.now) throw new FormulaError('Unsupported', 'NOW() needs a frozen "now" in the evaluation context', name);
        return { t: 'datetime', v: msFromDateTime(scope.ctx.now, 'now') };
    },
    date: (args, scope, name) => {
        arity(name, args, 3);
        const [y, m, d] = args.map((a) => ev(a, scope));
        if (y!.t === 'null' || m!.t === 'null' || d!.t === 'null') return NULL;
        if (y!.t !== 'number' || m!.t !== 'number' || d!.t !== 'number')
            throw new FormulaError('Type', 'DATE() expects three numbers', name);
        const iso = `${String(y!.v).padStart(4, '0')}-${String(m!.v).padStart(2, '0')}-${String(d!.v).padStart(2, '0')}`;
        return { t: 'date', v: daysFromIso(iso, 'DATE()') };
    },
    year: (args, scope, name) => {
        arity(name, args, 1);
        const d = dateArg(ev(args[0]!, scope), name);
        return d === undefined ? NULL : num(new Date(d * DAY_MS).getUTCFullYear());
    },
    month: (args, scope, name) => {
        arity(name, args, 1);
        const d = dateArg(ev(args[0]!, scope), name);
        return d === undefined ? NULL : num(new Date(d * DAY_MS).getUTCMonth() + 1);
    },
    day: (args, scope, name) => {
        arity(name, args, 1);
        const d = dateArg(ev(args[0]!, scope), name);
        return d === undefined ? NULL : num(new Date(d * DAY_MS).getUTCDate());
    },
    weekday: (args, scope, name) => {
        arity(name, args, 1);
        const d = dateArg(ev(args[0]!, scope), name);
        return d === undefined ? NULL : num(new Date(d * DAY_MS).getUTCDay() + 1);
    },
    round: (args, scope, name) => {
        arity(name, args, 2);
        const [n, digits] = args.map((a) => ev(a, scope));
        if (n!.t === 'null' || digits!.t === 'null') return NULL;
        if (n!.t !== 'number' || digits!.t !== 'number') throw new FormulaError('Type', 'ROUND() expects two numbers', name);
        return exact(dec.roundD(decOf(n!), digits!.v));
    },
    isnew: (args, scope, name) => {
        arity(name, args, 0);
        return bool(prior(scope, name) === null);
    },
    ischanged: (args, scope, name) => {
        arity(name, args, 1);
        const field = fieldArgument(args[0]!, name);
        const before = prior(scope, name);
        if (before === null) return bool(false);
        const now = readRecordField(scope.ctx.record, field, scope);
        const then = readRecordField(before, field, scope);
        return bool(!sameValue(now, then));
    },
    priorvalue: (args, scope, name) => {
        arity(name, args, 1);
        const field = fieldArgument(args[0]!, name);
        const before = prior(scope, name);
        return before === null ? readRecordField({}, field, scope) : readRecordField(before, field, scope);
    }
};

for (const op of ['add', 'subtract', 'multiply', 'divide', 'exponentiate']) {
    HANDLERS[op] = (args, scope, name) => {
        arity(name, args, 2);
        return arithmetic(name, ev(args[0]!, scope), ev(args[1]!, scope));
    };
}
HANDLERS.equal = (args, scope, name) => {
    arity(name, args, 2);
    return bool(equals('=', ev(args[0]!, scope), ev(args[1]!, scope)));
};
HANDLERS.unequal = (args, scope, name) => {
    arity(name, args, 2);
    return bool(!equals('<>', ev(args[0]!, scope), ev(args[1]!, scope)));
};
for (const op of ['greaterThan', 'greaterThanOrEqual', 'lessThan', 'lessThanOrEqual']) {
    HANDLERS[op] = (args, scope, name) => {
        arity(name, args, 2);
        return bool(ordering(name, ev(args[0]!, scope), ev(args[1]!, scope)));
    };
}

function prior(scope: Scope, name: string): Record<string, unknown> | null {
    const before = scope.ctx.priorRecord;
    if (before === undefined) {
        throw new FormulaError(
            'Unsupported',
            `${fnName(name)} needs the record's prior values (priorRecord in the evaluation context)`,
            name
        );
    }
    return before;
}

function fieldArgument(node: FormulonNode, name: string): string {
    if (node.type !== 'identifier') throw new FormulaError('Argument', `${fnName(name)} expects a field`, name);
    return node.name;
}

function sameValue(a: Lit, b: Lit): boolean {
    if (isBlank(a) || isBlank(b)) return isBlank(a) && isBlank(b);
    if (a.t === 'number' && b.t === 'number') return dec.compareD(decOf(a), decOf(b)) === 0;
    return a.t === b.t && comparable(a) === comparable(b);
}

/**
 * formulon functions used as they are: pure, and correct as far as checked. Everything
 * else that is neither here nor in HANDLERS is refused with an explicit error.
 * Not delegated (formulon's versions are impure, stubs, or differ from the org):
 * NOW/TODAY/TIMENOW (frozen clock instead), GETSESSIONID, ISNUMBER, CURRENCYRATE (not implemented),
 * ADDMONTHS (end-of-month rule unverified), VALUE (formulon accepts "12abc").
 */
const DELEGATED = new Set([
    'abs',
    'ceiling',
    'floor',
    'mceiling',
    'mfloor',
    'mod',
    'sqrt',
    'exp',
    'ln',
    'log',
    'begins',
    'contains',
    'find',
    'left',
    'right',
    'mid',
    'len',
    'lower',
    'upper',
    'trim',
    'lpad',
    'rpad',
    'substitute',
    'br',
    'hyperlink',
    'image',
    'includes',
    'casesafeid',
    'regex'
]);
/** Delegated functions whose blank text arguments are the empty string (LEN(blank) is 0); others return blank for a blank argument. */
const TEXT_FUNCTIONS = new Set([
    'begins',
    'contains',
    'find',
    'left',
    'right',
    'mid',
    'len',
    'lower',
    'upper',
    'trim',
    'lpad',
    'rpad',
    'substitute',
    'hyperlink',
    'image',
    'casesafeid',
    'regex'
]);

function toFormulon(l: Lit): FormulonLiteral {
    switch (l.t) {
        case 'null':
            return { type: 'literal', dataType: 'null', value: null, options: {} };
        case 'number': {
            const text = dec.toPlainString(l.v).replace('-', '');
            const [intPart = '', fracPart = ''] = text.split('.');
            return { type: 'literal', dataType: 'number', value: l.v, options: { length: intPart.length, scale: fracPart.length } };
        }
        case 'text':
        case 'picklist':
            return { type: 'literal', dataType: l.t, value: l.v, options: { length: l.v.length } };
        case 'checkbox':
            return { type: 'literal', dataType: 'checkbox', value: l.v, options: {} };
        case 'date':
            return { type: 'literal', dataType: 'date', value: new Date(l.v * DAY_MS), options: {} };
        case 'datetime':
        case 'time':
            return { type: 'literal', dataType: l.t, value: new Date(l.v), options: {} };
        case 'multipicklist':
            return { type: 'literal', dataType: 'multipicklist', value: l.v, options: {} };
    }
}

function fromFormulon(l: FormulonLiteral, name: string): Lit {
    switch (l.dataType) {
        case 'null':
            return NULL;
        case 'number':
            return num(l.value as number);
        case 'text':
            return txt(l.value as string);
        case 'checkbox':
            return bool(l.value as boolean);
        case 'date':
            return { t: 'date', v: Math.floor((l.value as Date).getTime() / DAY_MS) };
        case 'datetime':
            return { t: 'datetime', v: (l.value as Date).getTime() };
        case 'time':
            return { t: 'time', v: (l.value as Date).getTime() };
        default:
            throw new FormulaError(
                'Unsupported',
                `${fnName(name)} returned a ${l.dataType} value, which the local evaluator does not support`,
                name
            );
    }
}

function delegate(name: string, args: FormulonNode[], scope: Scope): Lit {
    const values = args.map((a) => ev(a, scope));
    const textual = TEXT_FUNCTIONS.has(name);
    const substitutions: Record<string, FormulonLiteral> = {};
    for (const [i, value] of values.entries()) {
        if (value.t === 'null') {
            if (!textual) return NULL;
            substitutions[`a${i}`] = toFormulon(txt(''));
        } else {
            substitutions[`a${i}`] = toFormulon(value);
        }
    }
    const call = `${name.toUpperCase()}(${values.map((_, i) => `a${i}`).join(', ')})`;
    let result;
    try {
        result = formulonParse(call, substitutions);
    } catch (error) {
        throw new FormulaError('Type', `${fnName(name)} failed in formulon: ${(error as Error).message}`, name);
    }
    if (result.type === 'error') {
        const kind =
            result.errorType === 'ArgumentError' ? 'Argument' : result.errorType === 'NotImplementedError' ? 'Unsupported' : 'Type';
        throw new FormulaError(kind, `${fnName(name)}: ${result.message}`, name);
    }
    return fromFormulon(result, name);
}

/** Reads a field from a record, following dotted parent paths (Account.Name) through nested objects. */
function lookupValue(record: Record<string, unknown>, path: string): { found: boolean; value: unknown } {
    let current: unknown = record;
    const parts = path.split('.');
    for (const [i, part] of parts.entries()) {
        if (current === null || current === undefined) return { found: true, value: null };
        if (typeof current !== 'object') return { found: false, value: undefined };
        const obj = current as Record<string, unknown>;
        let key: string | undefined = part in obj ? part : undefined;
        if (key === undefined) key = Object.keys(obj).find((k) => k.toLowerCase() === part.toLowerCase());
        if (key === undefined) return { found: false, value: undefined };
        current = obj[key];
        if (i === parts.length - 1) return { found: true, value: current };
    }
    return { found: false, value: undefined };
}

function readRecordField(record: Record<string, unknown>, name: string, scope: Scope): Lit {
    const type = scope.ctx.fieldType(name);
    const { found, value } = lookupValue(record, name);
    if (!found && type === undefined && record === scope.ctx.record) {
        throw new FormulaError('Reference', `Field ${name} does not exist. Check spelling.`);
    }
    return fromRecordValue(value, type, `Field ${name}`, scope.mode);
}

function customMetadataValue(name: string, scope: Scope): Lit {
    const path = name.slice('$CustomMetadata.'.length);
    const value = scope.ctx.customMetadata(path);
    if (value === undefined) throw new FormulaError('Reference', `${name} does not exist (no such custom metadata type, record or field)`);
    return fromJsValue(value, name);
}

/** `$Permission.<Name>`: the running user's custom permission, from the context (refused without one). */
function permissionValue(name: string, scope: Scope): Lit {
    const permission = name.slice('$Permission.'.length);
    if (!permission || permission.includes('.')) throw new FormulaError('Reference', `${name} is not $Permission.<CustomPermissionName>`);
    if (!scope.ctx.hasPermission) {
        throw new FormulaError(
            'Unsupported',
            `${name} needs the running user's custom permissions (hasPermission in the evaluation context)`
        );
    }
    return bool(scope.ctx.hasPermission(permission));
}

function formulaFieldValue(name: string, definition: FormulaFieldDefinition, scope: Scope): Lit {
    const key = name.toLowerCase();
    const { session } = scope;
    const cached = session.cache.get(key);
    if (cached) return cached;
    if (session.stack.includes(key)) {
        const start = session.stack.indexOf(key);
        const loop = [...session.names.slice(start), name].join(' → ');
        throw new FormulaError('Cycle', `Circular formula reference: ${loop}`);
    }
    session.stack.push(key);
    session.names.push(name);
    try {
        const mode = normaliseMode(definition.treatBlanksAs);
        const inner: Scope = { ctx: scope.ctx, mode, session };
        const value = checkResult(ev(parseFormula(definition.formula), inner), definition.returnType, name);
        session.cache.set(key, value);
        return value;
    } finally {
        session.stack.pop();
        session.names.pop();
    }
}

function identifier(name: string, scope: Scope): Lit {
    if (name.startsWith('$')) {
        if (name.toLowerCase().startsWith('$custommetadata.')) return customMetadataValue(name, scope);
        if (name.toLowerCase().startsWith('$permission.')) return permissionValue(name, scope);
        const global = name.split('.')[0] ?? name;
        throw new FormulaError('Unsupported', `The global ${global} is not supported by the local formula evaluator (${name})`);
    }
    if (!name.includes('.')) {
        const definition = scope.ctx.fieldFormula?.(name);
        if (definition) {
            const value = formulaFieldValue(name, definition, scope);
            return scope.mode === 'BlankAsZero' && value.t === 'null' && categoryOf(definition.returnType) === 'number' ? num(0) : value;
        }
    }
    return readRecordField(scope.ctx.record, name, scope);
}

function ev(node: FormulonNode, scope: Scope): Lit {
    switch (node.type) {
        case 'literal':
            if (node.dataType === 'null') return NULL;
            if (node.dataType === 'number') return num(node.value as number);
            if (node.dataType === 'text') return txt(node.value as string);
            if (node.dataType === 'checkbox') return bool(node.value as boolean);
            throw new FormulaError('Unsupported', `Literal of type ${node.dataType} is not supported`);
        case 'identifier':
            return identifier(node.name, scope);
        case 'callExpression': {
            const name = node.id;
            const handler = HANDLERS[name];
            if (handler) return handler(node.arguments, scope, name);
            if (DELEGATED.has(name)) return delegate(name, node.arguments, scope);
            throw new FormulaError(
                'Unsupported',
                `Unsupported formula function ${fnName(name)}: the local evaluator does not implement it`,
                name
            );
        }
        default:
            throw new FormulaError('Syntax', `Syntax error: ${(node as { message?: string }).message ?? 'unreadable formula'}`);
    }
}

function normaliseMode(mode: string | undefined): TreatBlanksAs {
    return mode === 'BlankAsBlank' ? 'BlankAsBlank' : 'BlankAsZero';
}

/** Checks a result against the formula's return type; a blank checkbox is false. */
function checkResult(value: Lit, returnType: string | undefined, what: string): Lit {
    if (!returnType) return value;
    const category = categoryOf(returnType);
    if (value.t === 'null') return category === 'checkbox' ? bool(false) : value;
    const ok =
        category === 'number' || category === 'percent'
            ? value.t === 'number'
            : category === 'text'
              ? value.t === 'text' || value.t === 'picklist'
              : category === 'checkbox'
                ? value.t === 'checkbox'
                : category === 'date'
                  ? value.t === 'date'
                  : category === 'datetime'
                    ? value.t === 'datetime'
                    : category === 'time'
                      ? value.t === 'time'
                      : false;
    if (!ok) throw new FormulaError('Type', `${what}: the formula returns ${describe(value)}, but its type is ${returnType}`);
    return value;
}

function toResult(value: Lit): FormulaResult {
    switch (value.t) {
        case 'null':
            return null;
        case 'text':
        case 'picklist':
            return value.v === '' ? null : value.v;
        case 'number':
        case 'checkbox':
            return value.v;
        case 'date':
            return isoOfEpochDay(value.v);
        case 'datetime':
            return new Date(value.v).toISOString();
        case 'time':
            return new Date(value.v).toISOString().slice(11, 23) + 'Z';
        case 'multipicklist':
            return value.v.join(';');
    }
}

/**
 * Evaluates formula text against a record. The result is the formula's own value: a Percent
 * formula computing 75% returns 0.75 here (evaluateField returns the API's 75); Dates are
 * 'YYYY-MM-DD'; blank text and blank numbers are null; a Checkbox formula never returns null.
 */
export function evaluateFormula(formula: string, ctx: FormulaContext): FormulaResult {
    return evaluateInSession(formula, ctx, createSession());
}

/** Formula field results shared by several evaluations on the same record (evaluateRecordFormulas). */
export interface EvaluationSession {
    readonly cache: Map<string, unknown>;
}

export function createSession(): EvaluationSession {
    const session: Session = { cache: new Map(), stack: [], names: [] };
    return session;
}

/** evaluateFormula, reusing the formula field results already computed in the session for the same record. */
export function evaluateInSession(formula: string, ctx: FormulaContext, shared: EvaluationSession): FormulaResult {
    daysFromIso(ctx.today, 'today');
    const session = shared as Session;
    if (ctx.fieldName) {
        const key = ctx.fieldName.toLowerCase();
        const cached = session.cache.get(key);
        if (cached) return toResult(cached);
    }
    const stackDepth = session.stack.length;
    if (ctx.fieldName) {
        session.stack.push(ctx.fieldName.toLowerCase());
        session.names.push(ctx.fieldName);
    }
    try {
        const scope: Scope = { ctx, mode: ctx.treatBlanksAs ?? 'BlankAsZero', session };
        const value = checkResult(ev(parseFormula(formula), scope), ctx.returnType, ctx.fieldName ?? 'formula');
        if (ctx.fieldName) session.cache.set(ctx.fieldName.toLowerCase(), value);
        return toResult(value);
    } finally {
        session.stack.length = stackDepth;
        session.names.length = stackDepth;
    }
}
