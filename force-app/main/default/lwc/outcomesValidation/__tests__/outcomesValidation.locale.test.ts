import '#test/jest/installLabels';
import { formatForInput } from 'c/outcomesFormat';
import { COST_NUMBER, KPI_NUMBER, parseDecimal } from 'c/outcomesValidation';

/**
 * Thousand separators follow the user's Salesforce locale (@salesforce/i18n/locale), not the
 * browser's: here a German user, who groups with "." and writes decimals with ",". The same text
 * means another number in en-US (see outcomesValidation.test.ts), so nothing is guessed.
 */
jest.mock('@salesforce/i18n/locale', () => ({ __esModule: true, default: 'de-DE' }), { virtual: true });

describe('parseDecimal in de-DE', () => {
    it.each([
        ['1.234,5', 1234.5],
        ['1.234.567,89', 1234567.89],
        ['12,5', 12.5],
        ['-0,25', -0.25],
        ['1234', 1234]
    ])('reads %p as %p', (text, value) => {
        expect(parseDecimal(text, KPI_NUMBER)).toEqual({ ok: true, value });
    });

    it.each(['1,234.5', '1.23', '12.5'])('refuses the en-US way of writing %p rather than reading another number', (text) => {
        // The message's example is written the German way too.
        expect(parseDecimal(text, KPI_NUMBER)).toEqual({ ok: false, message: 'Enter a number, such as 42 or 3,5.' });
    });

    it('reads back what the form puts in an input for editing', () => {
        expect(formatForInput(1234.5678)).toBe('1234,5678');
        expect(parseDecimal(formatForInput(1234.5678), KPI_NUMBER)).toEqual({ ok: true, value: 1234.5678 });
        expect(parseDecimal('1.234,567', COST_NUMBER)).toEqual({ ok: false, message: 'Use at most 2 decimal places.' });
    });
});
