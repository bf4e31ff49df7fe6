// Generated from the .ts beside it by `npm run build`. Edit the TypeScript source, not this file.
import { LightningElement, api } from 'lwc';
import LABELS from 'c/outcomesLabels';
/**
 * A Customer Outcomes form's message when a save was refused as a whole (or no field can carry
 * the message): an SLDS error alert, announced as it appears, that the form moves focus to.
 */
export default class OutcomesFormError extends LightningElement {
    /** What went wrong, as text (never markup). */
    @api
    message;
    labels = LABELS;
    /** Moves focus to the alert, so keyboard and screen-reader users land on the message. */
    @api
    focus() {
        const alert = this.template?.querySelector('[role="alert"]');
        if (alert instanceof HTMLElement)
            alert.focus();
    }
}
