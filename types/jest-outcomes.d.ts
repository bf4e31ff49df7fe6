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

/** The forms' bad-input suites (lwc/outcomesFormBase/__tests__/badInputSupport.ts). */
declare namespace OutcomesTest {
    /** What a person sees after pressing Save. */
    interface SaveOutcome {
        /** The message each labelled field shows (fields without one are left out). */
        messages: Record<string, string>;
        /** The form-level alert's text, '' when there is none. */
        formMessage: string;
        /** What the named fields hold now. */
        values: Record<string, unknown>;
        /** Every `save` event's detail so far. */
        saves: unknown[];
    }

    interface FormProbe {
        saves: unknown[];
        /** Types into (or picks in) the control with this label, as its change event reports it. */
        type(label: string, value: string): void;
        /** Clicks Save, lets the form settle, and reads the outcome with these fields' values. */
        attempt(labels?: string[]): Promise<SaveOutcome>;
        value(label: string): unknown;
    }
}

/** Opportunity panel tests (issue 20 follow-up). */
declare namespace OutcomesTest {
    /** sfdx-lwc-jest's LDS test wire adapter (lightning/uiObjectInfoApi in Jest). */
    interface TestWireAdapter {
        emit(data: unknown): void;
    }

    /** An OPPORTUNITY_OUTCOMES_QUERY fixture (data/*.json). */
    interface OpportunityFixture {
        uiapi: { query: { Opportunity: { edges: { node: Record<string, unknown> }[] } } };
    }
}
