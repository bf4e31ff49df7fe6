/**
 * `?today=YYYY-MM-DD` replays a page as of that day. The server evaluates TODAY() as that day
 * (transport.ts sends the header); this moves the browser's clock as well, so what components
 * work out from `new Date()` themselves (the default check-in date, the "not in the future"
 * check, days overdue) agrees with the server. The clock keeps running, from noon of that day in
 * the user's time zone.
 */

/** Milliseconds to add to the real clock so that it reads noon of `today` in `timeZone`. */
export function offsetToNoonOf(today: string, timeZone: string, now: number): number {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(today);
    if (!match) throw new Error(`?today=${today} is not a date: use YYYY-MM-DD`);
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const noonUtc = Date.UTC(year, month - 1, day, 12);
    // The zone's wall clock at that instant, read back as if it were UTC, gives the zone's offset.
    const parts = Object.fromEntries(
        new Intl.DateTimeFormat('en-US', {
            timeZone,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric'
        })
            .formatToParts(noonUtc)
            .map((p) => [p.type, Number(p.value)])
    );
    const wallAsUtc = Date.UTC(parts.year ?? year, (parts.month ?? month) - 1, parts.day ?? day, parts.hour ?? 12, parts.minute ?? 0);
    return noonUtc - (wallAsUtc - noonUtc) - now;
}

/** Replaces the page's Date with one running `offset` ms ahead (or behind) of the real clock. */
function shiftClock(offset: number): void {
    const RealDate = Date;
    class ShiftedDate extends RealDate {
        constructor(...args: unknown[]) {
            if (args.length === 0) super(RealDate.now() + offset);
            else super(...(args as [string | number | Date]));
        }

        static override now(): number {
            return RealDate.now() + offset;
        }
    }
    globalThis.Date = ShiftedDate as DateConstructor;
}

/** Applies `?today=` from the page URL, if any; returns the day applied. */
export function applyTodayFromUrl(search: string, timeZone: string): string | null {
    const today = new URLSearchParams(search).get('today');
    if (!today) return null;
    shiftClock(offsetToNoonOf(today, timeZone, Date.now()));
    return today;
}
