/**
 * The Opportunity stage path, as the org draws it (lightning-base-components has no
 * lightning-path, so this is SLDS path markup): open stages, then one "Closed" step that
 * resolves to Closed Won or Closed Lost. Selecting a step and confirming moves the deal with
 * an OpportunityUpdate mutation; the server derives Probability, IsClosed and IsWon.
 */
import { LightningElement, api } from 'lwc';
import { executeMutation } from 'lightning/graphql';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import objectInfo from 'preview:object-info';
import { UPDATE_OPPORTUNITY_STAGE } from 'shell/queries';
import { OPPORTUNITY_STAGES } from '../../../../../core/metadata/opportunity-stages';

/** Which stages close the deal, and how (the default sales process, core/metadata/opportunity-stages.ts). */
const CLOSED_STAGES: Readonly<Record<string, 'won' | 'lost'>> = Object.fromEntries(
    OPPORTUNITY_STAGES.filter((s) => s.closed).map((s) => [s.name, s.won ? 'won' : 'lost'])
);
const CLOSED_STEP = 'closed';

interface Step {
    key: string;
    title: string;
    className: string;
    tabIndex: string;
    ariaSelected: string;
    assistiveText: string;
    isComplete: boolean;
}

export default class StagePath extends LightningElement {
    @api recordId?: string;
    @api stageName?: string;

    /** The step the user picked; undefined until they pick one (the current step is active). */
    selectedKey?: string;
    closedChoice?: string;
    saving = false;

    private get stages(): string[] {
        return objectInfo.Opportunity?.fields.StageName?.picklistValues ?? [];
    }

    private get openStages(): string[] {
        return this.stages.filter((stage) => !(stage in CLOSED_STAGES));
    }

    get closedOptions(): { label: string; value: string }[] {
        return this.stages.filter((stage) => stage in CLOSED_STAGES).map((stage) => ({ label: stage, value: stage }));
    }

    private get keys(): string[] {
        return [...this.openStages, CLOSED_STEP];
    }

    private get currentKey(): string {
        return this.stageName && this.stageName in CLOSED_STAGES ? CLOSED_STEP : (this.stageName ?? '');
    }

    private get activeKey(): string {
        return this.selectedKey ?? this.currentKey;
    }

    get steps(): Step[] {
        const currentIndex = this.keys.indexOf(this.currentKey);
        const outcome = this.stageName ? CLOSED_STAGES[this.stageName] : undefined;
        return this.keys.map((key, index) => {
            const isCurrent = index === currentIndex;
            const isComplete = index < currentIndex;
            const isActive = key === this.activeKey;
            const classes = ['slds-path__item', isCurrent ? 'slds-is-current' : isComplete ? 'slds-is-complete' : 'slds-is-incomplete'];
            if (isActive) classes.push('slds-is-active');
            if (key === CLOSED_STEP && isCurrent && outcome) classes.push(outcome === 'won' ? 'slds-is-won' : 'slds-is-lost');
            return {
                key,
                title: key === CLOSED_STEP ? (outcome ? (this.stageName ?? 'Closed') : 'Closed') : key,
                className: classes.join(' '),
                tabIndex: isActive ? '0' : '-1',
                ariaSelected: String(isActive),
                assistiveText: isCurrent ? 'Current Stage:' : isComplete ? 'Stage Complete' : '',
                isComplete
            };
        });
    }

    get currentTitle(): string {
        return this.stageName ?? '';
    }

    get showClosedChoice(): boolean {
        return this.selectedKey === CLOSED_STEP;
    }

    get actionLabel(): string {
        if (this.showClosedChoice) return 'Save';
        if (this.activeKey === CLOSED_STEP) return this.currentKey === CLOSED_STEP ? 'Change Closed Stage' : 'Select Closed Stage';
        return this.activeKey === this.currentKey ? 'Mark Stage as Complete' : 'Mark as Current Stage';
    }

    get actionDisabled(): boolean {
        return this.saving || !this.recordId || (this.showClosedChoice && !this.closedChoice);
    }

    handleSelect(event: Event): void {
        this.select((event.currentTarget as HTMLElement).dataset.key ?? '');
    }

    handleKeydown(event: KeyboardEvent): void {
        const index = this.keys.indexOf(this.activeKey);
        const next = event.key === 'ArrowRight' ? index + 1 : event.key === 'ArrowLeft' ? index - 1 : -1;
        if (next < 0 || next >= this.keys.length) return;
        event.preventDefault();
        this.select(this.keys[next] ?? '');
        // Focus follows the selection, as in a listbox.
        void Promise.resolve().then(() => this.template?.querySelector<HTMLElement>('[aria-selected="true"]')?.focus());
    }

    handleClosedChoice(event: CustomEvent<{ value: string }>): void {
        this.closedChoice = event.detail.value;
    }

    /** Moves to the selected stage, or the next one; the Closed step first asks which closed stage. */
    async handleAction(): Promise<void> {
        if (this.activeKey === CLOSED_STEP) {
            if (!this.showClosedChoice) this.select(CLOSED_STEP);
            else if (this.closedChoice) await this.moveTo(this.closedChoice);
            return;
        }
        const target = this.activeKey !== this.currentKey ? this.activeKey : this.keys[this.keys.indexOf(this.currentKey) + 1];
        if (target === CLOSED_STEP) this.select(CLOSED_STEP);
        else if (target) await this.moveTo(target);
    }

    private select(key: string): void {
        this.selectedKey = key;
        this.closedChoice = key === CLOSED_STEP && this.currentKey === CLOSED_STEP ? this.stageName : undefined;
    }

    private async moveTo(stage: string): Promise<void> {
        if (!this.recordId || stage === this.stageName) return;
        this.saving = true;
        const result = await executeMutation({
            query: UPDATE_OPPORTUNITY_STAGE,
            variables: { input: { Id: this.recordId, Opportunity: { StageName: stage } } }
        });
        this.saving = false;
        if (result.errors?.length) {
            this.toast('error', 'The stage could not be changed', result.errors.map((e) => e.message).join(' '));
            return;
        }
        this.selectedKey = undefined;
        this.closedChoice = undefined;
        this.toast('success', `Stage changed to ${stage}.`);
        await notifyRecordUpdateAvailable([{ recordId: this.recordId }]);
    }

    private toast(variant: 'success' | 'error', title: string, message = ''): void {
        this.dispatchEvent(new ShowToastEvent({ title, message, variant }));
    }
}
