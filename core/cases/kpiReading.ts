import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The KPI reading case table (kpi-reading.json): read by the Apex test generator
 * (scripts/apex-cases/kpiReading.ts) and by the reading form's validation test
 * (c/outcomesValidation kpiReadingCases.test.ts), so the form and the Log a KPI Reading action are
 * held to the same rows.
 */

/** The fields a reading's problems are reported on, in the order both implementations check them. */
const READING_FIELDS = ['Value__c', 'Measured_On__c', 'Note__c'] as const;
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

const KPI_READING_TABLE = resolve(__dirname, 'kpi-reading.json');

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

export function readKpiReadingTable(path = KPI_READING_TABLE): KpiReadingTable {
    const table = JSON.parse(readFileSync(path, 'utf8')) as KpiReadingTable;
    for (const row of table.cases) {
        if (row.expected === 'valid') continue;
        for (const [field, label] of Object.entries(row.expected)) {
            if (!(READING_FIELDS as readonly string[]).includes(field)) throw new Error(`${path}: "${row.case}": unknown field ${field}`);
            if (!(label in LABEL_FILLS)) throw new Error(`${path}: "${row.case}": label ${label} is not a reading message`);
        }
        if (expectedProblems(row).length === 0) throw new Error(`${path}: "${row.case}": expects neither valid nor a problem`);
    }
    return table;
}
