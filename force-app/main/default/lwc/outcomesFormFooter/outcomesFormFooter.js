// Generated from the .ts beside it by `npm run build`. Edit the TypeScript source, not this file.
import { LightningElement, api } from 'lwc';
import LABELS from 'c/outcomesLabels';
/**
 * The foot of a Customer Outcomes form: Cancel and Save (disabled, with a spinner, while the
 * parent saves). Fires `cancel` and `save`; the form decides what saving means.
 */
export default class OutcomesFormFooter extends LightningElement {
    @api
    saving = false;
    /** The Save button's label; "Save" unless given. */
    @api
    saveLabel;
    labels = LABELS;
    get saveButtonLabel() {
        return this.saveLabel || LABELS.save;
    }
    handleCancel() {
        this.dispatchEvent(new CustomEvent('cancel'));
    }
    handleSave() {
        this.dispatchEvent(new CustomEvent('save'));
    }
}
