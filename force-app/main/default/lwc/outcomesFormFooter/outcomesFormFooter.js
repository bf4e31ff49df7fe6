// Generated from the .ts beside it by `npm run build`. Edit the TypeScript source, not this file.
import { LightningElement, api } from 'lwc';
import COMMON_LABELS from 'c/outcomesLabels';
import FORM_LABELS from 'c/outcomesLabelsForms';
/** This component's text: the label modules of what it loads with (scripts/generate-label-modules.ts). */
const LABELS = Object.freeze({ ...COMMON_LABELS, ...FORM_LABELS });
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
