/*
 * Jest stand-in for lightning/uiObjectInfoApi: sfdx-lwc-jest's own test adapters (tests still
 * emit and error through them), except that getObjectInfo answers a custom object of this package
 * as soon as a component asks, from the object's XML (test/jest/metadata.js objectInfo), the way
 * LDS answers from its cache: the forms show the fields' labels and help as the org names them.
 * A test of the loading or failure state turns that off: `getObjectInfo.answersFromMetadata = false`.
 */
import {
    getObjectInfo,
    getObjectInfos,
    getPicklistValues,
    getPicklistValuesByRecordType
} from '../../../../node_modules/@salesforce/sfdx-lwc-jest/src/lightning-stubs/uiObjectInfoApi/uiObjectInfoApi.js';

const { objectInfo } = require('../../metadata');

getObjectInfo.answersFromMetadata = true;
const Adapter = getObjectInfo.adapter;
const update = Adapter.prototype.update;
Adapter.prototype.update = function answerFromMetadata(config) {
    update.call(this, config);
    const ref = config?.objectApiName;
    const name = typeof ref === 'string' ? ref : ref?.objectApiName;
    const info = getObjectInfo.answersFromMetadata && typeof name === 'string' && name.endsWith('__c') ? objectInfo(name) : undefined;
    if (info) this.emit({ data: info, error: undefined });
};

export { getObjectInfo, getObjectInfos, getPicklistValues, getPicklistValuesByRecordType };
