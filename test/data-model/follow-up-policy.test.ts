import { getField, getObject } from '../../core/metadata/project';
import { evaluateField, formulaReferences } from '../../tools/formula';
import { loadModel, setPolicy, TODAY } from './support';

/**
 * The follow-up policy lives in the Customer_Outcomes_Setting__mdt Default record, never in
 * formulas or in the evaluator: changing a value there changes every result that depends on it.
 */

const POLICY_FIELDS: Record<string, number> = {
    First_Check_In_Days__c: 30,
    Check_In_Cadence_Days__c: 90,
    Due_Soon_Days__c: 14,
    Follow_Up_Period_Days__c: 365,
    On_Track_Tolerance__c: 10,
    Metrics_Expected_Probability__c: 40,
    // issue 20: an on-track KPI counts as value delivered only with a reading this many days after the win.
    On_Track_Min_Days_After_Win__c: 30
};

/** Issue 17: the reminder job's switch and escalation delay; no formula reads them. */
const REMINDER_FIELDS: Record<string, { type: string; value: string }> = {
    Reminders_Enabled__c: { type: 'Checkbox', value: 'true' },
    Escalate_After_Days__c: { type: 'Number', value: '14.0' }
};

const FORMULA_FIELDS: [string, string, string][] = [
    ['Customer_KPI__c', 'Progress__c', 'Percent'],
    ['Customer_KPI__c', 'Expected_Progress__c', 'Percent'],
    ['Customer_KPI__c', 'KPI_Status__c', 'Text'],
    ['Opportunity', 'Next_Follow_Up_Due__c', 'Date'],
    ['Opportunity', 'Follow_Up_Status__c', 'Text'],
    ['Opportunity', 'Customer_Metrics_Expected__c', 'Checkbox'],
    ['Opportunity', 'Customer_Metrics_Threshold__c', 'Percent'],
    ['Opportunity', 'Follow_Up_Start__c', 'Date'],
    ['Opportunity', 'Won_With_Future_Close_Date__c', 'Checkbox'],
    ['Opportunity', 'Closed_Without_Check_In__c', 'Checkbox']
];

describe('Customer_Outcomes_Setting__mdt', () => {
    const model = loadModel();

    it('has a Default record with the designed values', () => {
        const record = model.customMetadata.find((r) => r.type === 'Customer_Outcomes_Setting__mdt' && r.name === 'Default');
        expect(record?.label).toBe('Default');
        const values = Object.entries(record?.values ?? {});
        const policy = values.filter(([k]) => !(k in REMINDER_FIELDS));
        expect(Object.fromEntries(policy.map(([k, v]) => [k, Number(v)]))).toEqual(POLICY_FIELDS);
        expect(Object.fromEntries(values.filter(([k]) => k in REMINDER_FIELDS))).toEqual(
            Object.fromEntries(Object.entries(REMINDER_FIELDS).map(([k, { value }]) => [k, value]))
        );
    });

    it.each(Object.entries(REMINDER_FIELDS))('%s is a subscriber-controlled field with description and help', (name, { type }) => {
        const field = getField(model, 'Customer_Outcomes_Setting__mdt', name);
        expect(field?.type).toBe(type);
        expect(field?.description).toBeTruthy();
        expect(field?.helpText).toBeTruthy();
        expect(field?.doc?.root.fieldManageability).toBe('SubscriberControlled');
    });

    it.each(Object.keys(POLICY_FIELDS))('%s is a subscriber-controlled Number with description and help', (name) => {
        const field = getField(model, 'Customer_Outcomes_Setting__mdt', name);
        expect(field?.type).toBe('Number');
        expect(field?.description).toBeTruthy();
        expect(field?.helpText).toBeTruthy();
        expect(field?.doc?.root.fieldManageability).toBe('SubscriberControlled');
    });

    it('is a public type with label, plural label and description', () => {
        const root = getObject(model, 'Customer_Outcomes_Setting__mdt')?.doc?.root;
        expect(root).toMatchObject({ label: 'Customer Outcomes Setting', pluralLabel: 'Customer Outcomes Settings', visibility: 'Public' });
        expect(root?.description).toBeTruthy();
    });
});

