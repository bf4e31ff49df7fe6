/**
 * PageReference <-> the preview's hash routes. The preview has three kinds of page, like the
 * org's Lightning Experience: `#/` (Home), `#/o/<Object>` (object list), `#/r/<Object>/<id>`
 * (record page). Page state (`c__` parameters) travels as a query string after the route.
 * `#/bench/<page>/<recordId>` are the benchmark's baseline pages (npm run bench), preview only;
 * `#/conformance` runs the conformance clients (preview/client/modules/conformance), preview only.
 */
import { objectApiNameForId } from './config';

export interface PageReference {
    type: string;
    attributes: Record<string, unknown>;
    state?: Record<string, unknown>;
}

/** The benchmark's baseline pages (preview only): `#/bench/<page>/<recordId>`. */
export const BENCH_PAGE = 'preview__bench';

/** The conformance clients' page (preview only): `#/conformance`. */
export const CONFORMANCE_PAGE = 'preview__conformance';

export const HOME: PageReference = { type: 'standard__namedPage', attributes: { pageName: 'home' } };

function stateQuery(state: Record<string, unknown> | undefined): string {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(state ?? {})) {
        if (value !== undefined && value !== null) params.set(key, String(value));
    }
    const text = params.toString();
    return text ? `?${text}` : '';
}

function str(value: unknown): string | undefined {
    return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The hash URL for a page reference, or undefined when the preview has no such page. */
export function toHash(ref: PageReference): string | undefined {
    const { attributes } = ref;
    const query = stateQuery(ref.state);
    switch (ref.type) {
        case 'standard__namedPage':
            return attributes.pageName === 'home' ? `#/${query}` : undefined;
        case 'standard__objectPage': {
            const objectApiName = str(attributes.objectApiName);
            return objectApiName ? `#/o/${encodeURIComponent(objectApiName)}${query}` : undefined;
        }
        case 'standard__recordPage':
        case 'standard__recordRelationshipPage': {
            // Related-list pages are not modelled: they open the record itself.
            const recordId = str(attributes.recordId);
            if (!recordId) return undefined;
            const objectApiName = str(attributes.objectApiName) ?? objectApiNameForId(recordId) ?? '-';
            return `#/r/${encodeURIComponent(objectApiName)}/${encodeURIComponent(recordId)}${query}`;
        }
        case BENCH_PAGE: {
            const page = str(attributes.page);
            const recordId = str(attributes.recordId);
            return page && recordId ? `#/bench/${encodeURIComponent(page)}/${encodeURIComponent(recordId)}${query}` : undefined;
        }
        case CONFORMANCE_PAGE:
            return `#/conformance${query}`;
        default:
            return undefined;
    }
}

/** The page reference for a hash URL; unknown routes become a `preview__notFound` page. */
export function fromHash(hash: string): PageReference {
    const [path = '', search = ''] = hash.replace(/^#/, '').split('?', 2);
    const state = Object.fromEntries(new URLSearchParams(search));
    const withState = (ref: PageReference): PageReference => (Object.keys(state).length ? { ...ref, state } : ref);
    const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
    if (parts.length === 0) return withState(HOME);
    if (parts[0] === 'o' && parts.length === 2) {
        return withState({ type: 'standard__objectPage', attributes: { objectApiName: parts[1], actionName: 'list' } });
    }
    if (parts[0] === 'r' && parts.length === 3) {
        const recordId = parts[2] ?? '';
        const objectApiName = parts[1] === '-' ? objectApiNameForId(recordId) : parts[1];
        return withState({ type: 'standard__recordPage', attributes: { recordId, objectApiName, actionName: 'view' } });
    }
    if (parts[0] === 'bench' && parts.length === 3) {
        // Preview-only benchmark pages (npm run bench), e.g. #/bench/kpi-table/<recordId>.
        const recordId = parts[2] ?? '';
        return withState({ type: BENCH_PAGE, attributes: { page: parts[1], recordId, objectApiName: objectApiNameForId(recordId) } });
    }
    if (parts[0] === 'conformance' && parts.length === 1) return withState({ type: CONFORMANCE_PAGE, attributes: {} });
    return { type: 'preview__notFound', attributes: { path } };
}
