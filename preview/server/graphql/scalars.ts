import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { isCalendarDate, normaliseDateTime } from '../../../core/dates';

/**
 * The org's scalars (UI API GraphQL): each checks its input the way a field of that type is
 * written (numbers for Double/Currency/Percent, 'YYYY-MM-DD' for Date, ISO instants for
 * DateTime), so a malformed value fails validation before anything is saved. They throw plain
 * errors so graphql-js reports "Expected value of type X, found Y" with the value's place.
 */

function numberScalar(name: string, integer = false): GraphQLScalarType {
    const check = (value: unknown): number => {
        if (typeof value === 'number' && Number.isFinite(value) && (!integer || Number.isInteger(value))) return value;
        throw new TypeError(`${name} cannot represent ${integer ? 'a non-integer' : 'a non-numeric'} value: ${JSON.stringify(value)}`);
    };
    // A variable may hold the number as text: the GraphQL API guide's "Make Your Variables Reactive"
    // passes `minAmount = "5000000"` for `$minAmount: Currency`
    // (https://developer.salesforce.com/docs/platform/graphql/guide/graphql-wire-lwc-reactive.html).
    const fromVariable = (value: unknown): number =>
        !integer && typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : check(value);
    return new GraphQLScalarType({
        name,
        serialize: (value) => (typeof value === 'string' ? Number(value) : check(value)),
        parseValue: fromVariable,
        parseLiteral(ast: ValueNode) {
            if (ast.kind === Kind.INT || (ast.kind === Kind.FLOAT && !integer)) return Number(ast.value);
            throw new TypeError(`${name} cannot represent a non-numeric value`);
        }
    });
}

function stringScalar(name: string, check?: (value: string) => string | undefined, expected?: string): GraphQLScalarType {
    const parse = (value: unknown): string => {
        if (typeof value !== 'string') throw new TypeError(`${name} cannot represent a non-string value: ${JSON.stringify(value)}`);
        const checked = check ? check(value) : value;
        if (checked === undefined) throw new TypeError(`${name} cannot represent "${value}"${expected ? `: expected ${expected}` : ''}`);
        return checked;
    };
    return new GraphQLScalarType({
        name,
        serialize: (value) => (value === null ? null : String(value)),
        parseValue: parse,
        parseLiteral(ast: ValueNode) {
            if (ast.kind !== Kind.STRING) throw new TypeError(`${name} cannot represent a non-string value`);
            return parse(ast.value);
        }
    });
}

export const DoubleScalar = numberScalar('Double');
export const CurrencyScalar = numberScalar('Currency');
export const PercentScalar = numberScalar('Percent');
export const LongScalar = numberScalar('Long', true);
export const DateScalar = stringScalar('Date', (v) => (isCalendarDate(v) ? v : undefined), 'a date written YYYY-MM-DD');
export const DateTimeScalar = stringScalar('DateTime', normaliseDateTime, 'an ISO 8601 date and time, e.g. 2026-06-15T10:00:00Z');
export const TimeScalar = stringScalar(
    'Time',
    (v) => (/^\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z?$/.test(v) ? v : undefined),
    'a time HH:MM:SS.sssZ'
);
export const PicklistScalar = stringScalar('Picklist');
export const MultiPicklistScalar = stringScalar('MultiPicklist');
export const TextAreaScalar = stringScalar('TextArea');
export const LongTextAreaScalar = stringScalar('LongTextArea');
export const RichTextAreaScalar = stringScalar('RichTextArea');
export const EmailScalar = stringScalar('Email');
export const PhoneNumberScalar = stringScalar('PhoneNumber');
export const UrlScalar = stringScalar('Url');
export const EncryptedStringScalar = stringScalar('EncryptedString');
/** A record id, or "@{alias}": the Id created by an earlier operation of the same mutation request. */
export const IdOrRefScalar = stringScalar('IdOrRef');
