import { LightningElement, api } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import LABELS from 'c/outcomesLabels';
import { opensInPlace, opportunityPage } from 'c/outcomesNavigation';
import type { FollowUpDealView } from 'c/outcomesMappers';

/**
 * Won deals due for follow-up, each linked to its Opportunity record page (NavigationMixin: a real
 * link, opened in place; Ctrl/Cmd-click opens a tab), with the follow-up badge, days overdue or
 * until due, the last check-in and, on Home, the account (and in team mode the owner). Shared by the Account panel and Home.
 */
export default class FollowUpDealList extends NavigationMixin(LightningElement) {
    /** Show each deal's account (Home); the Account panel is the account already. */
    @api showAccount = false;
    /** Show each deal's owner (Home, team mode): whose deal each row is. */
    @api showOwner = false;

    labels = LABELS;
    urls: Record<string, string> = {};
    private list: FollowUpDealView[] = [];

    @api
    get deals(): FollowUpDealView[] {
        return this.list;
    }

    set deals(value: FollowUpDealView[]) {
        this.list = value ?? [];
        this.generateUrls(this.list).catch(() => undefined);
    }

    get items(): (FollowUpDealView & { url: string })[] {
        return this.list.map((deal) => ({ ...deal, url: this.urls[deal.id] ?? '#' }));
    }

    private async generateUrls(deals: FollowUpDealView[]): Promise<void> {
        const entries = await Promise.all(
            deals.map(async (deal): Promise<[string, string]> => [
                deal.id,
                await this[NavigationMixin.GenerateUrl](opportunityPage(deal.id))
            ])
        );
        if (deals === this.list) this.urls = Object.fromEntries(entries);
    }

    handleOpen(event: MouseEvent): void {
        if (!opensInPlace(event)) return;
        const target = event.currentTarget;
        const id = target instanceof HTMLElement ? target.dataset.id : undefined;
        if (!id) return;
        event.preventDefault();
        this[NavigationMixin.Navigate](opportunityPage(id));
    }
}
