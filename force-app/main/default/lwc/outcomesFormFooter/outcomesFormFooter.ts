import { LightningElement, api } from 'lwc';
import LABELS from 'c/outcomesLabels';

/**
 * The foot of a Customer Outcomes form: Cancel and Save (disabled, with a spinner, while the
 * parent saves). Fires `cancel` and `save`; the form decides what saving means.
 */
export default class OutcomesFormFooter extends LightningElement {
    @api saving = false;
    /** The Save button's label; "Save" unless given. */
    @api saveLabel?: string | null;

    labels = LABELS;

    get saveButtonLabel(): string {
        return this.saveLabel || LABELS.save;
    }

    /**
     * A press on Save or Cancel must not blur the field being typed in first: the blur would show
     * that field's message, push the buttons down under the pointer and lose the click. Keyboard
     * use is unaffected; the form validates every field on Save anyway.
     */
    handlePointerDown(event: Event): void {
        event.preventDefault();
    }

    handleCancel(): void {
        this.dispatchEvent(new CustomEvent('cancel'));
    }

    handleSave(): void {
        this.dispatchEvent(new CustomEvent('save'));
    }
}
