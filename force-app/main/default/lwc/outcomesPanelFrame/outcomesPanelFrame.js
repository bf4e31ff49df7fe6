// Generated from the .ts beside it by `npm run build`. Edit the TypeScript source, not this file.
import { LightningElement, api } from 'lwc';
import LABELS from 'c/outcomesLabels';
/**
 * The card the three panels (Opportunity, Account, Home) sit in: heading and icon, a spinner while the
 * panel's one request loads, or what failed with a Retry button (emits `retry`); the panel's
 * content goes in the slot.
 */
export default class OutcomesPanelFrame extends LightningElement {
    @api
    heading;
    @api
    iconName;
    /** The panel's load state: { loading, error, retrying } (c/outcomesPanelBase panelState). */
    @api
    state;
    labels = LABELS;
    get loading() {
        return Boolean(this.state?.loading);
    }
    get error() {
        return this.state?.error ?? '';
    }
    get retrying() {
        return Boolean(this.state?.retrying);
    }
    handleRetry() {
        this.dispatchEvent(new CustomEvent('retry'));
    }
}
