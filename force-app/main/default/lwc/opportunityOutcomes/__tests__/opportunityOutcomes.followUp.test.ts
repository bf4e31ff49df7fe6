import '#test/jest/installLabels';
import { createElement } from 'lwc';
import { executeMutation } from 'lightning/graphql';
import OpportunityOutcomes from 'c/opportunityOutcomes';
import { picklistValues, validationRules } from '#test/jest/metadata';
import { clone, deepAll, deepOne, deepQuery, flush, one, removeAll, shadow, testWireAdapter, text, wire } from './outcomesTestSupport';
import type { OpportunityFixture } from './outcomesTestSupport';
import wonOverdue from './data/wonOverdue.json';
import wonWithHistory from './data/wonWithHistory.json';
import wonEarly from './data/wonEarly.json';
import closedWithoutCheckIn from './data/closedWithoutCheckIn.json';

/**
 * The follow-up section's accountability (issue 20): completing without a check-in needs a reason
 * from Follow_Up_Closed_Reason__c's values, the data model's refusal shows on the confirmation,
 * follow-up can be reopened, and a won deal whose Close Date is after the win is flagged.
 */

const mutate = jest.mocked(executeMutation);
/** sfdx-lwc-jest's test wire adapters (createLdsTestWireAdapter): emit() delivers data to the component. */
// The module instance the panel imports (unmocked), read by name: the test drives its adapters with emit().
const objectInfoApi: Record<string, unknown> = jest.requireActual('lightning/uiObjectInfoApi');
const objectInfo = testWireAdapter(objectInfoApi.getObjectInfo, 'getObjectInfo');
const reasons = testWireAdapter(objectInfoApi.getPicklistValues, 'getPicklistValues');
const REASONS = picklistValues('Opportunity', 'Follow_Up_Closed_Reason__c');
const RULE = validationRules().find((r) => r.name === 'Follow_Up_Complete_Needs_Reason')!;
const SAVED = { data: { uiapi: { opportunity: { Record: { Id: 'x' } } } }, errors: undefined };

/** A copy of a panel fixture with fields of its deal changed. */
function withDeal(data: OpportunityFixture, change: object): OpportunityFixture {
    const copy = clone(data);
    Object.assign(copy.uiapi.query.Opportunity.edges[0]!.node, change);
    return copy;
}

function idOf(data: OpportunityFixture): string {
    return String(data.uiapi.query.Opportunity.edges[0]!.node.Id);
}

async function mount(data: OpportunityFixture): Promise<ShadowRoot> {
    const element = createElement('c-opportunity-outcomes', { is: OpportunityOutcomes });
    Object.assign(element, { recordId: idOf(data) });
    document.body.appendChild(element);
    wire.emit(data, undefined, () => Promise.resolve());
    objectInfo.emit({ apiName: 'Opportunity', defaultRecordTypeId: '012000000000000AAA', fields: {} });
    reasons.emit({ values: REASONS, defaultValue: null });
    await flush();
    return shadow(element);
}

beforeEach(() => wire.resetRequests());
afterEach(() => {
    removeAll();
    jest.clearAllMocks();
});

