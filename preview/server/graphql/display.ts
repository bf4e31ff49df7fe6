import type { FieldMeta } from '../store/objectMeta';
import type { FieldValue } from '../../../core/records';

/**
 * displayValue as the org's UI API fills it for an en_US user: picklist labels, currency with
 * symbol and the field's decimals ("$148,000.00"), percent with the field's decimals ("75.0%"),
 * dates "6/15/2026", date-times "6/15/2026, 3:04 PM" in the user's time zone. Plain text,
 * numbers, checkboxes and ids have no display value (null), as in the org.
 */

export interface DisplayOptions {
    timeZone: string;
    currencyIsoCode: string;
    locale: string;
}

const DATE_FORMAT = 'M/d/yyyy';
const DATETIME_FORMAT = 'M/d/yyyy, h:mm a';

function formatDate(value: string): string {
    const [y, m, d] = value.split('-').map(Number);
    return `${m}/${d}/${y}`;
}

function formatDateTime(value: string, options: DisplayOptions): string {
    const parts = new Intl.DateTimeFormat('en-US', {
        timeZone: options.timeZone,
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        hour12: true
    }).formatToParts(new Date(value));
    const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
    return `${part('month')}/${part('day')}/${part('year')}, ${part('hour')}:${part('minute')} ${part('dayPeriod').toUpperCase()}`;
}

export function displayValue(field: FieldMeta, value: FieldValue, options: DisplayOptions): string | null {
    if (value === null || value === undefined) return null;
    switch (field.dataType) {
        case 'Picklist':
        case 'MultiPicklist':
            return String(value);
        case 'Currency': {
            const digits = field.scale ?? 2;
            return new Intl.NumberFormat(options.locale, {
                style: 'currency',
                currency: options.currencyIsoCode,
                minimumFractionDigits: digits,
                maximumFractionDigits: digits
            }).format(Number(value));
        }
        case 'Percent': {
            const digits = field.scale ?? 0;
            return `${new Intl.NumberFormat(options.locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(Number(value))}%`;
        }
        case 'Date':
            return formatDate(String(value));
        case 'DateTime':
            return formatDateTime(String(value), options);
        default:
            return null;
    }
}

export function displayFormat(field: FieldMeta): string | null {
    if (field.dataType === 'Date') return DATE_FORMAT;
    if (field.dataType === 'DateTime') return DATETIME_FORMAT;
    return null;
}
