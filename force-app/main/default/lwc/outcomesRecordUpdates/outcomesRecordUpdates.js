// Generated from the .ts beside it by `npm run build`. Edit the TypeScript source, not this file.
import { updateRecord } from 'lightning/uiRecordApi';
import COMMON_LABELS from 'c/outcomesLabels';
import OPPORTUNITY_LABELS from 'c/outcomesLabelsOpportunity';
import { errorMessage } from 'c/outcomesFormat';
import { goalFieldValues, kpiFieldValues } from 'c/outcomesMutations';
import { DIRECTIONS } from 'c/outcomesPicklists';
/** This component's text: the label modules of what it loads with (scripts/generate-label-modules.ts). */
const LABELS = Object.freeze({ ...COMMON_LABELS, ...OPPORTUNITY_LABELS });
/**
 * Edits of an existing goal or KPI. They go through LDS updateRecord with ifUnmodifiedSince set to
 * the LastModifiedDate the panel loaded, so the server refuses the write when someone changed the
 * record in between and nobody's change is overwritten unseen. GraphQL mutations have no such
 * precondition, which is why edits do not use them; creates have nothing to conflict with.
 *
 * An edit sends only the fields the rep changed from what was loaded: a field they did not touch
 * keeps whatever is stored (someone else's later value, or a value the rep cannot even read,
 * which the form shows blank), and a field they cannot edit is never written. Null when nothing
 * changed: there is nothing to save.
 */
export function goalUpdate(draft, loaded) {
    const before = loaded
        ? goalFieldValues({
            id: loaded.id,
            name: loaded.name,
            level: loaded.level ?? '',
            category: loaded.category,
            status: loaded.status,
            stakeholderId: loaded.stakeholder?.id ?? null,
            whyItMatters: loaded.whyItMatters,
            costOfInaction: loaded.cost,
            targetDate: loaded.targetDate
        })
        : null;
    return changes('goal', draft.id, goalFieldValues(draft), before);
}
export function kpiUpdate(draft, loaded) {
    const before = loaded
        ? kpiFieldValues({
            id: loaded.id,
            goalId: loaded.goalId ?? '',
            name: loaded.name,
            unit: loaded.unit,
            direction: loaded.direction ?? DIRECTIONS.Increase,
            baselineValue: loaded.baseline,
            baselineDate: loaded.baselineDate,
            targetValue: loaded.target,
            targetDate: loaded.targetDate,
            source: loaded.source
        })
        : null;
    // An unreadable direction loads as null: compare with what was loaded, not a default.
    if (before && !loaded?.direction)
        before.Direction__c = null;
    return changes('kpi', draft.id, kpiFieldValues(draft), before);
}
/** The fields whose value differs from what was loaded (blank = '' = null); all of them without a loaded record. */
function changes(kind, id, after, before) {
    const blankAsNull = (v) => (v === undefined || v === '' ? null : v);
    const changed = Object.entries(after).filter(([field, value]) => !before || blankAsNull(value) !== blankAsNull(before[field]));
    if (!changed.length)
        return null;
    return { kind, fields: { Id: id, ...Object.fromEntries(changed.map(([field, value]) => [field, blankAsNull(value)])) } };
}
/** Saves an edit; null when saved, else why not, for the form (values stay as typed). */
export async function runRecordUpdate(update, ifUnmodifiedSince) {
    try {
        await updateRecord({ fields: update.fields }, ifUnmodifiedSince ? { ifUnmodifiedSince } : undefined);
        return null;
    }
    catch (error) {
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
export function updateFailure(error, kind) {
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
    const fields = {};
    const fieldErrors = property(output, 'fieldErrors');
    if (fieldErrors && typeof fieldErrors === 'object') {
        for (const [field, entries] of Object.entries(fieldErrors)) {
            const message = property(list(entries)[0], 'message');
            if (typeof message === 'string')
                fields[field] = message;
        }
    }
    const page = pageErrors.map((e) => property(e, 'message')).filter((m) => typeof m === 'string');
    const form = page.length ? page.join(' ') : Object.keys(fields).length ? null : errorMessage(error) || LABELS.unknownError;
    return { reason: 'invalid', errors: { fields, form } };
}
function property(value, key) {
    return value && typeof value === 'object' ? Reflect.get(value, key) : undefined;
}
function list(value) {
    return Array.isArray(value) ? value : [];
}
