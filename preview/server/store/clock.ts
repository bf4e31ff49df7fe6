import { isCalendarDate } from '../../../core/dates';
import { lbcScopedDefault } from '../../build/lbcScopedImports';

/**
 * The preview user's time zone: the value the page's components get for `@salesforce/i18n/timeZone`
 * (the preview build resolves it to the file lightning-base-components ships, see
 * build/plugins/lbcDefaults.ts). The store's "today" and TODAY() are the calendar day in this zone,
 * as an org evaluates them in the running user's zone; taking the machine's zone instead made the
 * server's today and the panels' today differ for part of every day (a reading dated "today" by the
 * form was yesterday for the server between midnight UTC and 08:00 UTC).
 */
export function defaultTimeZone(): string {
    return lbcScopedDefault('@salesforce/i18n/timeZone');
}

/** A 'YYYY-MM-DD' override, validated; throws a readable error otherwise. */
export function checkToday(today: string): string {
    if (!isCalendarDate(today)) throw new Error(`"today" must be a calendar date written YYYY-MM-DD, not "${today}"`);
    return today;
}
