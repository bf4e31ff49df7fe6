// Generated from the .ts beside it by `npm run build`. Edit the TypeScript source, not this file.
import { LightningElement, api } from 'lwc';
import LABELS from 'c/outcomesLabels';
/**
 * One goal on the Account panel: its name (a heading at the level the panel gives), level,
 * category, status, target date and cost of doing nothing, why it matters, optionally its
 * stakeholder, and each KPI (c-account-kpi-item). Passes a KPI's `readingsaved` on (bubbling) to the panel.
 */
export default class AccountGoal extends LightningElement {
    @api
    entry;
    /**
     * How the panel groups goals: 'stakeholder' (the goal sits under its stakeholder's heading, h4,
     * so its name is a level-5 heading) or 'goal' (one list under the section's h3: level 4, and
     * the goal names its stakeholder).
     */
    @api
    grouping = 'stakeholder';
    labels = LABELS;
    get facts() {
        const goal = this.entry?.goal;
        if (!goal)
            return [];
        return [
            { key: 'level', text: goal.levelLabel },
            { key: 'category', text: goal.categoryLabel },
            { key: 'status', text: goal.statusLabel },
            { key: 'target', text: goal.targetDateText ? `${LABELS.fieldTargetDate}: ${goal.targetDateText}` : '' },
            { key: 'cost', text: goal.costText ? `${LABELS.fieldCostOfInaction}: ${goal.costText}` : '' }
        ].filter((fact) => fact.text);
    }
    get headingLevel() {
        return this.grouping === 'goal' ? '4' : '5';
    }
    get stakeholderText() {
        return this.grouping === 'goal' ? (this.entry?.stakeholderText ?? '') : '';
    }
    handleReadingSaved(event) {
        // Bubbles within the panel, which listens once for all its goals.
        this.dispatchEvent(new CustomEvent('readingsaved', { detail: event.detail, bubbles: true }));
    }
}
