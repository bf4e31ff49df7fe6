import { DAY_MS, isoOfEpochDay } from '../../../core/dates';
/**
 * Relative date literals and ranges of the GraphQL filter (`{ literal: THIS_WEEK }`,
 * `{ range: { last_n_days: 30 } }`) as SOQL defines them, for an en_US user (weeks start on
 * Sunday) in an org whose fiscal year is the calendar year (the default).
 */

export interface DayRange {
    /** Inclusive 'YYYY-MM-DD' bounds. */
    start: string;
    end: string;
}

const toDays = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const fromDays = isoOfEpochDay;

function parts(iso: string): { y: number; m: number; d: number } {
    const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
    return { y, m, d };
}

const monthStart = (y: number, m: number): string => fromDays(Date.UTC(y, m - 1, 1) / DAY_MS);
const monthEnd = (y: number, m: number): string => fromDays(Date.UTC(y, m, 0) / DAY_MS);

function weekRange(today: string, offset: number): DayRange {
    const t = toDays(today);
    const dow = new Date(t * DAY_MS).getUTCDay();
    const start = t - dow + offset * 7;
    return { start: fromDays(start), end: fromDays(start + 6) };
}

function monthRange(today: string, offset: number, months = 1): DayRange {
    const { y, m } = parts(today);
    const first = new Date(Date.UTC(y, m - 1 + offset, 1));
    const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + months, 0));
    return {
        start: monthStart(first.getUTCFullYear(), first.getUTCMonth() + 1),
        end: monthEnd(last.getUTCFullYear(), last.getUTCMonth() + 1)
    };
}

function quarterRange(today: string, offset: number, quarters = 1): DayRange {
    const { y, m } = parts(today);
    const startMonthIndex = Math.floor((m - 1) / 3) * 3 + offset * 3;
    const first = new Date(Date.UTC(y, startMonthIndex, 1));
    return monthRange(first.toISOString().slice(0, 10), 0, quarters * 3);
}

function yearRange(today: string, offset: number, years = 1): DayRange {
    const { y } = parts(today);
    return { start: `${String(y + offset).padStart(4, '0')}-01-01`, end: `${String(y + offset + years - 1).padStart(4, '0')}-12-31` };
}

export function literalRange(literal: string, today: string): DayRange {
    const t = toDays(today);
    switch (literal) {
        case 'YESTERDAY':
            return { start: fromDays(t - 1), end: fromDays(t - 1) };
        case 'TODAY':
            return { start: today, end: today };
        case 'TOMORROW':
            return { start: fromDays(t + 1), end: fromDays(t + 1) };
        case 'LAST_WEEK':
            return weekRange(today, -1);
        case 'THIS_WEEK':
            return weekRange(today, 0);
        case 'NEXT_WEEK':
            return weekRange(today, 1);
        case 'LAST_MONTH':
            return monthRange(today, -1);
        case 'THIS_MONTH':
            return monthRange(today, 0);
        case 'NEXT_MONTH':
            return monthRange(today, 1);
        case 'LAST_90_DAYS':
            return { start: fromDays(t - 90), end: today };
        case 'NEXT_90_DAYS':
            return { start: fromDays(t + 1), end: fromDays(t + 90) };
        case 'LAST_QUARTER':
        case 'LAST_FISCAL_QUARTER':
            return quarterRange(today, -1);
        case 'THIS_QUARTER':
        case 'THIS_FISCAL_QUARTER':
            return quarterRange(today, 0);
        case 'NEXT_QUARTER':
        case 'NEXT_FISCAL_QUARTER':
            return quarterRange(today, 1);
        case 'LAST_YEAR':
        case 'LAST_FISCAL_YEAR':
            return yearRange(today, -1);
        case 'THIS_YEAR':
        case 'THIS_FISCAL_YEAR':
            return yearRange(today, 0);
        case 'NEXT_YEAR':
        case 'NEXT_FISCAL_YEAR':
            return yearRange(today, 1);
        default:
            throw new Error(`Unknown date literal ${literal}`);
    }
}

/** `{ last_n_days: 30 }` → the days it covers (one unit per input, as SOQL's N-literals). */
export function rangeOf(range: Record<string, unknown>, today: string): DayRange {
    const entries = Object.entries(range).filter(([, n]) => typeof n === 'number');
    if (entries.length !== 1) throw new Error('A date range names exactly one unit, e.g. { last_n_days: 30 }');
    const [unit = '', raw] = entries[0] ?? [];
    const n = Number(raw);
    const t = toDays(today);
    const unitOf = unit.replace('fiscal_', '');
    switch (unitOf) {
        case 'last_n_days':
            return { start: fromDays(t - n), end: today };
        case 'next_n_days':
            return { start: fromDays(t + 1), end: fromDays(t + n) };
        case 'n_days_ago':
            return { start: fromDays(t - n), end: fromDays(t - n) };
        case 'last_n_weeks':
            return { start: weekRange(today, -n).start, end: weekRange(today, -1).end };
        case 'next_n_weeks':
            return { start: weekRange(today, 1).start, end: weekRange(today, n).end };
        case 'n_weeks_ago':
            return weekRange(today, -n);
        case 'last_n_months':
            return { start: monthRange(today, -n).start, end: monthRange(today, -1).end };
        case 'next_n_months':
            return { start: monthRange(today, 1).start, end: monthRange(today, n).end };
        case 'n_months_ago':
            return monthRange(today, -n);
        case 'last_n_quarters':
            return { start: quarterRange(today, -n).start, end: quarterRange(today, -1).end };
        case 'next_n_quarters':
            return { start: quarterRange(today, 1).start, end: quarterRange(today, n).end };
        case 'n_quarters_ago':
            return quarterRange(today, -n);
        case 'last_n_years':
            return { start: yearRange(today, -n).start, end: yearRange(today, -1).end };
        case 'next_n_years':
            return { start: yearRange(today, 1).start, end: yearRange(today, n).end };
        case 'n_years_ago':
            return yearRange(today, -n);
        default:
            throw new Error(`Unknown date range unit ${unit}`);
    }
}
