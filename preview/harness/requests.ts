/** Requests to a running preview as another client would send them: the e2e tests' store checks and the screenshot script's record look-ups. */
import type { RunningPreview } from './runningPreview';

export interface Connection<T> {
    edges: { node: T }[];
    totalCount?: number;
}

/** One GraphQL request to the preview (a read or a write, as another browser would send it); its data, or it throws with the errors. */
export async function postGraphQL<T>(preview: RunningPreview, document: string, today?: string): Promise<T> {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (today) headers['X-Preview-Today'] = today;
    const response = await fetch(new URL('graphql', preview.url), { method: 'POST', headers, body: JSON.stringify({ query: document }) });
    const body = (await response.json()) as { data: T; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
}

/** One UI API GraphQL read, optionally as of another day (the X-Preview-Today header `?today=` sends). */
export async function graphql<T>(preview: RunningPreview, query: string, today?: string): Promise<T> {
    return (await postGraphQL<{ uiapi: { query: T } }>(preview, query, today)).uiapi.query;
}

/** Id of the first record of the object whose Name starts with the prefix (sample records are looked up by name). */
export async function recordIdNamed(preview: RunningPreview, object: string, namePrefix: string): Promise<string> {
    const data = await graphql<Record<string, Connection<{ Id: string }>>>(
        preview,
        `{ uiapi { query { ${object}(where: { Name: { like: "${namePrefix}%" } }, first: 1) { edges { node { Id } } } } } }`
    );
    const id = data[object]?.edges[0]?.node.Id;
    if (!id) throw new Error(`no sample ${object} named ${namePrefix}…`);
    return id;
}
