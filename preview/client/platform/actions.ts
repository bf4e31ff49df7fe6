/**
 * `lightning/actions` for the preview: CloseActionScreenEvent, the one export the LWC Developer
 * Guide documents ("Create Screen Quick Actions",
 * https://developer.salesforce.com/docs/platform/lwc/guide/use-quick-actions-screen.html). A screen
 * quick action dispatches it to close its window; the preview's action window (shell/actionModal)
 * listens for it. Its type name in an org is not documented (containerEvents.ts).
 */
import { CLOSE_ACTION_SCREEN_EVENT } from './containerEvents';

export class CloseActionScreenEvent extends CustomEvent<undefined> {
    constructor() {
        super(CLOSE_ACTION_SCREEN_EVENT, { bubbles: true, composed: true });
    }
}
