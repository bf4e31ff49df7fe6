// Generated from the .ts beside it by `npm run build`. Edit the TypeScript source, not this file.
import { LightningElement, api } from 'lwc';
import LABELS from 'c/outcomesLabelsOpportunity';
/**
 * A warning in the flow of a panel (SLDS scoped notification with a warning icon), announced
 * politely (role="status"): `emphasis` draws it on the warning theme for what needs acting on.
 */
export default class OutcomesWarning extends LightningElement {
    @api
    message;
    @api
    emphasis = false;
    labels = LABELS;
    get noticeClass() {
        return `slds-scoped-notification slds-media slds-media_center${this.emphasis ? ' slds-theme_warning' : ''}`;
    }
}
