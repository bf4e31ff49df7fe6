/*
 * Jest stand-in for lightning/graphql. sfdx-lwc-jest's own stub has only the `graphql`
 * wire and `gql`; components here also call executeMutation and refreshGraphQL.
 * Tests drive the wire with graphql.emit / emitErrors and mock the mutation per test.
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
        const key = JSON.stringify([request.query, request.variables === undefined ? null : request.variables, request.operationName || null]);
        if (!graphql.requests.some((r) => r.key === key)) graphql.requests.push({ key, ...request });
    }
}
graphql.resetRequests();

// gql returns the query text so tests can assert what a component asked for.
export const gql = jest.fn((strings, ...values) => strings.reduce((text, part, i) => text + part + (i < values.length ? String(values[i]) : ''), ''));
export const executeMutation = jest.fn();
export const refreshGraphQL = jest.fn(() => Promise.resolve());
