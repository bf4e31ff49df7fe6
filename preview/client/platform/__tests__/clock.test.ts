import { applyTodayFromUrl, offsetToNoonOf } from '../clock';

/** The calendar day a clock reads in a time zone. */
function dayIn(timeZone: string, at: number): string {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

describe('?today= moves the browser clock', () => {
    const now = Date.UTC(2026, 10, 23, 19, 30);

    it.each(['America/Los_Angeles', 'Pacific/Auckland', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC'])(
        'to noon of that day in %s (any zone, either side of UTC)',
        (zone) => {
            const at = now + offsetToNoonOf('2027-01-06', zone, now);
            expect(dayIn(zone, at)).toBe('2027-01-06');
            expect(new Intl.DateTimeFormat('en-US', { timeZone: zone, hour: 'numeric', hourCycle: 'h23' }).format(at)).toBe('12');
        }
    );

    it('across a daylight-saving change', () => {
        const at = now + offsetToNoonOf('2026-03-08', 'America/Los_Angeles', now);
        expect(dayIn('America/Los_Angeles', at)).toBe('2026-03-08');
    });

    it('refuses something that is not a date, saying what it wants', () => {
        expect(() => offsetToNoonOf('tomorrow', 'UTC', now)).toThrow('?today=tomorrow is not a date: use YYYY-MM-DD');
    });

    it('leaves the clock alone without ?today=, and keeps it running with it', () => {
        const RealDate = Date;
        try {
            expect(applyTodayFromUrl('?x=1', 'UTC')).toBeNull();
            expect(Date).toBe(RealDate);
            expect(applyTodayFromUrl('?today=2030-05-17', 'UTC')).toBe('2030-05-17');
            expect(new Date().toISOString().slice(0, 10)).toBe('2030-05-17');
            expect(Date.now()).toBeGreaterThan(RealDate.UTC(2030, 4, 17, 11, 59));
            expect(new Date('2020-01-02T00:00:00Z').toISOString()).toBe('2020-01-02T00:00:00.000Z');
        } finally {
            globalThis.Date = RealDate;
        }
    });
});
