import '#test/jest/installLabels';
import { createElement } from 'lwc';
import GoalForm from 'c/goalForm';
import { fieldLabel, labelValues, objectInfo } from '#test/jest/metadata';
import {
    all,
    byLabel,
    change,
    flush,
    formButton,
    formErrorAlert,
    removeAll,
    shadow,
    text
} from '../../opportunityOutcomes/__tests__/outcomesTestSupport';
import type { TestWireAdapter } from '../../opportunityOutcomes/__tests__/outcomesTestSupport';

/** The stand-in's test adapter (test/jest/stubs/lightning/uiObjectInfoApi.js): emit and error reach the mounted form. */
const objectInfoWire: TestWireAdapter & { answersFromMetadata: boolean; error: (body: unknown, status: number) => void } =
    jest.requireActual('lightning/uiObjectInfoApi').getObjectInfo;
const LABELS = labelValues();
const GOAL_INFO = objectInfo('Customer_Goal__c');

async function mount(): Promise<HTMLElement> {
    const element = createElement('c-goal-form', { is: GoalForm });
    document.body.appendChild(element);
    await flush();
    return element;
}

describe('c-goal-form: field labels and help from the org (getObjectInfo)', () => {
    beforeEach(() => {
        objectInfoWire.answersFromMetadata = false;
    });
    afterEach(() => {
        objectInfoWire.answersFromMetadata = true;
        removeAll();
    });

    it('shows its loading state, and no field, until the org describes the fields', async () => {
        const element = await mount();
        const r = shadow(element);
        expect(all(r, 'lightning-input, lightning-combobox, lightning-textarea')).toHaveLength(0);
        expect(Reflect.get(r.querySelector('.form-loading lightning-spinner') ?? {}, 'alternativeText')).toBe(LABELS.Outcomes_FormLoading);
        objectInfoWire.emit(GOAL_INFO);
        await flush();
        expect(r.querySelector('.form-loading')).toBeNull();
        expect(byLabel(r, 'lightning-input', fieldLabel('Customer_Goal__c', 'Cost_Of_Inaction__c') ?? '')).toBeTruthy();
    });

    it("names each field as the org does (an admin's rename or a translation shows) with the field's help text", async () => {
        const element = await mount();
        const info = objectInfo('Customer_Goal__c');
        if (!info) throw new Error('Customer_Goal__c has no object info');
        info.fields.Name = { apiName: 'Name', label: 'Ziel', inlineHelpText: null };
        info.fields.Stakeholder__c = { apiName: 'Stakeholder__c', label: 'Ansprechpartner', inlineHelpText: 'Wer wird gemessen?' };
        objectInfoWire.emit(info);
        await flush();
        const r = shadow(element);
        expect(byLabel(r, 'lightning-input', 'Ziel')).toBeTruthy();
        expect(Reflect.get(byLabel(r, 'lightning-combobox', 'Ansprechpartner'), 'fieldLevelHelp')).toBe('Wer wird gemessen?');
    });

    it('says so at the top of the form when the org cannot describe the fields; nothing is sent', async () => {
        const element = await mount();
        const seen: unknown[] = [];
        element.addEventListener('save', (event) => seen.push(Reflect.get(event, 'detail')));
        objectInfoWire.error({ message: 'Service unavailable' }, 503);
        await flush();
        const r = shadow(element);
        expect(r.querySelector('.form-loading')).toBeNull();
        expect(text(formErrorAlert(r))).toContain("The form's fields couldn't be loaded (Service unavailable)");
        formButton(r, 'save').click();
        await flush();
        expect(seen).toEqual([]);
    });

    it('keeps what was typed when a later answer fails, and clears the message once the org answers again', async () => {
        const element = await mount();
        objectInfoWire.emit(GOAL_INFO);
        await flush();
        const r = shadow(element);
        change(byLabel(r, 'lightning-input', 'Goal'), { value: 'Halve the cost of an AP invoice' });
        objectInfoWire.error({ message: 'Service unavailable' }, 503);
        await flush();
        expect(text(formErrorAlert(r))).toContain("The form's fields couldn't be loaded");
        expect(Reflect.get(byLabel(r, 'lightning-input', 'Goal'), 'value')).toBe('Halve the cost of an AP invoice');
        objectInfoWire.emit(GOAL_INFO);
        await flush();
        expect(r.querySelector('c-outcomes-form-error')).toBeNull();
    });
});
