/*
 * Jest stand-in for lightning/graphql. sfdx-lwc-jest's own stub has only the `graphql`
 * wire and `gql`; components here also call executeMutation and refreshGraphQL.
 * Tests drive the wire with graphql.emit / emitErrors and mock the mutation per test.
 */
import { createTestWireAdapter } from '@salesforce/wire-service-jest-util';

export class graphql extends createTestWireAdapter() {
    static emit(value, filterFn, refreshFn) {
        super.emit({ data: value, errors: undefined, ...(refreshFn !== undefined && { refresh: refreshFn }) }, filterFn);
    }

    static emitErrors(errors, filterFn, refreshFn) {
        super.emit({ data: undefined, errors, ...(refreshFn !== undefined && { refresh: refreshFn }) }, filterFn);
    }

    constructor(dataCallback) {
        super(dataCallback);
        graphql.emit(undefined);
    }
}

// gql returns the query text so tests can assert what a component asked for.
export const gql = jest.fn((strings, ...values) => strings.reduce((text, part, i) => text + part + (i < values.length ? String(values[i]) : ''), ''));
export const executeMutation = jest.fn();
export const refreshGraphQL = jest.fn(() => Promise.resolve());
