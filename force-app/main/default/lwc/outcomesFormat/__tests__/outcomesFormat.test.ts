import {
    errorMessage,
    formatBaseline,
    formatDate,
    formatForInput,
    formatLabel,
    formatPercentFigure,
    formatWithUnit,
    todayIso
} from 'c/outcomesFormat';

describe('outcomesFormat', () => {
    it('fills label placeholders and leaves unknown ones', () => {
        expect(formatLabel('{0} of {1} KPIs', 2, 5)).toBe('2 of 5 KPIs');
        expect(formatLabel('Ask {0} ({1})', 'Dana Lee')).toBe('Ask Dana Lee ({1})');
        expect(formatLabel('{0}', '$1 and $&')).toBe('$1 and $&');
    });

    it('writes figures with their unit in the user locale', () => {
        expect(formatWithUnit(1234.5, 'days')).toBe('1,234.5 days');
        expect(formatWithUnit(62, '%')).toBe('62%');
        expect(formatWithUnit(11.5, '')).toBe('11.5');
        expect(formatBaseline(60, 'days')).toBe('60');
        expect(formatBaseline(62, '%')).toBe('62%');
        expect(formatPercentFigure(66.66)).toBe('66.7');
    });

    it('writes a number back into an input without grouping', () => {
        expect(formatForInput(250000)).toBe('250000');
        expect(formatForInput(4.5)).toBe('4.5');
        expect(formatForInput(null)).toBe('');
    });

    it('says what today is in the user time zone, not the browser one', () => {
        // 06:30 UTC on 2 March is still 1 March in Los Angeles (the user time zone in tests).
        expect(todayIso(new Date('2026-03-02T06:30:00Z'))).toBe('2026-03-01');
        expect(todayIso(new Date('2026-03-02T12:00:00Z'))).toBe('2026-03-02');
    });

    it('formats dates without shifting them by a time zone', () => {
        expect(formatDate('2026-01-01')).toBe('1/1/2026');
        expect(formatDate(null)).toBe('');
    });

    it('reads a message from any error shape', () => {
        expect(errorMessage([{ message: 'a' }, { message: 'b' }])).toBe('a b');
        expect(errorMessage({ body: { message: 'from UI API' } })).toBe('from UI API');
        expect(errorMessage(new Error('network down'))).toBe('network down');
        expect(errorMessage(undefined)).toBe('');
    });
});
