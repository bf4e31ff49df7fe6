import '#test/jest/installLabels';
import { createElement } from 'lwc';
import { executeMutation } from 'lightning/graphql';
import { updateRecord } from 'lightning/uiRecordApi';
import OpportunityOutcomes from 'c/opportunityOutcomes';
import {
    byLabel,
    change,
    deepAll,
    deepOne,
    deepQuery,
    flush,
    formButton,
    formErrorAlert,
    removeAll,
    shadow,
    text,
    wire
} from './outcomesTestSupport';
import openWithGoals from './data/openWithGoals.json';
import editedElsewhere from './data/openWithGoalsEditedElsewhere.json';

/**
 * Someone else changed or deleted a goal while this rep had it open for editing. The edit goes
 * through updateRecord with ifUnmodifiedSince = the goal's LastModifiedDate as loaded; the org
 * answers 412 (changed) or 404 (deleted). Nothing is overwritten silently and nothing typed is
 * lost. (The error bodies follow the UI API's documented shapes; unverified in an org.)
 */
const update = jest.mocked(updateRecord);
const mutate = jest.mocked(executeMutation);

/** The goal the rep edits (the first shown), as loaded, and as re-read after someone else renamed it. */
const GOAL = 'Take field technicians off collection calls';
const goalOf = (data: typeof openWithGoals): { Id: string; LastModifiedDate: { value: string } } =>
    data.uiapi.query.Opportunity.edges[0]!.node.Customer_Goals__r.edges.find((edge) => edge.node.Name.value === GOAL)!.node;
const LOADED = goalOf(openWithGoals).LastModifiedDate.value;
const THEIRS = editedElsewhere.uiapi.query.Opportunity.edges[0]!.node.Customer_Goals__r.edges.find(
    (edge) => edge.node.Id === goalOf(openWithGoals).Id
)!.node.LastModifiedDate.value;

afterEach(() => {
    removeAll();
    jest.clearAllMocks();
    jest.restoreAllMocks();
});

/** Mounts the panel; the refresh re-emits `afterRefresh` as the org's re-read would. */
async function mount(afterRefresh: unknown): Promise<{ root: ShadowRoot; refresh: jest.Mock }> {
    const element = createElement('c-opportunity-outcomes', { is: OpportunityOutcomes });
    Object.assign(element, { recordId: openWithGoals.uiapi.query.Opportunity.edges[0]!.node.Id });
    document.body.appendChild(element);
    const refresh = jest.fn(() => {
        wire.emit(afterRefresh, undefined, refresh);
        return Promise.resolve();
    });
    wire.emit(openWithGoals, undefined, refresh);
    await flush();
    return { root: shadow(element), refresh };
}

async function editFirstGoal(root: ShadowRoot, name: string): Promise<ShadowRoot> {
    deepOne(root, '.edit-goal').click();
    await flush();
    const form = shadow(deepOne(root, '.goal-form'));
    change(byLabel(form, 'lightning-input', 'Goal'), { value: name });
    formButton(form, 'save').click();
    await flush();
    return form;
}

describe('an edit of a goal someone else changed meanwhile', () => {
    it('is sent with the LastModifiedDate loaded with the goal', async () => {
        const { root } = await mount(openWithGoals);
        await editFirstGoal(root, 'Collect in under 35 days');
        expect(update).toHaveBeenCalledTimes(1);
        expect(update.mock.calls[0]?.[1]).toEqual({ ifUnmodifiedSince: LOADED });
        expect(mutate).not.toHaveBeenCalled();
    });

    it('saves nothing, says so in the form, keeps what was typed and re-reads the panel', async () => {
        update.mockRejectedValueOnce({ status: 412, body: [{ errorCode: 'PRECONDITION_FAILED', message: 'The record was modified.' }] });
        const { root, refresh } = await mount(editedElsewhere);
        const form = await editFirstGoal(root, 'Collect in under 35 days');
        expect(text(formErrorAlert(form))).toContain('Someone else changed this goal after you opened it.');
        expect(text(formErrorAlert(form))).toContain('Save again to save your changes over theirs');
        expect(Reflect.get(byLabel(form, 'lightning-input', 'Goal'), 'value')).toBe('Collect in under 35 days');
        expect(refresh).toHaveBeenCalledTimes(1);
        expect(deepQuery(root, '.goal-form')).not.toBeNull();
    });

    it('a second Save, after being told, replaces their version: checked against the date re-read', async () => {
        update.mockRejectedValueOnce({ status: 412, body: [{ errorCode: 'PRECONDITION_FAILED', message: 'The record was modified.' }] });
        expect(THEIRS).not.toBe(LOADED);
        const { root } = await mount(editedElsewhere);
        const form = await editFirstGoal(root, 'Collect in under 35 days');
        formButton(form, 'save').click();
        await flush();
        expect(update).toHaveBeenCalledTimes(2);
        expect(update.mock.calls[1]?.[1]).toEqual({ ifUnmodifiedSince: THEIRS });
        expect(update.mock.calls[1]?.[0]).toMatchObject({ fields: { Name: 'Collect in under 35 days' } });
        expect(deepQuery(root, '.goal-form')).toBeNull();
    });
});

describe('an edit of a goal someone else deleted meanwhile', () => {
    it('says so and keeps the form and what was typed; the panel re-reads only once the form is closed', async () => {
        update.mockRejectedValueOnce({ status: 404, body: [{ errorCode: 'ENTITY_IS_DELETED', message: 'entity is deleted' }] });
        const { root, refresh } = await mount(openWithGoals);
        const goalsBefore = deepAll(root, '.goal').length;
        const form = await editFirstGoal(root, 'Collect in under 35 days');
        expect(text(formErrorAlert(form))).toContain('Someone else deleted this goal after you opened it.');
        expect(Reflect.get(byLabel(form, 'lightning-input', 'Goal'), 'value')).toBe('Collect in under 35 days');
        expect(refresh).not.toHaveBeenCalled();
        expect(deepAll(root, '.goal')).toHaveLength(goalsBefore);
        formButton(form, 'cancel').click();
        await flush();
        expect(refresh).toHaveBeenCalledTimes(1);
    });
});
