/**
 * Every GraphQL write of the Customer Outcomes panels: documents and variables for
 * executeMutation, and the reading of a failed write's errors back onto form fields.
 *
 * Values travel as GraphQL variables, never spliced into the document text, so what a user types
 * (markup, quotes, 32,000 characters) cannot change the request. Every request runs with
 * allOrNone: true: a failure anywhere saves nothing. Variable types are the UI API's input types
 * and scalars (<Object>CreateInput, IdOrRef, Double, Date, Boolean).
 */
import { executeMutation, gql } from 'lightning/graphql';
import LABELS from 'c/outcomesLabels';
import { errorMessage, formatLabel } from 'c/outcomesFormat';
import type { GraphQLDocument } from 'lightning/graphql';
import type { CheckInDraft, FormErrors, GoalDraft, KpiDraft, MeasurementDraft } from 'c/outcomesValidation';

export interface GraphQLErrorLike {
    message?: string;
    path?: (string | number)[];
    extensions?: Record<string, unknown>;
}

export interface MutationRequest {
    /** A gql document (executeMutation takes no other). */
    query: GraphQLDocument;
    variables: Record<string, unknown>;
    operationName: string;
    /** Alias of each operation in the document -> what it writes (to put a failure on its field). */
    operations: Record<string, { object: string; kpiId?: string; reading?: boolean }>;
}

export const CREATE_GOAL_MUTATION = gql`
    mutation CreateGoal($input: Customer_Goal__cCreateInput!) {
        uiapi(input: { allOrNone: true }) {
            goal: Customer_Goal__cCreate(input: $input) {
                Record {
                    Id
                }
            }
        }
    }
`;

export const CREATE_KPI_MUTATION = gql`
    mutation CreateKpi($input: Customer_KPI__cCreateInput!) {
        uiapi(input: { allOrNone: true }) {
            kpi: Customer_KPI__cCreate(input: $input) {
                Record {
                    Id
                }
            }
        }
    }
`;

/** Follow_Up_Complete__c with Follow_Up_Closed_Reason__c in one update (the reason is required without a check-in). */
export const MARK_FOLLOW_UP_COMPLETE_MUTATION = gql`
    mutation MarkFollowUpComplete($input: OpportunityUpdateInput!) {
        uiapi(input: { allOrNone: true }) {
            opportunity: OpportunityUpdate(input: $input) {
                Record {
                    Id
                }
            }
        }
    }
`;

/** Clears Follow_Up_Complete__c and Follow_Up_Closed_Reason__c in one update. */
export const REOPEN_FOLLOW_UP_MUTATION = gql`
    mutation ReopenFollowUp($input: OpportunityUpdateInput!) {
        uiapi(input: { allOrNone: true }) {
            opportunity: OpportunityUpdate(input: $input) {
                Record {
                    Id
                }
            }
        }
    }
`;

export const RECORD_MEASUREMENT_MUTATION = gql`
    mutation RecordMeasurement($input: KPI_Measurement__cCreateInput!) {
        uiapi(input: { allOrNone: true }) {
            measurement: KPI_Measurement__cCreate(input: $input) {
                Record {
                    Id
                }
            }
        }
    }
`;

/** A create's fields: unset values are left out, so the org applies its defaults. */
function fields(values: Record<string, unknown>): Record<string, unknown> {
    return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null && v !== undefined && v !== ''));
}

/** A goal form's fields by API name (blank ones null: on an edit they clear the field). */
export function goalFieldValues(draft: GoalDraft): Record<string, unknown> {
    return {
        Name: draft.name,
        Level__c: draft.level,
        Category__c: draft.category,
        Status__c: draft.status,
        Stakeholder__c: draft.stakeholderId,
        Why_It_Matters__c: draft.whyItMatters,
        Cost_Of_Inaction__c: draft.costOfInaction,
        Target_Date__c: draft.targetDate
    };
}

/** A KPI form's fields by API name (blank ones null: on an edit they clear the field). */
export function kpiFieldValues(draft: KpiDraft): Record<string, unknown> {
    return {
        Name: draft.name,
        Unit__c: draft.unit,
        Direction__c: draft.direction,
        Baseline_Value__c: draft.baselineValue,
        Baseline_Date__c: draft.baselineDate,
        Target_Value__c: draft.targetValue,
        Target_Date__c: draft.targetDate,
        Measurement_Source__c: draft.source
    };
}

