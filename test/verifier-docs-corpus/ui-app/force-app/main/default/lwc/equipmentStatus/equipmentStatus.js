import { LightningElement, api, wire } from 'lwc';
import { getRecord, getFieldValue } from 'lightning/uiRecordApi';
import STATUS_FIELD from '@salesforce/schema/Equipment__c.Status__c';
import INSTALLED_FIELD from '@salesforce/schema/Equipment__c.Installed_On__c';
import ACCOUNT_NAME_FIELD from '@salesforce/schema/Equipment__c.Account__r.Name';
import STATUS_LABEL from '@salesforce/label/c.Equipment_Status';

export default class EquipmentStatus extends LightningElement {
    @api recordId;
    @api showInstallDate = false;
    label = STATUS_LABEL;

    @wire(getRecord, { recordId: '$recordId', fields: [STATUS_FIELD, INSTALLED_FIELD, ACCOUNT_NAME_FIELD] })
    equipment;

    get status() {
        return getFieldValue(this.equipment.data, STATUS_FIELD);
    }

    get installedOn() {
        return getFieldValue(this.equipment.data, INSTALLED_FIELD);
    }

    get accountName() {
        return getFieldValue(this.equipment.data, ACCOUNT_NAME_FIELD);
    }
}
