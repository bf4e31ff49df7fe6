/*
 * Jest stand-in for lightning/graphql (v2). sfdx-lwc-jest's own stub has only the `graphql`
 * wire and `gql`; components here also call executeMutation, which the module documents
 * (LWC Developer Guide, "executeMutation",
 * https://developer.salesforce.com/docs/platform/lwc/guide/reference-graphql-mutation.html).
 * It exports the documented names only (test/platform/documentedExports.ts): no refreshGraphQL,
 * which belongs to the deprecated lightning/uiGraphQLApi; components refresh through the
 * `refresh` a result carries (graphql.emit's third argument). Test helpers are statics on the
 * adapter class, as sfdx-lwc-jest's stub does: graphql.emit / emitErrors drive the wire, and
 * tests mock executeMutation per test. Like that stub, the wire emits
 * `{ data: undefined, errors: undefined }` when it is created.
 *
 * It also records what the wires ask for, so a test can assert how many GraphQL requests a
 * panel makes: graphql.instances counts adapters created (one per @wire(graphql) of every
 * component on the page), graphql.requests lists each distinct request an adapter was
 * configured with (query text + variables + operationName; a config without a query is a
 * wire still waiting, not a request). graphql.resetRequests() starts a new count.
 */
import { createTestWireAdapter } from '@salesforce/wire-service-jest-util';

export class graphql extends createTestWireAdapter() {
    static emit(value, filterFn, refreshFn) {
        super.emit({ data: value, errors: undefined, ...(refreshFn !== undefined && { refresh: refreshFn }) }, filterFn);
    }

    static emitErrors(errors, filterFn, refreshFn) {
        super.emit({ data: undefined, errors, ...(refreshFn !== undefined && { refresh: refreshFn }) }, filterFn);
    }

    static resetRequests() {
        graphql.instances = 0;
        graphql.requests = [];
    }

    constructor(dataCallback) {
        super(dataCallback);
        graphql.instances += 1;
        graphql.emit(undefined);
    }

    update(config, context) {
        super.update(config, context);
        if (!config || config.query === undefined || config.query === null) return;
        const request = { query: String(config.query), variables: config.variables, operationName: config.operationName };
        const key = JSON.stringify([
            request.query,
            request.variables === undefined ? null : request.variables,
            request.operationName || null
        ]);
        if (!graphql.requests.some((r) => r.key === key)) graphql.requests.push({ key, ...request });
    }
}
graphql.resetRequests();

// gql returns the query text so tests can assert what a component asked for.
export const gql = jest.fn((strings, ...values) =>
    strings.reduce((text, part, i) => text + part + (i < values.length ? String(values[i]) : ''), '')
);
export const executeMutation = jest.fn();
