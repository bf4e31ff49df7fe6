import { api } from 'lwc';
import GOAL_OBJECT from '@salesforce/schema/Customer_Goal__c';
import OutcomesFormBase from 'c/outcomesFormBase';
import COMMON_LABELS from 'c/outcomesLabels';
import FORM_LABELS from 'c/outcomesLabelsForms';
import OPPORTUNITY_LABELS from 'c/outcomesLabelsOpportunity';
import { PICKLISTS } from 'c/outcomesFieldFacts';
import { formatForInput } from 'c/outcomesFormat';
import { clearFieldError, needsStakeholder, toFormErrors, validateGoal } from 'c/outcomesValidation';
import type { Option } from 'c/outcomesPicklists';
import type { GoalView } from 'c/outcomesMappers';

/** Level__c and Status__c: values and defaults from the fields' XML (c/outcomesFieldFacts). */
const LEVEL = PICKLISTS['Customer_Goal__c.Level__c'];
const STATUS = PICKLISTS['Customer_Goal__c.Status__c'];

/** This component's text: the label modules of what it loads with (scripts/generate-label-modules.ts). */
const LABELS = Object.freeze({ ...COMMON_LABELS, ...FORM_LABELS, ...OPPORTUNITY_LABELS });

/** Add or edit a customer goal inline; emits `save` with a GoalDraft (c/outcomesValidation). */
export default class GoalForm extends OutcomesFormBase {
    /** The templates' text, with this component's own label modules. */
    override labels = LABELS;
    /** The goal to edit; empty for a new goal. */
    @api goal?: GoalView | null;
    /** Stakeholder choices (contact roles first, then the account's contacts). */
    @api stakeholderOptions: Option[] = [];
    /** A new goal for this contact (from a contact-role prompt). */
    @api stakeholderId?: string | null;

    override formObject = GOAL_OBJECT;
    override formFields = [
        'Name',
        'Level__c',
        'Stakeholder__c',
        'Category__c',
        'Status__c',
        'Why_It_Matters__c',
        'Cost_Of_Inaction__c',
        'Target_Date__c'
    ];

    get levelOptions(): Option[] {
        return this.options('Level__c');
    }

    get categoryOptions(): Option[] {
        return this.options('Category__c', true);
    }

    get statusOptions(): Option[] {
        return this.options('Status__c');
    }

    override connectedCallback(): void {
        if (Object.keys(this.values).length) return;
        const goal = this.goal;
        this.values = goal
            ? {
                  Name: goal.name,
                  Stakeholder__c: goal.stakeholder?.id ?? '',
                  Level__c: goal.level ?? LEVEL.defaultValue,
                  Category__c: goal.category ?? '',
                  Status__c: goal.status ?? STATUS.defaultValue,
                  Why_It_Matters__c: goal.whyItMatters,
                  Cost_Of_Inaction__c: formatForInput(goal.cost),
                  Target_Date__c: goal.targetDate ?? ''
              }
            : {
                  // Field defaults in the org: Company, Proposed. A goal for a named person is theirs.
                  Stakeholder__c: this.stakeholderId ?? '',
                  Level__c: this.stakeholderId ? LEVEL.values.Individual : LEVEL.defaultValue,
                  Category__c: '',
                  Status__c: STATUS.defaultValue
              };
    }

    get heading(): string {
        return this.goal ? LABELS.editGoalHeading : LABELS.newGoalHeading;
    }

    /** Individual goals need a stakeholder (the rule Individual_Goal_Needs_Stakeholder): marked required as soon as Level says so. */
    get stakeholderRequired(): boolean {
        return needsStakeholder(this.values.Level__c);
    }

    /** The current stakeholder stays choosable even if they are not a contact role or account contact. */
    get stakeholderChoices(): Option[] {
        const options = this.stakeholderOptions ?? [];
        const current = this.goal?.stakeholder;
        if (current?.id && !options.some((o) => o.value === current.id))
            return [...options, { label: current.displayName, value: current.id }];
        return options;
    }

    /** Setting Level to Company or Department fixes "needs a stakeholder" too: its message goes. */
    override handleChange(event: Event): void {
        super.handleChange(event);
        const key = event.target instanceof HTMLElement ? event.target.dataset.key : undefined;
        if (key !== 'Level__c' || this.stakeholderRequired) return;
        clearFieldError(this.template?.querySelector('[data-key="Stakeholder__c"]') ?? null);
        this.fieldFixed('Stakeholder__c');
    }

    handleSave(): void {
        // Nothing to check or send before the form has its fields (they are loading, or failed to).
        if (!this.fieldsReady) return;
        const { errors, draft } = validateGoal({ ...this.values, id: this.goal?.id ?? null });
        if (!draft) {
            this.rejectLocally(toFormErrors(errors));
            return;
        }
        this.emitSave(draft);
    }
}
