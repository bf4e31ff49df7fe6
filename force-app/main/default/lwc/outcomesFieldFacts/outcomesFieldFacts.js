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
