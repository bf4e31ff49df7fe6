// Generated from the .ts beside it by `npm run build`. Edit the TypeScript source, not this file.
import { LightningElement, api } from 'lwc';
/** "Showing 20 of 100 goals" and a button for the next page (emits `more`), disabled while it loads. */
export default class OutcomesShowMore extends LightningElement {
    /** { shownText, buttonLabel, hasMore, loading } (c/outcomesPanelBase pagingState). */
    @api
    paging;
    get shownText() {
        return this.paging?.shownText ?? '';
    }
    get buttonLabel() {
        return this.paging?.buttonLabel ?? '';
    }
    get hasMore() {
        return Boolean(this.paging?.hasMore);
    }
    get loading() {
        return Boolean(this.paging?.loading);
    }
    handleClick() {
        this.dispatchEvent(new CustomEvent('more'));
    }
}
