import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expectedProblems, LABEL_FILLS, READING_FIELDS, type KpiReadingTable } from './kpiReadingRows';

export * from './kpiReadingRows';

/**
 * The KPI reading case table (kpi-reading.json): read by the Apex test generator
 * (scripts/apex-cases/kpiReading.ts) and by the reading form's validation test
 * (c/outcomesValidation kpiReadingCases.test.ts), so the form and the Log a KPI Reading action are
 * held to the same rows.
 */

const KPI_READING_TABLE = resolve(__dirname, 'kpi-reading.json');

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
