import '#test/jest/installLabels';
import { updateRecord } from 'lightning/uiRecordApi';
import { goalUpdate, kpiUpdate, runRecordUpdate, updateFailure } from 'c/outcomesRecordUpdates';
import { mapGoal } from 'c/outcomesMappers';
import type { GoalDraft, KpiDraft } from 'c/outcomesValidation';

const update = jest.mocked(updateRecord);

afterEach(() => jest.clearAllMocks());

const goal: GoalDraft = {
    id: 'a0BHs0000000075AAE',
    name: 'Collect in under 40 days',
    level: 'Department',
    category: null,
    status: 'Agreed',
    stakeholderId: null,
    whyItMatters: null,
    costOfInaction: null,
    targetDate: '2026-12-17'
};

/** The goal as the panel loaded it (what the edit form opened with). */
const loadedGoal = mapGoal(
    {
        Id: 'a0BHs0000000075AAE',
        Name: { value: 'Collect in under 40 days' },
        Level__c: { value: 'Department' },
        Category__c: { value: null },
        Status__c: { value: 'Agreed' },
        Stakeholder__c: { value: null },
        Why_It_Matters__c: { value: null },
        Cost_Of_Inaction__c: { value: null },
        Target_Date__c: { value: '2026-12-17' }
    },
    []
);

const kpiDraft: KpiDraft = {
    id: 'a0CHs0000000091AAE',
    goalId: 'a0BHs0000000075AAE',
    name: 'DSO',
    unit: 'days',
    direction: 'Decrease',
    baselineValue: 60,
    baselineDate: '2025-12-12',
    targetValue: 40,
    targetDate: '2026-12-17',
    source: null
};

describe('goal and KPI edits', () => {
    it('send only the fields changed from what was loaded, a cleared one as null', () => {
        expect(goalUpdate({ ...goal, name: 'Collect in under 35 days', targetDate: null }, loadedGoal)).toEqual({
            kind: 'goal',
            fields: { Id: 'a0BHs0000000075AAE', Name: 'Collect in under 35 days', Target_Date__c: null }
        });
    });

    it('send nothing when nothing changed (blank, empty and unreadable fields compare equal)', () => {
        expect(goalUpdate({ ...goal, whyItMatters: null }, loadedGoal)).toBeNull();
    });

    it('never write a field the rep could not read and left alone (loaded absent, shown blank)', () => {
        const unreadableCost = { ...loadedGoal, cost: null };
        expect(goalUpdate({ ...goal, costOfInaction: null, name: 'X' }, unreadableCost)?.fields).not.toHaveProperty('Cost_Of_Inaction__c');
    });

    it('without the loaded record, send every field of the form', () => {
        const kpi = kpiUpdate(kpiDraft, null);
        expect(kpi?.fields).toMatchObject({ Id: 'a0CHs0000000091AAE', Baseline_Value__c: 60, Measurement_Source__c: null });
        // The goal a KPI belongs to is fixed (master-detail): an edit never sends it.
        expect(kpi?.fields).not.toHaveProperty('Customer_Goal__c');
    });

    it('ask the org to refuse the write if the record changed after the date loaded', async () => {
        update.mockResolvedValueOnce({ id: goal.id ?? '', apiName: 'Customer_Goal__c', fields: {} });
        const edit = goalUpdate({ ...goal, name: 'Y' }, loadedGoal);
        if (!edit) throw new Error('expected a change');
        expect(await runRecordUpdate(edit, '2026-03-01T10:00:00.000Z')).toBeNull();
        expect(update).toHaveBeenCalledWith({ fields: { Id: goal.id, Name: 'Y' } }, { ifUnmodifiedSince: '2026-03-01T10:00:00.000Z' });
    });

    it('without a loaded date, save without the check (nothing to compare with)', async () => {
        const edit = kpiUpdate(kpiDraft, null);
        if (!edit) throw new Error('expected a change');
        await runRecordUpdate(edit, null);
        expect(update.mock.calls[0]?.[1]).toBeUndefined();
    });
});

describe('updateFailure', () => {
    it('412 (If-Unmodified-Since failed): someone else changed it', () => {
        expect(updateFailure({ status: 412, body: [{ errorCode: 'PRECONDITION_FAILED', message: 'x' }] }, 'kpi')).toEqual({
            reason: 'conflict',
            errors: { fields: {}, form: expect.stringContaining('Someone else changed this KPI after you opened it.') }
        });
    });

    it('404 or ENTITY_IS_DELETED: someone else deleted it', () => {
        expect(updateFailure({ status: 404, body: [{ errorCode: 'NOT_FOUND', message: 'x' }] }, 'goal').reason).toBe('deleted');
        const failure = updateFailure({ status: 400, body: [{ errorCode: 'ENTITY_IS_DELETED', message: 'entity is deleted' }] }, 'goal');
        expect(failure.reason).toBe('deleted');
        expect(failure.errors.form).toContain('Someone else deleted this goal after you opened it.');
    });

    it('field errors go on their fields (data-key = field API name), page errors at the top', () => {
        const failure = updateFailure(
            {
                status: 400,
                body: {
                    message: 'Validation failed',
                    output: {
                        errors: [{ errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: 'The goal is locked for review.' }],
                        fieldErrors: {
                            Target_Date__c: [
                                { errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: 'Target date must be after today.' }
                            ]
                        }
                    }
                }
            },
            'goal'
        );
        expect(failure).toEqual({
            reason: 'invalid',
            errors: { fields: { Target_Date__c: 'Target date must be after today.' }, form: 'The goal is locked for review.' }
        });
    });

    it('a network failure (no status, no body) says what the browser said, or that something went wrong', () => {
        expect(updateFailure(new TypeError('Failed to fetch'), 'goal').errors).toEqual({ fields: {}, form: 'Failed to fetch' });
        expect(updateFailure(undefined, 'goal').errors.form).toBe('Something went wrong. Try again.');
    });
});
