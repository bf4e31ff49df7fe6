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
import type { RecordUpdate, UpdateFailure } from 'c/outcomesRecordUpdates';
import type { MutationRequest } from 'c/outcomesMutations';
import type { CheckInDraft, FormErrors, GoalDraft, KpiDraft } from 'c/outcomesValidation';
import type { LabelledValue } from 'c/outcomesDetailList';
import type { GraphQLResult } from 'lightning/graphql';
import type { OpportunityOutcomesData, OpportunityOutcomesVariables } from 'c/outcomesQueries';
import type { Option } from 'c/outcomesPicklists';
import type { CheckInView, ContactRoleView, GoalView, KpiView, OpportunityOutcomesView } from 'c/outcomesMappers';

/** This component's text: the label modules of what it loads with (scripts/generate-label-modules.ts). */
const LABELS = Object.freeze({ ...COMMON_LABELS, ...OPPORTUNITY_LABELS });

const DEFAULT_GOALS_SHOWN = 5;
const NEW = 'new';

/**
 * The inline forms and what writes are built from (c/opportunityForms), imported together when a
 * form is first opened or a write needs them (see c/outcomesFormLoader): a rep who only reads
 * never downloads them.
 */
/** The inline forms this panel can open. */
export type OpportunityFormName = 'goalForm' | 'kpiForm' | 'checkInForm';

const loadForms = (): Promise<typeof import('c/opportunityForms')> => import('c/opportunityForms');

/**
 * Opportunity record page panel. Open deal: how the customer and each stakeholder are measured
 * (goals, KPIs, completeness, the next person to ask). Won deal: follow-up status, KPI progress,
 * check-ins with readings. Lost deal: read-only. One GraphQL request per load (c/outcomesQueries),
 * its loading, failure and Retry shared with the other panels (c/outcomesPanelBase, drawn by
 * c-outcomes-panel-frame); each goal drawn as both panels draw it (c-goal-card), each KPI by
 * c-kpi-row. Every write is one allOrNone mutation (c/outcomesMutations), then the wire is refreshed.
 */
export default class OpportunityOutcomes extends NavigationMixin(OutcomesPanelBase) {
    override labels = LABELS;
    private currentRecordId?: string;

    /**
     * The deal's Id, from the record page. A page can hand a panel that is already showing one
     * deal another one (record navigation that reuses the page): nothing of the first deal (open
     * forms, what was typed, its data) may show on the second.
     */
    @api
    get recordId(): string | undefined {
        return this.currentRecordId;
    }

    set recordId(value: string | undefined) {
        if (value === this.currentRecordId) return;
        const switching = this.currentRecordId !== undefined;
        this.currentRecordId = value;
        if (switching) this.resetForAnotherDeal();
    }

    /** Set by the record page with recordId ("Opportunity"); declared so the page can set it. */
    @api objectApiName?: string;
    /** Design property "Show contact-role prompts"; on unless switched off. */
    @api showContactRolePrompts?: boolean;
    /** Design property "Goals to show before 'Show more'". */
    @api goalsBeforeShowMore?: number;

    view: OpportunityOutcomesView | null = null;
    showAllGoals = false;
    /** Goal being edited (Id, or 'new'); KPI being edited (Id, or 'new' under newKpiGoalId). */
    editingGoalId: string | null = null;
    newGoalStakeholderId: string | null = null;
    editingKpiId: string | null = null;
    newKpiGoalId: string | null = null;
    /** LastModifiedDate of the goal or KPI being edited when its form opened: the edit saves only if it still is. */
    private editingVersion: string | null = null;
    /** The goal or KPI as its edit form opened: an edit sends only what the rep changed from it. */
    private editingOriginal: { goal: GoalView | null; kpi: KpiView | null } = { goal: null, kpi: null };
    /** The record being edited was deleted meanwhile: re-read once its form closes (not before: it holds what was typed). */
    private rereadOnClose = false;
    loggingCheckIn = false;
    confirmingComplete = false;
    /** Follow_Up_Closed_Reason__c chosen in the mark-complete confirmation. */
    closeReason = '';
    /** The org's message on the reason field (Follow_Up_Complete_Needs_Reason), shown under it. */
    closeReasonError: string | null = null;
    /** The org asked for a reason although the page showed check-ins (e.g. one deleted meanwhile). */
    private reasonAskedByOrg = false;
    /** Follow_Up_Closed_Reason__c's values and labels, from the org (getPicklistValues). */
    closeReasonOptions: Option[] = [];
    private recordTypeId?: string;
    saving = false;
    actionError: string | null = null;
    /** The forms' constructors once loaded, for <lwc:component lwc:is>; why one could not load. */
    forms: Partial<Record<OpportunityFormName, unknown>> = {};
    formLoadError: string | null = null;
    /** Where focus goes back to when an inline form closes (the first of these still on the page). */
    private opener: string[] = [];
    private focusAfterRender: string[] = [];
    /** A goal just created: focus goes to its "Add KPI" once the re-read shows it. */
    private focusNewGoalId: string | null = null;
    /** The Id of the record the last create mutation made. */
    private createdId: string | null = null;
    /** The deal's Contact Roles related list, as a link (NavigationMixin.GenerateUrl). */
    contactRolesUrl = '#';

