/**
 * Play a user without field-level security for some fields (tests and demos only; never shipped):
 *   POST /__preview/access { "hiddenFields": ["Customer_Goal__c.Cost_Of_Inaction__c", "Opportunity.Amount"] }
 *     from the next request on, /graphql answers with a schema that lacks those fields, as the
 *     org's per-user schema does: a query naming one fails ("Field 'X' is undefined"), an
 *     `@optional` one is left out of the response. An empty list restores every field.
 *   GET /__preview/access    the fields hidden now.
 *   POST /__preview/reset    also goes back to PREVIEW_HIDDEN_FIELDS (the startup user; none when unset).
 * PREVIEW_HIDDEN_FIELDS="Object.Field,..." starts the preview as such a user (graphql/hiddenFields.ts).
 *
 * The same endpoint plays a user of another permission set tier:
 *   POST /__preview/access { "permissionSets": ["Customer_Outcomes_Manager"] }
 *     from the next write on, validation rules see the custom permissions those permission sets
 *     enable (read from their XML: `$Permission.Customer_Outcomes_Rebase_KPIs` is true for Manager
 *     and Admin). Either key may be sent alone; the other keeps its value. GET answers both.
 *   POST /__preview/reset    also goes back to the rep tier (store/fieldAccess.ts DEFAULT_PERMISSION_SETS).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { previewData } from './dataService';
import { checkHiddenFields, hiddenFields, resetHiddenFields, setHiddenFields } from './graphql/hiddenFields';

const ACCESS_PATH = '/__preview/access';
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

/** What an access request asks for; an absent key leaves that setting as it is. */
interface AccessRequest {
    hiddenFields?: string[];
    permissionSets?: string[];
}

const isStringList = (list: unknown): list is string[] => Array.isArray(list) && list.every((name) => typeof name === 'string');

/** The running user's settings, as GET answers them. */
function accessState(): { hiddenFields: readonly string[]; permissionSets: readonly string[] } {
    return { hiddenFields: hiddenFields(), permissionSets: previewData().store.permissionSets };
}

/** Validates a request body: the settings asked for, or why it was refused. */
function parseAccessRequest(value: unknown): AccessRequest | string {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return 'Expected a JSON object { "hiddenFields": [...] } and/or { "permissionSets": [...] }.';
    const hasFields = Reflect.has(value, 'hiddenFields');
    const hasSets = Reflect.has(value, 'permissionSets');
    if (!hasFields && !hasSets) return 'Expected a JSON object { "hiddenFields": [...] } and/or { "permissionSets": [...] }.';
    const request: AccessRequest = {};
    const problems: string[] = [];
    if (hasFields) {
        const list: unknown = Reflect.get(value, 'hiddenFields');
        if (!isStringList(list)) return 'hiddenFields must be an array of "Object.Field" strings.';
        problems.push(...checkHiddenFields(previewData().store.schema, list));
        request.hiddenFields = list;
    }
    if (hasSets) {
        const list: unknown = Reflect.get(value, 'permissionSets');
        if (!isStringList(list)) return 'permissionSets must be an array of permission set API names.';
        const available = previewData().store.availablePermissionSets();
        for (const name of list) {
            if (!available.some((n) => n.toLowerCase() === name.toLowerCase()))
                problems.push(`"${name}" is not a permission set (one of ${available.join(', ')}).`);
        }
        request.permissionSets = list;
    }
    return problems.length ? problems.join(' ') : request;
}

/**
 * The dev server's handler for ACCESS_PATH; true when it answered. On POST /__preview/reset it
 * restores the startup list and returns false, so the server's own reset still runs.
 */
export async function serveFieldAccess(req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> {
    if (path === RESET_PATH) {
        if (req.method === 'POST') {
            resetHiddenFields();
            previewData().store.setPermissionSets(undefined);
        }
        return false;
    }
    if (path !== ACCESS_PATH) return false;
    if (req.method === 'GET') {
        sendJson(res, 200, accessState());
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
    if (parsed.hiddenFields) setHiddenFields(parsed.hiddenFields);
    if (parsed.permissionSets) previewData().store.setPermissionSets(parsed.permissionSets);
    sendJson(res, 200, accessState());
    return true;
}
