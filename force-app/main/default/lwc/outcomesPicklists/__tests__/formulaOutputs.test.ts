import '#test/jest/installLabels';
import { formulaOutputs } from '#test/jest/formulas';
import { FOLLOW_UP, KPI_STATUS, followUpWords, kpiStatusWords } from 'c/outcomesPicklists';
import { SUMMARY_STATUSES } from 'c/outcomesMappers';

/**
 * The status words are keyed by the text a formula field returns. The keys must be exactly the
 * formula's literal results, read from the formula text in the field XML: a formula that gains,
 * loses or rewords an output fails here instead of showing the fallback words.
 */

describe('status words cover exactly the formula fields’ outputs', () => {
    it('KPI_Status__c', () => {
        const expected = formulaOutputs('Customer_KPI__c', 'KPI_Status__c');
        expect(expected.length).toBeGreaterThan(3);
        expect(Object.keys(KPI_STATUS).sort()).toEqual(expected);
        expect([...SUMMARY_STATUSES].sort()).toEqual(expected);
        // Each output has words of its own (none falls back to another's).
        expect(new Set(expected.map((s) => kpiStatusWords(s).label)).size).toBe(expected.length);
    });

    it('Follow_Up_Status__c', () => {
        const expected = formulaOutputs('Opportunity', 'Follow_Up_Status__c');
        expect(expected.length).toBeGreaterThan(3);
        expect(Object.keys(FOLLOW_UP).sort()).toEqual(expected);
        expect(new Set(expected.map((s) => followUpWords(s).label)).size).toBe(expected.length);
    });
});
