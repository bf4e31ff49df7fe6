/**
 * The one dates module of the tooling: calendar days written as the org writes Date fields
 * ('YYYY-MM-DD', UTC calendar arithmetic, no time zone), date-times as ISO 8601 with a zone, and
 * the running user's day in a time zone. Formula evaluator, preview store and GraphQL filters,
 * data generators, verifier and tests read dates through it.
 */

export const DAY_MS = 86_400_000;

/** A calendar date: 2026-12-07. */
export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/**
 * A date-time with its zone, as the org accepts and returns them: 2026-12-07T09:30Z,
 * 2026-12-07T09:30:00.000+01:00 (fractions of a second up to nanoseconds).
 */
export const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;
/** A date-time without a zone (2026-12-07T09:30:00): sample data may write one; it is read in the user's zone. */
export const ISO_LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?$/;

/** Days since 1970-01-01 of a real calendar date 'YYYY-MM-DD'; undefined for anything else (2026-02-30 too). */
export function epochDayOf(iso: string): number | undefined {
    const m = ISO_DATE.exec(iso);
    if (!m) return undefined;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const ms = Date.UTC(y, mo - 1, d);
    const check = new Date(ms);
    if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return undefined;
    return ms / DAY_MS;
}

/** 'YYYY-MM-DD' of a day count since 1970-01-01. */
export function isoOfEpochDay(days: number): string {
    return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

/** Whether a string is a real calendar date 'YYYY-MM-DD'. */
export function isCalendarDate(value: string): boolean {
    return epochDayOf(value) !== undefined;
}

/** 'YYYY-MM-DD' plus (or minus) whole days; throws on a string that is not a calendar date. */
export function addDays(iso: string, days: number): string {
    const day = epochDayOf(iso);
    if (day === undefined) throw new Error(`not a date (YYYY-MM-DD): ${iso}`);
    return isoOfEpochDay(day + days);
}

/** Whole days from one calendar date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
    return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Today's UTC calendar date. */
export function utcToday(now: Date = new Date()): string {
    return now.toISOString().slice(0, 10);
}

/** A zoned date-time as the org stores it (UTC, milliseconds: 2026-12-07T08:30:00.000Z); undefined when not one. */
export function normaliseDateTime(value: string): string | undefined {
    if (!ISO_DATE_TIME.test(value)) return undefined;
    const ms = Date.parse(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** One formatter per time zone: constructing an Intl.DateTimeFormat costs ~0.1 ms, and every store write asks for today. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day in a time zone at an instant: TODAY() for a user in that zone. */
export function todayIn(timeZone: string, at: Date = new Date()): string {
    let format = dayFormats.get(timeZone);
    if (!format) {
        format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
        dayFormats.set(timeZone, format);
    }
    const parts = format.formatToParts(at);
    const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
    return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * The instant a wall-clock hour of a calendar day falls at in a time zone: when the daily job,
 * scheduled for that hour, runs on that day. The zone's offset is read at the naive UTC instant
 * and read again at the result, which settles it on either side of a daylight-saving change (an
 * hour a change skips falls an hour later, as a scheduler fires it).
 */
export function instantAt(day: string, hour: number, timeZone: string): Date {
    const match = ISO_DATE.exec(day);
    if (!match) throw new Error(`"${day}" is not a calendar date written YYYY-MM-DD`);
    const naive = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), hour);
    const first = naive - offsetAt(naive, timeZone);
    return new Date(naive - offsetAt(first, timeZone));
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at an instant, in ms (its wall clock read back as if UTC, minus the instant). */
function offsetAt(instant: number, timeZone: string): number {
    let format = offsetFormats.get(timeZone);
    if (!format) {
        format = new Intl.DateTimeFormat('en-US', {
            timeZone,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric'
        });
        offsetFormats.set(timeZone, format);
    }
    const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, Number(p.value)]));
    const wall = Date.UTC(parts.year ?? 0, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
    return wall - Math.floor(instant / 1000) * 1000;
}
