import { literalRange, rangeOf, type DayRange } from '../graphql/dateRanges';
import type { ReportCell, ReportDataType } from '../../shared/reports';

/**
 * Report filter criteria as the org applies them: operators equals, notEqual, lessThan,
 * greaterThan, lessOrEqual, greaterOrEqual, contains, notContain, startsWith, includes, excludes;
 * a comma-separated value list means "any of" (none of, for notEqual and notContain); an empty
 * value means blank; text compares case-insensitively; dates take relative date values
 * (THIS_QUARTER, LAST_N_DAYS:730, N_DAYS_AGO:3) for the running user's today; checkboxes 1/0.
 * booleanFilter ("1 AND (2 OR 3)") combines numbered criteria.
 */

export class ReportFilterError extends Error {}

/** The days a relative date value covers, or undefined when the value is an absolute date. */
export function relativeDateRange(value: string, today: string): DayRange | undefined {
    const v = value.trim().toUpperCase();
    if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return undefined;
    const n = /^([A-Z_]+):(\d+)$/.exec(v);
    try {
        if (n) return rangeOf({ [(n[1] ?? '').toLowerCase()]: Number(n[2]) }, today);
        return literalRange(v, today);
    } catch {
        throw new ReportFilterError(`the preview does not know the relative date value ${value}`);
    }
}

const TRUE_VALUES = new Set(['1', 'true', 'yes']);

function asDate(value: ReportCell['value']): string | undefined {
    return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined;
}

function compareOne(cell: ReportCell, dataType: ReportDataType, operator: string, raw: string, today: string): boolean {
    const blank = cell.value === null || cell.value === '';
    if (raw === '') {
        if (operator === 'equals') return blank;
        if (operator === 'notEqual') return !blank;
        return false;
    }
    if (dataType === 'boolean') {
        const want = TRUE_VALUES.has(raw.toLowerCase());
        const have = cell.value === true;
        return operator === 'notEqual' ? have !== want : operator === 'equals' ? have === want : false;
    }
    if (dataType === 'date' || dataType === 'datetime') {
        const day = asDate(cell.value);
        if (!day) return operator === 'notEqual';
        const range = relativeDateRange(raw, today) ?? { start: raw, end: raw };
        switch (operator) {
            case 'equals':
                return day >= range.start && day <= range.end;
            case 'notEqual':
                return day < range.start || day > range.end;
            case 'lessThan':
                return day < range.start;
            case 'greaterThan':
                return day > range.end;
            case 'lessOrEqual':
                return day <= range.end;
            case 'greaterOrEqual':
                return day >= range.start;
            default:
                throw new ReportFilterError(`operator ${operator} does not apply to dates`);
        }
    }
    if (blank) return operator === 'notEqual' || operator === 'notContain' || operator === 'excludes';
    if (dataType === 'number' || dataType === 'currency' || dataType === 'percent') {
        const have = Number(cell.value);
        const want = Number(raw);
        switch (operator) {
            case 'equals':
                return have === want;
            case 'notEqual':
                return have !== want;
            case 'lessThan':
                return have < want;
            case 'greaterThan':
                return have > want;
            case 'lessOrEqual':
                return have <= want;
            case 'greaterOrEqual':
                return have >= want;
            default:
                throw new ReportFilterError(`operator ${operator} does not apply to numbers`);
        }
    }
    // Text, picklists, lookups (by the record's name, as the org's report filter shows it).
    const have = (dataType === 'reference' ? cell.display : String(cell.value)).toLowerCase();
    const want = raw.toLowerCase();
    const cmp = have.localeCompare(want, 'en-US', { sensitivity: 'base' });
    switch (operator) {
        case 'equals':
            return have === want;
        case 'notEqual':
            return have !== want;
        case 'lessThan':
            return cmp < 0;
        case 'greaterThan':
            return cmp > 0;
        case 'lessOrEqual':
            return cmp <= 0;
        case 'greaterOrEqual':
            return cmp >= 0;
        case 'contains':
            return have.includes(want);
        case 'notContain':
            return !have.includes(want);
        case 'startsWith':
            return have.startsWith(want);
        case 'includes':
            return have.split(';').includes(want);
        case 'excludes':
            return !have.split(';').includes(want);
        default:
            throw new ReportFilterError(`unknown filter operator ${operator}`);
    }
}

/** Whether a cell passes one criterion; a value list is "any of" (for negative operators: "none of"). */
export function cellMatches(cell: ReportCell, dataType: ReportDataType, operator: string, value: string, today: string): boolean {
    const values = value === '' ? [''] : value.split(',').map((v) => v.trim());
    const negative = operator === 'notEqual' || operator === 'notContain' || operator === 'excludes';
    return negative
        ? values.every((v) => compareOne(cell, dataType, operator, v, today))
        : values.some((v) => compareOne(cell, dataType, operator, v, today));
}

