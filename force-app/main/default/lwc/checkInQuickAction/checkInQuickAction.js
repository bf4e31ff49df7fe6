// Generated from the .ts beside it by `npm run build`. Edit the TypeScript source, not this file.
import { api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { CloseActionScreenEvent } from 'lightning/actions';
import { MessageContext, publish } from 'lightning/messageService';
import CHECK_IN_LOGGED from '@salesforce/messageChannel/Check_In_Logged__c';
import OutcomesPanelBase from 'c/outcomesPanelBase';
import COMMON_LABELS from 'c/outcomesLabels';
import OPPORTUNITY_LABELS from 'c/outcomesLabelsOpportunity';
import ACTION_LABELS from 'c/outcomesLabelsAction';
import { isFormApi } from 'c/outcomesFormLoader';
import { customerContactOptions, mapOpportunityOutcomes } from 'c/outcomesMappers';
import { logCheckInMutation, runMutation } from 'c/outcomesMutations';
import { OPPORTUNITY_OUTCOMES_QUERY, opportunityOutcomesVariables } from 'c/outcomesQueries';
/** This component's text: the label modules of what it loads with (scripts/generate-label-modules.ts). */
const LABELS = Object.freeze({ ...COMMON_LABELS, ...OPPORTUNITY_LABELS, ...ACTION_LABELS });
/**
 * The "Log check-in" quick action on Opportunity (QuickAction Opportunity.Log_Check_In): the
 * deal's KPIs and customer contacts read with the Opportunity panel's query (c/outcomesQueries),
 * the panel's check-in form (c-check-in-form), and the same single all-or-nothing mutation
 * (logCheckInMutation). A failed save keeps the form open with everything typed and the org's
 * messages on its fields; a saved one shows a toast, tells the panel on the page to re-read
 * (message channel Check_In_Logged__c) and closes the action.
 */
export default class CheckInQuickAction extends OutcomesPanelBase {
    labels = LABELS;
    /** The deal's Id. A quick action gets it after it is created, not in connectedCallback (LWC Developer Guide, "Create Screen Quick Actions"). */
    @api
    recordId;
    @api
    objectApiName;
    @wire(MessageContext)
    messageContext;
    view = null;
    saving = false;
    /** No query until the action has the record Id: the adapter waits while query is undefined. */
    get query() {
        return this.recordId ? OPPORTUNITY_OUTCOMES_QUERY : undefined;
    }
    get variables() {
        return this.recordId ? opportunityOutcomesVariables(this.recordId, this.pages) : undefined;
    }
    @wire(graphql, { query: '$query', variables: '$variables', operationName: 'OpportunityOutcomes' })
    wiredOutcomes(result) {
        const data = this.accept(result);
        if (data)
            this.view = mapOpportunityOutcomes(data);
    }
    get notFound() {
        return this.loaded && !this.loadError && !this.view;
    }
    /** Check-ins follow the win (the Opportunity panel offers "Log check-in" on won deals only). */
    get notWon() {
        return Boolean(this.view) && this.view?.state !== 'won';
    }
    get contactOptions() {
        return customerContactOptions(this.view?.stakeholderOptions ?? [], LABELS.noneOption);
    }
    /**
     * Closes the action. CloseActionScreenEvent closes an LWC action's window; the plain `close`
     * event is for the Aura action that hosts this component in the mobile app
     * (aura/checkInQuickActionMobile), which closes with force:closeQuickAction.
     */
    handleClose() {
        this.dispatchEvent(new CloseActionScreenEvent());
        this.dispatchEvent(new CustomEvent('close'));
    }
    /**
     * Saves check-in and readings in one request. On failure nothing is saved and the form, still
     * open with what was typed, shows the messages (c-check-in-form's reportServerErrors).
     */
    async handleSave(event) {
        const recordId = this.recordId;
        if (!recordId || this.saving)
            return;
        const form = event.target;
        this.saving = true;
        let failure;
        try {
            failure = await runMutation(logCheckInMutation(recordId, event.detail));
        }
        finally {
            this.saving = false;
        }
        if (failure) {
            if (isFormApi(form))
                form.reportServerErrors(failure);
            return;
        }
        this.dispatchEvent(new ShowToastEvent({ title: LABELS.checkInSaved, variant: 'success' }));
        publish(this.messageContext, CHECK_IN_LOGGED, { recordId });
        try {
            // Roll-ups (last check-in, count) and the follow-up formulas changed on the Opportunity.
            await notifyRecordUpdateAvailable([{ recordId }]);
        }
        catch {
            // The record page re-reads on its own later; the check-in is saved either way.
        }
        this.handleClose();
    }
}
