/**
 * Picklist values the forms offer and the status words the panels show. Values are the API
 * values in force-app/main/default/objects (the verifier checks mutation inputs against them);
 * the words come from c/outcomesLabels so they translate.
 */
import LABELS from 'c/outcomesLabels';

export type Direction = 'Increase' | 'Decrease';

export interface Option {
    label: string;
    value: string;
}

export interface StatusWords {
    label: string;
    icon: string;
}

export const LEVEL_OPTIONS: Option[] = [
    { value: 'Company', label: LABELS.levelCompany },
    { value: 'Department', label: LABELS.levelDepartment },
    { value: 'Individual', label: LABELS.levelIndividual }
];

export const CATEGORY_OPTIONS: Option[] = [
    { value: 'Revenue growth', label: LABELS.categoryRevenue },
    { value: 'Cost reduction', label: LABELS.categoryCost },
    { value: 'Productivity', label: LABELS.categoryProductivity },
    { value: 'Risk and compliance', label: LABELS.categoryRisk },
    { value: 'Customer experience', label: LABELS.categoryExperience },
    { value: 'Other', label: LABELS.categoryOther }
];

export const GOAL_STATUS_OPTIONS: Option[] = [
    { value: 'Proposed', label: LABELS.goalProposed },
    { value: 'Confirmed by customer', label: LABELS.goalConfirmed },
    { value: 'In progress', label: LABELS.goalInProgress },
    { value: 'Achieved', label: LABELS.goalAchieved },
    { value: 'Missed', label: LABELS.goalMissed },
    { value: 'Abandoned', label: LABELS.goalAbandoned }
];

export const DIRECTION_OPTIONS: Option[] = [
    { value: 'Increase', label: LABELS.optionIncrease },
    { value: 'Decrease', label: LABELS.optionDecrease }
];

export const SOURCE_OPTIONS: Option[] = [
    { value: 'Customer report', label: LABELS.sourceCustomerReport },
    { value: 'System data', label: LABELS.sourceSystemData },
    { value: 'Survey', label: LABELS.sourceSurvey },
    { value: 'Invoice or billing data', label: LABELS.sourceInvoice },
    { value: 'Other', label: LABELS.sourceOther }
];

export const CHECK_IN_TYPE_OPTIONS: Option[] = [
    { value: 'Call', label: LABELS.typeCall },
    { value: 'Meeting', label: LABELS.typeMeeting },
    { value: 'Business review', label: LABELS.typeBusinessReview },
    { value: 'Email', label: LABELS.typeEmail },
    { value: 'Site visit', label: LABELS.typeSiteVisit }
];

export const IMPLEMENTATION_OPTIONS: Option[] = [
    { value: 'Not started', label: LABELS.implNotStarted },
    { value: 'On track', label: LABELS.implOnTrack },
    { value: 'At risk', label: LABELS.implAtRisk },
    { value: 'Blocked', label: LABELS.implBlocked },
    { value: 'Live', label: LABELS.implLive }
];

export const SENTIMENT_OPTIONS: Option[] = [
    { value: 'Positive', label: LABELS.sentimentPositive },
    { value: 'Neutral', label: LABELS.sentimentNeutral },
    { value: 'Concerned', label: LABELS.sentimentConcerned }
];

/** Label of a picklist value; the value itself when the org has added one we do not know. */
export function optionLabel(options: Option[], value: string | null | undefined): string {
    if (!value) return '';
    return options.find((o) => o.value === value)?.label ?? value;
}

/** KPI_Status__c (formula text) -> words and icon; the word is always shown, the icon only adds to it. */
const KPI_STATUS: Record<string, StatusWords> = {
    Achieved: { label: LABELS.statusAchieved, icon: 'utility:success' },
    'On track': { label: LABELS.statusOnTrack, icon: 'utility:check' },
    'At risk': { label: LABELS.statusAtRisk, icon: 'utility:warning' },
    'Off track': { label: LABELS.statusOffTrack, icon: 'utility:error' },
    'Not measured': { label: LABELS.statusNotMeasured, icon: 'utility:clock' },
    'Missing baseline or target': { label: LABELS.statusMissing, icon: 'utility:info' }
};

export function kpiStatusWords(status: string | null | undefined): StatusWords {
    return KPI_STATUS[status ?? ''] ?? KPI_STATUS['Missing baseline or target']!;
}

/** Follow_Up_Status__c (formula text) -> words, icon and SLDS badge theme. */
const FOLLOW_UP: Record<string, StatusWords & { theme: string }> = {
    Overdue: { label: LABELS.followUpOverdue, icon: 'utility:warning', theme: 'slds-theme_error' },
    'Due soon': { label: LABELS.followUpDueSoon, icon: 'utility:clock', theme: 'slds-theme_warning' },
    'Not due': { label: LABELS.followUpNotDue, icon: 'utility:check', theme: 'slds-theme_success' },
    Complete: { label: LABELS.followUpComplete, icon: 'utility:success', theme: 'slds-theme_success' },
    'Not applicable': { label: LABELS.followUpNotApplicable, icon: 'utility:info', theme: '' }
};

export function followUpWords(status: string | null | undefined): StatusWords & { theme: string } {
    return FOLLOW_UP[status ?? ''] ?? FOLLOW_UP['Not applicable']!;
}
