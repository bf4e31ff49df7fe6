/**
 * `lightning/refresh` for the preview (LWC Developer Guide, "lightning/refresh Module",
 * https://developer.salesforce.com/docs/platform/lwc/guide/reference-lightning-refresh.html):
 * RefreshEvent asks the page to refresh its data; the shell answers it by re-running every live
 * wire and calling the handlers components registered, as the org's container refreshes the
 * views on the page. registerRefreshHandler returns a numeric handle, as documented
 * ("registerRefreshHandler()", .../reference-lightning-refreshview-registerrefreshhandler.html).
 * The shell is the one container, so registerRefreshContainer is not offered.
 */
import { REFRESH_EVENT, addRefreshHandler, removeRefreshHandler, type RefreshHandler } from './containerEvents';

export class RefreshEvent extends CustomEvent<undefined> {
    constructor() {
        super(REFRESH_EVENT, { bubbles: true, composed: true, cancelable: true });
    }
}

/** Returns the handle to pass to unregisterRefreshHandler. */
export function registerRefreshHandler(element: EventTarget, handler: RefreshHandler): number {
    return addRefreshHandler(element, handler);
}

export function unregisterRefreshHandler(handle: number): void {
    removeRefreshHandler(handle);
}
