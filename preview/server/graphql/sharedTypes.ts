import {
    GraphQLBoolean,
    GraphQLEnumType,
    GraphQLID,
    GraphQLInputObjectType,
    GraphQLInt,
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLString,
    type GraphQLFieldConfigMap,
    type GraphQLInputFieldConfigMap,
    type GraphQLInputType,
    type GraphQLOutputType,
    type GraphQLScalarType
} from 'graphql';
import type { DataType } from '../store/objectMeta';
import * as S from './scalars';

/**
 * The types every object shares, named and shaped as in the org's schema: field value types
 * (`StringValue { value displayValue label }`, ...), filter operator inputs, ordering and paging.
 */

const FieldValueInterface = new GraphQLInterfaceType({ name: 'FieldValue', fields: { displayValue: { type: GraphQLString } } });

function valueType(name: string, scalar: GraphQLOutputType, extra: GraphQLFieldConfigMap<unknown, unknown> = {}): GraphQLObjectType {
    return new GraphQLObjectType({
        name,
        interfaces: [FieldValueInterface],
        fields: { value: { type: scalar }, displayValue: { type: GraphQLString }, ...extra }
    });
}

const format = { format: { type: GraphQLString } };
const label = { label: { type: GraphQLString } };

export const ValueTypes = {
    StringValue: valueType('StringValue', GraphQLString, label),
    TextAreaValue: valueType('TextAreaValue', S.TextAreaScalar, label),
    LongTextAreaValue: valueType('LongTextAreaValue', S.LongTextAreaScalar, label),
    RichTextAreaValue: valueType('RichTextAreaValue', S.RichTextAreaScalar, label),
    PicklistValue: valueType('PicklistValue', S.PicklistScalar, label),
    MultiPicklistValue: valueType('MultiPicklistValue', S.MultiPicklistScalar, label),
    DoubleValue: valueType('DoubleValue', S.DoubleScalar, format),
    IntValue: valueType('IntValue', GraphQLInt, format),
    LongValue: valueType('LongValue', S.LongScalar, format),
    PercentValue: valueType('PercentValue', S.PercentScalar, format),
    CurrencyValue: valueType('CurrencyValue', S.CurrencyScalar, { ...format, convertCurrency: { type: S.CurrencyScalar } }),
    DateValue: valueType('DateValue', S.DateScalar, format),
    DateTimeValue: valueType('DateTimeValue', S.DateTimeScalar, format),
    TimeValue: valueType('TimeValue', S.TimeScalar, format),
    BooleanValue: valueType('BooleanValue', GraphQLBoolean),
    IDValue: valueType('IDValue', GraphQLID),
    EmailValue: valueType('EmailValue', S.EmailScalar),
    PhoneNumberValue: valueType('PhoneNumberValue', S.PhoneNumberScalar),
    UrlValue: valueType('UrlValue', S.UrlScalar)
};

const ResultOrder = new GraphQLEnumType({ name: 'ResultOrder', values: { ASC: {}, DESC: {} } });
const NullOrder = new GraphQLEnumType({ name: 'NullOrder', values: { FIRST: {}, LAST: {} } });
export const OrderByClause = new GraphQLInputObjectType({
    name: 'OrderByClause',
    fields: { order: { type: ResultOrder }, nulls: { type: NullOrder } }
});

export const PageInfo = new GraphQLObjectType({
    name: 'PageInfo',
    fields: {
        hasNextPage: { type: new GraphQLNonNull(GraphQLBoolean) },
        hasPreviousPage: { type: new GraphQLNonNull(GraphQLBoolean) },
        startCursor: { type: GraphQLString },
        endCursor: { type: GraphQLString }
    }
});

