import '#test/jest/installLabels';
import { createElement } from 'lwc';
import { executeMutation } from 'lightning/graphql';
import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import { CloseActionScreenEvent } from 'lightning/actions';
import { publish } from 'lightning/messageService';
import CHECK_IN_LOGGED from '@salesforce/messageChannel/Check_In_Logged__c';
import CheckInQuickAction from 'c/checkInQuickAction';
import { OPPORTUNITY_OUTCOMES_QUERY } from 'c/outcomesQueries';
import { todayIso } from 'c/outcomesFormat';
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
    spyOnValidity,
    text,
    validityMessages,
    wire
} from '../../opportunityOutcomes/__tests__/outcomesTestSupport';
// The Opportunity panel's generated fixtures (npm run fixtures:panels): the action reads the same query.
import wonOverdue from '../../opportunityOutcomes/__tests__/data/wonOverdue.json';
import openWithGoals from '../../opportunityOutcomes/__tests__/data/openWithGoals.json';
import loadError from '../../opportunityOutcomes/__tests__/data/loadError.json';
import logCheckInSuccess from '../../opportunityOutcomes/__tests__/data/logCheckInSuccess.json';
import logCheckInReadingError from '../../opportunityOutcomes/__tests__/data/logCheckInReadingError.json';

const NORTHWIND_AR = wonOverdue.uiapi.query.Opportunity.edges[0]!.node.Id;
const KPI_NAMES = wonOverdue.uiapi.query.Customer_KPI__c.edges.map((edge) => edge.node.Name.value);
const kpiId = (name: string): string => wonOverdue.uiapi.query.Customer_KPI__c.edges.find((edge) => edge.node.Name.value === name)!.node.Id;

const mutate = jest.mocked(executeMutation);
const notify = jest.mocked(notifyRecordUpdateAvailable);
const published = jest.mocked(publish);

beforeEach(() => {
    wire.resetRequests();
    jest.spyOn(HTMLElement.prototype, 'focus');
});

afterEach(() => {
    removeAll();
    jest.clearAllMocks();
    jest.restoreAllMocks();
});

interface Mounted {
    element: HTMLElement;
    closes: Event[];
    /** The plain `close` events the mobile app's Aura action (aura/checkInQuickActionMobile) handles. */
    auraCloses: Event[];
    toasts: string[];
}

/** Opens the action on a deal, as the record page does (recordId set after creation), and answers its query. */
async function open(data: unknown, recordId = NORTHWIND_AR): Promise<Mounted> {
    const element = createElement('c-check-in-quick-action', { is: CheckInQuickAction });
    const closes: Event[] = [];
    const auraCloses: Event[] = [];
    const toasts: string[] = [];
    element.addEventListener('lightning__closeactionscreen', (event) => closes.push(event));
    element.addEventListener('close', (event) => auraCloses.push(event));
    element.addEventListener('lightning__showtoast', (event) => toasts.push(String(Reflect.get(Reflect.get(event, 'detail'), 'title'))));
    document.body.appendChild(element);
    Object.assign(element, { recordId, objectApiName: 'Opportunity' });
    await flush();
    if (data) wire.emit(data);
    await flush();
    return { element, closes, auraCloses, toasts };
}

function form(element: HTMLElement): ShadowRoot {
    return shadow(deepOne(shadow(element), '.check-in-form'));
}

