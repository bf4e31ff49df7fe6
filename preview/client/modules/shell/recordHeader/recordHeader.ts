/** The SLDS record-home page header: object icon and label, record name, key fields. */
import { LightningElement, api } from 'lwc';
import type { DisplayField } from 'shell/fields';

export default class RecordHeader extends LightningElement {
    @api iconName = 'standard:record';
    @api objectLabel = '';
    @api recordName = '';
    @api fields: DisplayField[] = [];
}
