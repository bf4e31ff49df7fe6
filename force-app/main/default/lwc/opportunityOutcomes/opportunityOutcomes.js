// Generated from the .ts beside it by `npm run build`. Edit the TypeScript source, not this file.
import { api, wire } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { executeMutation, graphql } from 'lightning/graphql';
import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { getObjectInfo, getPicklistValues } from 'lightning/uiObjectInfoApi';
import { MessageContext, subscribe } from 'lightning/messageService';
import CHECK_IN_LOGGED from '@salesforce/messageChannel/Check_In_Logged__c';
import OPPORTUNITY_OBJECT from '@salesforce/schema/Opportunity';
import CLOSED_REASON_FIELD from '@salesforce/schema/Opportunity.Follow_Up_Closed_Reason__c';
import OutcomesPanelBase from 'c/outcomesPanelBase';
import COMMON_LABELS from 'c/outcomesLabels';
import OPPORTUNITY_LABELS from 'c/outcomesLabelsOpportunity';
import { contactRolesPage, opensInPlace } from 'c/outcomesNavigation';
import { errorMessage, formatLabel } from 'c/outcomesFormat';
import { isFormApi, loadFormConstructor } from 'c/outcomesFormLoader';
import { groupGoals, mapOpportunityOutcomes } from 'c/outcomesMappers';
import { OPPORTUNITY_OUTCOMES_QUERY, opportunityOutcomesVariables } from 'c/outcomesQueries';
/** This component's text: the label modules of what it loads with (scripts/generate-label-modules.ts). */
const LABELS = Object.freeze({ ...COMMON_LABELS, ...OPPORTUNITY_LABELS });
const DEFAULT_GOALS_SHOWN = 5;
const NEW = 'new';
const loadForms = () => import('c/opportunityForms');
/**
 * Opportunity record page panel. Open deal: how the customer and each stakeholder are measured
 * (goals, KPIs, completeness, the next person to ask). Won deal: follow-up status, KPI progress,
 * check-ins with readings. Lost deal: read-only. One GraphQL request per load (c/outcomesQueries),
 * its loading, failure and Retry shared with the other panels (c/outcomesPanelBase, drawn by
 * c-outcomes-panel-frame); each goal drawn as both panels draw it (c-goal-card), each KPI by
 * c-kpi-row. Every write is one allOrNone mutation (c/outcomesMutations), then the wire is refreshed.
 */
