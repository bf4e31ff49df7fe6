import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isWonStage } from '../metadata/opportunity-stages';

/** The Won_On__c case table (won-on.json): read by the Apex test generator and by the preview store's tests. */

export interface WonOnCase {
    case: string;
    /** Stage before the save; null: inserted. */
    before: string | null;
    after: string;
    /** Days from today; null: blank. */
    wonOnBefore: number | null;
    /** A value the save writes to Won_On__c (days from today); absent: not written. */
    wonOnWritten?: number | null;
    closeDate: number;
    expected: number | null;
}

export interface WonOnTable {
    description: string;
    cases: WonOnCase[];
}

const WON_ON_TABLE = resolve(__dirname, 'won-on.json');

export function readWonOnTable(path = WON_ON_TABLE): WonOnTable {
    const table = JSON.parse(readFileSync(path, 'utf8')) as WonOnTable;
    for (const row of table.cases) {
        for (const stage of [row.before, row.after]) {
            if (stage !== null && isWonStage(stage) === undefined) throw new Error(`${path}: "${row.case}": unknown stage "${stage}"`);
        }
    }
    return table;
}

/**
 * Whether the row's starting state can be reached through the trigger in a test (Won_On__c is set
 * only by the trigger, and only to today): inserts always; updates from a won stage only when
 * Won_On__c was today, from other stages only when it was blank.
 */
export function reachableThroughTrigger(row: WonOnCase): boolean {
    if (row.before === null) return true;
    return isWonStage(row.before) ? row.wonOnBefore === 0 : row.wonOnBefore === null;
}
