/*
 * Jest stand-in for lightning/refresh: sfdx-lwc-jest's own stub, narrowed to the names the LWC
 * Developer Guide documents ("lightning/refresh Module",
 * https://developer.salesforce.com/docs/platform/lwc/guide/reference-lightning-refresh.html):
 * RefreshEvent and the four register/unregister methods. That stub also exports
 * `RefreshEventName`, which the module does not document.
 */
export {
    RefreshEvent,
    registerRefreshContainer,
    registerRefreshHandler,
    unregisterRefreshContainer,
    unregisterRefreshHandler
} from '../../../../node_modules/@salesforce/sfdx-lwc-jest/src/lightning-stubs/refresh/refresh.js';
