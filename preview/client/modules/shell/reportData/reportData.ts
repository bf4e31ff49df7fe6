/**
 * The shell's reports and dashboards: GET /reports... on the preview server, which computes them
 * from the package's report and dashboard XML over the store. The page's ?today= travels along,
 * as it does for GraphQL. Links only go to pages the preview has (Opportunity and Account).
 */
import { TODAY_HEADER } from '../../../../shared/contract';

export interface Loaded<T> {
    data?: T;
    error?: string;
}

export async function loadReportData<T>(path: string): Promise<Loaded<T>> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    const today = new URLSearchParams(window.location.search).get('today');
    if (today) headers[TODAY_HEADER] = today;
    try {
        const response = await fetch(path, { headers });
        const body = (await response.json()) as T & { error?: string };
        return response.ok ? { data: body } : { error: body.error ?? `The preview server answered ${response.status}.` };
    } catch (error) {
        return { error: `The preview server could not be reached: ${String(error)}` };
    }
}

const ROUTABLE = /^#\/r\/(Opportunity|Account)\//;

/** The record link when the preview has a page for it; the org links every record. */
export function previewHref(href: string | undefined): string | undefined {
    return href && ROUTABLE.test(href) ? href : undefined;
}

export function reportHref(developerName: string): string {
    return `#/r/Report/${encodeURIComponent(developerName)}`;
}
