import { join } from 'node:path';
import { readLabels, labelsFileIn } from '../../core/metadata/labels';
import { getField, loadProject } from '../../core/metadata/project';

/**
 * The panels' read views caption a few fields with Custom Labels (a panel's first load is one
 * GraphQL request, so it does not ask the org for object info as the forms do). Each caption is a
 * copy of the field's label: this proves every copy equal (letter case aside), so renaming a field
 * in its XML fails here until the caption follows.
 */
const SOURCE = join(__dirname, '..', '..', 'force-app', 'main', 'default');

const CAPTIONS: Record<string, string> = {
    Outcomes_FieldLevel: 'Customer_Goal__c.Level__c',
    Outcomes_FieldCategory: 'Customer_Goal__c.Category__c',
    Outcomes_FieldGoalStatus: 'Customer_Goal__c.Status__c',
    Outcomes_FieldTargetDate: 'Customer_Goal__c.Target_Date__c',
    Outcomes_FieldCostOfInaction: 'Customer_Goal__c.Cost_Of_Inaction__c',
    Outcomes_FieldImplementationStatus: 'Success_Check_In__c.Implementation_Status__c',
    Outcomes_FieldSentiment: 'Success_Check_In__c.Customer_Sentiment__c',
    Outcomes_FieldNextStep: 'Success_Check_In__c.Next_Step__c',
    Outcomes_FieldAmount: 'Opportunity.Amount'
};

describe('read-view captions equal their fields’ labels', () => {
    const labels = readLabels(labelsFileIn(SOURCE));
    const model = loadProject(SOURCE);

    it.each(Object.entries(CAPTIONS))('%s = label of %s', (label, ref) => {
        const [objectName = '', fieldName = ''] = ref.split('.');
        const field = getField(model, objectName, fieldName);
        expect(field).toBeDefined();
        expect(labels.get(label)?.toLowerCase()).toBe(field?.label?.toLowerCase());
    });

    it('covers every Outcomes_Field* label the components still use as a caption', () => {
        const fieldLabels = [...labels.keys()].filter((name) => /^Outcomes_Field/.test(name));
        // Account and Owner: the Home list's short captions for lookups the model labels "Account Name" and
        // "Opportunity Owner" (a deliberate choice for a narrow list); Reading and Confirmed are sentence
        // patterns with placeholders, not field names.
        const notCaptions = ['Outcomes_FieldAccount', 'Outcomes_FieldOwner', 'Outcomes_FieldReading', 'Outcomes_FieldConfirmed'];
        expect(fieldLabels.filter((name) => !notCaptions.includes(name)).sort()).toEqual(Object.keys(CAPTIONS).sort());
    });
});
