// Generated from the .ts beside it by `npm run build`. Edit the TypeScript source, not this file.
// Generated from force-app/main/default/objects by scripts/generate-field-facts.ts: do not edit.
// Run `npm run field:facts` after changing a field the forms check.
/** Lengths (text) and precision/scale (numbers) of the fields the forms check, by Object.Field. */
const FIELD_FACTS = Object.freeze({
    'Customer_Goal__c.Name': { length: 80 },
    'Customer_Goal__c.Why_It_Matters__c': { length: 32768 },
    'Customer_Goal__c.Cost_Of_Inaction__c': { precision: 18, scale: 2 },
    'Customer_KPI__c.Name': { length: 80 },
    'Customer_KPI__c.Unit__c': { length: 20 },
    'Customer_KPI__c.Baseline_Value__c': { precision: 18, scale: 4 },
    'Customer_KPI__c.Target_Value__c': { precision: 18, scale: 4 },
    'Success_Check_In__c.Summary__c': { length: 32768 },
    'Success_Check_In__c.Next_Step__c': { length: 255 },
    'KPI_Measurement__c.Value__c': { precision: 18, scale: 4 },
    'KPI_Measurement__c.Note__c': { length: 255 }
});
export default FIELD_FACTS;
/** API values (each keyed by itself) and the default of the picklists the components name in code, by Object.Field. */
export const PICKLISTS = Object.freeze({
    'Customer_Goal__c.Level__c': {
        values: { Company: 'Company', Department: 'Department', Individual: 'Individual' },
        defaultValue: 'Company'
    },
    'Customer_Goal__c.Status__c': {
        values: {
            Proposed: 'Proposed',
            'Confirmed by customer': 'Confirmed by customer',
            'In progress': 'In progress',
            Achieved: 'Achieved',
            Missed: 'Missed',
            Abandoned: 'Abandoned'
        },
        defaultValue: 'Proposed'
    },
    'Customer_KPI__c.Direction__c': { values: { Increase: 'Increase', Decrease: 'Decrease' }, defaultValue: 'Increase' },
    'Success_Check_In__c.Type__c': {
        values: { Call: 'Call', Meeting: 'Meeting', 'Business review': 'Business review', Email: 'Email', 'Site visit': 'Site visit' },
        defaultValue: 'Call'
    },
    'Success_Check_In__c.Customer_Sentiment__c': {
        values: { Positive: 'Positive', Neutral: 'Neutral', Concerned: 'Concerned' },
        defaultValue: 'Neutral'
    }
});
