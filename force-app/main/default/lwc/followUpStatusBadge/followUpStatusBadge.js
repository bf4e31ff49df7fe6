// Generated from the .ts beside it by `npm run build`. Edit the TypeScript source, not this file.
import { LightningElement, api } from 'lwc';
import LABELS from 'c/outcomesLabels';
import { formatLabel } from 'c/outcomesFormat';
import { followUpWords } from 'c/outcomesPicklists';
/** A won deal's follow-up status in words and an icon (never colour alone), with its due date. */
export default class FollowUpStatusBadge extends LightningElement {
    /** Follow_Up_Status__c: Overdue, Due soon, Not due, Complete, Not applicable. */
    @api
    status;
    /** Next_Follow_Up_Due__c as the user reads it (displayValue). */
    @api
    dueDateText;
    /** "Last check-in 3/2/2026" or "No check-in yet". */
    @api
    lastCheckInText;
    get words() {
        return followUpWords(this.status);
    }
    get badgeClass() {
        return `follow-up-badge ${this.words.theme}`.trim();
    }
    get dueText() {
        if (!this.dueDateText || this.status === 'Complete' || this.status === 'Not applicable')
            return '';
        return formatLabel(this.status === 'Overdue' ? LABELS.wasDueOn : LABELS.dueOn, this.dueDateText);
    }
}
