/**
 * What the page container (the preview's shell, the org's one.app) listens for, and the refresh
 * handlers components register: kept apart from the stand-ins so that `lightning/refresh` and
 * `lightning/platformShowToastEvent` export only their documented names.
 */

/** ShowToastEvent's type, as sfdx-lwc-jest's platformShowToastEvent stub names it. */
export const SHOW_TOAST_EVENT = 'lightning__showtoast';

/** RefreshEvent's type, as sfdx-lwc-jest's refresh stub names it (unverified in an org). */
export const REFRESH_EVENT = 'lightning__refresh';

/** CloseActionScreenEvent's type: undocumented; the preview's action window listens for this name. */
export const CLOSE_ACTION_SCREEN_EVENT = 'lightning__closeactionscreen';

export type RefreshHandler = () => Promise<boolean> | boolean | void;

const handlers = new Map<number, { element: EventTarget; handler: RefreshHandler }>();
let lastHandle = 0;

/** Registers a handler; returns its numeric handle (registerRefreshHandler's documented return). */
export function addRefreshHandler(element: EventTarget, handler: RefreshHandler): number {
    lastHandle += 1;
    handlers.set(lastHandle, { element, handler });
    return lastHandle;
}

export function removeRefreshHandler(handle: number): void {
    handlers.delete(handle);
}

/** For the shell: runs every registered handler with its element as `this`. */
export async function runRefreshHandlers(): Promise<void> {
    await Promise.all([...handlers.values()].map(({ element, handler }) => handler.call(element)));
}
