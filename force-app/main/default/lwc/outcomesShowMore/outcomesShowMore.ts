import { LightningElement, api } from 'lwc';

/** "Showing 20 of 100 goals" and a button for the next page (emits `more`), disabled while it loads. */
export default class OutcomesShowMore extends LightningElement {
    /** { shownText, buttonLabel, hasMore, loading } (c/outcomesPanelBase pagingState). */
    @api paging?: { shownText?: string; buttonLabel?: string; hasMore?: boolean; loading?: boolean };

    get shownText(): string {
        return this.paging?.shownText ?? '';
    }

    get buttonLabel(): string {
        return this.paging?.buttonLabel ?? '';
    }

    get hasMore(): boolean {
        return Boolean(this.paging?.hasMore);
    }

    get loading(): boolean {
        return Boolean(this.paging?.loading);
    }

    handleClick(): void {
        this.dispatchEvent(new CustomEvent('more'));
    }
}
