// Generated from the .ts beside it by `npm run build`. Edit the TypeScript source, not this file.
/**
 * The Opportunity panel's inline forms, and what its writes are built from, in one module: the
 * panel fetches it with a single dynamic import the first time a rep opens a form or saves
 * without one (mark complete, reopen), so a rep who only reads never downloads either (the
 * platform compiler accepts one dynamic import per component; see c/outcomesFormLoader for why
 * the forms load late).
 */
export { default as goalForm } from 'c/goalForm';
export { default as kpiForm } from 'c/kpiForm';
export { default as checkInForm } from 'c/checkInForm';
export { createdRecordId, logCheckInMutation, markFollowUpCompleteMutation, mutationErrors, reopenFollowUpMutation, saveGoalMutation, saveKpiMutation } from 'c/outcomesMutations';
export { goalUpdate, kpiUpdate, runRecordUpdate } from 'c/outcomesRecordUpdates';
