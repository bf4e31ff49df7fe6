/*
 * Jest stand-in for lightning/messageService: sfdx-lwc-jest's own stub, narrowed to the names the
 * Component Reference documents ("Message Service",
 * https://developer.salesforce.com/docs/platform/lightning-component-reference/guide/lightning-message-service):
 * APPLICATION_SCOPE, createMessageContext, MessageContext, publish, releaseMessageContext,
 * subscribe, unsubscribe. That stub also exports `createMessageChannel`, which the module does
 * not document. publish and subscribe stay jest.fn(): a test reads what was published and calls
 * a subscriber's listener as the service would.
 */
export {
    APPLICATION_SCOPE,
    createMessageContext,
    MessageContext,
    publish,
    releaseMessageContext,
    subscribe,
    unsubscribe
} from '../../../../node_modules/@salesforce/sfdx-lwc-jest/src/lightning-stubs/messageService/messageService.js';
