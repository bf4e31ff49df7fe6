import '#test/jest/installLabels';
import { createElement } from 'lwc';
import GoalForm from 'c/goalForm';
import { validationRules } from '#test/jest/metadata';
import { mapGoal } from 'c/outcomesMappers';
import {
    byLabel,
    change,
    flush,
    formButton,
    one,
    removeAll,
    shadow,
    spyOnValidity,
    validityMessages
} from '../../opportunityOutcomes/__tests__/outcomesTestSupport';

const options = [
    { label: 'No stakeholder', value: '' },
    { label: 'Tom Becker (Accounts Receivable Manager)', value: '003T' }
];

const goal = mapGoal(
    {
        Id: 'a0BG',
        Name: { value: 'Cut days sales outstanding from 60 to 40 days' },
        Level__c: { value: 'Department', displayValue: 'Department' },
        Category__c: { value: 'Cost reduction', displayValue: 'Cost reduction' },
        Status__c: { value: 'In progress', displayValue: 'In progress' },
        Cost_Of_Inaction__c: { value: 250000.5, displayValue: '$250,000.50' },
        Target_Date__c: { value: '2026-12-17', displayValue: '12/17/2026' },
        Stakeholder__c: { value: '003D' },
        Stakeholder__r: { Id: '003D', Name: { value: 'Dana Whitfield' }, Title: { value: 'Chief Financial Officer' } }
    },
    []
);

async function mount(props: Record<string, unknown>): Promise<HTMLElement> {
    const element = createElement('c-goal-form', { is: GoalForm });
    Object.assign(element, { stakeholderOptions: options, ...props });
    document.body.appendChild(element);
    await flush();
    return element;
}

function saves(element: HTMLElement): unknown[] {
    const seen: unknown[] = [];
    element.addEventListener('save', (event) => seen.push(Reflect.get(event, 'detail')));
    return seen;
}

describe('c-goal-form', () => {
    afterEach(removeAll);

    it('edits a goal with its values filled in, its stakeholder choosable', async () => {
        const element = await mount({ goal });
        const r = shadow(element);
        expect(Reflect.get(byLabel(r, 'lightning-input', 'Goal'), 'value')).toBe('Cut days sales outstanding from 60 to 40 days');
        expect(Reflect.get(byLabel(r, 'lightning-input', 'Cost of doing nothing'), 'value')).toBe('250000.5');
        const stakeholder = byLabel(r, 'lightning-combobox', 'Stakeholder');
        expect(Reflect.get(stakeholder, 'value')).toBe('003D');
        expect(Reflect.get(stakeholder, 'options')).toContainEqual({ label: 'Dana Whitfield (Chief Financial Officer)', value: '003D' });
        const seen = saves(element);
        change(byLabel(r, 'lightning-combobox', 'Status'), { value: 'Confirmed by customer' });
        formButton(r, 'save').click();
        await flush();
        expect(seen).toEqual([
            {
                id: 'a0BG',
                name: 'Cut days sales outstanding from 60 to 40 days',
                level: 'Department',
                category: 'Cost reduction',
                status: 'Confirmed by customer',
                stakeholderId: '003D',
                whyItMatters: null,
                costOfInaction: 250000.5,
                targetDate: '2026-12-17'
            }
        ]);
        await expect(element).toBeAccessible();
    });

    it('a new goal for a named person is an individual goal of theirs', async () => {
        const element = await mount({ stakeholderId: '003T' });
        const r = shadow(element);
        expect(Reflect.get(byLabel(r, 'lightning-combobox', 'Stakeholder'), 'value')).toBe('003T');
        expect(Reflect.get(byLabel(r, 'lightning-combobox', 'Level'), 'value')).toBe('Individual');
        expect(one(r, 'legend').textContent).toBe('Add a goal');
        await expect(element).toBeAccessible();
    });

    it('rejects a blank name and a cost that is not a number, keeping both as typed', async () => {
        const element = await mount({});
        const seen = saves(element);
        const r = shadow(element);
        const validity = spyOnValidity(r);
        change(byLabel(r, 'lightning-input', 'Cost of doing nothing'), { value: 'a lot' });
        formButton(r, 'save').click();
        await flush();
        expect(seen).toEqual([]);
        expect(validityMessages(validity)).toEqual({
            Goal: 'Complete this field.',
            'Cost of doing nothing': 'Enter a number, such as 42 or 3.5.'
        });
        expect(Reflect.get(byLabel(r, 'lightning-input', 'Cost of doing nothing'), 'value')).toBe('a lot');
        await expect(element).toBeAccessible();
    });
});

// issue 20 ui
describe('c-goal-form: Individual goals need a stakeholder (issue 20)', () => {
    afterEach(removeAll);

    /** The rule's level, read from its formula: the form follows the validation rule, not a copy of it. */
    const rule = validationRules().find((r) => r.name === 'Individual_Goal_Needs_Stakeholder');
    const level = /ISPICKVAL\(\s*Level__c\s*,\s*"([^"]+)"\s*\)/.exec(rule?.formula ?? '')?.[1];

    it('the rule names the level', () => {
        expect(level).toBeTruthy();
    });

    it('marks Stakeholder required as soon as Level is the rule level, with the rule message', async () => {
        const element = await mount({});
        const r = shadow(element);
        const stakeholder = (): HTMLElement => byLabel(r, 'lightning-combobox', 'Stakeholder');
        expect(Reflect.get(stakeholder(), 'required')).toBe(false);
        change(byLabel(r, 'lightning-combobox', 'Level'), { value: level });
        await flush();
        expect(Reflect.get(stakeholder(), 'required')).toBe(true);
        expect(Reflect.get(stakeholder(), 'messageWhenValueMissing')).toBe(rule?.message);
        change(byLabel(r, 'lightning-combobox', 'Level'), { value: 'Company' });
        await flush();
        expect(Reflect.get(stakeholder(), 'required')).toBe(false);
        await expect(element).toBeAccessible();
    });

    it.each([
        ['the field it points at is fixed', 'Stakeholder', '003T'],
        ['Level is set to Company, which fixes it too', 'Level', 'Company']
    ])('"Nothing was saved" goes once %s', async (_case, fixedLabel, fixedValue) => {
        const element = await mount({});
        const r = shadow(element);
        change(byLabel(r, 'lightning-input', 'Goal'), { value: 'Clear the backlog' });
        change(byLabel(r, 'lightning-combobox', 'Level'), { value: level });
        formButton(r, 'save').click();
        await flush();
        expect(r.querySelector('.form-error')).not.toBeNull();
        change(byLabel(r, 'lightning-combobox', fixedLabel), { value: fixedValue });
        await flush();
        expect(r.querySelector('.form-error')).toBeNull();
    });

    it('a message of the org stays until the next save', async () => {
        const element = await mount({});
        const r = shadow(element);
        Reflect.get(element, 'reportServerErrors').call(element, { fields: {}, form: 'Insufficient access' });
        await flush();
        change(byLabel(r, 'lightning-input', 'Goal'), { value: 'Clear the backlog' });
        await flush();
        expect(r.querySelector('.form-error')).not.toBeNull();
    });
});