    // --- the one read ---

    /** No query until the page gives the record Id: the adapter waits while query is undefined. */
    get query(): unknown {
        return this.recordId ? OPPORTUNITY_OUTCOMES_QUERY : undefined;
    }

    get variables(): OpportunityOutcomesVariables | undefined {
        return this.recordId ? opportunityOutcomesVariables(this.recordId, this.pages) : undefined;
    }

    @wire(graphql, { query: '$query', variables: '$variables', operationName: 'OpportunityOutcomes' })
    wiredOutcomes(result: GraphQLResult<OpportunityOutcomesData>): void {
        const data = this.accept(result);
        if (!data) return;
        this.view = mapOpportunityOutcomes(data);
        if (this.view?.nextActionAddsContactRoles) this.generateContactRolesUrl();
    }

    /** The reason list comes from the org's field definition: its values and translated labels. */
    @wire(getObjectInfo, { objectApiName: OPPORTUNITY_OBJECT })
    wiredObjectInfo(result: { data?: { defaultRecordTypeId: string } }): void {
        if (result?.data) this.recordTypeId = result.data.defaultRecordTypeId;
    }

    get reasonRecordTypeId(): string | undefined {
        return this.recordTypeId;
    }

    @wire(getPicklistValues, { recordTypeId: '$reasonRecordTypeId', fieldApiName: CLOSED_REASON_FIELD })
    wiredCloseReasons(result: { data?: { values: { value: string; label: string }[] } }): void {
        if (result?.data) this.closeReasonOptions = result.data.values.map(({ value, label }) => ({ value, label }));
    }

    // --- a check-in logged elsewhere on the page ---

    /**
     * The page's message context. Through @wire(MessageContext) the message service ends this
     * component's subscriptions when it is destroyed: no unsubscribe() needed (LWC Developer Guide,
     * "Publish on a Message Channel", https://developer.salesforce.com/docs/platform/lwc/guide/use-message-channel-publish.html).
     */
    @wire(MessageContext)
    messageContext?: unknown;

    /** The Log check-in quick action (c/checkInQuickAction) says when it saved a check-in on this deal: re-read. */
    override connectedCallback(): void {
        subscribe(this.messageContext, CHECK_IN_LOGGED, (message) => {
            if (message.recordId === this.recordId) this.reload();
        });
    }

    // --- state ---

    get notFound(): boolean {
        return this.loaded && !this.loadError && !this.view;
    }

    get isOpen(): boolean {
        return this.view?.state === 'open';
    }

    get isWon(): boolean {
        return this.view?.state === 'won';
    }

    get isLost(): boolean {
        return this.view?.state === 'lost';
    }

    get heading(): string {
        if (this.isWon) return LABELS.wonHeading;
        if (this.isLost) return LABELS.lostHeading;
        return LABELS.openHeading;
    }

    get intro(): string {
        if (this.isWon) return LABELS.wonIntro;
        if (this.isLost) return LABELS.lostIntro;
        return LABELS.openIntro;
    }

    get noAccount(): boolean {
        return Boolean(this.view && !this.view.hasAccount && !this.isLost);
    }

    /** Goals and KPIs can be saved: the deal is not lost and has the account goals belong to. */
    get canEdit(): boolean {
        return Boolean(this.view?.hasAccount) && !this.isLost;
    }

    get goalsHeading(): string {
        return this.isWon ? LABELS.progressHeading : LABELS.goalsHeading;
    }