/** Evaluates "1 AND (2 OR NOT 3)" over the criteria results (1-based). */
export function evaluateBooleanFilter(expression: string, results: boolean[]): boolean {
    const tokens = expression.match(/\d+|AND|OR|NOT|\(|\)/gi) ?? [];
    let at = 0;
    const peek = (): string => (tokens[at] ?? '').toUpperCase();
    const primary = (): boolean => {
        const t = peek();
        at++;
        if (t === 'NOT') return !primary();
        if (t === '(') {
            const v = or();
            if (peek() !== ')') throw new ReportFilterError(`unbalanced parentheses in filter logic "${expression}"`);
            at++;
            return v;
        }
        const n = Number(t);
        if (!Number.isInteger(n) || n < 1 || n > results.length)
            throw new ReportFilterError(`filter logic "${expression}" names criterion ${t}, which the report does not have`);
        return results[n - 1] ?? false;
    };
    const and = (): boolean => {
        let v = primary();
        while (peek() === 'AND') {
            at++;
            const next = primary();
            v = v && next;
        }
        return v;
    };
    const or = (): boolean => {
        let v = and();
        while (peek() === 'OR') {
            at++;
            const next = and();
            v = v || next;
        }
        return v;
    };
    const value = or();
    if (at !== tokens.length) throw new ReportFilterError(`cannot read filter logic "${expression}"`);
    return value;
}

/** Standard date filter intervals (timeFrameFilter) as relative date values. */
const INTERVALS: Record<string, string> = {
    INTERVAL_TODAY: 'TODAY',
    INTERVAL_YESTERDAY: 'YESTERDAY',
    INTERVAL_TOMORROW: 'TOMORROW',
    INTERVAL_LASTWEEK: 'LAST_WEEK',
    INTERVAL_THISWEEK: 'THIS_WEEK',
    INTERVAL_NEXTWEEK: 'NEXT_WEEK',
    INTERVAL_LASTMONTH: 'LAST_MONTH',
    INTERVAL_THISMONTH: 'THIS_MONTH',
    INTERVAL_NEXTMONTH: 'NEXT_MONTH',
    INTERVAL_CURRENTQ: 'THIS_QUARTER',
    INTERVAL_PREVQ: 'LAST_QUARTER',
    INTERVAL_NEXTQ: 'NEXT_QUARTER',
    INTERVAL_CURRENT: 'THIS_FISCAL_QUARTER',
    INTERVAL_PREV1: 'LAST_FISCAL_QUARTER',
    INTERVAL_NEXT1: 'NEXT_FISCAL_QUARTER',
    INTERVAL_CURY: 'THIS_YEAR',
    INTERVAL_PREVY: 'LAST_YEAR',
    INTERVAL_NEXTY: 'NEXT_YEAR',
    INTERVAL_CURFY: 'THIS_FISCAL_YEAR',
    INTERVAL_PREVFY: 'LAST_FISCAL_YEAR',
    INTERVAL_NEXTFY: 'NEXT_FISCAL_YEAR',
    INTERVAL_LAST7: 'LAST_N_DAYS:7',
    INTERVAL_LAST30: 'LAST_N_DAYS:30',
    INTERVAL_LAST60: 'LAST_N_DAYS:60',
    INTERVAL_LAST90: 'LAST_N_DAYS:90',
    INTERVAL_LAST120: 'LAST_N_DAYS:120',
    INTERVAL_NEXT7: 'NEXT_N_DAYS:7',
    INTERVAL_NEXT30: 'NEXT_N_DAYS:30',
    INTERVAL_NEXT60: 'NEXT_N_DAYS:60',
    INTERVAL_NEXT90: 'NEXT_N_DAYS:90',
    INTERVAL_NEXT120: 'NEXT_N_DAYS:120'
};

/** The days a report's standard date filter keeps, undefined for "all time" (INTERVAL_CUSTOM without dates). */
export function timeFrameRange(
    timeFrame: { interval: string; startDate?: string; endDate?: string },
    today: string
): { start?: string; end?: string } | undefined {
    if (timeFrame.interval === 'INTERVAL_CUSTOM') {
        if (!timeFrame.startDate && !timeFrame.endDate) return undefined;
        return { start: timeFrame.startDate, end: timeFrame.endDate };
    }
    const literal = INTERVALS[timeFrame.interval];
    if (!literal) throw new ReportFilterError(`the preview does not apply the date filter interval ${timeFrame.interval}`);
    return relativeDateRange(literal, today);
}
