import '#test/jest/installLabels';
import { createElement } from 'lwc';
import CheckInForm from 'c/checkInForm';
import { mapKpi } from 'c/outcomesMappers';
import { todayIso } from 'c/outcomesFormat';
import {
    byLabel,
    change,
    flush,
    formButton,
    formErrorAlert,
    one,
    removeAll,
    shadow,
    spyOnValidity,
    text,
    validityMessages
} from '../../opportunityOutcomes/__tests__/outcomesTestSupport';

const kpis = [
    mapKpi({ Id: 'k1', Name: { value: 'Days sales outstanding' }, Unit__c: { value: 'days' } }),
    mapKpi({ Id: 'k2', Name: { value: 'NPS' }, Unit__c: { value: '' } })
];
const contactOptions = [
    { label: 'None', value: '' },
    { label: 'Dana Whitfield (Chief Financial Officer)', value: '003A' }
];

async function mount(): Promise<HTMLElement> {
    const element = createElement('c-check-in-form', { is: CheckInForm });
    Object.assign(element, { kpis, contactOptions });
    document.body.appendChild(element);
    await flush();
    return element;
}

function saves(element: HTMLElement): unknown[] {
    const seen: unknown[] = [];
    element.addEventListener('save', (event) => seen.push(Reflect.get(event, 'detail')));
    return seen;
}

describe('c-check-in-form', () => {
    afterEach(removeAll);

    it('starts on today with the org defaults, a labelled reading per KPI, and is accessible', async () => {
        const element = await mount();
        const r = shadow(element);
        expect(Reflect.get(byLabel(r, 'lightning-input', 'Check-In Date'), 'value')).toBe(todayIso());
        expect(Reflect.get(byLabel(r, 'lightning-input', 'Check-In Date'), 'max')).toBe(todayIso());
        expect(Reflect.get(byLabel(r, 'lightning-combobox', 'Type'), 'value')).toBe('Call');
        expect(Reflect.get(byLabel(r, 'lightning-combobox', 'Customer Sentiment'), 'value')).toBe('Neutral');
        expect(byLabel(r, 'lightning-input', 'Days sales outstanding (days)')).toBeTruthy();
        expect(byLabel(r, 'lightning-input', 'NPS')).toBeTruthy();
        expect(byLabel(r, 'lightning-input', 'Customer confirmed the NPS reading')).toBeTruthy();
        await expect(element).toBeAccessible();
    });

    it('emits the typed values, readings parsed, only for KPIs with a value', async () => {
        const element = await mount();
        const seen = saves(element);
        const r = shadow(element);
        change(byLabel(r, 'lightning-combobox', 'Customer Contact'), { value: '003A' });
        change(byLabel(r, 'lightning-combobox', 'Implementation Status'), { value: 'Live' });
        change(byLabel(r, 'lightning-textarea', 'Summary'), { value: 'Live in all regions <b>today</b>.' });
        change(byLabel(r, 'lightning-input', 'Next Step'), { value: 'Quarterly review' });
        change(byLabel(r, 'lightning-input', 'NPS'), { value: '1,204.5' });
        change(byLabel(r, 'lightning-input', 'Customer confirmed the NPS reading'), { checked: true });
        formButton(r, 'save').click();
        await flush();
        expect(seen).toEqual([
            {
                checkInDate: todayIso(),
                type: 'Call',
                contactId: '003A',
                implementationStatus: 'Live',
                sentiment: 'Neutral',
                summary: 'Live in all regions <b>today</b>.',
                nextStep: 'Quarterly review',
                nextCheckInDate: null,
                readings: [{ kpiId: 'k2', value: 1204.5, confirmed: true }]
            }
        ]);
    });

    it('stops a next check-in date that is not after the check-in', async () => {
        const element = await mount();
        const seen = saves(element);
        const r = shadow(element);
        const validity = spyOnValidity(r);
        change(byLabel(r, 'lightning-textarea', 'Summary'), { value: 'ok' });
        change(byLabel(r, 'lightning-input', 'Next Check-In Date'), { value: todayIso() });
        formButton(r, 'save').click();
        await flush();
        expect(seen).toEqual([]);
        expect(validityMessages(validity)).toEqual({
            'Next Check-In Date': expect.stringContaining("Next check-in date must be after this check-in's date")
        });
        expect(text(one(formErrorAlert(r), 'p'))).toBe('Nothing was saved. Fix the highlighted fields and save again.');
        await expect(element).toBeAccessible();
    });

    it('shows a failed save at the fields the org named and keeps every value', async () => {
        const element = await mount();
        const r = shadow(element);
        const validity = spyOnValidity(r);
        change(byLabel(r, 'lightning-textarea', 'Summary'), { value: 'Keep me' });
        change(byLabel(r, 'lightning-input', 'Days sales outstanding (days)'), { value: '55' });
        Reflect.apply(Reflect.get(element, 'reportServerErrors'), element, [
            { fields: { 'Value__c:k1': 'Value out of range' }, form: null }
        ]);
        await flush();
        expect(validityMessages(validity)).toEqual({ 'Days sales outstanding (days)': 'Value out of range' });
        expect(Reflect.get(byLabel(r, 'lightning-textarea', 'Summary'), 'value')).toBe('Keep me');
        expect(Reflect.get(byLabel(r, 'lightning-input', 'Days sales outstanding (days)'), 'value')).toBe('55');
        change(byLabel(r, 'lightning-input', 'Days sales outstanding (days)'), { value: '54' });
        expect(validityMessages(validity)).toEqual({});
    });

    it('disables its buttons while saving and emits cancel', async () => {
        const element = await mount();
        const cancelled: string[] = [];
        element.addEventListener('cancel', (event) => cancelled.push(event.type));
        Object.assign(element, { saving: true });
        await flush();
        const r = shadow(element);
        expect(Reflect.get(formButton(r, 'save'), 'disabled')).toBe(true);
        expect(one(shadow(one(r, 'c-outcomes-form-footer')), 'lightning-spinner')).toBeTruthy();
        Object.assign(element, { saving: false });
        await flush();
        formButton(r, 'cancel').click();
        expect(cancelled).toEqual(['cancel']);
    });
});

// issue 20 ui
describe('c-check-in-form: a KPI without baseline or target (issue 20)', () => {
    afterEach(removeAll);

    it('says beside its reading what the KPI lacks; a complete KPI says nothing', async () => {
        const element = createElement('c-check-in-form', { is: CheckInForm });
        const lacking = mapKpi({
            Id: 'k1',
            Name: { value: 'Backlog' },
            Baseline_Value__c: { value: 120 },
            Target_Value__c: { value: null }
        });
        const complete = mapKpi({ Id: 'k2', Name: { value: 'NPS' }, Baseline_Value__c: { value: 20 }, Target_Value__c: { value: 40 } });
        Object.assign(element, { kpis: [lacking, complete], contactOptions });
        document.body.appendChild(element);
        await flush();
        const readings = Array.from(shadow(element).querySelectorAll('.reading'));
        expect(readings.map((row) => text(row.querySelector('.reading-needs')))).toEqual([
            'Needs a target: progress shows once this KPI is complete.',
            ''
        ]);
        await expect(element).toBeAccessible();
    });

    it('a future check-in date gets no custom range message from the date input (which would add a format hint)', async () => {
        const element = await mount();
        expect(Reflect.get(byLabel(shadow(element), 'lightning-input', 'Check-In Date'), 'messageWhenRangeOverflow')).toBeUndefined();
    });
});