export default class OpportunityOutcomes extends NavigationMixin(OutcomesPanelBase) {
    labels = LABELS;
    currentRecordId;
    /**
     * The deal's Id, from the record page. A page can hand a panel that is already showing one
     * deal another one (record navigation that reuses the page): nothing of the first deal (open
     * forms, what was typed, its data) may show on the second.
     */
    @api
    get recordId() {
        return this.currentRecordId;
    }
    set recordId(value) {
        if (value === this.currentRecordId)
            return;
        const switching = this.currentRecordId !== undefined;
        this.currentRecordId = value;
        if (switching)
            this.resetForAnotherDeal();
    }
    /** Set by the record page with recordId ("Opportunity"); declared so the page can set it. */
    @api
    objectApiName;
    /** Design property "Show contact-role prompts"; on unless switched off. */
    @api
    showContactRolePrompts;
    /** Design property "Goals to show before 'Show more'". */
    @api
    goalsBeforeShowMore;
    view = null;
    showAllGoals = false;
    /** Goal being edited (Id, or 'new'); KPI being edited (Id, or 'new' under newKpiGoalId). */
    editingGoalId = null;
    newGoalStakeholderId = null;
    editingKpiId = null;
    newKpiGoalId = null;
    /** LastModifiedDate of the goal or KPI being edited when its form opened: the edit saves only if it still is. */
    editingVersion = null;
    /** The goal or KPI as its edit form opened: an edit sends only what the rep changed from it. */
    editingOriginal = { goal: null, kpi: null };
    /** The record being edited was deleted meanwhile: re-read once its form closes (not before: it holds what was typed). */
    rereadOnClose = false;
    loggingCheckIn = false;
    confirmingComplete = false;
    /** Follow_Up_Closed_Reason__c chosen in the mark-complete confirmation. */
    closeReason = '';
    /** The org's message on the reason field (Follow_Up_Complete_Needs_Reason), shown under it. */
    closeReasonError = null;
    /** The org asked for a reason although the page showed check-ins (e.g. one deleted meanwhile). */
    reasonAskedByOrg = false;
    /** Follow_Up_Closed_Reason__c's values and labels, from the org (getPicklistValues). */
    closeReasonOptions = [];
    recordTypeId;
    saving = false;
    actionError = null;
    /** The forms' constructors once loaded, for <lwc:component lwc:is>; why one could not load. */
    forms = {};
    formLoadError = null;
    /** Where focus goes back to when an inline form closes (the first of these still on the page). */
    opener = [];
    focusAfterRender = [];
    /** A goal just created: focus goes to its "Add KPI" once the re-read shows it. */
    focusNewGoalId = null;
    /** The Id of the record the last create mutation made. */
    createdId = null;
    /** The deal's Contact Roles related list, as a link (NavigationMixin.GenerateUrl). */
    contactRolesUrl = '#';
    // --- the one read ---
    /** No query until the page gives the record Id: the adapter waits while query is undefined. */
    get query() {
        return this.recordId ? OPPORTUNITY_OUTCOMES_QUERY : undefined;
    }
    get variables() {
        return this.recordId ? opportunityOutcomesVariables(this.recordId, this.pages) : undefined;
    }
    @wire(graphql, { query: '$query', variables: '$variables', operationName: 'OpportunityOutcomes' })
    wiredOutcomes(result) {
        const data = this.accept(result);
        if (!data)
            return;
        this.view = mapOpportunityOutcomes(data);
        if (this.view?.nextActionAddsContactRoles)
            this.generateContactRolesUrl();
    }
    /** The reason list comes from the org's field definition: its values and translated labels. */
    @wire(getObjectInfo, { objectApiName: OPPORTUNITY_OBJECT })
    wiredObjectInfo(result) {
        if (result?.data)
            this.recordTypeId = result.data.defaultRecordTypeId;
    }
    get reasonRecordTypeId() {
        return this.recordTypeId;
    }
    @wire(getPicklistValues, { recordTypeId: '$reasonRecordTypeId', fieldApiName: CLOSED_REASON_FIELD })
    wiredCloseReasons(result) {
        if (result?.data)
            this.closeReasonOptions = result.data.values.map(({ value, label }) => ({ value, label }));
    }
    // --- a check-in logged elsewhere on the page ---
    /**
     * The page's message context. Through @wire(MessageContext) the message service ends this
     * component's subscriptions when it is destroyed: no unsubscribe() needed (LWC Developer Guide,
     * "Publish on a Message Channel", https://developer.salesforce.com/docs/platform/lwc/guide/use-message-channel-publish.html).
     */
    @wire(MessageContext)
    messageContext;
    /** The Log check-in quick action (c/checkInQuickAction) says when it saved a check-in on this deal: re-read. */
    connectedCallback() {
        subscribe(this.messageContext, CHECK_IN_LOGGED, (message) => {
            if (message.recordId === this.recordId)
                this.reload();
        });
    }
    // --- state ---
    get notFound() {
        return this.loaded && !this.loadError && !this.view;
    }
    get isOpen() {
        return this.view?.state === 'open';
    }
    get isWon() {
        return this.view?.state === 'won';
    }
    get isLost() {
        return this.view?.state === 'lost';
    }
    get heading() {
        if (this.isWon)
            return LABELS.wonHeading;
        if (this.isLost)
            return LABELS.lostHeading;
        return LABELS.openHeading;
    }
    get intro() {
        if (this.isWon)
            return LABELS.wonIntro;
        if (this.isLost)
            return LABELS.lostIntro;
        return LABELS.openIntro;
    }
    get noAccount() {
        return Boolean(this.view && !this.view.hasAccount && !this.isLost);
    }
    /** Goals and KPIs can be saved: the deal is not lost and has the account goals belong to. */
    get canEdit() {
        return Boolean(this.view?.hasAccount) && !this.isLost;
    }
    get goalsHeading() {
        return this.isWon ? LABELS.progressHeading : LABELS.goalsHeading;
    }
    get metricsWarning() {
        return this.view?.showMetricsWarning ? this.view.metricsWarning : '';
    }
    get rolesToAsk() {
        if (!this.isOpen || !this.canEdit || this.showContactRolePrompts === false)
            return [];
        return (this.view?.contactRoles ?? []).filter((role) => role.contact.visible && !role.hasGoal);
    }
    get hasRolesToAsk() {
        return this.rolesToAsk.length > 0;
    }
    get showContactRolesLink() {
        return Boolean(this.view?.nextActionAddsContactRoles && this.canEdit);
    }
    generateContactRolesUrl() {
        const recordId = this.recordId;
        this[NavigationMixin.GenerateUrl](contactRolesPage(recordId))
            .then((url) => {
            if (recordId === this.recordId)
                this.contactRolesUrl = url;
        })
            .catch(() => undefined);
    }
    handleOpenContactRoles(event) {
        if (!opensInPlace(event))
            return;
        event.preventDefault();
        this[NavigationMixin.Navigate](contactRolesPage(this.recordId));
    }
    /** Goals of a lost deal are not measured any more: no "how will this goal be measured?". */
    get noKpisText() {
        return this.isLost ? LABELS.noKpisLost : LABELS.noKpis;
    }
    // --- goals shown ---
    get goalLimit() {
        const n = Number(this.goalsBeforeShowMore);
        return Number.isInteger(n) && n > 0 ? n : DEFAULT_GOALS_SHOWN;
    }
    get hasGoals() {
        return (this.view?.goals.length ?? 0) > 0;
    }
    get hiddenGoalCount() {
        return Math.max(0, (this.view?.goals.length ?? 0) - this.goalLimit);
    }
    get showGoalToggle() {
        return this.hiddenGoalCount > 0;
    }
    get goalToggleLabel() {
        return this.showAllGoals ? LABELS.showFewerGoals : formatLabel(LABELS.showAllGoals, this.view?.goals.length ?? 0);
    }
    get isAddingGoal() {
        return this.editingGoalId === NEW;
    }
    /** Groups of the goals shown, with what is being edited in each (templates cannot compare). */
    get goalGroups() {
        const goals = this.view?.goals ?? [];
        const shown = this.showAllGoals ? goals : goals.slice(0, this.goalLimit);
        const canEdit = this.canEdit && !this.saving;
        return groupGoals(shown).map((group) => ({
            ...group,
            goals: group.goals.map((goal) => {
                const isAddingKpi = this.editingKpiId === NEW && this.newKpiGoalId === goal.id;
                return {
                    goal,
                    canEdit,
                    isEditing: this.editingGoalId === goal.id,
                    isAddingKpi,
                    showNoKpis: !goal.hasKpis && !isAddingKpi,
                    kpis: goal.kpis.map((kpi) => ({ kpi, isEditing: this.editingKpiId === kpi.id }))
                };
            })
        }));
    }
    get canLoadMore() {
        return Boolean(this.view?.hasMore);
    }
    // --- won deal ---
    get canLogCheckIn() {
        return this.isWon && !this.loggingCheckIn;
    }
    get canMarkComplete() {
        const followUp = this.view?.followUp;
        return this.isWon && Boolean(followUp) && !followUp?.complete && followUp?.status !== 'Not applicable' && !this.confirmingComplete;
    }
    /** Not while a check-in is being logged: that check-in is what completing would rest on. */
    get markCompleteDisabled() {
        return this.loggingCheckIn || this.saving;
    }
    get canReopen() {
        return this.isWon && Boolean(this.view?.followUp.complete);
    }
    /** Without a check-in, completing needs a reason (Follow_Up_Complete_Needs_Reason). */
    get askCloseReason() {
        return (this.view?.followUp.checkInCount ?? 0) === 0 || this.reasonAskedByOrg;
    }
    get confirmCompleteText() {
        return this.askCloseReason ? LABELS.markCompleteNoCheckIn : LABELS.markCompleteConfirm;
    }
    get closeReasonClass() {
        return this.closeReasonError ? 'slds-form-element slds-has-error slds-m-bottom_x-small' : 'slds-form-element slds-m-bottom_x-small';
    }
    /** Recent check-ins, each with its labelled values (implementation status, sentiment, next step). */
    get checkIns() {
        return (this.view?.checkIns ?? []).map((checkIn) => ({
            ...checkIn,
            details: [
                { key: 'Implementation_Status__c', label: LABELS.fieldImplementationStatus, value: checkIn.implementationStatus },
                { key: 'Customer_Sentiment__c', label: LABELS.fieldSentiment, value: checkIn.sentiment },
                { key: 'Next_Step__c', label: LABELS.fieldNextStep, value: checkIn.nextStep }
            ]
        }));
    }
    get hasCheckIns() {
        return (this.view?.checkIns.length ?? 0) > 0;
    }
    get checkInCountText() {
        const count = this.view?.followUp.checkInCount ?? 0;
        return count > (this.view?.checkIns.length ?? 0) ? formatLabel(LABELS.checkInCount, count) : '';
    }
    get customerContactOptions() {
        return (this.view?.stakeholderOptions ?? []).map((o) => (o.value ? o : { ...o, label: LABELS.noneOption }));
    }
    // --- opening and closing the inline forms ---
    resetForAnotherDeal() {
        this.closeEditors();
        this.view = null;
        this.loaded = false;
        this.loadError = null;
        this.pages = 1;
        this.showAllGoals = false;
        this.loggingCheckIn = false;
        this.resetCloseReason();
        this.confirmingComplete = false;
        this.actionError = null;
        this.formLoadError = null;
        this.rereadOnClose = false;
        this.opener = [];
        this.focusAfterRender = [];
    }
    closeEditors() {
        this.focusNewGoalId = null;
        this.editingGoalId = null;
        this.newGoalStakeholderId = null;
        this.editingKpiId = null;
        this.newKpiGoalId = null;
        this.editingVersion = null;
        this.editingOriginal = { goal: null, kpi: null };
    }
    get goalForm() {
        return this.forms.goalForm;
    }
    get kpiForm() {
        return this.forms.kpiForm;
    }
    get checkInForm() {
        return this.forms.checkInForm;
    }
    /**
     * Loads a form's component the first time it is opened. Until it arrives <lwc:component>
     * renders nothing; if it cannot load, the editor closes, the rep reads why at the top of the
     * panel and focus goes back to what they clicked.
     */
    async ensureForm(name) {
        this.formLoadError = null;
        if (this.forms[name])
            return;
        const { formConstructor, error } = await loadFormConstructor(loadForms, name);
        if (formConstructor) {
            this.forms = { ...this.forms, [name]: formConstructor };
            return;
        }
        this.formLoadError = error;
        this.closeEditors();
        this.loggingCheckIn = false;
        this.returnFocus(name === 'checkInForm' ? ['.log-check-in'] : this.opener);
    }
    handleAddGoal() {
        this.closeEditors();
        this.editingGoalId = NEW;
        this.opener = ['.add-goal'];
        this.ensureForm('goalForm');
    }
    handleAddGoalFor(event) {
        this.closeEditors();
        this.editingGoalId = NEW;
        this.newGoalStakeholderId = dataOf(event, 'contactId');
        // Once the goal is saved the prompt is gone: then focus goes to "Add goal".
        this.opener = [`.add-goal-for[data-contact-id="${this.newGoalStakeholderId ?? ''}"]`, '.add-goal'];
        this.ensureForm('goalForm');
    }
    /** `editgoal` from a c-goal-card. */
    handleEditGoal(event) {
        this.closeEditors();
        this.editingGoalId = event.detail?.goalId ?? null;
        const goal = this.view?.goals.find((g) => g.id === this.editingGoalId) ?? null;
        this.editingOriginal = { goal, kpi: null };
        this.editingVersion = goal?.lastModified ?? null;
        // The card hands focus to its edit button (delegatesFocus).
        this.opener = [`c-goal-card[data-goal-id="${this.editingGoalId ?? ''}"]`, '.add-goal'];
        this.ensureForm('goalForm');
    }
    handleAddKpi(event) {
        this.closeEditors();
        this.editingKpiId = NEW;
        this.newKpiGoalId = dataOf(event, 'goalId');
        this.opener = [`.add-kpi[data-goal-id="${this.newKpiGoalId ?? ''}"]`, '.add-goal'];
        this.ensureForm('kpiForm');
    }
    /** `editkpi` from a c-kpi-row ("Edit" or "Complete this KPI"). */
    handleEditKpi(event) {
        this.closeEditors();
        this.editingKpiId = event.detail?.kpiId ?? null;
        const kpi = this.view?.kpis.find((k) => k.id === this.editingKpiId) ?? null;
        this.editingOriginal = { goal: null, kpi };
        this.editingVersion = kpi?.lastModified ?? null;
        this.opener = [`.add-kpi[data-goal-id="${kpi?.goalId ?? ''}"]`, '.add-goal'];
        this.ensureForm('kpiForm');
    }
    handleCancelEdit() {
        this.closeEditors();
        this.returnFocus(this.opener);
        if (this.rereadOnClose) {
            this.rereadOnClose = false;
            this.afterWrite(false);
        }
    }
    /** The LastModifiedDate loaded with a goal or KPI. */
    loadedVersion(recordId) {
        const view = this.view;
        if (!recordId || !view)
            return null;
        return (view.goals.find((g) => g.id === recordId) ?? view.kpis.find((k) => k.id === recordId))?.lastModified ?? null;
    }
    handleToggleGoals() {
        this.showAllGoals = !this.showAllGoals;
    }
    handleLoadMore() {
        this.pages += 1;
        this.showAllGoals = true;
    }
    handleLogCheckIn() {
        this.loggingCheckIn = true;
        this.ensureForm('checkInForm');
    }
    handleCancelCheckIn() {
        this.loggingCheckIn = false;
        this.returnFocus(['.log-check-in']);
    }
    handleMarkComplete() {
        if (this.loggingCheckIn)
            return;
        this.actionError = null;
        this.resetCloseReason();
        this.confirmingComplete = true;
        // The button pressed gives way to the confirmation: focus goes to its first field, or its Cancel.
        this.returnFocus(['.close-reason', '.cancel-complete']);
    }
    handleCancelComplete() {
        this.confirmingComplete = false;
        this.resetCloseReason();
        this.returnFocus(['.mark-complete']);
    }
    handleCloseReasonChange(event) {
        this.closeReason = event.detail?.value ?? '';
        this.closeReasonError = null;
    }
    resetCloseReason() {
        this.closeReason = '';
        this.closeReasonError = null;
        this.reasonAskedByOrg = false;
    }
    /** Once the closed form is gone, focus goes back to what opened it (keyboard users keep their place). */
    returnFocus(selectors) {
        this.focusAfterRender = selectors;
    }
    renderedCallback() {
        this.focusNewGoal();
        if (!this.focusAfterRender.length)
            return;
        const target = this.focusAfterRender
            .map((selector) => this.template?.querySelector(selector))
            .find((e) => e instanceof HTMLElement);
        this.focusAfterRender = [];
        if (target instanceof HTMLElement)
            target.focus();
    }
    /** Once the new goal is on the page, its "Add KPI" takes focus: the next thing to do with it. */
    focusNewGoal() {
        if (!this.focusNewGoalId)
            return;
        const button = this.template?.querySelector(`.add-kpi[data-goal-id="${this.focusNewGoalId}"]`);
        if (!(button instanceof HTMLElement))
            return;
        this.focusNewGoalId = null;
        this.focusAfterRender = [];
        button.focus();
    }
    // --- writes ---
    async handleGoalSave(event) {
        const accountId = this.view?.accountId;
        const recordId = this.recordId;
        if (!accountId || !recordId)
            return;
        const draft = event.detail;
        const saved = draft.id
            ? await this.saveEdit((u) => u.goalUpdate(draft, this.editingOriginal.goal), event.target, LABELS.goalSaved)
            : await this.save((m) => m.saveGoalMutation(draft, accountId, recordId), event.target, LABELS.goalSaved);
        if (!saved)
            return;
        // A goal from a contact-role prompt removes the prompt: focus goes to "Add goal" instead.
        const fromPrompt = Boolean(this.newGoalStakeholderId);
        const created = draft.id ? null : this.createdId;
        this.closeEditors();
        this.returnFocus(fromPrompt ? ['.add-goal'] : this.opener);
        // A new goal: focus moves on to its "Add KPI" once the re-read shows it (it may be beyond "Show more").
        this.focusNewGoalId = created;
        await this.afterWrite(false);
    }
    async handleKpiSave(event) {
        const draft = event.detail;
        const saved = draft.id
            ? await this.saveEdit((u) => u.kpiUpdate(draft, this.editingOriginal.kpi), event.target, LABELS.kpiSaved)
            : await this.save((m) => m.saveKpiMutation(draft), event.target, LABELS.kpiSaved);
        if (!saved)
            return;
        this.closeEditors();
        this.returnFocus(this.opener);
        await this.afterWrite(false);
    }
    async handleCheckInSave(event) {
        const recordId = this.recordId;
        if (!recordId)
            return;
        if (!(await this.save((m) => m.logCheckInMutation(recordId, event.detail), event.target, LABELS.checkInSaved)))
            return;
        this.loggingCheckIn = false;
        this.returnFocus(['.log-check-in']);
        // Roll-ups (last check-in, count) and the follow-up formulas changed on the Opportunity.
        await this.afterWrite(true);
    }
    /**
     * Marks follow-up complete, with the chosen reason, in one update. The data model decides
     * (validation rule Follow_Up_Complete_Needs_Reason): its refusal shows under the reason, the
     * confirmation stays open with the choice kept, and nothing is saved.
     */
    async handleConfirmComplete() {
        if (!this.recordId)
            return;
        this.actionError = null;
        this.closeReasonError = null;
        const reason = this.askCloseReason && this.closeReason ? this.closeReason : null;
        // The form says what the data model would (Follow_Up_Complete_Needs_Reason) before a round trip.
        if (this.askCloseReason && !reason) {
            this.closeReasonError = LABELS.closeReasonRequired;
            this.returnFocus(['.close-reason']);
            return;
        }
        const recordId = this.recordId;
        if (!(await this.save((m) => m.markFollowUpCompleteMutation(recordId, reason), null, LABELS.followUpMarkedComplete, (errors) => this.reportCloseFailure(errors))))
            return;
        this.confirmingComplete = false;
        this.resetCloseReason();
        this.returnFocus(['.reopen-follow-up', '.log-check-in']);
        await this.afterWrite(true);
    }
    async handleReopen() {
        if (!this.recordId)
            return;
        this.actionError = null;
        const recordId = this.recordId;
        const saved = await this.save((m) => m.reopenFollowUpMutation(recordId), null, LABELS.followUpReopened, (failure) => {
            this.actionError = formatLabel(LABELS.reopenFailed, failureMessage(failure) ?? LABELS.unknownError);
        });
        if (!saved)
            return;
        this.returnFocus(['.mark-complete', '.log-check-in']);
        await this.afterWrite(true);
    }
    /** The mark-complete confirmation's failure: the org's message on the reason shows under it; the rest at the top. */
    reportCloseFailure(errors) {
        const onReason = errors.fields.Follow_Up_Closed_Reason__c;
        if (onReason) {
            this.reasonAskedByOrg = true;
            this.closeReasonError = onReason;
            this.returnFocus(['.close-reason']);
        }
        const rest = failureMessage(errors, 'Follow_Up_Closed_Reason__c');
        if (rest || !onReason)
            this.actionError = formatLabel(LABELS.markCompleteFailed, rest ?? LABELS.unknownError);
    }
    /**
     * Runs one mutation. On failure nothing is claimed saved: the form (kept open, values intact)
     * shows the org's messages on its fields, or at its top. On success a toast says so; the
     * caller closes its form, then afterWrite refreshes.
     */
    async save(build, form, successLabel, onFailure) {
        this.saving = true;
        this.createdId = null;
        let failure = null;
        try {
            const writes = await loadForms();
            const request = build(writes);
            const result = await executeMutation({
                query: request.query,
                variables: request.variables,
                operationName: request.operationName
            });
            if (result?.errors?.length)
                failure = writes.mutationErrors(result.errors, request);
            else
                this.createdId = writes.createdRecordId(result?.data);
        }
        catch (error) {
            failure = { fields: {}, form: errorMessage(error) || LABELS.unknownError };
        }
        finally {
            this.saving = false;
        }
        if (failure) {
            if (onFailure)
                onFailure(failure);
            else
                this.reportFailure(form, failure);
            return false;
        }
        this.dispatchEvent(new ShowToastEvent({ title: successLabel, variant: 'success' }));
        return true;
    }
    /**
     * Saves an edit of an existing goal or KPI, only if nobody changed it since its form opened.
     * If someone did, nothing is saved, the form keeps what was typed and says so, and the panel
     * re-reads: a second Save then knowingly writes the rep's changes over theirs (the re-read date
     * becomes the check; fields the rep did not change keep their values).
     * If someone deleted it, the form stays open so nothing typed is lost; the re-read waits until
     * it closes.
     */
    async saveEdit(build, form, successLabel) {
        this.saving = true;
        let failure = null;
        let recordId = '';
        try {
            const writes = await loadForms();
            const update = build(writes);
            // Nothing changed: nothing to write, the form just closes.
            if (!update)
                return true;
            recordId = String(update.fields.Id);
            failure = await writes.runRecordUpdate(update, this.editingVersion);
        }
        catch (error) {
            failure = { reason: 'invalid', errors: { fields: {}, form: errorMessage(error) || LABELS.unknownError } };
        }
        finally {
            this.saving = false;
        }
        if (!failure) {
            this.dispatchEvent(new ShowToastEvent({ title: successLabel, variant: 'success' }));
            return true;
        }
        this.reportFailure(form, failure.errors);
        if (failure.reason === 'conflict') {
            await this.afterWrite(false);
            this.editingVersion = this.loadedVersion(recordId);
        }
        else if (failure.reason === 'deleted') {
            this.rereadOnClose = true;
        }
        return false;
    }
    reportFailure(form, failure) {
        if (isFormApi(form)) {
            form.reportServerErrors(failure);
            return;
        }
        this.actionError = formatLabel(LABELS.markCompleteFailed, failureMessage(failure) ?? LABELS.unknownError);
    }
    /** Re-reads the panel; tells LDS the Opportunity changed so the record page shows it too. */
    async afterWrite(dealChanged) {
        await this.reload();
        if (!dealChanged || !this.recordId)
            return;
        try {
            await notifyRecordUpdateAvailable([{ recordId: this.recordId }]);
        }
        catch (error) {
            this.failed(error);
        }
    }
}
/** A failure's first message: the form's, else the first field's (other than `except`). */
function failureMessage(failure, except) {
    return failure.form ?? Object.entries(failure.fields).find(([field]) => field !== except)?.[1];
}
/** A data-* value of the element that handled the event (buttons carry the Ids they act on). */
function dataOf(event, key) {
    const target = event.currentTarget ?? event.target;
    return target instanceof HTMLElement ? (target.dataset[key] ?? null) : null;
}
