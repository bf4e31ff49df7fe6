/**
 * Fault injection for the preview's /graphql endpoint (tests and demos only; never shipped).
 * `POST /__preview/faults` queues `{ operationName?, kind, times? }`; the next `times` requests
 * for that operation (any operation when none is named) fail that way instead of running:
 *   network  the connection breaks off in the middle of the answer (headers, part of the body,
 *            then the socket is destroyed), so reading the response fails in the browser;
 *   http500  HTTP 500 with a plain-text body, as a failing proxy or gateway answers;
 *   graphql  HTTP 200 with the org's error shape and no data.
 * `DELETE /__preview/faults` (and POST /__preview/reset) clears the queue.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export const FAULTS_PATH = '/__preview/faults';

const FAULT_KINDS = ['network', 'http500', 'graphql'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface Fault {
    /** Only requests with this operationName fail; any request when absent. */
    operationName?: string;
    kind: FaultKind;
    /** How many matching requests still fail. */
    times: number;
}

/**
 * What the org answers when a request fails on its side (graphql-java's DataFetchingException
 * with the platform's UNKNOWN_EXCEPTION message), so the panels show what a rep would read.
 */
export const ORG_UNEXPECTED_ERROR =
    'An unexpected error occurred. Please include this ErrorId if you contact support: 1834061452-43817 (-1139587305)';

const queue: Fault[] = [];

/**
 * Why the answer is cut off rather than never sent: a browser silently resends a request when a
 * reused keep-alive connection closes before any byte of the answer, so the page would never see
 * that failure. Once part of the answer has arrived, nothing is resent.
 */
const PARTIAL_BODY = '{"data":{"uiapi":';

/** Validates a request body; returns the fault or why it was refused. */
export function parseFault(value: unknown): Fault | string {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'Expected a JSON object.';
    const { operationName, kind, times } = value as Record<string, unknown>;
    if (!FAULT_KINDS.includes(kind as FaultKind)) return `kind must be one of ${FAULT_KINDS.join(', ')}.`;
    if (operationName !== undefined && (typeof operationName !== 'string' || !operationName))
        return 'operationName must be a non-empty string.';
    if (times !== undefined && !(Number.isInteger(times) && (times as number) > 0)) return 'times must be a positive integer.';
    return { kind: kind as FaultKind, times: (times as number | undefined) ?? 1, ...(operationName ? { operationName } : {}) };
}

export function addFault(fault: Fault): void {
    queue.push({ ...fault });
}

export function clearFaults(): void {
    queue.length = 0;
}

/** The faults still queued (copies). */
export function pendingFaults(): Fault[] {
    return queue.map((fault) => ({ ...fault }));
}

/** Consumes one use of the first fault matching this request, if any. */
export function takeFault(operationName: string | undefined): FaultKind | undefined {
    const index = queue.findIndex((fault) => fault.operationName === undefined || fault.operationName === operationName);
    const fault = queue[index];
    if (!fault) return undefined;
    fault.times -= 1;
    if (fault.times <= 0) queue.splice(index, 1);
    return fault.kind;
}

/** The org-shaped body of a "graphql" fault: errors only, no data. */
function graphqlFaultBody(): {
    errors: { message: string; locations: never[]; path: string[]; extensions: Record<string, string> }[];
} {
    return {
        errors: [
            {
                message: ORG_UNEXPECTED_ERROR,
                locations: [],
                path: ['uiapi'],
                extensions: { classification: 'DataFetchingException', errorCode: 'UNKNOWN_EXCEPTION' }
            }
        ]
    };
}

/**
 * Fails this /graphql request if a fault is queued for its operation; true when it did (the
 * caller must not answer). Called after the body is parsed, before anything is executed.
 */
export function applyFault(
    request: { operationName?: string | null; query: string; variables?: unknown },
    req: IncomingMessage,
    res: ServerResponse
): boolean {
    const kind = takeFault(request.operationName ?? undefined);
    if (!kind) return false;
    if (kind === 'network') {
        res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(PARTIAL_BODY.length * 4) });
        res.write(PARTIAL_BODY, () => req.socket.destroy());
    } else if (kind === 'http500') {
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }).end('Internal Server Error\n');
    } else {
        res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
        res.end(JSON.stringify(graphqlFaultBody()));
    }
    return true;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null');
}

function reply(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }).end(JSON.stringify(body));
}

/** `POST /__preview/faults` queues one fault; `DELETE` clears them all. */
export async function serveFaults(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method === 'DELETE') {
        clearFaults();
        return reply(res, 200, { faults: [] });
    }
    if (req.method !== 'POST') return void res.writeHead(405, { Allow: 'POST, DELETE' }).end();
    let fault: Fault | string;
    try {
        fault = parseFault(await readJson(req));
    } catch (error) {
        fault = `Invalid JSON body: ${(error as Error).message}`;
    }
    if (typeof fault === 'string') return reply(res, 400, { error: fault });
    addFault(fault);
    reply(res, 200, { faults: pendingFaults() });
}
