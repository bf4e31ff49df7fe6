/**
 * `?today=YYYY-MM-DD` replays a page as of that day. The server evaluates TODAY() as that day
 * (transport.ts sends the header); this moves the browser's clock as well, so what components
 * work out from `new Date()` themselves (the default check-in date, the "not in the future"
 * check, days overdue) agrees with the server. The clock keeps running, from noon of that day in
 * the user's time zone.
 */
import { instantAt, ISO_DATE } from '../../../core/dates';

/** Milliseconds to add to the real clock so that it reads noon of `today` in `timeZone`. */
export function offsetToNoonOf(today: string, timeZone: string, now: number): number {
    if (!ISO_DATE.test(today)) throw new Error(`?today=${today} is not a date: use YYYY-MM-DD`);
    return instantAt(today, 12, timeZone).getTime() - now;
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