describe('Log check-in quick action', () => {
    it("reads the deal with the Opportunity panel's one query and shows its check-in form: a reading row per KPI, the customer contacts", async () => {
        const { element } = await open(wonOverdue);
        expect(wire.requests).toEqual([
            expect.objectContaining({ query: String(OPPORTUNITY_OUTCOMES_QUERY), operationName: 'OpportunityOutcomes' })
        ]);
        expect(wire.requests[0]?.variables).toMatchObject({ recordId: NORTHWIND_AR });
        const f = form(element);
        expect(Reflect.get(byLabel(f, 'lightning-input', 'Check-In Date'), 'value')).toBe(todayIso());
        for (const name of KPI_NAMES)
            expect(deepAll(f, 'lightning-input').some((i) => String(Reflect.get(i, 'label')).startsWith(name))).toBe(true);
        const contacts = Reflect.get(byLabel(f, 'lightning-combobox', 'Customer Contact'), 'options') as { label: string; value: string }[];
        expect(contacts[0]).toEqual({ label: 'None', value: '' });
        expect(contacts.length).toBeGreaterThan(1);
        await expect(element).toBeAccessible();
    });

    it('saves check-in and two readings in one all-or-nothing request, then toasts, tells the page and closes', async () => {
        mutate.mockResolvedValue({ data: logCheckInSuccess, errors: undefined });
        const { element, closes, auraCloses, toasts } = await open(wonOverdue);
        const f = form(element);
        change(byLabel(f, 'lightning-textarea', 'Summary'), { value: 'Phone call from the car park: DSO at 55.' });
        change(byLabel(f, 'lightning-input', 'Days sales outstanding (days)'), { value: '55' });
        change(byLabel(f, 'lightning-input', 'Unapplied cash items (items)'), { value: '120' });
        formButton(f, 'save').click();
        await flush();

        expect(mutate).toHaveBeenCalledTimes(1);
        const call = mutate.mock.calls[0]?.[0];
        expect(String(call?.query)).toContain('uiapi(input: { allOrNone: true })');
        expect(String(call?.query).match(/: KPI_Measurement__cCreate\(/g)).toHaveLength(2);
        expect(call?.variables).toMatchObject({
            checkIn: { Success_Check_In__c: { Opportunity__c: NORTHWIND_AR, Summary__c: 'Phone call from the car park: DSO at 55.' } },
            m0Kpi: kpiId('Days sales outstanding'),
            m0Value: 55,
            m1Kpi: kpiId('Unapplied cash items'),
            m1Value: 120
        });
        expect(toasts).toEqual(['Check-in saved']);
        expect(published).toHaveBeenCalledTimes(1);
        expect(published.mock.calls[0]?.[1]).toBe(CHECK_IN_LOGGED);
        expect(published.mock.calls[0]?.[2]).toEqual({ recordId: NORTHWIND_AR });
        expect(notify).toHaveBeenCalledWith([{ recordId: NORTHWIND_AR }]);
        expect(closes).toHaveLength(1);
        // Its type is the stand-in's: only CloseActionScreenEvent (lightning/actions) dispatches it.
        expect(closes[0]?.type).toBe(new CloseActionScreenEvent().type);
        expect(auraCloses).toHaveLength(1);
    });

    it('a refused save keeps the action open with everything typed and the message on the reading; nothing is announced', async () => {
        mutate.mockResolvedValue(logCheckInReadingError);
        const { element, closes, auraCloses, toasts } = await open(wonOverdue);
        const f = form(element);
        const validity = spyOnValidity(f);
        change(byLabel(f, 'lightning-textarea', 'Summary'), { value: 'Numbers from the ERP export.' });
        change(byLabel(f, 'lightning-input', 'Days sales outstanding (days)'), { value: '55' });
        change(byLabel(f, 'lightning-input', 'Unapplied cash items (items)'), { value: '12345678901234' });
        formButton(f, 'save').click();
        await flush();

        expect(closes).toEqual([]);
        expect(auraCloses).toEqual([]);
        expect(toasts).toEqual([]);
        expect(published).not.toHaveBeenCalled();
        expect(notify).not.toHaveBeenCalled();
        expect(Reflect.get(byLabel(f, 'lightning-textarea', 'Summary'), 'value')).toBe('Numbers from the ERP export.');
        expect(Reflect.get(byLabel(f, 'lightning-input', 'Days sales outstanding (days)'), 'value')).toBe('55');
        expect(validityMessages(validity)).toEqual({
            'Unapplied cash items (items)': 'Value: value outside of valid range on numeric field: 123456789012345'
        });
        await expect(element).toBeAccessible();
    });

    it('a network failure says nothing was saved, at the top of the form, which stays open', async () => {
        mutate.mockRejectedValue(new Error('Failed to fetch'));
        const { element, closes } = await open(wonOverdue);
        const f = form(element);
        change(byLabel(f, 'lightning-textarea', 'Summary'), { value: 'Kick-off.' });
        formButton(f, 'save').click();
        await flush();
        expect(text(deepOne(formErrorAlert(f), 'p'))).toBe('Nothing was saved: Failed to fetch');
        expect(Reflect.get(byLabel(f, 'lightning-textarea', 'Summary'), 'value')).toBe('Kick-off.');
        expect(closes).toEqual([]);
    });

    it('Cancel closes the action and saves nothing', async () => {
        const { element, closes } = await open(wonOverdue);
        formButton(form(element), 'cancel').click();
        await flush();
        expect(mutate).not.toHaveBeenCalled();
        expect(closes).toHaveLength(1);
    });

    it('Cancel also dispatches a plain close event, on the action only, for the Aura action that hosts it in the mobile app', async () => {
        const { element, auraCloses } = await open(wonOverdue);
        const heard: Event[] = [];
        document.body.addEventListener('close', (event) => heard.push(event));
        formButton(form(element), 'cancel').click();
        await flush();
        expect(auraCloses).toHaveLength(1);
        expect(auraCloses[0]).toBeInstanceOf(CustomEvent);
        // Not bubbling: only the host's onclose handler (aura:component's c.close) hears it.
        expect(heard).toEqual([]);
    });

    it('on a deal not won yet it says check-ins follow the win, with no form, and Close closes', async () => {
        const { element, closes } = await open(openWithGoals, openWithGoals.uiapi.query.Opportunity.edges[0]!.node.Id);
        const r = shadow(element);
        expect(deepQuery(r, '.check-in-form')).toBeNull();
        expect(text(deepOne(r, '.not-won'))).toBe("Check-ins are logged after the deal is won. This deal isn't won yet.");
        deepOne(r, '.close-action').click();
        expect(closes).toHaveLength(1);
        await expect(element).toBeAccessible();
    });

    it('a failed read shows why with Retry, and no form', async () => {
        const element = createElement('c-check-in-quick-action', { is: CheckInQuickAction });
        document.body.appendChild(element);
        Object.assign(element, { recordId: NORTHWIND_AR });
        await flush();
        const refresh = jest.fn(() => Promise.resolve());
        wire.emitErrors(loadError, undefined, refresh);
        await flush();
        const r = shadow(element);
        expect(deepQuery(r, '.check-in-form')).toBeNull();
        const frame = shadow(deepOne(r, 'c-outcomes-panel-frame'));
        expect(text(deepOne(frame, '.load-error'))).toContain("Customer outcomes couldn't be loaded");
        deepOne(frame, '.retry').click();
        await flush();
        expect(refresh).toHaveBeenCalledTimes(1);
    });
});
