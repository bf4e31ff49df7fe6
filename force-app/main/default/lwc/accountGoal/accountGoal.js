// Generated from the .ts beside it by `npm run build`. Edit the TypeScript source, not this file.
import { LightningElement, api } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { opensInPlace, opportunityPage } from 'c/outcomesNavigation';
import COMMON_LABELS from 'c/outcomesLabels';
import ACCOUNT_LABELS from 'c/outcomesLabelsAccount';
/** This component's text: the label modules of what it loads with (scripts/generate-label-modules.ts). */
const LABELS = Object.freeze({ ...COMMON_LABELS, ...ACCOUNT_LABELS });
/**
 * One goal on the Account panel: the goal as both panels show it (c-goal-card: name, facts, why it
 * matters), the deal it was captured on (a link), optionally its stakeholder, and each KPI
 * (c-account-kpi-item). Passes a KPI's `readingsaved` on (bubbling) to the panel.
 */
export default class AccountGoal extends NavigationMixin(LightningElement) {
    current;
    /** The deal the goal was captured on, as a link (NavigationMixin.GenerateUrl). */
    dealUrl = '#';
    @api
    get entry() {
        return this.current;
    }
    set entry(value) {
        const dealId = value?.goal.deal?.id;
        const changed = dealId !== this.current?.goal.deal?.id;
        this.current = value;
        if (!changed)
            return;
        this.dealUrl = '#';
        if (dealId) {
            this[NavigationMixin.GenerateUrl](opportunityPage(dealId))
                .then((url) => {
                if (this.current?.goal.deal?.id === dealId)
                    this.dealUrl = url;
            })
                .catch(() => undefined);
        }
    }
    /**
     * How the panel groups goals: 'stakeholder' (the goal sits under its stakeholder's heading, h4,
     * so its name is a level-5 heading) or 'goal' (one list under the section's h3: level 4, and
     * the goal names its stakeholder).
     */
    @api
    grouping = 'stakeholder';
    labels = LABELS;
    get headingLevel() {
        return this.grouping === 'goal' ? '4' : '5';
    }
    get stakeholderText() {
        return this.grouping === 'goal' ? (this.entry?.stakeholderText ?? '') : '';
    }
    handleOpenDeal(event) {
        const dealId = this.current?.goal.deal?.id;
        if (!dealId || !opensInPlace(event))
            return;
        event.preventDefault();
        this[NavigationMixin.Navigate](opportunityPage(dealId));
    }
    handleReadingSaved(event) {
        // Bubbles within the panel, which listens once for all its goals.
        this.dispatchEvent(new CustomEvent('readingsaved', { detail: event.detail, bubbles: true }));
    }
}
