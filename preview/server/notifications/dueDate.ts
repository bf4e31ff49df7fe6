import { ISO_DATE } from '../../../core/dates';
import { lbcScopedDefault } from '../../build/lbcScopedImports';

/**
 * The due date as the job writes it into a notification: Apex `Date.format()`, the date in the
 * running user's locale (en_US: 6/25/2026). The preview's user locale is the one the page's
 * components get for `@salesforce/i18n/locale` (the file lightning-base-components ships, as
 * store/clock.ts reads the time zone), so the bell and the pages write dates alike.
 */
let format: Intl.DateTimeFormat | undefined;

/** A YYYY-MM-DD date as Date.format() writes it in the preview user's locale. */
export function formatDueDate(iso: string): string {
    const match = ISO_DATE.exec(iso);
    if (!match) throw new Error(`"${iso}" is not a calendar date written YYYY-MM-DD`);
    format ??= new Intl.DateTimeFormat(lbcScopedDefault('@salesforce/i18n/locale'), {
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        timeZone: 'UTC'
    });
    return format.format(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}