/** A new goal. Edits of existing goals are conflict-checked updates: c/outcomesRecordUpdates. */
export function saveGoalMutation(draft: GoalDraft, accountId: string, opportunityId: string): MutationRequest {
    return {
        query: CREATE_GOAL_MUTATION,
        operationName: 'CreateGoal',
        // The goal is captured on this deal and belongs to its account (master-detail).
        variables: {
            input: {
                Customer_Goal__c: fields({ ...goalFieldValues(draft), Account__c: accountId, Originating_Opportunity__c: opportunityId })
            }
        },
        operations: { goal: { object: 'Customer_Goal__c' } }
    };
}

/** A new KPI under its goal. Edits of existing KPIs: c/outcomesRecordUpdates. */
export function saveKpiMutation(draft: KpiDraft): MutationRequest {
    return {
        query: CREATE_KPI_MUTATION,
        operationName: 'CreateKpi',
        variables: { input: { Customer_KPI__c: fields({ ...kpiFieldValues(draft), Customer_Goal__c: draft.goalId }) } },
        operations: { kpi: { object: 'Customer_KPI__c' } }
    };
}

/**
 * Marks follow-up complete. `reason` (a Follow_Up_Closed_Reason__c value) is sent when the rep
 * chose one: the validation rule Follow_Up_Complete_Needs_Reason refuses completion without a
 * check-in and without a reason, and its message lands on the reason field.
 */
export function markFollowUpCompleteMutation(opportunityId: string, reason: string | null = null): MutationRequest {
    const values: Record<string, unknown> = { Follow_Up_Complete__c: true };
    if (reason) values.Follow_Up_Closed_Reason__c = reason;
    return {
        query: MARK_FOLLOW_UP_COMPLETE_MUTATION,
        operationName: 'MarkFollowUpComplete',
        variables: { input: { Id: opportunityId, Opportunity: values } },
        operations: { opportunity: { object: 'Opportunity' } }
    };
}

/**
 * Reopens follow-up on a completed deal. The reason is cleared in the same update (here, not by a
 * trigger or rule): a reopened deal has not been closed, so it keeps no reason for closing.
 */
export function reopenFollowUpMutation(opportunityId: string): MutationRequest {
    return {
        query: REOPEN_FOLLOW_UP_MUTATION,
        operationName: 'ReopenFollowUp',
        variables: { input: { Id: opportunityId, Opportunity: { Follow_Up_Complete__c: false, Follow_Up_Closed_Reason__c: null } } },
        operations: { opportunity: { object: 'Opportunity' } }
    };
}

/** One reading of a KPI on its own (the check-in form saves readings with its check-in instead). */
export function recordMeasurementMutation(draft: MeasurementDraft): MutationRequest {
    return {
        query: RECORD_MEASUREMENT_MUTATION,
        operationName: 'RecordMeasurement',
        variables: {
            input: {
                KPI_Measurement__c: fields({
                    Customer_KPI__c: draft.kpiId,
                    Value__c: draft.value,
                    Measured_On__c: draft.measuredOn,
                    Source__c: draft.source,
                    Customer_Confirmed__c: draft.confirmed,
                    Note__c: draft.note
                })
            }
        },
        operations: { measurement: { object: 'KPI_Measurement__c', kpiId: draft.kpiId } }
    };
}

/** Alias of the check-in operation; each reading refers to the new check-in as "@{checkIn}". */
export const CHECK_IN_ALIAS = 'checkIn';

/**
 * One request that creates the check-in and then one KPI_Measurement__c per reading, with
 * allOrNone: true. Each reading's Check_In__c is the literal "@{checkIn}" (IdOrRef field
 * reference to the operation aliased checkIn, placed before the readings), so check-in and
 * readings save together or not at all. The document has one operation per reading, so it is
 * built per save; only aliases and variable names vary with the readings, values stay variables.
 * Readings are measured on the check-in's date.
 */