describe('mark follow-up complete without a check-in', () => {
    it('asks why, offering the picklist values of Follow_Up_Closed_Reason__c, and says what is missing without saving', async () => {
        const r = await mount(wonOverdue);
        deepOne(r, '.mark-complete').click();
        await flush();
        const combobox = deepOne(r, '.close-reason');
        expect(Reflect.get(combobox, 'options')).toEqual(REASONS);
        deepOne(r, '.confirm-complete-button').click();
        await flush();
        expect(mutate).not.toHaveBeenCalled();
        expect(text(deepOne(r, '.close-reason-error'))).toBe(RULE.message);
        expect(deepQuery(r, '.confirm-complete')).not.toBeNull();
    });

    it('saves complete and the reason in one update', async () => {
        mutate.mockResolvedValue(SAVED);
        const r = await mount(wonOverdue);
        deepOne(r, '.mark-complete').click();
        await flush();
        deepOne(r, '.close-reason').dispatchEvent(new CustomEvent('change', { detail: { value: REASONS[2]!.value } }));
        await flush();
        deepOne(r, '.confirm-complete-button').click();
        await flush();
        expect(mutate).toHaveBeenCalledTimes(1);
        expect(mutate.mock.calls[0]?.[0]?.variables).toEqual({
            input: { Id: idOf(wonOverdue), Opportunity: { Follow_Up_Complete__c: true, Follow_Up_Closed_Reason__c: REASONS[2]!.value } }
        });
    });

    it("shows the data model's refusal on the reason (a stale page showed check-ins), keeping the confirmation open", async () => {
        mutate.mockResolvedValue({
            data: { uiapi: { opportunity: null } },
            errors: [
                {
                    message: RULE.message,
                    path: ['uiapi', 'opportunity'],
                    extensions: {
                        errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                        fieldErrors: { [RULE.field]: [{ message: RULE.message }] }
                    }
                }
            ]
        });
        const r = await mount(wonWithHistory);
        deepOne(r, '.mark-complete').click();
        await flush();
        expect(deepQuery(r, '.close-reason')).toBeNull();
        deepOne(r, '.confirm-complete-button').click();
        await flush();
        expect(text(deepOne(r, '.close-reason-error'))).toBe(RULE.message);
        expect(deepQuery(r, '.close-reason')).not.toBeNull();
        expect(deepQuery(r, '.action-error')).toBeNull();
    });

    it('is disabled while the check-in form is open', async () => {
        const r = await mount(wonOverdue);
        expect(Reflect.get(deepOne(r, '.mark-complete'), 'disabled')).toBe(false);
        deepOne(r, '.log-check-in').click();
        await flush();
        expect(Reflect.get(deepOne(r, '.mark-complete'), 'disabled')).toBe(true);
    });
});

describe('a completed deal', () => {
    // The sample's gift-card deal: won, then follow-up closed without a check-in ("Contract cancelled").
    const closed = closedWithoutCheckIn;
    const reason = REASONS.find((r) => r.value === closed.uiapi.query.Opportunity.edges[0]!.node.Follow_Up_Closed_Reason__c.value)!;

    it('shows why it was closed without a check-in, and offers Reopen instead of Mark complete', async () => {
        const r = await mount(closed);
        expect(text(deepOne(r, '.closed-reason'))).toBe(`Closed without a check-in: ${reason.label}`);
        expect(deepQuery(r, '.mark-complete')).toBeNull();
        expect(deepAll(r, '.reopen-follow-up')).toHaveLength(1);
    });

    it('reopens: clears complete and the reason in one update', async () => {
        mutate.mockResolvedValue(SAVED);
        const r = await mount(closed);
        deepOne(r, '.reopen-follow-up').click();
        await flush();
        expect(mutate.mock.calls[0]?.[0]?.variables).toEqual({
            input: { Id: idOf(closed), Opportunity: { Follow_Up_Complete__c: false, Follow_Up_Closed_Reason__c: null } }
        });
    });

    it('a refused reopen says why', async () => {
        mutate.mockResolvedValue({ data: undefined, errors: [{ message: 'Record is locked', path: ['uiapi', 'opportunity'] }] });
        const r = await mount(closed);
        deepOne(r, '.reopen-follow-up').click();
        await flush();
        expect(text(deepOne(r, '.action-error p'))).toBe("Follow-up wasn't reopened: Record is locked");
    });
});

describe('won with a future Close Date', () => {
    it('flags it with the win day and the Close Date', async () => {
        // The sample's supplier-portal deal: won today (2026-03-02), Close Date still the forecast.
        const r = await mount(wonEarly);
        const warning = one(shadow(deepOne(r, '.future-close-date')), '[role="status"]');
        expect(text(warning)).toContain('Won on 3/2/2026, but the Close Date is 7/30/2026');
    });

    it('says nothing when the flag is off', async () => {
        const r = await mount(
            withDeal(wonOverdue, {
                Won_On__c: { value: '2026-01-11', displayValue: '1/11/2026' },
                Won_With_Future_Close_Date__c: { value: false }
            })
        );
        expect(deepQuery(r, '.future-close-date')).toBeNull();
    });
});
