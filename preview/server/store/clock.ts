import { isCalendarDate } from '../../../core/dates';

export function defaultTimeZone(): string {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** A 'YYYY-MM-DD' override, validated; throws a readable error otherwise. */
export function checkToday(today: string): string {
    if (!isCalendarDate(today)) throw new Error(`"today" must be a calendar date written YYYY-MM-DD, not "${today}"`);
    return today;
}
