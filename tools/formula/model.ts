import { getField, getObject, type FieldModel, type ObjectModel, type ProjectModel } from '../../core/metadata/project';
import * as dec from './decimal';
import { createSession, evaluateInSession, type EvaluationSession, type FormulaContext, type FormulaResult } from './evaluator';
import { FormulaError } from './errors';

/**
 * The formula evaluator over the project model: formula fields and validation rules are
 * evaluated from the formula text in force-app's XML, policy values come from the custom
 * metadata records in force-app (never from constants here), and results are shaped as the
 * API (GraphQL, SOQL) returns them.
 */

export interface ValidationFailure {
    /** Validation rule API name. */
    rule: string;
    message: string;
    /** errorDisplayField; null when the message shows at the top of the page. */
    field: string | null;
}

export interface EvaluationOptions {
    /** Shares results of formula fields between evaluations on the same record. */
    session?: EvaluationSession;
    /** NOW() as an ISO instant (NOW() is refused without it). */
    now?: string;
    /** Validation rules: the record before the change (null when new), for ISNEW/ISCHANGED/PRIORVALUE. */
    priorRecord?: Record<string, unknown> | null;
    /**
     * The running user's custom permissions (API names, any case), for `$Permission.<Name>`.
     * Without it a formula naming `$Permission` is refused (FormulaError 'Unsupported').
     */
    customPermissions?: ReadonlySet<string> | readonly string[];
}

const lower = (s: string): string => s.toLowerCase();

/** The field a parent reference names: Account (AccountId) on standard objects, Customer_Goal__r (Customer_Goal__c) on custom fields. */
function relationshipField(object: ObjectModel, relationship: string): FieldModel | undefined {
    const wanted = lower(relationship);
    for (const field of object.fields.values()) {
        if (!field.referenceTo?.length) continue;
        if (field.custom && lower(field.apiName.replace(/__c$/i, '__r')) === wanted) return field;
        if (!field.custom && field.relationshipName && lower(field.relationshipName) === wanted) return field;
    }
    return undefined;
}

/** Type of a field named in a formula on objectName, following parent paths (Account.Name). */
function resolveFieldType(model: ProjectModel, objectName: string, path: string): string | undefined {
    const parts = path.split('.');
    let object = getObject(model, objectName);
    for (const part of parts.slice(0, -1)) {
        if (!object) return undefined;
        const reference = relationshipField(object, part);
        object = reference?.referenceTo?.[0] ? getObject(model, reference.referenceTo[0]) : undefined;
    }
    const field = object?.fields.get(lower(parts[parts.length - 1] ?? ''));
    return field?.valueType;
}

/**
 * `$CustomMetadata.<Type__mdt>.<Record>.<Field__c>` from the records in force-app/main/default/customMetadata,
 * typed by the metadata type's field definition (Percent as a fraction, as in any formula).
 * undefined when the type, record or field does not exist.
 */
