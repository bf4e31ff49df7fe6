// Generated from the .ts beside it by `npm run build`. Edit the TypeScript source, not this file.
/**
 * Client-side checks that mirror the objects' validation rules and field types, so a rep sees
 * the org's own message on the field before anything is sent; and the one routine every form
 * uses to show messages on its fields (setCustomValidity/reportValidity) and move focus.
 * The org re-checks everything on save: these checks only save a round trip.
 */
import LOCALE from '@salesforce/i18n/locale';
import COMMON_LABELS from 'c/outcomesLabels';
import FORM_LABELS from 'c/outcomesLabelsForms';
import FIELD_FACTS, { PICKLISTS } from 'c/outcomesFieldFacts';
import { formatLabel, formatNumber } from 'c/outcomesFormat';
import { readingKey } from 'c/outcomesMutations';
import { DIRECTIONS, isDirection, LEVELS } from 'c/outcomesPicklists';
/** Whether an element has the constraint-validation API (a plain element under a data-key has not). */
function isValidatableInput(element) {
    return (element instanceof HTMLElement &&
        'setCustomValidity' in element &&
        typeof element.setCustomValidity === 'function' &&
        'reportValidity' in element &&
        typeof element.reportValidity === 'function');
}
/** This component's text: the label modules of what it loads with (scripts/generate-label-modules.ts). */
const LABELS = Object.freeze({ ...COMMON_LABELS, ...FORM_LABELS });
// --- numbers ---
/** Number fields' digits (c/outcomesFieldFacts, generated from the objects): KPI baseline, target and reading values. */
export const KPI_NUMBER = { ...FIELD_FACTS['Customer_KPI__c.Baseline_Value__c'], allowNegative: true };
const TARGET_NUMBER = { ...FIELD_FACTS['Customer_KPI__c.Target_Value__c'], allowNegative: true };
const READING_NUMBER = { ...FIELD_FACTS['KPI_Measurement__c.Value__c'], allowNegative: true };
/** A goal's cost of doing nothing (Currency), which cannot be below zero. */
export const COST_NUMBER = { ...FIELD_FACTS['Customer_Goal__c.Cost_Of_Inaction__c'], allowNegative: false };
/** "Enter a number, such as 42 or 3.5.", the examples written as the user's locale writes numbers (3,5 in de-DE). */
function notNumber() {
    return formatLabel(LABELS.errNotNumber, formatNumber(42), formatNumber(3.5));
}
/** Significant digits every double holds exactly (the message's promise; some longer numbers pass). */
const EXACT_DIGITS = 15;
/** Digits as JavaScript writes a number: no leading zeros before the point, no trailing zeros after it. */
function canonicalDecimal(integer, fraction) {
    const whole = integer.replace(/^0+(?=\d)/, '') || '0';
    const decimals = fraction.replace(/0+$/, '');
    return decimals ? `${whole}.${decimals}` : whole;
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** The user's locale's group and decimal separators ("," and "." in en-US, "." and "," in de-DE). */
function separators() {
    try {
        const parts = new Intl.NumberFormat(LOCALE).formatToParts(12345.6);
        return {
            group: parts.find((p) => p.type === 'group')?.value ?? ',',
            decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.'
        };
    }
    catch {
        return { group: ',', decimal: '.' };
    }
}
/**
 * Text -> number for a Number/Currency field. Blank is null. Accepts the user's locale format
 * with or without correctly placed thousand separators ("1,234.5" in en-US, "1.234,5" in de-DE);
 * rejects anything else (words, "1e5", misplaced separators), more digits than the field holds and
 * more than can be sent exactly, rather than guessing or rounding silently.
 */
export function parseDecimal(text, spec) {
    const raw = String(text ?? '').trim();
    if (raw === '')
        return { ok: true, value: null };
    const { group, decimal } = separators();
    // Spaces (also the no-break spaces some locales group with) never change a number's value.
    const compact = raw.replace(/[\s\u00a0\u202f]/g, '');
    const g = escapeRegExp(group.replace(/[\s\u00a0\u202f]/g, ''));
    const d = escapeRegExp(decimal);
    const grouped = g ? `\\d{1,3}(?:${g}\\d{3})+` : '(?!)';
    const pattern = new RegExp(`^([+-]?)(${grouped}|\\d+|(?=${d}))(?:${d}(\\d+))?$`);
    const match = pattern.exec(compact);
    if (!match)
        return { ok: false, message: notNumber() };
    const [, sign = '', intPart = '', fraction = ''] = match;
    const integer = g ? intPart.replace(new RegExp(g, 'g'), '') : intPart;
    if (integer === '' && fraction === '')
        return { ok: false, message: notNumber() };
    const significant = integer.replace(/^0+/, '');
    if (significant.length > spec.precision - spec.scale) {
        return { ok: false, message: formatLabel(LABELS.errTooLarge, spec.precision - spec.scale) };
    }
    if (fraction.length > spec.scale)
        return { ok: false, message: formatLabel(LABELS.errDecimals, spec.scale) };
    const value = Number(`${sign === '-' ? '-' : ''}${integer || '0'}.${fraction || '0'}`);
    if (!Number.isFinite(value))
        return { ok: false, message: notNumber() };
    // The value travels as a double (about 15 significant digits), written in its shortest form:
    // refuse a number that would reach the org as a different one, rather than round it silently.
    if (String(Math.abs(value)) !== canonicalDecimal(integer, fraction)) {
        return { ok: false, message: formatLabel(LABELS.errNotExact, EXACT_DIGITS) };
    }
    if (!spec.allowNegative && value < 0)
        return { ok: false, message: LABELS.errNegative };
    return { ok: true, value: Object.is(value, -0) ? 0 : value };
}
// --- dates and text ---
/** A real calendar date written YYYY-MM-DD (what lightning-input type="date" gives). */
export function isIsoDate(value) {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value))
        return false;
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
function asText(value) {
    return typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
}
/** Trimmed text, or null when blank. */
function optionalText(value) {
    const t = asText(value).trim();
    return t === '' ? null : t;
}
/** Messages by field key; the first problem of a field is the one to fix first. */
class Collector {
    errors = {};
    set(key, message) {
        if (!this.errors[key])
            this.errors[key] = message;
    }
}
function collector() {
    return new Collector();
}
function checkLength(c, key, value, max) {
    if (value !== null && value.length > max)
        c.set(key, formatLabel(LABELS.errTooLong, max));
}
function checkDate(c, key, value) {
    const t = optionalText(value);
    if (t === null)
        return null;
    if (!isIsoDate(t)) {
        c.set(key, LABELS.errInvalidDate);
        return null;
    }
    return t;
}
function number(c, key, value, spec) {
    const parsed = parseDecimal(value, spec);
    if (!parsed.ok) {
        c.set(key, parsed.message);
        return null;
    }
    return parsed.value;
}
// --- goal (Customer_Goal__c) ---
/** The Level__c whose goals need a stakeholder (Individual_Goal_Needs_Stakeholder). */
export const LEVEL_NEEDING_STAKEHOLDER = LEVELS.Individual;
/** A goal saved without a Level gets the field's default (Company). */
const LEVEL_DEFAULT = PICKLISTS['Customer_Goal__c.Level__c'].defaultValue;
/** Individual_Goal_Needs_Stakeholder: the goal form marks Stakeholder required as soon as this holds. */
export function needsStakeholder(level) {
    return (optionalText(level) ?? LEVEL_DEFAULT) === LEVEL_NEEDING_STAKEHOLDER;
}
export function validateGoal(values) {
    const c = collector();
    const name = optionalText(values.Name);
    if (name === null)
        c.set('Name', LABELS.errRequired);
    checkLength(c, 'Name', name, FIELD_FACTS['Customer_Goal__c.Name'].length);
    const level = optionalText(values.Level__c) ?? LEVEL_DEFAULT;
    const stakeholderId = optionalText(values.Stakeholder__c);
    // Individual_Goal_Needs_Stakeholder
    if (needsStakeholder(level) && !stakeholderId)
        c.set('Stakeholder__c', LABELS.errStakeholder);
    const whyItMatters = optionalText(values.Why_It_Matters__c);
    checkLength(c, 'Why_It_Matters__c', whyItMatters, FIELD_FACTS['Customer_Goal__c.Why_It_Matters__c'].length);
    const cost = number(c, 'Cost_Of_Inaction__c', values.Cost_Of_Inaction__c, COST_NUMBER);
    const targetDate = checkDate(c, 'Target_Date__c', values.Target_Date__c);
    if (Object.keys(c.errors).length)
        return { errors: c.errors, draft: null };
    return {
        errors: c.errors,
        draft: {
            id: values.id ?? null,
            name: name ?? '',
            level,
            category: optionalText(values.Category__c),
            status: optionalText(values.Status__c),
            stakeholderId,
            whyItMatters,
            costOfInaction: cost,
            targetDate
        }
    };
}
// --- KPI (Customer_KPI__c) ---
export function validateKpi(values) {
    const c = collector();
    const name = optionalText(values.Name);
    if (name === null)
        c.set('Name', LABELS.errRequired);
    checkLength(c, 'Name', name, FIELD_FACTS['Customer_KPI__c.Name'].length);
    const unit = optionalText(values.Unit__c);
    checkLength(c, 'Unit__c', unit, FIELD_FACTS['Customer_KPI__c.Unit__c'].length);
    const dir = optionalText(values.Direction__c);
    const direction = isDirection(dir) ? dir : null;
    if (!direction)
        c.set('Direction__c', LABELS.errRequired);
    const baseline = number(c, 'Baseline_Value__c', values.Baseline_Value__c, KPI_NUMBER);
    const target = number(c, 'Target_Value__c', values.Target_Value__c, TARGET_NUMBER);
    const baselineDate = checkDate(c, 'Baseline_Date__c', values.Baseline_Date__c);
    const targetDate = checkDate(c, 'Target_Date__c', values.Target_Date__c);
    // Baseline_Date_Required, Target_Date_Required
    if (baseline !== null && baselineDate === null)
        c.set('Baseline_Date__c', LABELS.errBaselineDate);
    if (target !== null && targetDate === null)
        c.set('Target_Date__c', LABELS.errTargetDate);
    if (baseline !== null && target !== null) {
        // Target_Must_Differ_From_Baseline, Increase_Target_Above_Baseline, Decrease_Target_Below_Baseline
        if (target === baseline)
            c.set('Target_Value__c', LABELS.errTargetEqualsBaseline);
        else if (direction === DIRECTIONS.Increase && target < baseline)
            c.set('Target_Value__c', LABELS.errIncreaseTarget);
        else if (direction === DIRECTIONS.Decrease && target > baseline)
            c.set('Target_Value__c', LABELS.errDecreaseTarget);
    }
    // Target_Date_After_Baseline_Date
    if (baselineDate && targetDate && targetDate <= baselineDate)
        c.set('Target_Date__c', LABELS.errTargetDateAfter);
    if (!values.goalId)
        c.set('form', LABELS.unknownError);
    if (Object.keys(c.errors).length || !direction)
        return { errors: c.errors, draft: null };
    return {
        errors: c.errors,
        draft: {
            id: values.id ?? null,
            goalId: values.goalId ?? '',
            name: name ?? '',
            unit,
            direction,
            baselineValue: baseline,
            baselineDate,
            targetValue: target,
            targetDate,
            source: optionalText(values.Measurement_Source__c)
        }
    };
}
// --- check-in (Success_Check_In__c) with one reading (KPI_Measurement__c) per KPI ---
export function validateCheckIn(values, kpiIds, today) {
    const c = collector();
    const date = checkDate(c, 'Check_In_Date__c', values.Check_In_Date__c);
    if (optionalText(values.Check_In_Date__c) === null)
        c.set('Check_In_Date__c', LABELS.errRequired);
    // Check_In_Date_Not_In_Future (a reading's Measured_On__c is this date: Measured_On_Not_In_Future holds too)
    if (date && date > today)
        c.set('Check_In_Date__c', LABELS.errCheckInFuture);
    const summary = optionalText(values.Summary__c);
    if (summary === null)
        c.set('Summary__c', LABELS.errRequired);
    checkLength(c, 'Summary__c', summary, FIELD_FACTS['Success_Check_In__c.Summary__c'].length);
    const nextStep = optionalText(values.Next_Step__c);
    checkLength(c, 'Next_Step__c', nextStep, FIELD_FACTS['Success_Check_In__c.Next_Step__c'].length);
    const nextDate = checkDate(c, 'Next_Check_In_Date__c', values.Next_Check_In_Date__c);
    // Next_Check_In_After_Check_In
    if (date && nextDate && nextDate <= date)
        c.set('Next_Check_In_Date__c', LABELS.errNextCheckInAfter);
    const readings = [];
    for (const kpiId of kpiIds) {
        const reading = values.readings?.[kpiId];
        const value = number(c, readingKey(kpiId), reading?.value, READING_NUMBER);
        if (value !== null)
            readings.push({ kpiId, value, confirmed: reading?.confirmed === true });
    }
    if (Object.keys(c.errors).length || !date || summary === null)
        return { errors: c.errors, draft: null };
    return {
        errors: c.errors,
        draft: {
            checkInDate: date,
            type: optionalText(values.Type__c),
            contactId: optionalText(values.Customer_Contact__c),
            implementationStatus: optionalText(values.Implementation_Status__c),
            sentiment: optionalText(values.Customer_Sentiment__c),
            summary,
            nextStep,
            nextCheckInDate: nextDate,
            readings
        }
    };
}
// --- one reading (KPI_Measurement__c), for a form that records a measurement on its own ---
export function validateMeasurement(values, today) {
    const c = collector();
    const value = number(c, 'Value__c', values.Value__c, READING_NUMBER);
    if (value === null && optionalText(values.Value__c) === null)
        c.set('Value__c', LABELS.errRequired);
    const measuredOn = checkDate(c, 'Measured_On__c', values.Measured_On__c);
    if (optionalText(values.Measured_On__c) === null)
        c.set('Measured_On__c', LABELS.errRequired);
    // Measured_On_Not_In_Future
    if (measuredOn && measuredOn > today)
        c.set('Measured_On__c', LABELS.errMeasuredFuture);
    const note = optionalText(values.Note__c);
    checkLength(c, 'Note__c', note, FIELD_FACTS['KPI_Measurement__c.Note__c'].length);
    if (!values.kpiId)
        c.set('form', LABELS.unknownError);
    if (Object.keys(c.errors).length || value === null || !measuredOn || !values.kpiId)
        return { errors: c.errors, draft: null };
    return {
        errors: c.errors,
        draft: {
            kpiId: values.kpiId,
            value,
            measuredOn,
            source: optionalText(values.Source__c),
            confirmed: values.Customer_Confirmed__c === true,
            note
        }
    };
}
// --- showing messages on the fields ---
/**
 * Puts each message on the input whose data-key names it (clearing the others) and moves focus
 * to the first input with a message, in the order the form shows them. Returns whether any field
 * had a message, so the caller can focus its form-level message instead.
 */
export function showFieldErrors(root, errors) {
    const inputs = Array.from(root?.querySelectorAll('[data-key]') ?? []).filter((element) => element instanceof HTMLElement);
    let first;
    for (const input of inputs) {
        const message = errors[input.dataset.key ?? ''] ?? '';
        if (isValidatableInput(input)) {
            input.setCustomValidity(message);
            input.reportValidity();
        }
        if (message && !first)
            first = input;
    }
    first?.focus();
    return first !== undefined;
}
/** Clears the message of one input once the user changes it. */
export function clearFieldError(input) {
    if (isValidatableInput(input)) {
        input.setCustomValidity('');
        input.reportValidity();
    }
}
/** Splits client-side errors into field messages and the form-level message. */
export function toFormErrors(errors) {
    const { form, ...fields } = errors;
    return { fields, form: form ?? (Object.keys(fields).length ? LABELS.errFixFields : null) };
}
