// Generated from the .ts beside it by `npm run build`. Edit the TypeScript source, not this file.
/**
 * Picklist options from the org, and the status words the panels show for the formula fields'
 * text outputs. Picklist values and their labels are never typed here: the forms read them from
 * the org when they open (getPicklistValuesByRecordType, see c/outcomesFormBase), the read views
 * show GraphQL's displayValue. The formula outputs are not picklists, so their words are Custom
 * Labels; a test proves the keys below equal the outputs of the formula text in the field XML.
 */
import LABELS from 'c/outcomesLabels';
/**
 * The Direction__c and Level__c values the panels branch on. The mapped types make typecheck prove
 * each object lists exactly the values the fields' XML holds (c/outcomesFieldFacts is generated from
 * it), without loading that module with a panel's first load.
 */
export const DIRECTIONS = { Increase: 'Increase', Decrease: 'Decrease' };
export const LEVELS = { Company: 'Company', Department: 'Department', Individual: 'Individual' };
/** A Direction__c value the panels know how to read (an org may add others). */
export function isDirection(value) {
    return typeof value === 'string' && Object.prototype.hasOwnProperty.call(DIRECTIONS, value);
}
/** Field API name -> its options, in the org's order, with the org's (translated) labels. */
export function picklistOptions(data) {
    const options = {};
    for (const [field, picklist] of Object.entries(data.picklistFieldValues ?? {})) {
        options[field] = (picklist?.values ?? []).map(({ value, label }) => ({ value, label }));
    }
    return options;
}
/** KPI_Status__c (formula text) -> words and icon, best first; the word is always shown, the icon only adds to it. */
export const KPI_STATUS = {
    Achieved: { label: LABELS.statusAchieved, icon: 'utility:success' },
    'On track': { label: LABELS.statusOnTrack, icon: 'utility:check' },
    'At risk': { label: LABELS.statusAtRisk, icon: 'utility:warning' },
    'Off track': { label: LABELS.statusOffTrack, icon: 'utility:error' },
    'Not measured': { label: LABELS.statusNotMeasured, icon: 'utility:clock' },
    'Missing baseline or target': { label: LABELS.statusMissing, icon: 'utility:info' }
};
export function kpiStatusWords(status) {
    return KPI_STATUS[status ?? ''] ?? KPI_STATUS['Missing baseline or target'];
}
/** Follow_Up_Status__c (formula text) -> words, icon and SLDS badge theme. */
export const FOLLOW_UP = {
    Overdue: { label: LABELS.followUpOverdue, icon: 'utility:warning', theme: 'slds-theme_error' },
    'Due soon': { label: LABELS.followUpDueSoon, icon: 'utility:clock', theme: 'slds-theme_warning' },
    'Not due': { label: LABELS.followUpNotDue, icon: 'utility:check', theme: 'slds-theme_success' },
    Complete: { label: LABELS.followUpComplete, icon: 'utility:success', theme: 'slds-theme_success' },
    'Not applicable': { label: LABELS.followUpNotApplicable, icon: 'utility:info', theme: '' }
};
export function followUpWords(status) {
    return FOLLOW_UP[status ?? ''] ?? FOLLOW_UP['Not applicable'];
}
