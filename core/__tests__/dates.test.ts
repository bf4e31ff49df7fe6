import { addDays, daysBetween, epochDayOf, isCalendarDate, isoOfEpochDay, normaliseDateTime, todayIn, utcToday } from '../dates';

describe('core/dates', () => {
    it('adds whole days across month, year and leap-day boundaries', () => {
        expect(addDays('2026-06-15', -1)).toBe('2026-06-14');
        expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
        expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
        expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
        expect(() => addDays('2026-02-30', 1)).toThrow('not a date (YYYY-MM-DD): 2026-02-30');
    });

    it('counts days between calendar dates and round-trips epoch days', () => {
        expect(daysBetween('2026-01-01', '2026-03-01')).toBe(59);
        expect(daysBetween('2026-03-01', '2026-01-01')).toBe(-59);
        expect(epochDayOf('1970-01-02')).toBe(1);
        expect(isoOfEpochDay(epochDayOf('2026-12-07') ?? NaN)).toBe('2026-12-07');
    });

    it('accepts real calendar dates only', () => {
        expect(isCalendarDate('2028-02-29')).toBe(true);
        expect(isCalendarDate('2027-02-29')).toBe(false);
        expect(isCalendarDate('2026-1-01')).toBe(false);
        expect(isCalendarDate('2026-01-01T00:00:00Z')).toBe(false);
    });

    it('normalises zoned date-times to UTC milliseconds and refuses zone-less ones', () => {
        expect(normaliseDateTime('2026-12-07T09:30+0100')).toBe('2026-12-07T08:30:00.000Z');
        expect(normaliseDateTime('2026-12-07T09:30:00.123456789Z')).toBe('2026-12-07T09:30:00.123Z');
        expect(normaliseDateTime('2026-12-07T09:30:00')).toBeUndefined();
    });

    it('tells the calendar day in a time zone and in UTC', () => {
        const at = new Date('2026-12-07T23:30:00Z');
        expect(todayIn('UTC', at)).toBe('2026-12-07');
        expect(todayIn('Europe/Berlin', at)).toBe('2026-12-08');
        expect(todayIn('America/Los_Angeles', at)).toBe('2026-12-07');
        expect(utcToday(at)).toBe('2026-12-07');
    });
});
