import { ORG_UNEXPECTED_ERROR, addFault, clearFaults, parseFault, pendingFaults, takeFault } from '../faults';
import { useTestServer } from './support';

// Never touch the developer's saved preview data from a test.
process.env.PREVIEW_DATA_FILE ??= 'memory';

afterEach(() => clearFaults());

describe('the fault queue', () => {
    it('fails the named operation the given number of times, then lets it through', () => {
        addFault({ operationName: 'CreateGoal', kind: 'network', times: 2 });
        expect(takeFault('OpportunityOutcomes')).toBeUndefined();
        expect(takeFault('CreateGoal')).toBe('network');
        expect(takeFault('CreateGoal')).toBe('network');
        expect(takeFault('CreateGoal')).toBeUndefined();
        expect(pendingFaults()).toEqual([]);
    });

    it('a fault without an operation name fails whatever comes next, unnamed requests included', () => {
        addFault({ kind: 'graphql', times: 1 });
        expect(takeFault(undefined)).toBe('graphql');
        expect(takeFault(undefined)).toBeUndefined();
    });

    it('serves faults in the order they were queued', () => {
        addFault({ operationName: 'LogCheckIn', kind: 'http500', times: 1 });
        addFault({ kind: 'graphql', times: 1 });
        expect(takeFault('LogCheckIn')).toBe('http500');
        expect(takeFault('LogCheckIn')).toBe('graphql');
    });

    it('clearFaults empties the queue', () => {
        addFault({ kind: 'network', times: 3 });
        clearFaults();
        expect(takeFault('AccountOutcomes')).toBeUndefined();
    });

    it('accepts well-formed requests (times defaults to 1) and says what is wrong with the rest', () => {
        expect(parseFault({ operationName: 'CreateGoal', kind: 'http500' })).toEqual({
            operationName: 'CreateGoal',
            kind: 'http500',
            times: 1
        });
        expect(parseFault({ kind: 'network', times: 3 })).toEqual({ kind: 'network', times: 3 });
        expect(parseFault({ kind: 'timeout' })).toBe('kind must be one of network, http500, graphql.');
        expect(parseFault({ kind: 'network', times: 0 })).toBe('times must be a positive integer.');
        expect(parseFault({ kind: 'network', times: 1.5 })).toBe('times must be a positive integer.');
        expect(parseFault({ kind: 'network', operationName: 7 })).toBe('operationName must be a non-empty string.');
        expect(parseFault([])).toBe('Expected a JSON object.');
        expect(parseFault(null)).toBe('Expected a JSON object.');
    });
});

describe('faults through the dev server', () => {
    const running = useTestServer();
    const QUERY = 'query AccountList { uiapi { query { Account(first: 1) { edges { node { Id } } } } } }';

    const faults = (method: string, body?: unknown) =>
        fetch(new URL('/__preview/faults', running.server.url), {
            method,
            headers: { 'Content-Type': 'application/json' },
            ...(body !== undefined && { body: JSON.stringify(body) })
        });
    const graphql = (operationName?: string) =>
        fetch(new URL('/graphql', running.server.url), {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Connection: 'close' },
            body: JSON.stringify({ query: QUERY, ...(operationName && { operationName }) })
        });

    it('"network" breaks the connection off in the middle of the answer (so no browser resends it)', async () => {
        expect((await faults('POST', { operationName: 'AccountList', kind: 'network' })).status).toBe(200);
        const cut = await graphql('AccountList');
        await expect(cut.text()).rejects.toThrow();
        expect(pendingFaults()).toEqual([]);
        // The next request is answered in full.
        expect(((await (await graphql('AccountList')).json()) as { data?: unknown }).data).toBeDefined();
    });

    it('"http500" answers 500 without a GraphQL body', async () => {
        await faults('POST', { kind: 'http500' });
        const failed = await graphql('AccountList');
        expect(failed.status).toBe(500);
        expect(failed.headers.get('content-type')).toMatch(/^text\/plain/);
        expect(await failed.text()).toBe('Internal Server Error\n');
    });

    it('"graphql" answers 200 with the org\'s error shape and no data', async () => {
        await faults('POST', { operationName: 'AccountList', kind: 'graphql', times: 2 });
        for (let i = 0; i < 2; i++) {
            const failed = await graphql('AccountList');
            expect(failed.status).toBe(200);
            expect(await failed.json()).toEqual({
                errors: [
                    {
                        message: ORG_UNEXPECTED_ERROR,
                        locations: [],
                        path: ['uiapi'],
                        extensions: { classification: 'DataFetchingException', errorCode: 'UNKNOWN_EXCEPTION' }
                    }
                ]
            });
        }
        const ok = (await (await graphql('AccountList')).json()) as { data?: unknown; errors?: unknown };
        expect(ok.errors).toBeUndefined();
        expect(ok.data).toBeDefined();
    });

    it('other operations are not affected by a named fault', async () => {
        await faults('POST', { operationName: 'CreateGoal', kind: 'http500' });
        expect((await graphql('AccountList')).status).toBe(200);
        expect(pendingFaults()).toEqual([{ operationName: 'CreateGoal', kind: 'http500', times: 1 }]);
    });

    it('DELETE and the sample-data reset clear the queue', async () => {
        await faults('POST', { kind: 'http500', times: 5 });
        expect(await (await faults('DELETE')).json()).toEqual({ faults: [] });
        expect((await graphql('AccountList')).status).toBe(200);
        await faults('POST', { kind: 'http500', times: 5 });
        expect((await fetch(new URL('/__preview/reset', running.server.url), { method: 'POST' })).status).toBe(200);
        expect((await graphql('AccountList')).status).toBe(200);
    });

    it('refuses malformed faults and other methods', async () => {
        const bad = await faults('POST', { kind: 'slow' });
        expect(bad.status).toBe(400);
        expect(await bad.json()).toEqual({ error: 'kind must be one of network, http500, graphql.' });
        expect((await fetch(new URL('/__preview/faults', running.server.url), { method: 'POST', body: '{oops' })).status).toBe(400);
        expect((await faults('GET')).status).toBe(405);
        expect(pendingFaults()).toEqual([]);
    });
});
