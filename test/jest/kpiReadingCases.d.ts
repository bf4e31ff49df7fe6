/** Types of test/jest/kpiReadingCases.js: the rows' module itself (no Node types), and the reader's signature. */
import type { KpiReadingTable } from '../../core/cases/kpiReadingRows';

export { expectedProblems, LABEL_FILLS, noteOf } from '../../core/cases/kpiReadingRows';
export type { KpiReadingCase, ReadingField, ReadingLabel } from '../../core/cases/kpiReadingRows';
export function readKpiReadingTable(): KpiReadingTable;