const DATE_LITERALS = [
    'YESTERDAY',
    'TODAY',
    'TOMORROW',
    'LAST_WEEK',
    'THIS_WEEK',
    'NEXT_WEEK',
    'LAST_MONTH',
    'THIS_MONTH',
    'NEXT_MONTH',
    'LAST_90_DAYS',
    'NEXT_90_DAYS',
    'LAST_QUARTER',
    'THIS_QUARTER',
    'NEXT_QUARTER',
    'LAST_FISCAL_QUARTER',
    'THIS_FISCAL_QUARTER',
    'NEXT_FISCAL_QUARTER',
    'LAST_YEAR',
    'THIS_YEAR',
    'NEXT_YEAR',
    'LAST_FISCAL_YEAR',
    'THIS_FISCAL_YEAR',
    'NEXT_FISCAL_YEAR'
] as const;

const DateLiteral = new GraphQLEnumType({ name: 'DateLiteral', values: Object.fromEntries(DATE_LITERALS.map((v) => [v, {}])) });

const DATE_RANGE_UNITS = [
    'last_n_days',
    'next_n_days',
    'last_n_weeks',
    'next_n_weeks',
    'last_n_months',
    'next_n_months',
    'last_n_quarters',
    'next_n_quarters',
    'last_n_fiscal_quarters',
    'next_n_fiscal_quarters',
    'last_n_years',
    'next_n_years',
    'last_n_fiscal_years',
    'next_n_fiscal_years',
    'n_days_ago',
    'n_weeks_ago',
    'n_months_ago',
    'n_quarters_ago',
    'n_years_ago',
    'n_fiscal_quarters_ago',
    'n_fiscal_years_ago'
] as const;

const DateRange = new GraphQLInputObjectType({
    name: 'DateRange',
    fields: Object.fromEntries(DATE_RANGE_UNITS.map((u) => [u, { type: GraphQLInt }]))
});
const DateInput = new GraphQLInputObjectType({
    name: 'DateInput',
    fields: { value: { type: S.DateScalar }, literal: { type: DateLiteral }, range: { type: DateRange } }
});
const DateTimeInput = new GraphQLInputObjectType({
    name: 'DateTimeInput',
    fields: { value: { type: S.DateTimeScalar }, literal: { type: DateLiteral }, range: { type: DateRange } }
});

const COMPARISONS = ['eq', 'ne', 'lt', 'gt', 'lte', 'gte', 'in', 'nin'];

function operatorFields(type: GraphQLInputType, ops: string[]): GraphQLInputFieldConfigMap {
    const fields: GraphQLInputFieldConfigMap = {};
    for (const op of ops) fields[op] = { type: op === 'in' || op === 'nin' ? new GraphQLList(type) : type };
    return fields;
}

function operators(name: string, type: GraphQLInputType, ops: string[] = COMPARISONS): GraphQLInputObjectType {
    return new GraphQLInputObjectType({ name, fields: operatorFields(type, ops) });
}

const withLike = ['eq', 'ne', 'like', 'lt', 'gt', 'lte', 'gte', 'in', 'nin'];

/** IDOperators also takes inq/ninq semi-joins, which name every object: see filterTypes. */
export function idOperators(joinInput: GraphQLInputType): GraphQLInputObjectType {
    return new GraphQLInputObjectType({
        name: 'IDOperators',
        fields: () => ({ ...operatorFields(GraphQLID, COMPARISONS), inq: { type: joinInput }, ninq: { type: joinInput } })
    });
}

const OperatorTypes = {
    StringOperators: operators('StringOperators', GraphQLString, withLike),
    TextAreaOperators: operators('TextAreaOperators', S.TextAreaScalar, withLike),
    EmailOperators: operators('EmailOperators', S.EmailScalar, withLike),
    URLOperators: operators('URLOperators', S.UrlScalar, withLike),
    PhoneNumberOperators: operators('PhoneNumberOperators', S.PhoneNumberScalar, withLike),
    PicklistOperators: operators('PicklistOperators', S.PicklistScalar, withLike),
    MultiPicklistOperators: new GraphQLInputObjectType({
        name: 'MultiPicklistOperators',
        fields: {
            eq: { type: S.MultiPicklistScalar },
            ne: { type: S.MultiPicklistScalar },
            includes: { type: new GraphQLList(S.MultiPicklistScalar) },
            excludes: { type: new GraphQLList(S.MultiPicklistScalar) }
        }
    }),
    DoubleOperators: operators('DoubleOperators', S.DoubleScalar),
    IntegerOperators: operators('IntegerOperators', GraphQLInt),
    LongOperators: operators('LongOperators', S.LongScalar),
    CurrencyOperators: operators('CurrencyOperators', S.CurrencyScalar),
    PercentOperators: operators('PercentOperators', S.PercentScalar),
    BooleanOperators: operators('BooleanOperators', GraphQLBoolean, ['eq', 'ne']),
    DateOperators: operators('DateOperators', DateInput),
    DateTimeOperators: operators('DateTimeOperators', DateTimeInput),
    TimeOperators: operators('TimeOperators', S.TimeScalar)
};

