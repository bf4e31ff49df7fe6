// Generated from the .ts beside it by `npm run build`. Edit the TypeScript source, not this file.
import { LightningElement, api } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import LABELS from 'c/outcomesLabels';
/**
 * Won deals due for follow-up, each linked to its Opportunity record page (NavigationMixin: a real
 * link, opened in place; Ctrl/Cmd-click opens a tab), with the follow-up badge, days overdue or
 * until due, the last check-in and, on Home, the account (and in team mode the owner). Shared by the Account panel and Home.
 */
export default class FollowUpDealList extends NavigationMixin(LightningElement) {
    /** Show each deal's account (Home); the Account panel is the account already. */
    @api
    showAccount = false;
    /** Show each deal's owner (Home, team mode): whose deal each row is. */
    @api
    showOwner = false;
    labels = LABELS;
    urls = {};
    list = [];
    @api
    get deals() {
        return this.list;
    }
    set deals(value) {
        this.list = value ?? [];
        this.generateUrls(this.list).catch(() => undefined);
    }
    get items() {
        return this.list.map((deal) => ({ ...deal, url: this.urls[deal.id] ?? '#' }));
    }
    async generateUrls(deals) {
        const entries = await Promise.all(deals.map(async (deal) => [deal.id, await this[NavigationMixin.GenerateUrl](recordPage(deal.id))]));
        if (deals === this.list)
            this.urls = Object.fromEntries(entries);
    }
    handleOpen(event) {
        // Let the browser open a new tab or window as it would for any link.
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0)
            return;
        const target = event.currentTarget;
        const id = target instanceof HTMLElement ? target.dataset.id : undefined;
        if (!id)
            return;
        event.preventDefault();
        this[NavigationMixin.Navigate](recordPage(id));
    }
}
function recordPage(recordId) {
    return { type: 'standard__recordPage', attributes: { recordId, objectApiName: 'Opportunity', actionName: 'view' } };
}
