/** Renders one DisplayField with the base component that formats its kind. */
import { LightningElement, api } from 'lwc';
import type { DisplayField } from 'shell/fields';

export default class FieldValue extends LightningElement {
    @api field?: DisplayField;
}
