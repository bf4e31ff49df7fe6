/** Types of test/jest/kpiReadingCases.js (core/cases/kpiReading.ts, for component tests). */
export type ReadingField = 'Value__c' | 'Measured_On__c' | 'Note__c';
export type ReadingLabel =
    'Outcomes_ErrRequired' | 'Outcomes_ErrTooLarge' | 'Outcomes_ErrDecimals' | 'Outcomes_ErrMeasuredFuture' | 'Outcomes_ErrTooLong';
export interface KpiReadingCase {
    case: string;
    value: string | null;
    measuredOn?: number;
    source?: string;
    note?: string;
    noteLength?: number;
    confirmed?: boolean;
    dbRule?: string;
    expected: 'valid' | Partial<Record<ReadingField, ReadingLabel>>;
}
export const LABEL_FILLS: Record<ReadingLabel, 'integerDigits' | 'scale' | 'length' | null>;
export function readKpiReadingTable(): { description: string; cases: KpiReadingCase[] };
export function expectedProblems(row: KpiReadingCase): [ReadingField, ReadingLabel][];
export function noteOf(row: KpiReadingCase): string | undefined;
