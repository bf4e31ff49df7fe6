/**
 * What the Node loader gives a component for the platform modules it imports besides its labels
 * and schema references: enough for a module to evaluate, never to run a platform call. Each
 * module exports only names Salesforce documents for it (test/platform/standInExports.test.ts);
 * a module or name not here fails the load, naming it, so a new import is added on purpose.
 */
import { gql as textGql } from './gql';

type Exports = Record<string, unknown>;

/** A wire adapter or imperative call: referenced by a module, but nothing in Node may call it. */
function platformCall(module: string, name: string): () => never {
    return () => {
        throw new Error(`${module} ${name}() is a platform call; the Node component loader only evaluates modules`);
    };
}

function standIn(module: string, exports: Exports, calls: readonly string[] = []): Exports {
    return Object.freeze({ __esModule: true, ...exports, ...Object.fromEntries(calls.map((name) => [name, platformCall(module, name)])) });
}

/** Decorators (standard, as the built .js keeps them) that leave the class as written. */
const keep = (): undefined => undefined;

/** NavigationMixin(Base) is Base; its two method keys are symbols, as on the platform. */
const NavigationMixin = Object.assign(<T>(Base: T): T => Base, {
    Navigate: Symbol('NavigationMixin.Navigate'),
    GenerateUrl: Symbol('NavigationMixin.GenerateUrl')
});

/** The platform modules the Node loader knows, with `gql` the text stand-in unless a tool passes its own. */
export function platformModules(gql: unknown = textGql): ReadonlyMap<string, Exports> {
    return new Map<string, Exports>([
        ['lwc', standIn('lwc', { LightningElement: class LightningElement {}, api: keep, track: keep, wire: () => keep })],
        ['lightning/graphql', standIn('lightning/graphql', { gql }, ['graphql', 'executeMutation'])],
        ['lightning/navigation', standIn('lightning/navigation', { NavigationMixin }, ['CurrentPageReference'])],
        ['lightning/platformShowToastEvent', standIn('lightning/platformShowToastEvent', { ShowToastEvent: class ShowToastEvent {} })],
        [
            'lightning/uiObjectInfoApi',
            standIn('lightning/uiObjectInfoApi', {}, ['getObjectInfo', 'getPicklistValues', 'getPicklistValuesByRecordType'])
        ],
        ['lightning/actions', standIn('lightning/actions', { CloseActionScreenEvent: class CloseActionScreenEvent {} })],
        [
            'lightning/messageService',
            standIn('lightning/messageService', { APPLICATION_SCOPE: Symbol('APPLICATION_SCOPE') }, [
                'MessageContext',
                'createMessageContext',
                'publish',
                'releaseMessageContext',
                'subscribe',
                'unsubscribe'
            ])
        ],
        ['lightning/uiRecordApi', standIn('lightning/uiRecordApi', {}, ['getRecord', 'notifyRecordUpdateAvailable', 'updateRecord'])],
        // Node tools compute dates in UTC and format for en-US; in an org these are the user's settings.
        ['@salesforce/i18n/locale', standIn('@salesforce/i18n/locale', { default: 'en-US' })],
        ['@salesforce/i18n/lang', standIn('@salesforce/i18n/lang', { default: 'en-US' })],
        ['@salesforce/i18n/timeZone', standIn('@salesforce/i18n/timeZone', { default: 'UTC' })]
    ]);
}
