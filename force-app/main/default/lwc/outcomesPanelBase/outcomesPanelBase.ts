import { LightningElement } from 'lwc';
import LABELS from 'c/outcomesLabels';
import { errorMessage, formatLabel } from 'c/outcomesFormat';
import type { GraphQLResult } from 'lightning/graphql';

/**
 * What the three panels (Opportunity, Account, Home) share: the state of their one GraphQL wire (loading,
 * loaded, failed), Retry, and paging: "Show more" adds a page, the subclass's variables grow, and
 * the wire re-runs the same query once. The subclass owns the @wire and maps what accept() passes on.
 */
export default class OutcomesPanelBase extends LightningElement {
    labels = LABELS;
    loaded = false;
    loadError: string | null = null;
    retrying = false;
    /** Pages of each list asked for. */
    pages = 1;
    /** A further page was asked for and has not arrived yet. */
    loadingMore = false;
    /**
     * The `refresh` of the latest emission that carried one. lightning/graphql (v2) refreshes only
     * through the result's own `refresh` (LWC Developer Guide, "refresh":
     * https://developer.salesforce.com/docs/platform/lwc/guide/reference-graphql-refresh.html);
     * refreshGraphQL(result) belongs to the deprecated lightning/uiGraphQLApi. The first, empty
     * emission `{ data: undefined, errors: undefined }` may carry none.
     */
    private refreshWire?: () => Promise<unknown>;

    /** A wire emission: its data when it carries data to map, else undefined (waiting, or failed). */
    protected accept<T>(result: GraphQLResult<T> | undefined): T | undefined {
        if (typeof result?.refresh === 'function') this.refreshWire = result.refresh;
        if (result?.errors?.length) {
            this.failed(result.errors);
            return undefined;
        }
        if (!result?.data) return undefined;
        this.loaded = true;
        this.loadError = null;
        this.loadingMore = false;
        return result.data;
    }

    protected failed(error: unknown): void {
        this.loaded = true;
        this.loadingMore = false;
        this.loadError = formatLabel(LABELS.loadError, errorMessage(error) || LABELS.unknownError);
    }

    /** Re-runs the wire through its result's `refresh` (same query, variables and operation name). */
    protected async reload(): Promise<void> {
        const refresh = this.refreshWire;
        if (!refresh) return;
        try {
            await refresh();
        } catch (error) {
            this.failed(error);
        }
    }

    /** What c-outcomes-panel-frame shows around the panel's content. */
    get panelState(): { loading: boolean; error: string | null; retrying: boolean } {
        return { loading: !this.loaded, error: this.loadError, retrying: this.retrying };
    }

    async handleRetry(): Promise<void> {
        this.retrying = true;
        await this.reload();
        this.retrying = false;
    }

    /** What c-outcomes-show-more shows: how much is shown, the button, whether a next page exists and is loading. */
    protected pagingState(shownText: string, buttonLabel: string, hasMore: boolean): Record<string, unknown> {
        return { shownText, buttonLabel, hasMore, loading: this.loadingMore };
    }

    handleShowMore(): void {
        this.loadingMore = true;
        this.pages += 1;
    }
}
