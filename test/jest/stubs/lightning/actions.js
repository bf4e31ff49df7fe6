/*
 * Jest stand-in for lightning/actions (sfdx-lwc-jest ships none): CloseActionScreenEvent, the one
 * export the LWC Developer Guide documents ("Create Screen Quick Actions",
 * https://developer.salesforce.com/docs/platform/lwc/guide/use-quick-actions-screen.html). The
 * event's type name in an org is not documented; tests check for an instance of this class.
 */
export class CloseActionScreenEvent extends CustomEvent {
    constructor() {
        super('lightning__closeactionscreen', { bubbles: true, composed: true });
    }
}
