/*
 * Jest stand-in for lightning/uiRecordApi: sfdx-lwc-jest's own stub, narrowed to the names the
 * LWC Developer Guide documents for the module ("lightning/uiRecordApi",
 * https://developer.salesforce.com/docs/platform/lwc/guide/reference-lightning-ui-api-record.html).
 * That stub also exports `getRecordInput` and `refresh`, which the module does not document; a
 * component importing them would pass Jest and fail in the org, so they are left out here.
 */
export {
    createRecord,
    createRecordInputFilteredByEditedFields,
    deleteRecord,
    generateRecordInputForCreate,
    generateRecordInputForUpdate,
    getFieldDisplayValue,
    getFieldValue,
    getRecord,
    getRecordCreateDefaults,
    getRecordNotifyChange,
    getRecords,
    getRecordUi,
    notifyRecordUpdateAvailable,
    updateRecord
} from '../../../../node_modules/@salesforce/sfdx-lwc-jest/src/lightning-stubs/uiRecordApi/uiRecordApi.js';
