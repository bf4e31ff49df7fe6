import { updateRecord } from 'lightning/uiRecordApi';
import LABELS from 'c/outcomesLabels';
import { errorMessage } from 'c/outcomesFormat';
import { goalFieldValues, kpiFieldValues } from 'c/outcomesMutations';

/**
 * Edits of an existing goal or KPI. They go through LDS updateRecord with ifUnmodifiedSince set to
 * the LastModifiedDate the panel loaded, so the server refuses the write when someone changed the
 * record in between and nobody's change is overwritten unseen. GraphQL mutations have no such
 * precondition, which is why edits do not use them; creates have nothing to conflict with.
 */
export function goalUpdate(draft: Outcomes.GoalDraft): Outcomes.RecordUpdate {
    return { kind: 'goal', fields: { Id: draft.id, ...goalFieldValues(draft) } };
}

export function kpiUpdate(draft: Outcomes.KpiDraft): Outcomes.RecordUpdate {
    return { kind: 'kpi', fields: { Id: draft.id, ...kpiFieldValues(draft) } };
}

/** Saves an edit; null when saved, else why not, for the form (values stay as typed). */
export async function runRecordUpdate(update: Outcomes.RecordUpdate, ifUnmodifiedSince: string | null): Promise<Outcomes.UpdateFailure | null> {
    try {
        await updateRecord({ fields: update.fields }, ifUnmodifiedSince ? { ifUnmodifiedSince } : undefined);
        return null;
    } catch (error) {
        return updateFailure(error, update.kind);
    }
}

const MESSAGES = {
    goal: { conflict: LABELS.goalChangedElsewhere, deleted: LABELS.goalDeletedElsewhere },
    kpi: { conflict: LABELS.kpiChangedElsewhere, deleted: LABELS.kpiDeletedElsewhere }
};

/**
 * An updateRecord rejection (a FetchResponse: status, body) read for the form. 412 is the UI API's
 * answer to a failed If-Unmodified-Since; 404 or ENTITY_IS_DELETED, a record deleted meanwhile;
 * otherwise body.output carries field errors (shown on their fields) and page errors.
 */
export function updateFailure(error: unknown, kind: Outcomes.RecordUpdate['kind']): Outcomes.UpdateFailure {
    const status = Number(property(error, 'status'));
    const body = property(error, 'body');
    const output = property(body, 'output');
    const pageErrors = [...list(body), ...list(property(output, 'errors'))];
    const codes = pageErrors.map((e) => String(property(e, 'errorCode') ?? ''));
    if (status === 412 || codes.includes('PRECONDITION_FAILED')) {
        return { reason: 'conflict', errors: { fields: {}, form: MESSAGES[kind].conflict } };
    }
    if (status === 404 || codes.includes('ENTITY_IS_DELETED')) {
        return { reason: 'deleted', errors: { fields: {}, form: MESSAGES[kind].deleted } };
    }
    const fields: Record<string, string> = {};
    const fieldErrors = property(output, 'fieldErrors');
    if (fieldErrors && typeof fieldErrors === 'object') {
        for (const [field, entries] of Object.entries(fieldErrors)) {
            const message = property(list(entries)[0], 'message');
            if (typeof message === 'string') fields[field] = message;
        }
    }
    const page = pageErrors.map((e) => property(e, 'message')).filter((m): m is string => typeof m === 'string');
    const form = page.length ? page.join(' ') : Object.keys(fields).length ? null : errorMessage(error) || LABELS.unknownError;
    return { reason: 'invalid', errors: { fields, form } };
}

function property(value: unknown, key: string): unknown {
    return value && typeof value === 'object' ? Reflect.get(value, key) : undefined;
}

function list(value: unknown): unknown[] {
    return Array.isArray(value) ? value : [];
}
