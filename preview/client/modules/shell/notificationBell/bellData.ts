/**
 * The bell's one request: GET /__preview/notifications with the page's ?as= and ?today= (the
 * latter as the X-Preview-Today header, as GraphQL and /reports get it). Never throws: a failure
 * becomes the sentence the header shows.
 */
import { TODAY_HEADER } from '../../../../shared/contract';
import { NOTIFICATIONS_PATH, VIEW_AS_PARAM, type NotificationsResponse } from '../../../../shared/notifications';
import { viewAsFromUrl } from '../../../platform/viewAs';

export type BellData = { data: NotificationsResponse; error?: undefined } | { data?: undefined; error: string };

export async function loadBellData(search: string): Promise<BellData> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    const today = new URLSearchParams(search).get('today');
    if (today) headers[TODAY_HEADER] = today;
    const as = viewAsFromUrl(search);
    const url = as === undefined ? NOTIFICATIONS_PATH : `${NOTIFICATIONS_PATH}?${new URLSearchParams({ [VIEW_AS_PARAM]: as }).toString()}`;
    try {
        const response = await fetch(url, { headers });
        const body = (await response.json()) as NotificationsResponse & { error?: string };
        if (response.ok) return { data: body };
        return { error: body.error ?? `The preview server answered ${response.status}.` };
    } catch (error) {
        return { error: `The notifications could not be loaded: ${String(error)}` };
    }
}
