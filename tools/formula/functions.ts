import { parse as formulonParse } from 'formulon';

/**
 * The catalogue of Salesforce formula functions: every name the platform documents, with the
 * number of arguments and the type of the result where known.
 *
 * Names: Salesforce Help, "Formula Operators and Functions by Context"
 * (https://help.salesforce.com/s/articleView?id=platform.customize_functions.htm) and the
 * "Formulas Quick Reference"
 * (https://developer.salesforce.com/docs/atlas.en-us.salesforce_formulas_cheatsheet.meta/salesforce_formulas_cheatsheet/).
 * Argument counts: derived from formulon (6.25.6), which implements most of these and checks
 * their counts, by calling each function with no and with many arguments and reading its
 * "Expected n" message; for the functions formulon lacks, and where formulon differs from the
 * reference (noted in OVERRIDES), from the function's syntax line in the reference above.
 * An arity left open (min 0, max Infinity) means "not checked": a real function is never
 * reported for its argument count unless the count is certain.
 */

export type ValueType = 'number' | 'text' | 'checkbox' | 'date' | 'datetime' | 'time' | 'geolocation' | 'picklist' | 'multipicklist';

export interface FunctionSpec {
    name: string;
    min: number;
    max: number;
    /** The result type, when it does not depend on the arguments. */
    returns?: ValueType;
    /** Where the arity came from. */
    source: 'formulon' | 'reference' | 'open';
}

/** Every documented function, with its fixed result type where the reference gives one. */
const DOCUMENTED: Record<string, ValueType | undefined> = {
    // Date and time
    ADDMONTHS: undefined,
    DATE: 'date',
    DATEVALUE: 'date',
    DATETIMEVALUE: 'datetime',
    DAY: 'number',
    DAYOFYEAR: 'number',
    FORMATDURATION: 'text',
    FROMUNIXTIME: 'datetime',
    HOUR: 'number',
    ISOWEEK: 'number',
    ISOYEAR: 'number',
    MILLISECOND: 'number',
    MINUTE: 'number',
    MONTH: 'number',
    NOW: 'datetime',
    SECOND: 'number',
    TIMENOW: 'time',
    TIMEVALUE: 'time',
    TODAY: 'date',
    UNIXTIMESTAMP: 'number',
    WEEKDAY: 'number',
    YEAR: 'number',
    // Logical
    AND: 'checkbox',
    BLANKVALUE: undefined,
    CASE: undefined,
    IF: undefined,
    ISBLANK: 'checkbox',
    ISCHANGED: 'checkbox',
    ISCLONE: 'checkbox',
    ISNEW: 'checkbox',
    ISNULL: 'checkbox',
    ISNUMBER: 'checkbox',
    NOT: 'checkbox',
    NULLVALUE: undefined,
    OR: 'checkbox',
    PRIORVALUE: undefined,
    // Math
    ABS: 'number',
    CEILING: 'number',
    DISTANCE: 'number',
    EXP: 'number',
    FLOOR: 'number',
    GEOLOCATION: 'geolocation',
    LN: 'number',
    LOG: 'number',
    MAX: 'number',
    MCEILING: 'number',
    MFLOOR: 'number',
    MIN: 'number',
    MOD: 'number',
    PI: 'number',
    ROUND: 'number',
    SQRT: 'number',
    TRUNC: 'number',
    // Text
    ASCII: 'number',
    BEGINS: 'checkbox',
    BR: 'text',
    CASESAFEID: 'text',
    CHR: 'text',
    CONTAINS: 'checkbox',
    FIND: 'number',
    GETSESSIONID: 'text',
    HYPERLINK: 'text',
    IMAGE: 'text',
    INCLUDES: 'checkbox',
    INITCAP: 'text',
    ISPICKVAL: 'checkbox',
    LEFT: 'text',
    LEN: 'number',
    LOWER: 'text',
    LPAD: 'text',
    MID: 'text',
    REVERSE: 'text',
    RIGHT: 'text',
    RPAD: 'text',
    SUBSTITUTE: 'text',
    TEXT: 'text',
    TRIM: 'text',
    UPPER: 'text',
    VALUE: 'number',
    // Encoding
    HTMLENCODE: 'text',
    JSENCODE: 'text',
    JSINHTMLENCODE: 'text',
    URLENCODE: 'text',
    // Summary (report formulas)
    PARENTGROUPVAL: undefined,
    PREVGROUPVAL: undefined,
    // Advanced
    CURRENCYRATE: 'number',
    GETRECORDIDS: undefined,
    IMAGEPROXYURL: 'text',
    INCLUDE: undefined,
    JUNCTIONIDLIST: undefined,
    LINKTO: undefined,
    PREDICT: undefined,
    REGEX: 'checkbox',
    REQUIRESCRIPT: undefined,
    URLFOR: undefined,
    VLOOKUP: undefined
};

