/**
 * The KPI reading case table's rows and what they mean, without reading the file: component tests
 * (type-checked without Node's types) use this module through test/jest/kpiReadingCases; the reader
 * is core/cases/kpiReading.ts.
 */

/** The fields a reading's problems are reported on, in the order both implementations check them. */
export const READING_FIELDS = ['Value__c', 'Measured_On__c', 'Note__c'] as const;
export type ReadingField = (typeof READING_FIELDS)[number];

/**
 * What fills a message label's {0}, read from the field's metadata on each side (never typed in the
 * table): Value__c's digits before the point (precision - scale), Value__c's decimals (scale),
 * Note__c's length; null: the label has no placeholder.
 */
export const LABEL_FILLS = {
    Outcomes_ErrRequired: null,
    Outcomes_ErrTooLarge: 'integerDigits',
    Outcomes_ErrDecimals: 'scale',
    Outcomes_ErrMeasuredFuture: null,
    Outcomes_ErrTooLong: 'length'
} as const;
export type ReadingLabel = keyof typeof LABEL_FILLS;

export interface KpiReadingCase {
    case: string;
    /** The number as text; null: not given. */
    value: string | null;
    /** Days from today; absent: the default (today). */
    measuredOn?: number;
    source?: string;
    note?: string;
    /** A note of this many characters (x). */
    noteLength?: number;
    confirmed?: boolean;
    /** A validation rule that refuses the row in the org too (asserted through DML in the Apex test). */
    dbRule?: string;
    expected: 'valid' | Partial<Record<ReadingField, ReadingLabel>>;
}

export interface KpiReadingTable {
    description: string;
    cases: KpiReadingCase[];
}

/** The note a row gives, written out. */
export function noteOf(row: KpiReadingCase): string | undefined {
    return row.noteLength !== undefined ? 'x'.repeat(row.noteLength) : row.note;
}

/** The row's expected problems in check order, as [field, label] pairs; empty for a valid row. */
export function expectedProblems(row: KpiReadingCase): [ReadingField, ReadingLabel][] {
    if (row.expected === 'valid') return [];
    const expected = row.expected;
    return READING_FIELDS.flatMap((field): [ReadingField, ReadingLabel][] => {
        const label = expected[field];
        return label ? [[field, label]] : [];
    });
}
