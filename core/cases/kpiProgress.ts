import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The Progress__c truth table (kpi-progress.json): read by the formula's data-model test and by kpiProgress's parity test. */

interface KpiProgressCase {
    case: string;
    direction: string;
    baseline: number | null;
    target: number | null;
    current: number | null;
    /** Percent, one decimal place; null: blank. */
    progress: number | null;
}

export interface KpiProgressTable {
    description: string;
    cases: KpiProgressCase[];
}

export function readKpiProgressTable(path = resolve(__dirname, 'kpi-progress.json')): KpiProgressTable {
    return JSON.parse(readFileSync(path, 'utf8')) as KpiProgressTable;
}
