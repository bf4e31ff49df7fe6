import '#test/jest/installLabels';
import { createElement } from 'lwc';
import { executeMutation } from 'lightning/graphql';
import { asType } from 'c/outcomesFormat';
import OpportunityOutcomes from 'c/opportunityOutcomes';
import { picklistValues, validationRules } from '#test/jest/metadata';
import { all, flush, one, removeAll, shadow, text, wire } from './outcomesTestSupport';
import wonOverdue from './data/wonOverdue.json';
import wonWithHistory from './data/wonWithHistory.json';

/**
 * The follow-up section's accountability (issue 20): completing without a check-in needs a reason
 * from Follow_Up_Closed_Reason__c's values, the data model's refusal shows on the confirmation,
 * follow-up can be reopened, and a won deal whose Close Date is after the win is flagged.
 */

const mutate = jest.mocked(executeMutation);
/** sfdx-lwc-jest's test wire adapters (createLdsTestWireAdapter): emit() delivers data to the component. */
// The module instance the panel imports (unmocked), read by name: the test drives its adapters with emit().
const objectInfoApi: Record<string, unknown> = jest.requireActual('lightning/uiObjectInfoApi');
const objectInfo: OutcomesTest.TestWireAdapter = asType(objectInfoApi.getObjectInfo);
const reasons: OutcomesTest.TestWireAdapter = asType(objectInfoApi.getPicklistValues);
const REASONS = picklistValues('Opportunity', 'Follow_Up_Closed_Reason__c');
const RULE = validationRules().find((r) => r.name === 'Follow_Up_Complete_Needs_Reason')!;
const SAVED = { data: { uiapi: { opportunity: { Record: { Id: 'x' } } } }, errors: undefined };

/** A copy of a panel fixture with fields of its deal changed. */
function withDeal(data: unknown, change: object): unknown {
    const copy: OutcomesTest.OpportunityFixture = asType(JSON.parse(JSON.stringify(data)));
    Object.assign(copy.uiapi.query.Opportunity.edges[0]!.node, change);
    return copy;
}

function idOf(data: unknown): string {
    const fixture: OutcomesTest.OpportunityFixture = asType(data);
    return String(fixture.uiapi.query.Opportunity.edges[0]!.node.Id);
}

async function mount(data: unknown): Promise<ShadowRoot> {
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
        one(r, '.mark-complete').click();
        await flush();
        const combobox = one(r, '.close-reason');
        expect(Reflect.get(combobox, 'options')).toEqual(REASONS);
        one(r, '.confirm-complete-button').click();
        await flush();
        expect(mutate).not.toHaveBeenCalled();
        expect(text(one(r, '.close-reason-error'))).toBe(RULE.message);
        expect(r.querySelector('.confirm-complete')).not.toBeNull();
    });

    it('saves complete and the reason in one update', async () => {
        mutate.mockResolvedValue(SAVED);
        const r = await mount(wonOverdue);
        one(r, '.mark-complete').click();
        await flush();
        one(r, '.close-reason').dispatchEvent(new CustomEvent('change', { detail: { value: REASONS[2]!.value } }));
        await flush();
        one(r, '.confirm-complete-button').click();
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
        one(r, '.mark-complete').click();
        await flush();
        expect(r.querySelector('.close-reason')).toBeNull();
        one(r, '.confirm-complete-button').click();
        await flush();
        expect(text(one(r, '.close-reason-error'))).toBe(RULE.message);
        expect(r.querySelector('.close-reason')).not.toBeNull();
        expect(r.querySelector('.action-error')).toBeNull();
    });

    it('is disabled while the check-in form is open', async () => {
        const r = await mount(wonOverdue);
        expect(Reflect.get(one(r, '.mark-complete'), 'disabled')).toBe(false);
        one(r, '.log-check-in').click();
        await flush();
        expect(Reflect.get(one(r, '.mark-complete'), 'disabled')).toBe(true);
    });
});

describe('a completed deal', () => {
    const closed = withDeal(wonOverdue, {
        Follow_Up_Complete__c: { value: true },
        Follow_Up_Status__c: { value: 'Complete' },
        Next_Follow_Up_Due__c: { value: null, displayValue: null },
        Follow_Up_Closed_Reason__c: { value: REASONS[2]!.value, displayValue: REASONS[2]!.label },
        Closed_Without_Check_In__c: { value: true }
    });

    it('shows why it was closed without a check-in, and offers Reopen instead of Mark complete', async () => {
        const r = await mount(closed);
        expect(text(one(r, '.closed-reason'))).toBe(`Closed without a check-in: ${REASONS[2]!.label}`);
        expect(r.querySelector('.mark-complete')).toBeNull();
        expect(all(r, '.reopen-follow-up')).toHaveLength(1);
    });

    it('reopens: clears complete and the reason in one update', async () => {
        mutate.mockResolvedValue(SAVED);
        const r = await mount(closed);
        one(r, '.reopen-follow-up').click();
        await flush();
        expect(mutate.mock.calls[0]?.[0]?.variables).toEqual({
            input: { Id: idOf(closed), Opportunity: { Follow_Up_Complete__c: false, Follow_Up_Closed_Reason__c: null } }
        });
    });

    it('a refused reopen says why', async () => {
        mutate.mockResolvedValue({ data: undefined, errors: [{ message: 'Record is locked', path: ['uiapi', 'opportunity'] }] });
        const r = await mount(closed);
        one(r, '.reopen-follow-up').click();
        await flush();
        expect(text(one(r, '.action-error p'))).toBe("Follow-up wasn't reopened: Record is locked");
    });
});

describe('won with a future Close Date', () => {
    it('flags it with the win day and the Close Date', async () => {
        const r = await mount(
            withDeal(wonOverdue, {
                CloseDate: { value: '2026-09-30', displayValue: '9/30/2026' },
                Won_On__c: { value: '2026-01-11', displayValue: '1/11/2026' },
                Won_With_Future_Close_Date__c: { value: true }
            })
        );
        expect(text(one(r, '.future-close-date'))).toContain('Won on 1/11/2026, but the Close Date is 9/30/2026');
    });

    it('says nothing when the flag is off', async () => {
        const r = await mount(
            withDeal(wonOverdue, {
                Won_On__c: { value: '2026-01-11', displayValue: '1/11/2026' },
                Won_With_Future_Close_Date__c: { value: false }
            })
        );
        expect(r.querySelector('.future-close-date')).toBeNull();
    });
});