export function logCheckInMutation(opportunityId: string, draft: CheckInDraft): MutationRequest {
    const operations: MutationRequest['operations'] = { [CHECK_IN_ALIAS]: { object: 'Success_Check_In__c' } };
    const variables: Record<string, unknown> = {
        checkIn: {
            Success_Check_In__c: fields({
                Opportunity__c: opportunityId,
                Check_In_Date__c: draft.checkInDate,
                Type__c: draft.type,
                Customer_Contact__c: draft.contactId,
                Implementation_Status__c: draft.implementationStatus,
                Customer_Sentiment__c: draft.sentiment,
                Summary__c: draft.summary,
                Next_Step__c: draft.nextStep,
                Next_Check_In_Date__c: draft.nextCheckInDate
            })
        },
        measuredOn: draft.checkInDate
    };
    const declarations: string[] = [];
    const readings: string[] = [];
    draft.readings.forEach((reading, i) => {
        const alias = `m${i}`;
        operations[alias] = { object: 'KPI_Measurement__c', kpiId: reading.kpiId, reading: true };
        variables[`${alias}Kpi`] = reading.kpiId;
        variables[`${alias}Value`] = reading.value;
        variables[`${alias}Confirmed`] = reading.confirmed;
        declarations.push(`, $${alias}Kpi: IdOrRef!, $${alias}Value: Double!, $${alias}Confirmed: Boolean!`);
        readings.push(
            `${alias}: KPI_Measurement__cCreate(input: { KPI_Measurement__c: { Customer_KPI__c: $${alias}Kpi, Value__c: $${alias}Value, ` +
                `Measured_On__c: $measuredOn, Customer_Confirmed__c: $${alias}Confirmed, Check_In__c: "@{${CHECK_IN_ALIAS}}" } }) { Record { Id } }`
        );
    });
    // $measuredOn is declared only when a reading uses it: GraphQL rejects unused variables.
    if (readings.length) declarations.unshift(', $measuredOn: Date!');
    else delete variables.measuredOn;
    const query = gql`
        mutation LogCheckIn($checkIn: Success_Check_In__cCreateInput!${declarations.join('')}) {
            uiapi(input: { allOrNone: true }) {
                checkIn: Success_Check_In__cCreate(input: $checkIn) {
                    Record {
                        Id
                    }
                }
                ${readings.join('\n')}
            }
        }
    `;
    return { query, variables, operationName: 'LogCheckIn', operations };
}

// --- errors of a failed write -> form fields ---

/**
 * Key of a reading's value input in the check-in form (and of errors about it), shared by the
 * form, its validation and the mapping of the org's errors. It lives here, with the panels' write
 * path, so that a panel's first load does not pull in the forms' validation for it.
 */
export function readingKey(kpiId: string): string {
    return `Value__c:${kpiId}`;
}

/** Where a field of a written record is shown in the forms (data-key of its input). */
function fieldKey(operation: MutationRequest['operations'][string] | undefined, field: string): string | null {
    if (!operation) return null;
    if (operation.reading) {
        if (field === 'Value__c' && operation.kpiId) return readingKey(operation.kpiId);
        // A reading's date is the check-in's date: that is the field to fix.
        if (field === 'Measured_On__c') return 'Check_In_Date__c';
        return null;
    }
    return field;
}

/** A string property of an object of unknown shape. */
function stringAt(value: unknown, key: string): string | undefined {
    if (typeof value === 'string') return key === 'message' ? value : undefined;
    if (!value || typeof value !== 'object') return undefined;
    const found: unknown = Reflect.get(value, key);
    return typeof found === 'string' ? found : undefined;
}

/**
 * Field errors of one GraphQL error: extensions.fieldErrors as a map { Field__c: [{ message }] }
 * or a list [{ field, message }] (the shapes UI API errors take); none if the org named no field.
 */
function fieldErrorsOf(error: GraphQLErrorLike): { field: string; message: string }[] {
    const raw: unknown = error.extensions?.fieldErrors;
    const out: { field: string; message: string }[] = [];
    const push = (field: string | undefined, entry: unknown): void => {
        const message = stringAt(entry, 'message');
        if (field && message) out.push({ field, message });
    };
    if (Array.isArray(raw)) {
        for (const item of raw) push(stringAt(item, 'field') ?? stringAt(item, 'fieldName'), item);
    } else if (raw && typeof raw === 'object') {
        for (const [field, list] of Object.entries(raw)) {
            for (const entry of Array.isArray(list) ? list : [list]) push(field, entry);
        }
    }
    return out;
}

// --- a write refused for lack of access -> what the rep lacks, in words ---

/**
 * Record-level refusals, as the org's status codes name them (SOAP API Developer Guide, "StatusCode":
 * INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY "insufficient access rights on cross-reference id",
 * INSUFFICIENT_ACCESS_OR_READONLY "insufficient access rights on object id",
 * https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_concepts_core_data_objects.htm).
 * Creating a Success Check-In needs Read/Write on its Opportunity (master-detail,
 * writeRequiresMasterRead false); without it the create is refused with the cross-reference code.
 */
const RECORD_ACCESS_CODES = new Set([
    'INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY',
    'INSUFFICIENT_ACCESS_OR_READONLY',
    'INSUFFICIENT_ACCESS'
]);
const RECORD_ACCESS_MESSAGE = /insufficient access rights on (?:cross-reference|object) id/i;

/**
 * Refusals before any record is touched. UI API GraphQL builds each user's schema from their
 * object and field permissions ("Mutations Schema": "The context user's object-level and
 * field-level permissions control access",
 * https://developer.salesforce.com/docs/platform/graphql/guide/mutations-schema.html), so a
 * mutation the user may not run is undefined (graphql-java's FieldUndefined, as for queries), and
 * an input field they may not edit is not in the <Object>UpdateRepresentation input type
 * (graphql-java's WrongType wording). The exact wording is unverified in an org.
 */
