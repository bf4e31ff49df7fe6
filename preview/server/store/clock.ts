import { isCalendarDate } from './fieldChecks';

/**
 * One formatter per time zone: constructing an Intl.DateTimeFormat costs ~0.1 ms, and every write
 * asks for today (it was most of the time a bulk load took).
 */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(timeZone: string): Intl.DateTimeFormat {
    let format = dayFormats.get(timeZone);
    if (!format) {
        format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
        dayFormats.set(timeZone, format);
    }
    return format;
}

/** The running user's calendar day: TODAY() in formulas and the base of the sample's relative dates. */
export function todayIn(timeZone: string, at: Date = new Date()): string {
    const parts = dayFormat(timeZone).formatToParts(at);
    const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
    return `${part('year')}-${part('month')}-${part('day')}`;
}

export function defaultTimeZone(): string {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** A 'YYYY-MM-DD' override, validated; throws a readable error otherwise. */
export function checkToday(today: string): string {
    if (!isCalendarDate(today)) throw new Error(`"today" must be a calendar date written YYYY-MM-DD, not "${today}"`);
    return today;
}
