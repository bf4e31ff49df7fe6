import type { IncomingMessage, ServerResponse } from 'node:http';
import { TODAY_HEADER } from '../../shared/contract';
import { NOTIFICATIONS_PATH, VIEW_AS_PARAM, type NotificationsError, type NotificationsResponse } from '../../shared/notifications';
import type { PreviewStore } from '../store/store';
import { BellRequestError, bellNotifications } from './bell';

/**
 * GET /__preview/notifications?as=rep|manager: the bell's notifications (bell.ts), a dry run that
 * writes nothing. The day is `?today=` or the page's X-Preview-Today header (as for /reports),
 * else the store's today. A request the bell cannot answer as asked (unknown ?as=, bad ?today=)
 * answers 400 with a sentence the header shows.
 */

export interface BellAnswer {
    status: number;
    body: NotificationsResponse | NotificationsError;
}

/** The answer for a request URL and its today header; undefined when the path is not the bell's. */
export function notificationsAnswer(store: PreviewStore, url: URL, todayHeader: string | undefined): BellAnswer | undefined {
    if (url.pathname !== NOTIFICATIONS_PATH) return undefined;
    const as = url.searchParams.get(VIEW_AS_PARAM) || 'rep';
    const today = url.searchParams.get('today') || todayHeader || undefined;
    try {
        return { status: 200, body: bellNotifications(store, { as, today }) };
    } catch (error) {
        const message = (error as Error).message;
        // A bad ?today= is the caller's mistake (store/clock.ts checkToday); anything else is the preview's.
        if (error instanceof BellRequestError || /"today"/.test(message)) return { status: 400, body: { error: message } };
        return { status: 500, body: { error: `Preview server error: ${message}` } };
    }
}

/** The dev server's handler: true when it answered. */
export function serveNotifications(store: () => PreviewStore, req: IncomingMessage, res: ServerResponse, url: URL): boolean {
    if (url.pathname !== NOTIFICATIONS_PATH) return false;
    if (req.method !== 'GET') {
        res.writeHead(405, { Allow: 'GET' }).end();
        return true;
    }
    const header = req.headers[TODAY_HEADER.toLowerCase()];
    const answer = notificationsAnswer(store(), url, typeof header === 'string' && header ? header : undefined);
    if (!answer) return false;
    res.writeHead(answer.status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify(answer.body));
    return true;
}
