import { round } from '../../../tools/formula/decimal';
import { isCalendarDate, normaliseDateTime } from '../../../core/dates';
import { toId18 } from './ids';
import type { FieldMeta } from './objectMeta';
import type { FieldError, FieldValue } from '../../../core/records';

/**
 * One written value checked and normalised against its field's definition, with the org's error
 * codes and message shapes ("Unit: data value too large: ... (max length=20)"). Reference
 * existence and cross-field rules are the write pipeline's job.
 */

export type Checked = { ok: true; value: FieldValue } | { ok: false; error: FieldError };

const ok = (value: FieldValue): Checked => ({ ok: true, value });
const fail = (field: FieldMeta, errorCode: string, message: string): Checked => ({
    ok: false,
    error: { field: field.apiName, errorCode, message: `${field.label}: ${message}` }
});

const TIME = /^(\d{2}):(\d{2})(:(\d{2})(\.\d{1,3})?)?Z?$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function shown(raw: unknown): string {
    const text = typeof raw === 'string' ? raw : JSON.stringify(raw);
    return text.length > 100 ? `${text.slice(0, 100)}...` : text;
}

function checkText(field: FieldMeta, raw: unknown): Checked {
    if (typeof raw !== 'string' && typeof raw !== 'number' && typeof raw !== 'boolean') {
        return fail(field, 'INVALID_TYPE_ON_FIELD_IN_RECORD', `value not of required type: ${shown(raw)}`);
    }
    const value = String(raw);
    // The platform stores an empty string as blank.
    if (value === '') return ok(null);
    if (field.length !== undefined && [...value].length > field.length) {
        return fail(field, 'STRING_TOO_LONG', `data value too large: ${shown(value)} (max length=${field.length})`);
    }
    if (field.dataType === 'Email' && !EMAIL.test(value))
        return fail(field, 'INVALID_EMAIL_ADDRESS', `invalid email address: ${shown(value)}`);
    if (field.picklist && (field.dataType === 'Picklist' || field.dataType === 'MultiPicklist')) return checkPicklist(field, value);
    return ok(value);
}

function checkPicklist(field: FieldMeta, value: string): Checked {
    const picklist = field.picklist;
    if (!picklist) return ok(value);
    const canonical = (v: string): string | undefined =>
        picklist.values.find((p) => p === v) ?? picklist.values.find((p) => p.toLowerCase() === v.toLowerCase());
    const parts = field.dataType === 'MultiPicklist' ? value.split(';') : [value];
    const out: string[] = [];
    for (const part of parts) {
        const match = canonical(part);
        if (match === undefined && picklist.restricted) {
            return fail(field, 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', `bad value for restricted picklist field: ${shown(part)}`);
        }
        out.push(match ?? part);
    }
    return ok(out.join(';'));
}

function checkNumber(field: FieldMeta, raw: unknown): Checked {
    const numeric =
        typeof raw === 'number'
            ? raw
            : typeof raw === 'string' && /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(raw)
              ? Number(raw)
              : NaN;
    if (!Number.isFinite(numeric)) return fail(field, 'INVALID_TYPE_ON_FIELD_IN_RECORD', `value not of required type: ${shown(raw)}`);
    if (field.dataType === 'Int' && !Number.isInteger(numeric))
        return fail(field, 'INVALID_TYPE_ON_FIELD_IN_RECORD', `value not of required type: ${shown(raw)}`);
    // The org rounds to the field's scale, then refuses more integer digits than precision − scale allows.
    const scale = field.scale ?? 0;
    const value = field.scale === undefined ? numeric : round(numeric, scale);
    const integerDigits = (field.precision ?? 18) - scale;
    if (Math.abs(value) >= 10 ** integerDigits) {
        return fail(field, 'NUMBER_OUTSIDE_VALID_RANGE', `value outside of valid range on numeric field: ${shown(raw)}`);
    }
    return ok(value === 0 ? 0 : value);
}

export function checkValue(field: FieldMeta, raw: unknown): Checked {
    if (raw === undefined || raw === null) return ok(field.dataType === 'Checkbox' ? false : null);
    switch (field.dataType) {
        case 'Checkbox':
            return typeof raw === 'boolean'
                ? ok(raw)
                : fail(field, 'INVALID_TYPE_ON_FIELD_IN_RECORD', `value not of required type: ${shown(raw)}`);
        case 'Number':
        case 'Int':
        case 'Currency':
        case 'Percent':
            return checkNumber(field, raw);
        case 'Date':
            return typeof raw === 'string' && isCalendarDate(raw)
                ? ok(raw)
                : fail(field, 'INVALID_TYPE_ON_FIELD_IN_RECORD', `value not of required type: ${shown(raw)}`);
        case 'DateTime': {
            const value = typeof raw === 'string' ? normaliseDateTime(raw) : undefined;
            return value ? ok(value) : fail(field, 'INVALID_TYPE_ON_FIELD_IN_RECORD', `value not of required type: ${shown(raw)}`);
        }
        case 'Time':
            return typeof raw === 'string' && TIME.test(raw)
                ? ok(raw)
                : fail(field, 'INVALID_TYPE_ON_FIELD_IN_RECORD', `value not of required type: ${shown(raw)}`);
        case 'Id':
        case 'Reference': {
            if (raw === '') return ok(null);
            const id = typeof raw === 'string' ? toId18(raw) : undefined;
            return id ? ok(id) : fail(field, 'MALFORMED_ID', `id value of incorrect type: ${shown(raw)}`);
        }
        default:
            return checkText(field, raw);
    }
}
