import { isCalendarDate } from './fieldChecks';

/** The running user's calendar day: TODAY() in formulas and the base of the sample's relative dates. */
export function todayIn(timeZone: string, at: Date = new Date()): string {
    const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at);
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
