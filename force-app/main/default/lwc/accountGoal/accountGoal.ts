import { LightningElement, api } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { opensInPlace, opportunityPage } from 'c/outcomesNavigation';
import COMMON_LABELS from 'c/outcomesLabels';
import ACCOUNT_LABELS from 'c/outcomesLabelsAccount';

/** This component's text: the label modules of what it loads with (scripts/generate-label-modules.ts). */
const LABELS = Object.freeze({ ...COMMON_LABELS, ...ACCOUNT_LABELS });
import type { AccountGoalView, Grouping } from 'c/outcomesMappers';

/**
 * One goal on the Account panel: the goal as both panels show it (c-goal-card: name, facts, why it
 * matters), the deal it was captured on (a link), optionally its stakeholder, and each KPI
 * (c-account-kpi-item). Passes a KPI's `readingsaved` on (bubbling) to the panel.
 */
export default class AccountGoal extends NavigationMixin(LightningElement) {
    private current?: AccountGoalView;
    /** The deal the goal was captured on, as a link (NavigationMixin.GenerateUrl). */
    dealUrl = '#';

    @api
    get entry(): AccountGoalView | undefined {
        return this.current;
    }

    set entry(value: AccountGoalView | undefined) {
        const dealId = value?.goal.deal?.id;
        const changed = dealId !== this.current?.goal.deal?.id;
        this.current = value;
        if (!changed) return;
        this.dealUrl = '#';
        if (dealId) {
            this[NavigationMixin.GenerateUrl](opportunityPage(dealId))
                .then((url: string) => {
                    if (this.current?.goal.deal?.id === dealId) this.dealUrl = url;
                })
                .catch(() => undefined);
        }
    }

    /**
     * How the panel groups goals: 'stakeholder' (the goal sits under its stakeholder's heading, h4,
     * so its name is a level-5 heading) or 'goal' (one list under the section's h3: level 4, and
     * the goal names its stakeholder).
     */
    @api grouping: Grouping = 'stakeholder';

    labels = LABELS;

    get headingLevel(): string {
        return this.grouping === 'goal' ? '4' : '5';
    }

    get stakeholderText(): string {
        return this.grouping === 'goal' ? (this.entry?.stakeholderText ?? '') : '';
    }

    handleOpenDeal(event: MouseEvent): void {
        const dealId = this.current?.goal.deal?.id;
        if (!dealId || !opensInPlace(event)) return;
        event.preventDefault();
        this[NavigationMixin.Navigate](opportunityPage(dealId));
    }

    handleReadingSaved(event: CustomEvent<{ kpiId: string }>): void {
        // Bubbles within the panel, which listens once for all its goals.
        this.dispatchEvent(new CustomEvent('readingsaved', { detail: event.detail, bubbles: true }));
    }
}