/**
 * Argument counts from the reference's syntax lines, for functions formulon lacks or counts
 * differently. Salesforce Help, "Formula Operators and Functions by Context" (URL above).
 */
const OVERRIDES: Record<string, [number, number]> = {
    // formulon lacks these.
    DAYOFYEAR: [1, 1], // DAYOFYEAR(date)
    FROMUNIXTIME: [1, 1], // FROMUNIXTIME(number)
    ISOWEEK: [1, 1], // ISOWEEK(date)
    ISOYEAR: [1, 1], // ISOYEAR(date)
    UNIXTIMESTAMP: [1, 1], // UNIXTIMESTAMP(date or date/time)
    ISCHANGED: [1, 1], // ISCHANGED(field)
    ISCLONE: [0, 0], // ISCLONE()
    ISNEW: [0, 0], // ISNEW()
    PRIORVALUE: [1, 1], // PRIORVALUE(field)
    HTMLENCODE: [1, 1], // HTMLENCODE(text)
    JSENCODE: [1, 1], // JSENCODE(text)
    JSINHTMLENCODE: [1, 1], // JSINHTMLENCODE(text)
    URLENCODE: [1, 1], // URLENCODE(text)
    VLOOKUP: [3, 3], // VLOOKUP(field_to_return, field_on_lookup_object, lookup_value)
    // formulon accepts one argument; the reference documents an optional locale: LOWER(text, [locale]).
    LOWER: [1, 2],
    UPPER: [1, 2]
};

/** Functions formulon implements but whose count it cannot give (it would not be trusted). */
const FORMULON_SKIP = new Set(['CURRENCYRATE']);

const cache: { specs?: Map<string, FunctionSpec> } = {};

/** formulon's argument count for `name`, or undefined when formulon does not implement it. */
export function formulonArity(name: string): [number, number] | undefined {
    const expected = (args: number): { unknown: boolean; count?: number } => {
        const call = `${name}(${Array.from({ length: args }, () => 'NULL').join(',')})`;
        let result;
        try {
            result = formulonParse(call);
        } catch {
            return { unknown: false };
        }
        if (result.type !== 'error') return { unknown: false };
        if (result.errorType === 'NoFunctionError') return { unknown: true };
        const m = /Incorrect number of parameters for function '[A-Z]+\(\)'\. Expected (\d+)/.exec(result.message);
        return { unknown: false, count: m ? Number(m[1]) : undefined };
    };
    const none = expected(0);
    if (none.unknown) return undefined;
    const many = expected(30);
    const min = none.count ?? 0;
    const max = many.count ?? Infinity;
    return [min, max];
}

/** The catalogue, keyed by upper-case name. */
export function functionCatalogue(): Map<string, FunctionSpec> {
    if (cache.specs) return cache.specs;
    const specs = new Map<string, FunctionSpec>();
    for (const [name, returns] of Object.entries(DOCUMENTED)) {
        const override = OVERRIDES[name];
        const derived = override || FORMULON_SKIP.has(name) ? undefined : formulonArity(name);
        const [min, max] = override ?? derived ?? [0, Infinity];
        specs.set(name, { name, min, max, returns, source: override ? 'reference' : derived ? 'formulon' : 'open' });
    }
    cache.specs = specs;
    return specs;
}

export function lookupFunction(name: string): FunctionSpec | undefined {
    return functionCatalogue().get(name.toUpperCase());
}

/** "1 argument", "2 to 3 arguments", "at least 4 arguments". */
export function describeArity(spec: FunctionSpec): string {
    const plural = (n: number): string => `${n} argument${n === 1 ? '' : 's'}`;
    if (spec.min === spec.max) return plural(spec.min);
    if (spec.max === Infinity) return `at least ${plural(spec.min)}`;
    return `${spec.min} to ${plural(spec.max)}`;
}