describe('formula fields', () => {
    const model = loadModel();

    it.each(FORMULA_FIELDS)('%s.%s is a %s formula that keeps blanks blank, with description and help', (objectName, fieldName, type) => {
        const field = getField(model, objectName, fieldName);
        expect(field?.formula).toBeTruthy();
        expect(field?.type).toBe(type);
        expect(field?.formulaTreatBlanksAs).toBe('BlankAsBlank');
        expect(field?.description).toBeTruthy();
        expect(field?.helpText).toBeTruthy();
        expect(field?.label).toBeTruthy();
    });

    it.each(FORMULA_FIELDS)('%s.%s names only fields and policy values that exist', (objectName, fieldName) => {
        for (const name of formulaReferences(getField(model, objectName, fieldName)?.formula ?? '')) {
            if (name.startsWith('$CustomMetadata.Customer_Outcomes_Setting__mdt.Default.')) {
                expect(POLICY_FIELDS).toHaveProperty(name.split('.').pop() ?? '');
            } else {
                expect(getField(model, objectName, name)).toBeDefined();
            }
        }
    });

    it.each(FORMULA_FIELDS)('%s.%s evaluates on an empty record', (objectName, fieldName) => {
        expect(() => evaluateField(model, objectName, fieldName, {}, TODAY)).not.toThrow();
    });
});

describe('changing the policy in the loaded model changes the results', () => {
    it('Metrics Expected Probability 40 → 25 flags a deal at 30% and shows the new threshold', () => {
        const model = loadModel();
        const deal = { IsClosed: false, IsWon: false, Probability: 30 };
        expect(evaluateField(model, 'Opportunity', 'Customer_Metrics_Expected__c', deal, TODAY)).toBe(false);
        setPolicy(model, 'Metrics_Expected_Probability__c', 25);
        expect(evaluateField(model, 'Opportunity', 'Customer_Metrics_Expected__c', deal, TODAY)).toBe(true);
        expect(evaluateField(model, 'Opportunity', 'Customer_Metrics_Threshold__c', deal, TODAY)).toBe(25);
    });

    it('First Check-In 30 → 45 days and Due Soon 14 → 30 days move the due date and the status', () => {
        const model = loadModel();
        const won = { IsClosed: true, IsWon: true, CloseDate: '2026-06-01', Follow_Up_Complete__c: false, Last_Check_In_Date__c: null };
        expect(evaluateField(model, 'Opportunity', 'Next_Follow_Up_Due__c', won, TODAY)).toBe('2026-07-01');
        expect(evaluateField(model, 'Opportunity', 'Follow_Up_Status__c', won, TODAY)).toBe('Not due');
        setPolicy(model, 'First_Check_In_Days__c', 45);
        expect(evaluateField(model, 'Opportunity', 'Next_Follow_Up_Due__c', won, TODAY)).toBe('2026-07-16');
        setPolicy(model, 'Due_Soon_Days__c', 31);
        expect(evaluateField(model, 'Opportunity', 'Follow_Up_Status__c', won, TODAY)).toBe('Due soon');
    });

    it('First Check-In 30 → 7 days on a deal won early counts from the win day', () => {
        const model = loadModel();
        const won = { IsClosed: true, IsWon: true, CloseDate: '2026-11-30', Won_On__c: '2026-06-10', Follow_Up_Complete__c: false };
        expect(evaluateField(model, 'Opportunity', 'Next_Follow_Up_Due__c', won, TODAY)).toBe('2026-07-10');
        setPolicy(model, 'First_Check_In_Days__c', 7);
        expect(evaluateField(model, 'Opportunity', 'Next_Follow_Up_Due__c', won, TODAY)).toBe('2026-06-17');
        expect(evaluateField(model, 'Opportunity', 'Follow_Up_Status__c', won, TODAY)).toBe('Due soon');
    });

    it('Follow-Up Period 365 → 180 days ends follow-up on an older deal', () => {
        const model = loadModel();
        const won = {
            IsClosed: true,
            IsWon: true,
            CloseDate: '2025-12-01',
            Follow_Up_Complete__c: false,
            Last_Check_In_Date__c: '2026-05-01'
        };
        expect(evaluateField(model, 'Opportunity', 'Follow_Up_Status__c', won, TODAY)).toBe('Not due');
        setPolicy(model, 'Follow_Up_Period_Days__c', 180);
        expect(evaluateField(model, 'Opportunity', 'Follow_Up_Status__c', won, TODAY)).toBe('Not applicable');
        expect(evaluateField(model, 'Opportunity', 'Next_Follow_Up_Due__c', won, TODAY)).toBeNull();
    });

    it('On-Track Tolerance 10 → 20 points turns an at-risk KPI on track', () => {
        const model = loadModel();
        const kpi = {
            Direction__c: 'Increase',
            Baseline_Value__c: 0,
            Baseline_Date__c: '2026-01-01',
            Target_Value__c: 1000,
            Target_Date__c: '2026-04-11',
            Current_Value__c: 300,
            Current_As_Of__c: '2026-02-20'
        };
        expect(evaluateField(model, 'Customer_KPI__c', 'KPI_Status__c', kpi, TODAY)).toBe('At risk');
        setPolicy(model, 'On_Track_Tolerance__c', 20);
        expect(evaluateField(model, 'Customer_KPI__c', 'KPI_Status__c', kpi, TODAY)).toBe('On track');
    });
});
