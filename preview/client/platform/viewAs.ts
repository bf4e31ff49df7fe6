/**
 * `?as=rep|manager` in the page URL (before the #route) picks whose notifications the header's
 * bell shows, as `?today=` picks the day (clock.ts, transport.ts). Only the bell reads it: pages
 * still run as the preview's one running user. The server checks the value (an unknown one is
 * answered with a sentence the header shows), so the page passes it on as written.
 */
import { VIEW_AS_PARAM } from '../../shared/notifications';

/** The `?as=` value of a page URL's search, or undefined when absent (the server's default: the rep). */
export function viewAsFromUrl(search: string): string | undefined {
    return new URLSearchParams(search).get(VIEW_AS_PARAM) || undefined;
}
