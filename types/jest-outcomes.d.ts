/**
 * Test-side view of test/jest/stubs/lightning/graphql.js (the Jest stand-in for
 * lightning/graphql): how tests drive the wire and count the requests panels make.
 */
declare namespace OutcomesTest {
    interface WireRequest {
        query: string;
        variables?: Record<string, unknown>;
        operationName?: string;
    }

    interface GraphQLStub {
        emit(data: unknown, filter?: (config: unknown) => boolean, refresh?: () => Promise<void>): void;
        emitErrors(errors: unknown, filter?: (config: unknown) => boolean, refresh?: () => Promise<void>): void;
        resetRequests(): void;
        /** Adapters created (one per @wire(graphql) of each component instance). */
        instances: number;
        /** Distinct requests (query + variables + operationName) wires were configured with. */
        requests: WireRequest[];
    }
}
