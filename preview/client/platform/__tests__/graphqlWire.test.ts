/**
 * The preview's lightning/graphql wire behaves as documented: it emits
 * `{ data: undefined, errors: undefined }` at once (as sfdx-lwc-jest's graphql stub does), then
 * results carrying `refresh()`, which re-runs the same query, variables and operation name and
 * resolves once the fresh result has been delivered ("refresh",
 * https://developer.salesforce.com/docs/platform/lwc/guide/reference-graphql-refresh.html).
 */
import { executeMutation, gql, graphql, type GraphQLWireResult } from '../graphql';

interface Sent {
    query: string;
    variables?: Record<string, unknown>;
    operationName?: string;
}

let sent: Sent[] = [];
let answer: (request: Sent) => unknown = () => ({ data: { n: sent.length } });

beforeAll(() => {
    Object.assign(globalThis, { window: { location: { search: '' } } });
});

beforeEach(() => {
    sent = [];
    answer = () => ({ data: { n: sent.length } });
    globalThis.fetch = jest.fn(async (_url: unknown, init?: { body?: unknown }) => {
        const request = JSON.parse(String(init?.body)) as Sent;
        sent.push(request);
        const body = JSON.stringify(answer(request));
        return { status: 200, statusText: 'OK', text: async () => body } as unknown as Response;
    }) as unknown as typeof fetch;
});

const QUERY = gql`
    query Things($max: Int) {
        uiapi {
            query {
                Account(first: $max) {
                    edges {
                        node {
                            Id
                        }
                    }
                }
            }
        }
    }
`;

function wire(): { emitted: GraphQLWireResult[]; adapter: InstanceType<typeof graphql> } {
    const emitted: GraphQLWireResult[] = [];
    const adapter = new graphql((value) => emitted.push(value));
    return { emitted, adapter };
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('preview lightning/graphql wire', () => {
    it('emits { data: undefined, errors: undefined } at once, before any request', () => {
        const { emitted } = wire();
        expect(emitted).toEqual([{ data: undefined, errors: undefined }]);
        expect(sent).toEqual([]);
    });

    it('then emits the result with a refresh function, for the configured query, variables and operation name', async () => {
        const { emitted, adapter } = wire();
        adapter.update({ query: QUERY, variables: { max: 5 }, operationName: 'Things' });
        adapter.connect();
        await settle();
        expect(sent).toEqual([{ query: QUERY.source, variables: { max: 5 }, operationName: 'Things' }]);
        expect(emitted).toHaveLength(2);
        expect(emitted[1]?.data).toEqual({ n: 1 });
        expect(typeof emitted[1]?.refresh).toBe('function');
    });

    it('refresh() re-runs the same request and resolves once the fresh result was delivered, even unbound', async () => {
        const { emitted, adapter } = wire();
        adapter.update({ query: QUERY, variables: { max: 5 }, operationName: 'Things' });
        adapter.connect();
        await settle();
        const refresh = emitted[1]?.refresh;
        if (!refresh) throw new Error('no refresh on the result');
        let countWhenResolved = 0;
        await refresh().then(() => {
            countWhenResolved = emitted.length;
        });
        expect(countWhenResolved).toBe(3);
        expect(emitted[2]?.data).toEqual({ n: 2 });
        expect(sent[1]).toEqual(sent[0]);
    });

    it('an error result carries refresh too, and refresh brings the data back', async () => {
        answer = () => (sent.length === 1 ? { errors: [{ message: 'boom' }] } : { data: { ok: true } });
        const { emitted, adapter } = wire();
        adapter.update({ query: QUERY });
        adapter.connect();
        await settle();
        expect(emitted[1]).toEqual(expect.objectContaining({ data: undefined, errors: [{ message: 'boom' }] }));
        await emitted[1]?.refresh?.();
        expect(emitted[2]?.data).toEqual({ ok: true });
    });

    it('waits without a request while the query is not a gql document, and refresh() then does nothing', async () => {
        const { emitted, adapter } = wire();
        adapter.update({ query: undefined });
        adapter.connect();
        await adapter.refresh();
        expect(sent).toEqual([]);
        expect(emitted).toHaveLength(1);
    });

    it('executeMutation answers { data, errors } and refuses a query that is not a gql document', async () => {
        expect(await executeMutation({ query: QUERY })).toEqual({ data: { n: 1 }, errors: undefined });
        expect((await executeMutation({ query: { not: 'a document' } })).errors?.[0]?.message).toMatch(/gql/);
    });
});
