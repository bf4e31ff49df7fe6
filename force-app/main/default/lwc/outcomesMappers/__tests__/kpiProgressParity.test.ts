import '#test/jest/installLabels';
import { evaluate, readKpiProgressTable } from '#test/jest/formulas';
import { kpiProgress } from 'c/outcomesMappers';
import type { KpiRecord } from 'c/outcomesMappers';

/**
 * kpiProgress shows Progress__c's value when the user can read it; only when Progress__c is left
 * out of the response (no field access) does it work the same formula out from the figures. That
 * copy must agree with the formula in the field XML (tools/formula) on every row of the truth table
 * (core/cases/kpi-progress.json) and on a grid of further figures, including negative halves.
 */

function formula(row: { direction: string; baseline: number | null; target: number | null; current: number | null }): unknown {
    const record = {
        Direction__c: row.direction,
        Baseline_Value__c: row.baseline,
        Target_Value__c: row.target,
        Current_Value__c: row.current
    };
    return evaluate('Customer_KPI__c', 'Progress__c', record);
}

/** A KPI record as GraphQL gives it when Progress__c is unreadable (the field is absent). */
function withoutProgress(row: { direction: string; baseline: number | null; target: number | null; current: number | null }): KpiRecord {
    return {
        Id: 'a01000000000001AAA',
        Direction__c: { value: row.direction },
        Baseline_Value__c: { value: row.baseline },
        Target_Value__c: { value: row.target },
        Current_Value__c: { value: row.current }
    };
}

describe('kpiProgress without Progress__c equals the Progress__c formula', () => {
    it.each(readKpiProgressTable().cases.map((row) => [row.case, row]))('truth table: %s', (_case, row) => {
        expect(formula(row)).toBe(row.progress);
        expect(kpiProgress(withoutProgress(row))).toBe(row.progress);
    });

    const values = [null, -10, -1, 0, 1, 2, 3, 7, 8, 0.1, 0.4, 100];
    const grid = values.flatMap((baseline) =>
        values.flatMap((target) => [null, -1, 0, 1, 2.5, 5, 9].map((current) => ({ direction: 'Increase', baseline, target, current })))
    );

    it(`a grid of ${grid.length} further figures`, () => {
        const differing = grid.filter((row) => {
            const expected = formula(row);
            const actual = kpiProgress(withoutProgress(row));
            // -0 and 0 are one value on the page.
            return !(expected === actual || (expected === 0 && actual === 0));
        });
        expect(differing.map((row) => ({ ...row, formula: formula(row), kpiProgress: kpiProgress(withoutProgress(row)) }))).toEqual([]);
    });

    it('shows Progress__c itself when the user can read it', () => {
        const record = { ...withoutProgress({ direction: 'Increase', baseline: 0, target: 10, current: 5 }), Progress__c: { value: 12.3 } };
        expect(kpiProgress(record)).toBe(12.3);
    });
});
