/**
 * Play a user without field-level security for some fields (tests and demos only; never shipped):
 *   POST /__preview/access { "hiddenFields": ["Customer_Goal__c.Cost_Of_Inaction__c", "Opportunity.Amount"] }
 *     from the next request on, /graphql answers with a schema that lacks those fields, as the
 *     org's per-user schema does: a query naming one fails ("Field 'X' is undefined"), an
 *     `@optional` one is left out of the response. An empty list restores every field.
 *   GET /__preview/access    the fields hidden now.
 *   POST /__preview/reset    also goes back to PREVIEW_HIDDEN_FIELDS (the startup user; none when unset).
 * PREVIEW_HIDDEN_FIELDS="Object.Field,..." starts the preview as such a user (graphql/hiddenFields.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { previewData } from './dataService';
import { checkHiddenFields, hiddenFields, resetHiddenFields, setHiddenFields } from './graphql/hiddenFields';

export const ACCESS_PATH = '/__preview/access';
const RESET_PATH = '/__preview/reset';

function sendJson(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
    return Buffer.concat(chunks).toString('utf8');
}

/** Validates a request body: the list of fields, or why it was refused. */
export function parseAccessRequest(value: unknown): string[] | string {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'Expected a JSON object { "hiddenFields": [...] }.';
    const list: unknown = Reflect.get(value, 'hiddenFields');
    if (!Array.isArray(list) || !list.every((name): name is string => typeof name === 'string'))
        return 'hiddenFields must be an array of "Object.Field" strings.';
    const problems = checkHiddenFields(previewData().store.schema, list);
    return problems.length ? problems.join(' ') : list;
}

/**
 * The dev server's handler for ACCESS_PATH; true when it answered. On POST /__preview/reset it
 * restores the startup list and returns false, so the server's own reset still runs.
 */
export async function serveFieldAccess(req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> {
    if (path === RESET_PATH) {
        if (req.method === 'POST') resetHiddenFields();
        return false;
    }
    if (path !== ACCESS_PATH) return false;
    if (req.method === 'GET') {
        sendJson(res, 200, { hiddenFields: hiddenFields() });
        return true;
    }
    if (req.method !== 'POST') {
        res.writeHead(405, { Allow: 'GET, POST' }).end();
        return true;
    }
    let body: unknown;
    try {
        body = JSON.parse(await readBody(req));
    } catch (error) {
        sendJson(res, 400, { error: `Invalid JSON body: ${(error as Error).message}` });
        return true;
    }
    const parsed = parseAccessRequest(body);
    if (typeof parsed === 'string') {
        sendJson(res, 400, { error: parsed });
        return true;
    }
    setHiddenFields(parsed);
    sendJson(res, 200, { hiddenFields: hiddenFields() });
    return true;
}
