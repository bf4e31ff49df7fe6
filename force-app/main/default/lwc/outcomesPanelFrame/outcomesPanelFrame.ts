import { LightningElement, api } from 'lwc';
import LABELS from 'c/outcomesLabels';

/**
 * The card the three panels (Opportunity, Account, Home) sit in: heading and icon, a spinner while the
 * panel's one request loads, or what failed with a Retry button (emits `retry`); the panel's
 * content goes in the slot.
 */
export default class OutcomesPanelFrame extends LightningElement {
    @api heading?: string;
    @api iconName?: string;
    /** The panel's load state: { loading, error, retrying } (c/outcomesPanelBase panelState). */
    @api state?: { loading: boolean; error: string | null; retrying: boolean };

    labels = LABELS;

    get loading(): boolean {
        return Boolean(this.state?.loading);
    }

    get error(): string {
        return this.state?.error ?? '';
    }

    get retrying(): boolean {
        return Boolean(this.state?.retrying);
    }

    handleRetry(): void {
        this.dispatchEvent(new CustomEvent('retry'));
    }
}