    get metricsWarning(): string {
        return this.view?.showMetricsWarning ? this.view.metricsWarning : '';
    }

    get rolesToAsk(): ContactRoleView[] {
        if (!this.isOpen || !this.canEdit || this.showContactRolePrompts === false) return [];
        return (this.view?.contactRoles ?? []).filter((role) => role.contact.visible && !role.hasGoal);
    }

    get hasRolesToAsk(): boolean {
        return this.rolesToAsk.length > 0;
    }

    get showContactRolesLink(): boolean {
        return Boolean(this.view?.nextActionAddsContactRoles && this.canEdit);
    }

    private generateContactRolesUrl(): void {
        const recordId = this.recordId;
        this[NavigationMixin.GenerateUrl](contactRolesPage(recordId))
            .then((url: string) => {
                if (recordId === this.recordId) this.contactRolesUrl = url;
            })
            .catch(() => undefined);
    }

    handleOpenContactRoles(event: MouseEvent): void {
        if (!opensInPlace(event)) return;
        event.preventDefault();
        this[NavigationMixin.Navigate](contactRolesPage(this.recordId));
    }

    /** Goals of a lost deal are not measured any more: no "how will this goal be measured?". */
    get noKpisText(): string {
        return this.isLost ? LABELS.noKpisLost : LABELS.noKpis;
    }

    // --- goals shown ---

    get goalLimit(): number {
        const n = Number(this.goalsBeforeShowMore);
        return Number.isInteger(n) && n > 0 ? n : DEFAULT_GOALS_SHOWN;
    }

    get hasGoals(): boolean {
        return (this.view?.goals.length ?? 0) > 0;
    }

    get hiddenGoalCount(): number {
        return Math.max(0, (this.view?.goals.length ?? 0) - this.goalLimit);
    }

    get showGoalToggle(): boolean {
        return this.hiddenGoalCount > 0;
    }

    get goalToggleLabel(): string {
        return this.showAllGoals ? LABELS.showFewerGoals : formatLabel(LABELS.showAllGoals, this.view?.goals.length ?? 0);
    }

    get isAddingGoal(): boolean {
        return this.editingGoalId === NEW;
    }