interface TypeInfoForData {
    value: GraphQLObjectType;
    /** Undefined for ids and references, whose IDOperators the schema builds (they name every object). */
    operators?: GraphQLInputObjectType;
    input: GraphQLScalarType;
}

/** Value type, filter operators and mutation input scalar of each data type. */
export const DATA_TYPES: Record<DataType, TypeInfoForData> = {
    Id: { value: ValueTypes.IDValue, input: S.IdOrRefScalar },
    Reference: { value: ValueTypes.IDValue, input: S.IdOrRefScalar },
    Text: { value: ValueTypes.StringValue, operators: OperatorTypes.StringOperators, input: GraphQLString },
    TextArea: { value: ValueTypes.TextAreaValue, operators: OperatorTypes.TextAreaOperators, input: S.TextAreaScalar },
    LongTextArea: { value: ValueTypes.LongTextAreaValue, operators: OperatorTypes.TextAreaOperators, input: S.LongTextAreaScalar },
    Html: { value: ValueTypes.RichTextAreaValue, operators: OperatorTypes.TextAreaOperators, input: S.RichTextAreaScalar },
    Picklist: { value: ValueTypes.PicklistValue, operators: OperatorTypes.PicklistOperators, input: S.PicklistScalar },
    MultiPicklist: { value: ValueTypes.MultiPicklistValue, operators: OperatorTypes.MultiPicklistOperators, input: S.MultiPicklistScalar },
    Number: { value: ValueTypes.DoubleValue, operators: OperatorTypes.DoubleOperators, input: S.DoubleScalar },
    Int: { value: ValueTypes.IntValue, operators: OperatorTypes.IntegerOperators, input: GraphQLInt },
    Percent: { value: ValueTypes.PercentValue, operators: OperatorTypes.PercentOperators, input: S.PercentScalar },
    Currency: { value: ValueTypes.CurrencyValue, operators: OperatorTypes.CurrencyOperators, input: S.CurrencyScalar },
    Date: { value: ValueTypes.DateValue, operators: OperatorTypes.DateOperators, input: S.DateScalar },
    DateTime: { value: ValueTypes.DateTimeValue, operators: OperatorTypes.DateTimeOperators, input: S.DateTimeScalar },
    Time: { value: ValueTypes.TimeValue, operators: OperatorTypes.TimeOperators, input: S.TimeScalar },
    Checkbox: { value: ValueTypes.BooleanValue, operators: OperatorTypes.BooleanOperators, input: GraphQLBoolean },
    Email: { value: ValueTypes.EmailValue, operators: OperatorTypes.EmailOperators, input: S.EmailScalar },
    Phone: { value: ValueTypes.PhoneNumberValue, operators: OperatorTypes.PhoneNumberOperators, input: S.PhoneNumberScalar },
    Url: { value: ValueTypes.UrlValue, operators: OperatorTypes.URLOperators, input: S.UrlScalar }
};

export const RecordDeleteInput = new GraphQLInputObjectType({
    name: 'RecordDeleteInput',
    fields: { Id: { type: new GraphQLNonNull(S.IdOrRefScalar) } }
});
export const RecordDeletePayload = new GraphQLObjectType({ name: 'RecordDeletePayload', fields: { Id: { type: GraphQLID } } });
export const UIAPIMutationsInput = new GraphQLInputObjectType({
    name: 'UIAPIMutationsInput',
    fields: { allOrNone: { type: GraphQLBoolean, defaultValue: true } }
});
