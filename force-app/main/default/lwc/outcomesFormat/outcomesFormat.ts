/**
 * Formatting shared by the Customer Outcomes components: label placeholders, numbers with their
 * unit, percentages and dates, in the user's Salesforce locale and time zone (not the browser's).
 */
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';

/** Fills {0}, {1}, ... in a label. Arguments are text, never markup: templates render them as text. */
export function formatLabel(template: string, ...args: (string | number)[]): string {
    return template.replace(/\{(\d+)\}/g, (match, index: string) => {
        const arg = args[Number(index)];
        return arg === undefined ? match : String(arg);
    });
}

function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
    try {
        return new Intl.NumberFormat(LOCALE, options);
    } catch {
        // A Salesforce locale the browser's Intl does not know: fall back rather than fail the panel.
        return new Intl.NumberFormat(undefined, options);
    }
}

/** A KPI figure in the user's locale, up to the fields' 4 decimals. */
export function formatNumber(value: number): string {
    return numberFormat({ maximumFractionDigits: 4 }).format(value);
}

/** "40 days", "62%", "11.5 USD"; the number alone when there is no unit. */
export function formatWithUnit(value: number, unit: string | null | undefined): string {
    const number = formatNumber(value);
    const u = (unit ?? '').trim();
    if (!u) return number;
    return u === '%' ? `${number}%` : `${number} ${u}`;
}

/** "a baseline, a target and a reading": parts joined as the user's locale joins a list. */
export function formatList(parts: string[]): string {
    try {
        return new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(parts);
    } catch {
        return parts.join(', ');
    }
}

/** A number as a user types it back into a text input: locale decimal separator, no grouping. */
export function formatForInput(value: number | null | undefined): string {
    if (value === null || value === undefined) return '';
    return numberFormat({ maximumFractionDigits: 4, useGrouping: false }).format(value);
}

/** A baseline in a sentence ("from 60 to 40 days"): the unit is said once, except for percentages. */
export function formatBaseline(value: number, unit: string | null | undefined): string {
    return (unit ?? '').trim() === '%' ? formatWithUnit(value, unit) : formatNumber(value);
}

/** A percentage figure (75 means 75 %), at most one decimal, without the % sign. */
export function formatPercentFigure(value: number): string {
    return numberFormat({ maximumFractionDigits: 1 }).format(value);
}

/** Today in the user's time zone, YYYY-MM-DD: what TODAY() means to the org's validation rules. */
export function todayIso(now: Date = new Date()): string {
    const parts = (timeZone: string | undefined): Intl.DateTimeFormatPart[] =>
        new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
    let list: Intl.DateTimeFormatPart[];
    try {
        list = parts(TIME_ZONE);
    } catch {
        list = parts(undefined);
    }
    const part = (type: string): string => list.find((p) => p.type === type)?.value ?? '';
    return `${part('year')}-${part('month')}-${part('day')}`;
}

/** A YYYY-MM-DD date in the user's locale, for dates the query did not give a displayValue for. */
export function formatDate(iso: string | null | undefined): string {
    if (!iso) return '';
    const date = new Date(`${iso}T00:00:00Z`);
    if (Number.isNaN(date.getTime())) return iso;
    try {
        return new Intl.DateTimeFormat(LOCALE, { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' }).format(date);
    } catch {
        return iso;
    }
}

/** The text of an error of any shape (GraphQL error, fetch failure, UI API body). */
export function errorMessage(error: unknown): string {
    if (!error) return '';
    if (typeof error === 'string') return error;
    if (Array.isArray(error)) return error.map(errorMessage).filter(Boolean).join(' ');
    if (typeof error === 'object') {
        const body: unknown = Reflect.get(error, 'body');
        const bodyMessage: unknown = body && typeof body === 'object' ? Reflect.get(body, 'message') : undefined;
        if (typeof bodyMessage === 'string') return bodyMessage;
        const message: unknown = Reflect.get(error, 'message');
        if (typeof message === 'string') return message;
    }
    return '';
}

/** Whole days from one YYYY-MM-DD date to another (negative when `to` is earlier); null if either is not a date. */
export function daysBetween(from: string | null | undefined, to: string | null | undefined): number | null {
    const start = from ? Date.parse(`${from}T00:00:00Z`) : NaN;
    const end = to ? Date.parse(`${to}T00:00:00Z`) : NaN;
    if (Number.isNaN(start) || Number.isNaN(end)) return null;
    return Math.round((end - start) / 86400000);
}
