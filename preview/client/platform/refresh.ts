/**
 * `lightning/refresh`: RefreshEvent asks the page to refresh its data. The shell answers it by
 * re-running every live wire and calling the handlers components registered, as the org's
 * container refreshes the views on the page.
 */
export const REFRESH_EVENT = 'lightning__refreshevent';

export class RefreshEvent extends CustomEvent<undefined> {
    constructor() {
        super(REFRESH_EVENT, { bubbles: true, composed: true, cancelable: true });
    }
}

type RefreshHandler = () => Promise<boolean> | boolean | void;

const handlers = new Map<string, { element: EventTarget; handler: RefreshHandler }>();
let nextId = 0;

/** Returns the id to pass to unregisterRefreshHandler. */
export function registerRefreshHandler(element: EventTarget, handler: RefreshHandler): string {
    const id = `refresh-${++nextId}`;
    handlers.set(id, { element, handler });
    return id;
}

export function unregisterRefreshHandler(id: string): void {
    handlers.delete(id);
}

/** For the shell: runs every registered handler with its element as `this`. */
export async function runRefreshHandlers(): Promise<void> {
    await Promise.all([...handlers.values()].map(({ element, handler }) => handler.call(element)));
}