const UNDEFINED_MUTATION = /Field '(\w+?)(?:Create|Update|Delete)' in type 'UIAPIMutations' is undefined/;
const INPUT_FIELD_NOT_ALLOWED = /not in '(\w+?)(?:Create|Update)Representation'\s*:\s*'(\w+)'/;

/** The objects whose record-level refusal means the rep cannot edit this opportunity. */
const NEEDS_OPPORTUNITY_EDIT = new Set(['Opportunity', 'Success_Check_In__c']);

function objectWords(apiName: string): string {
    return apiName.replace(/__c$/, '').replace(/_/g, ' ');
}

/** What the rep lacks, when a write was refused for lack of access; null for any other failure. */
function accessDenied(error: GraphQLErrorLike, operation: MutationRequest['operations'][string] | undefined): string | null {
    const message = error.message ?? '';
    const undefinedMutation = UNDEFINED_MUTATION.exec(message);
    if (undefinedMutation) {
        const object = undefinedMutation[1] ?? '';
        return object === 'Opportunity' ? LABELS.noAccessOpportunity : formatLabel(LABELS.noAccessObject, objectWords(object));
    }
    const inputField = INPUT_FIELD_NOT_ALLOWED.exec(message);
    if (inputField) return formatLabel(LABELS.noAccessField, `${inputField[1] ?? ''}.${inputField[2] ?? ''}`);
    const codes = [stringAt(error.extensions, 'errorCode'), ...fieldErrorCodes(error)];
    if (!codes.some((c) => c && RECORD_ACCESS_CODES.has(c)) && !RECORD_ACCESS_MESSAGE.test(message)) return null;
    return operation && NEEDS_OPPORTUNITY_EDIT.has(operation.object) ? LABELS.noAccessOpportunity : LABELS.noAccessRecord;
}

/** errorCode of each entry of extensions.fieldErrors (map or list). */
function fieldErrorCodes(error: GraphQLErrorLike): (string | undefined)[] {
    const raw: unknown = error.extensions?.fieldErrors;
    const entries = Array.isArray(raw) ? raw : raw && typeof raw === 'object' ? Object.values(raw).flat() : [];
    return entries.map((entry: unknown) => stringAt(entry, 'errorCode'));
}

/**
 * A failed write's GraphQL errors as form errors: a message on the field it concerns when the
 * error names the operation (path ["uiapi", alias]) and the field; otherwise at the top.
 */
export function mutationErrors(errors: GraphQLErrorLike[] | null | undefined, request: Pick<MutationRequest, 'operations'>): FormErrors {
    const fieldsOut: Record<string, string> = {};
    const top: string[] = [];
    for (const error of errors ?? []) {
        const alias = (error.path ?? []).find((p): p is string => typeof p === 'string' && p !== 'uiapi');
        const operation = alias ? request.operations[alias] : undefined;
        const denied = accessDenied(error, operation);
        if (denied) {
            if (!top.includes(denied)) top.push(denied);
            continue;
        }
        let placed = false;
        for (const { field, message } of fieldErrorsOf(error)) {
            const key = fieldKey(operation, field);
            if (key) {
                fieldsOut[key] ??= message;
                placed = true;
            } else top.push(message);
        }
        if (!placed && error.message && !top.includes(error.message)) top.push(error.message);
    }
    return { fields: fieldsOut, form: top.length ? top.join(' ') : null };
}

/**
 * Runs one write and reads its outcome: null when it saved, else the messages for the form
 * (on the fields the org named, the rest at the top). A network failure saves nothing either.
 */
export async function runMutation(request: MutationRequest): Promise<FormErrors | null> {
    try {
        const result = await executeMutation({
            query: request.query,
            variables: request.variables,
            operationName: request.operationName
        });
        return result?.errors?.length ? mutationErrors(result.errors, request) : null;
    } catch (error) {
        return { fields: {}, form: errorMessage(error) || null };
    }
}

/** The Id a create mutation returns (`uiapi.<alias>.Record.Id`), or null. */
export function createdRecordId(data: unknown): string | null {
    const uiapi: unknown = data && typeof data === 'object' ? Reflect.get(data, 'uiapi') : null;
    if (!uiapi || typeof uiapi !== 'object') return null;
    for (const payload of Object.values(uiapi)) {
        const record: unknown = payload && typeof payload === 'object' ? Reflect.get(payload, 'Record') : null;
        const id: unknown = record && typeof record === 'object' ? Reflect.get(record, 'Id') : null;
        if (typeof id === 'string') return id;
    }
    return null;
}
