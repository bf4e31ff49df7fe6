/**
 * `lightning/platformShowToastEvent`: the event the org's one.app container turns into a toast.
 * The preview's page shell (shell/app) listens for it and shows an SLDS toast. Exports only
 * ShowToastEvent, as documented (Component Reference, "Platform Show Toast Event",
 * https://developer.salesforce.com/docs/component-library/bundle/lightning-platform-show-toast-event/documentation).
 */
import { SHOW_TOAST_EVENT } from './containerEvents';

export type ToastVariant = 'info' | 'success' | 'warning' | 'error';
export type ToastMode = 'dismissible' | 'pester' | 'sticky';

export interface ToastLink {
    url: string;
    label: string;
}

export interface ShowToastEventInit {
    title?: string;
    message?: string;
    variant?: ToastVariant;
    mode?: ToastMode;
    /** Values for `{0}`, `{1}`... in the message: text, or links. */
    messageData?: (string | ToastLink)[];
}

export class ShowToastEvent extends CustomEvent<ShowToastEventInit> {
    constructor(init: ShowToastEventInit) {
        // Bubbles and crosses shadow boundaries so the container above every component hears it.
        super(SHOW_TOAST_EVENT, { detail: { ...init }, bubbles: true, composed: true, cancelable: true });
    }
}