export function customMetadataValue(model: ProjectModel, path: string): unknown {
    const parts = path.split('.');
    if (parts.length !== 3) return undefined;
    const [typeName = '', recordName = '', fieldName = ''] = parts;
    const record = model.customMetadata.find((r) => lower(r.type) === lower(typeName) && lower(r.name) === lower(recordName));
    if (!record) return undefined;
    if (lower(fieldName) === 'developername') return record.name;
    if (lower(fieldName) === 'masterlabel' || lower(fieldName) === 'label') return record.label;
    const definition = getField(model, typeName, fieldName);
    const key = Object.keys(record.values).find((k) => lower(k) === lower(fieldName));
    if (!definition && key === undefined) return undefined;
    const raw = key === undefined ? null : record.values[key];
    const type = lower(definition?.type ?? '');
    if (raw === null || raw === undefined) return type === 'checkbox' ? false : null;
    switch (type) {
        case 'number':
        case 'currency':
            return Number(raw);
        case 'percent':
            return dec.divide(Number(raw), 100);
        case 'checkbox':
            return raw === 'true';
        case '':
            if (/^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
            if (raw === 'true' || raw === 'false') return raw === 'true';
            return raw;
        default:
            return raw;
    }
}

function permissionCheck(granted: EvaluationOptions['customPermissions']): FormulaContext['hasPermission'] {
    if (!granted) return undefined;
    const names = new Set([...granted].map(lower));
    return (name) => names.has(lower(name));
}

function context(
    model: ProjectModel,
    object: ObjectModel,
    record: Record<string, unknown>,
    today: string,
    options: EvaluationOptions
): FormulaContext {
    return {
        record,
        today,
        now: options.now,
        priorRecord: options.priorRecord,
        hasPermission: permissionCheck(options.customPermissions),
        fieldType: (name) => resolveFieldType(model, object.apiName, name),
        customMetadata: (path) => customMetadataValue(model, path),
        fieldFormula: (name) => {
            const field = object.fields.get(lower(name));
            return field?.formula
                ? { formula: field.formula, treatBlanksAs: field.formulaTreatBlanksAs, returnType: field.type }
                : undefined;
        }
    };
}

function requireObject(model: ProjectModel, objectName: string): ObjectModel {
    const object = getObject(model, objectName);
    if (!object) throw new FormulaError('Reference', `Object ${objectName} does not exist in the project`);
    return object;
}

/** A formula result shaped as the API returns it: Percent ×100, numbers rounded to the field's scale. */
export function toApiValue(field: FieldModel, value: FormulaResult): FormulaResult {
    if (typeof value !== 'number') return value;
    const type = lower(field.type);
    const scaled = type === 'percent' ? dec.multiply(value, 100) : value;
    if ((type === 'percent' || type === 'number' || type === 'currency') && field.scale !== undefined)
        return dec.round(scaled, field.scale);
    return scaled;
}

/**
 * The value of one field of a record as the API would return it. Formula fields are
 * evaluated from their XML formula text; other fields are returned as the record has them.
 * A division by zero yields null (the org shows #Error! and returns no value).
 */
export function evaluateField(
    model: ProjectModel,
    objectName: string,
    fieldName: string,
    record: Record<string, unknown>,
    today: string,
    options: EvaluationOptions = {}
): FormulaResult {
    const object = requireObject(model, objectName);
    const field = object.fields.get(lower(fieldName));
    if (!field) throw new FormulaError('Reference', `Field ${objectName}.${fieldName} does not exist in the project`);
    if (!field.formula) {
        const key = Object.keys(record).find((k) => lower(k) === lower(field.apiName));
        const value = key === undefined ? null : record[key];
        return value === undefined ? null : (value as FormulaResult);
    }
    const ctx: FormulaContext = {
        ...context(model, object, record, today, options),
        fieldName: field.apiName,
        treatBlanksAs: field.formulaTreatBlanksAs === 'BlankAsBlank' ? 'BlankAsBlank' : 'BlankAsZero',
        returnType: field.type
    };
    try {
        return toApiValue(field, evaluateInSession(field.formula, ctx, options.session ?? createSession()));
    } catch (error) {
        if (error instanceof FormulaError && error.kind === 'DivisionByZero') return null;
        if (error instanceof FormulaError) error.message = `${object.apiName}.${field.apiName}: ${error.message}`;
        throw error;
    }
}

/** The record with every formula field of the object filled in (API-shaped). */
export function evaluateRecordFormulas(
    model: ProjectModel,
    objectName: string,
    record: Record<string, unknown>,
    today: string,
    options: EvaluationOptions = {}
): Record<string, unknown> {
    const object = requireObject(model, objectName);
    const session = options.session ?? createSession();
    const result: Record<string, unknown> = { ...record };
    for (const field of object.fields.values()) {
        if (!field.formula) continue;
        for (const key of Object.keys(result)) if (lower(key) === lower(field.apiName) && key !== field.apiName) delete result[key];
        result[field.apiName] = evaluateField(model, object.apiName, field.apiName, record, today, { ...options, session });
    }
    return result;
}

/** Every active validation rule of the object that fires for the record (an empty list: the record saves). */
export function checkValidationRules(
    model: ProjectModel,
    objectName: string,
    record: Record<string, unknown>,
    today: string,
    options: EvaluationOptions = {}
): ValidationFailure[] {
    const object = requireObject(model, objectName);
    const session = options.session ?? createSession();
    const failures: ValidationFailure[] = [];
    for (const rule of object.validationRules) {
        if (!rule.active) continue;
        const ctx: FormulaContext = {
            ...context(model, object, record, today, options),
            // Validation rules have no blank-handling setting: blank numbers stay blank (ISBLANK works on them).
            treatBlanksAs: 'BlankAsBlank',
            returnType: 'Checkbox'
        };
        let fires: FormulaResult;
        try {
            fires = evaluateInSession(rule.formula, ctx, session);
        } catch (error) {
            if (error instanceof FormulaError) error.message = `${object.apiName} validation rule ${rule.name}: ${error.message}`;
            throw error;
        }
        if (fires === true) failures.push({ rule: rule.name, message: rule.errorMessage, field: rule.errorDisplayField ?? null });
    }
    return failures;
}