    /** Groups of the goals shown, with what is being edited in each (templates cannot compare). */
    get goalGroups(): unknown[] {
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

    get canLoadMore(): boolean {
        return Boolean(this.view?.hasMore);
    }

    // --- won deal ---

    get canLogCheckIn(): boolean {
        return this.isWon && !this.loggingCheckIn;
    }

    get canMarkComplete(): boolean {
        const followUp = this.view?.followUp;
        return this.isWon && Boolean(followUp) && !followUp?.complete && followUp?.status !== 'Not applicable' && !this.confirmingComplete;
    }

    /** Not while a check-in is being logged: that check-in is what completing would rest on. */
    get markCompleteDisabled(): boolean {
        return this.loggingCheckIn || this.saving;
    }

    get canReopen(): boolean {
        return this.isWon && Boolean(this.view?.followUp.complete);
    }

    /** Without a check-in, completing needs a reason (Follow_Up_Complete_Needs_Reason). */
    get askCloseReason(): boolean {
        return (this.view?.followUp.checkInCount ?? 0) === 0 || this.reasonAskedByOrg;
    }

    get confirmCompleteText(): string {
        return this.askCloseReason ? LABELS.markCompleteNoCheckIn : LABELS.markCompleteConfirm;
    }

    get closeReasonClass(): string {
        return this.closeReasonError ? 'slds-form-element slds-has-error slds-m-bottom_x-small' : 'slds-form-element slds-m-bottom_x-small';
    }

    /** Recent check-ins, each with its labelled values (implementation status, sentiment, next step). */
    get checkIns(): (CheckInView & { details: LabelledValue[] })[] {
        return (this.view?.checkIns ?? []).map((checkIn) => ({
            ...checkIn,
            details: [
                { key: 'Implementation_Status__c', label: LABELS.fieldImplementationStatus, value: checkIn.implementationStatus },
                { key: 'Customer_Sentiment__c', label: LABELS.fieldSentiment, value: checkIn.sentiment },
                { key: 'Next_Step__c', label: LABELS.fieldNextStep, value: checkIn.nextStep }
            ]
        }));
    }

    get hasCheckIns(): boolean {
        return (this.view?.checkIns.length ?? 0) > 0;
    }

    get checkInCountText(): string {
        const count = this.view?.followUp.checkInCount ?? 0;
        return count > (this.view?.checkIns.length ?? 0) ? formatLabel(LABELS.checkInCount, count) : '';
    }

    get customerContactOptions(): Option[] {
        return (this.view?.stakeholderOptions ?? []).map((o) => (o.value ? o : { ...o, label: LABELS.noneOption }));
    }

    // --- opening and closing the inline forms ---

    private resetForAnotherDeal(): void {
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

    private closeEditors(): void {
        this.focusNewGoalId = null;
        this.editingGoalId = null;
        this.newGoalStakeholderId = null;
        this.editingKpiId = null;
        this.newKpiGoalId = null;
        this.editingVersion = null;
        this.editingOriginal = { goal: null, kpi: null };
    }

    get goalForm(): unknown {
        return this.forms.goalForm;
    }

    get kpiForm(): unknown {
        return this.forms.kpiForm;
    }

    get checkInForm(): unknown {
        return this.forms.checkInForm;
    }

    /**
     * Loads a form's component the first time it is opened. Until it arrives <lwc:component>
     * renders nothing; if it cannot load, the editor closes, the rep reads why at the top of the
     * panel and focus goes back to what they clicked.
     */
    private async ensureForm(name: OpportunityFormName): Promise<void> {
        this.formLoadError = null;
        if (this.forms[name]) return;
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

    handleAddGoal(): void {
        this.closeEditors();
        this.editingGoalId = NEW;
        this.opener = ['.add-goal'];
        this.ensureForm('goalForm');
    }

    handleAddGoalFor(event: Event): void {
        this.closeEditors();
        this.editingGoalId = NEW;
        this.newGoalStakeholderId = dataOf(event, 'contactId');
        // Once the goal is saved the prompt is gone: then focus goes to "Add goal".
        this.opener = [`.add-goal-for[data-contact-id="${this.newGoalStakeholderId ?? ''}"]`, '.add-goal'];
        this.ensureForm('goalForm');
    }

    /** `editgoal` from a c-goal-card. */
    handleEditGoal(event: CustomEvent<{ goalId: string }>): void {
        this.closeEditors();
        this.editingGoalId = event.detail?.goalId ?? null;
        const goal = this.view?.goals.find((g) => g.id === this.editingGoalId) ?? null;
        this.editingOriginal = { goal, kpi: null };
        this.editingVersion = goal?.lastModified ?? null;
        // The card hands focus to its edit button (delegatesFocus).
        this.opener = [`c-goal-card[data-goal-id="${this.editingGoalId ?? ''}"]`, '.add-goal'];
        this.ensureForm('goalForm');
    }

    handleAddKpi(event: Event): void {
        this.closeEditors();
        this.editingKpiId = NEW;
        this.newKpiGoalId = dataOf(event, 'goalId');
        this.opener = [`.add-kpi[data-goal-id="${this.newKpiGoalId ?? ''}"]`, '.add-goal'];
        this.ensureForm('kpiForm');
    }

    /** `editkpi` from a c-kpi-row ("Edit" or "Complete this KPI"). */
    handleEditKpi(event: CustomEvent<{ kpiId: string }>): void {
        this.closeEditors();
        this.editingKpiId = event.detail?.kpiId ?? null;
        const kpi = this.view?.kpis.find((k) => k.id === this.editingKpiId) ?? null;
        this.editingOriginal = { goal: null, kpi };
        this.editingVersion = kpi?.lastModified ?? null;
        this.opener = [`.add-kpi[data-goal-id="${kpi?.goalId ?? ''}"]`, '.add-goal'];
        this.ensureForm('kpiForm');
    }

    handleCancelEdit(): void {
        this.closeEditors();
        this.returnFocus(this.opener);
        if (this.rereadOnClose) {
            this.rereadOnClose = false;
            this.afterWrite(false);
        }
    }

    /** The LastModifiedDate loaded with a goal or KPI. */
    private loadedVersion(recordId: string | null): string | null {
        const view = this.view;
        if (!recordId || !view) return null;
        return (view.goals.find((g) => g.id === recordId) ?? view.kpis.find((k) => k.id === recordId))?.lastModified ?? null;
    }

    handleToggleGoals(): void {
        this.showAllGoals = !this.showAllGoals;
    }

    handleLoadMore(): void {
        this.pages += 1;
        this.showAllGoals = true;
    }

    handleLogCheckIn(): void {
        this.loggingCheckIn = true;
        this.ensureForm('checkInForm');
    }

    handleCancelCheckIn(): void {
        this.loggingCheckIn = false;
        this.returnFocus(['.log-check-in']);
    }

    handleMarkComplete(): void {
        if (this.loggingCheckIn) return;
        this.actionError = null;
        this.resetCloseReason();
        this.confirmingComplete = true;
        // The button pressed gives way to the confirmation: focus goes to its first field, or its Cancel.
        this.returnFocus(['.close-reason', '.cancel-complete']);
    }

    handleCancelComplete(): void {
        this.confirmingComplete = false;
        this.resetCloseReason();
        this.returnFocus(['.mark-complete']);
    }

    handleCloseReasonChange(event: CustomEvent<{ value: string }>): void {
        this.closeReason = event.detail?.value ?? '';
        this.closeReasonError = null;
    }

    private resetCloseReason(): void {
        this.closeReason = '';
        this.closeReasonError = null;
        this.reasonAskedByOrg = false;
    }

    /** Once the closed form is gone, focus goes back to what opened it (keyboard users keep their place). */
    private returnFocus(selectors: string[]): void {
        this.focusAfterRender = selectors;
    }

    override renderedCallback(): void {
        this.focusNewGoal();
        if (!this.focusAfterRender.length) return;
        const target = this.focusAfterRender
            .map((selector) => this.template?.querySelector(selector))
            .find((e) => e instanceof HTMLElement);
        this.focusAfterRender = [];
        if (target instanceof HTMLElement) target.focus();
    }

    /** Once the new goal is on the page, its "Add KPI" takes focus: the next thing to do with it. */
    private focusNewGoal(): void {
        if (!this.focusNewGoalId) return;
        const button = this.template?.querySelector(`.add-kpi[data-goal-id="${this.focusNewGoalId}"]`);
        if (!(button instanceof HTMLElement)) return;
        this.focusNewGoalId = null;
        this.focusAfterRender = [];
        button.focus();
    }

    // --- writes ---

    async handleGoalSave(event: CustomEvent<GoalDraft>): Promise<void> {
        const accountId = this.view?.accountId;
        const recordId = this.recordId;
        if (!accountId || !recordId) return;
        const draft = event.detail;
        const saved = draft.id
            ? await this.saveEdit((u) => u.goalUpdate(draft, this.editingOriginal.goal), event.target, LABELS.goalSaved)
            : await this.save((m) => m.saveGoalMutation(draft, accountId, recordId), event.target, LABELS.goalSaved);
        if (!saved) return;
        // A goal from a contact-role prompt removes the prompt: focus goes to "Add goal" instead.
        const fromPrompt = Boolean(this.newGoalStakeholderId);
        const created = draft.id ? null : this.createdId;
        this.closeEditors();
        this.returnFocus(fromPrompt ? ['.add-goal'] : this.opener);
        // A new goal: focus moves on to its "Add KPI" once the re-read shows it (it may be beyond "Show more").
        this.focusNewGoalId = created;
        await this.afterWrite(false);
    }

    async handleKpiSave(event: CustomEvent<KpiDraft>): Promise<void> {
        const draft = event.detail;
        const saved = draft.id
            ? await this.saveEdit((u) => u.kpiUpdate(draft, this.editingOriginal.kpi), event.target, LABELS.kpiSaved)
            : await this.save((m) => m.saveKpiMutation(draft), event.target, LABELS.kpiSaved);
        if (!saved) return;
        this.closeEditors();
        this.returnFocus(this.opener);
        await this.afterWrite(false);
    }

    async handleCheckInSave(event: CustomEvent<CheckInDraft>): Promise<void> {
        const recordId = this.recordId;
        if (!recordId) return;
        if (!(await this.save((m) => m.logCheckInMutation(recordId, event.detail), event.target, LABELS.checkInSaved))) return;
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
    async handleConfirmComplete(): Promise<void> {
        if (!this.recordId) return;
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
        if (
            !(await this.save(
                (m) => m.markFollowUpCompleteMutation(recordId, reason),
                null,
                LABELS.followUpMarkedComplete,
                (errors) => this.reportCloseFailure(errors)
            ))
        )
            return;
        this.confirmingComplete = false;
        this.resetCloseReason();
        this.returnFocus(['.reopen-follow-up', '.log-check-in']);
        await this.afterWrite(true);
    }

    async handleReopen(): Promise<void> {
        if (!this.recordId) return;
        this.actionError = null;
        const recordId = this.recordId;
        const saved = await this.save(
            (m) => m.reopenFollowUpMutation(recordId),
            null,
            LABELS.followUpReopened,
            (failure) => {
                this.actionError = formatLabel(LABELS.reopenFailed, failureMessage(failure) ?? LABELS.unknownError);
            }
        );
        if (!saved) return;
        this.returnFocus(['.mark-complete', '.log-check-in']);
        await this.afterWrite(true);
    }

    /** The mark-complete confirmation's failure: the org's message on the reason shows under it; the rest at the top. */
    private reportCloseFailure(errors: FormErrors): void {
        const onReason = errors.fields.Follow_Up_Closed_Reason__c;
        if (onReason) {
            this.reasonAskedByOrg = true;
            this.closeReasonError = onReason;
            this.returnFocus(['.close-reason']);
        }
        const rest = failureMessage(errors, 'Follow_Up_Closed_Reason__c');
        if (rest || !onReason) this.actionError = formatLabel(LABELS.markCompleteFailed, rest ?? LABELS.unknownError);
    }

    /**
     * Runs one mutation. On failure nothing is claimed saved: the form (kept open, values intact)
     * shows the org's messages on its fields, or at its top. On success a toast says so; the
     * caller closes its form, then afterWrite refreshes.
     */
    private async save(
        build: (writes: typeof import('c/opportunityForms')) => MutationRequest,
        form: EventTarget | null,
        successLabel: string,
        onFailure?: (errors: FormErrors) => void
    ): Promise<boolean> {
        this.saving = true;
        this.createdId = null;
        let failure: FormErrors | null = null;
        try {
            const writes = await loadForms();
            const request = build(writes);
            const result = await executeMutation({
                query: request.query,
                variables: request.variables,
                operationName: request.operationName
            });
            if (result?.errors?.length) failure = writes.mutationErrors(result.errors, request);
            else this.createdId = writes.createdRecordId(result?.data);
        } catch (error) {
            failure = { fields: {}, form: errorMessage(error) || LABELS.unknownError };
        } finally {
            this.saving = false;
        }
        if (failure) {
            if (onFailure) onFailure(failure);
            else this.reportFailure(form, failure);
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
    private async saveEdit(
        build: (writes: typeof import('c/opportunityForms')) => RecordUpdate | null,
        form: EventTarget | null,
        successLabel: string
    ): Promise<boolean> {
        this.saving = true;
        let failure: UpdateFailure | null = null;
        let recordId = '';
        try {
            const writes = await loadForms();
            const update = build(writes);
            // Nothing changed: nothing to write, the form just closes.
            if (!update) return true;
            recordId = String(update.fields.Id);
            failure = await writes.runRecordUpdate(update, this.editingVersion);
        } catch (error) {
            failure = { reason: 'invalid', errors: { fields: {}, form: errorMessage(error) || LABELS.unknownError } };
        } finally {
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
        } else if (failure.reason === 'deleted') {
            this.rereadOnClose = true;
        }
        return false;
    }

    private reportFailure(form: EventTarget | null, failure: FormErrors): void {
        if (isFormApi(form)) {
            form.reportServerErrors(failure);
            return;
        }
        this.actionError = formatLabel(LABELS.markCompleteFailed, failureMessage(failure) ?? LABELS.unknownError);
    }

    /** Re-reads the panel; tells LDS the Opportunity changed so the record page shows it too. */
    private async afterWrite(dealChanged: boolean): Promise<void> {
        await this.reload();
        if (!dealChanged || !this.recordId) return;
        try {
            await notifyRecordUpdateAvailable([{ recordId: this.recordId }]);
        } catch (error) {
            this.failed(error);
        }
    }
}

/** A failure's first message: the form's, else the first field's (other than `except`). */
function failureMessage(failure: FormErrors, except?: string): string | undefined {
    return failure.form ?? Object.entries(failure.fields).find(([field]) => field !== except)?.[1];
}

/** A data-* value of the element that handled the event (buttons carry the Ids they act on). */
function dataOf(event: Event, key: string): string | null {
    const target = event.currentTarget ?? event.target;
    return target instanceof HTMLElement ? (target.dataset[key] ?? null) : null;
}
