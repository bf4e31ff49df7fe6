import { LightningElement, api } from 'lwc';
import LABELS from 'c/outcomesLabels';
import type { LabelledValue } from 'c/outcomesDetailList';
import type { GoalView } from 'c/outcomesMappers';

/**
 * One goal as both panels show it: its name (a heading at the level the panel gives), an edit
 * button when the panel allows editing (emits `editgoal` with { goalId }), its labelled facts
 * (level, category, status, target date, cost of doing nothing) and why it matters. What sits
 * under the goal (KPIs, the deal it came from, forms) belongs to the panel.
 */
export default class GoalCard extends LightningElement {
    /** Focus given to the card goes to its edit button (a panel returns focus there when the goal's form closes). */
    static override delegatesFocus = true;

    @api goal?: GoalView;
    /** aria-level of the goal's name: '5' under a group heading (h4), '4' directly under a section's h3. */
    @api headingLevel = '5';
    @api editable = false;

    /** Labelled values in the order a rep asks about them; c-outcomes-detail-list leaves out blank ones. */
    get details(): LabelledValue[] {
        const goal = this.goal;
        if (!goal) return [];
        return [
            { key: 'Level__c', label: LABELS.fieldLevel, value: goal.levelLabel },
            { key: 'Category__c', label: LABELS.fieldCategory, value: goal.categoryLabel },
            { key: 'Status__c', label: LABELS.fieldGoalStatus, value: goal.statusLabel },
            { key: 'Target_Date__c', label: LABELS.fieldTargetDate, value: goal.targetDateText },
            { key: 'Cost_Of_Inaction__c', label: LABELS.fieldCostOfInaction, value: goal.costText }
        ];
    }

    handleEdit(): void {
        if (this.goal) this.dispatchEvent(new CustomEvent('editgoal', { detail: { goalId: this.goal.id } }));
    }
}
