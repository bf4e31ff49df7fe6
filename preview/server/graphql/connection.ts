import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import type { ObjectMeta } from '../store/objectMeta';
import type { StoredRecord } from '../../../core/records';
import type { RecordSource, RequestContext } from './context';
import { compileFilter } from './filterEngine';
import { rawArgument, sortRecords } from './orderEngine';

/**
 * A Relay connection over records, as the org pages: `first` defaults to 10 and may not exceed
 * 2000 (or `upperBound` when given), cursors are opaque offsets (the org's are base64 "v1:<n>"
 * too), totalCount counts every match, pageResultCount the edges of this page.
 */

export interface ConnectionArgs {
    first?: number | null;
    after?: string | null;
    where?: Record<string, unknown> | null;
    orderBy?: Record<string, unknown> | null;
    scope?: string | null;
    upperBound?: number | null;
}

export interface ConnectionResult {
    edges: { node: RecordSource; cursor: string }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    totalCount: number;
    pageResultCount: number;
}

const DEFAULT_PAGE_SIZE = 10;
const MAX_PAGE_SIZE = 2000;

const cursorFor = (offset: number): string => Buffer.from(`v1:${offset}`).toString('base64');

function offsetAfter(cursor: string | null | undefined): number {
    if (cursor === null || cursor === undefined) return 0;
    const match = /^v1:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
    if (!match) throw new GraphQLError(`Invalid cursor: ${cursor}`);
    return Number(match[1]) + 1;
}

export function connection(
    ctx: RequestContext,
    info: GraphQLResolveInfo,
    object: ObjectMeta,
    candidates: Iterable<StoredRecord>,
    args: ConnectionArgs
): ConnectionResult {
    const limit = args.upperBound ?? MAX_PAGE_SIZE;
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    if (first < 0 || first > limit) throw new GraphQLError(`The value of first must be between 0 and ${limit}.`);
    const start = offsetAfter(args.after);
    const matches = compileFilter(ctx, object, args.where);
    const mine = args.scope === 'MINE' ? (r: StoredRecord): boolean => r.OwnerId === ctx.store.userId : (): boolean => true;
    const filtered: StoredRecord[] = [];
    for (const record of candidates) if (mine(record) && matches(record)) filtered.push(record);
    const sorted = sortRecords(ctx, object, filtered, rawArgument(info, 'orderBy', ctx.rawVariables) ?? args.orderBy);
    const page = sorted.slice(start, start + first);
    const edges = page.map((record, i) => ({ node: { object, record }, cursor: cursorFor(start + i) }));
    return {
        edges,
        pageInfo: {
            hasNextPage: start + first < sorted.length,
            hasPreviousPage: start > 0,
            startCursor: edges[0]?.cursor ?? null,
            endCursor: edges[edges.length - 1]?.cursor ?? null
        },
        totalCount: sorted.length,
        pageResultCount: edges.length
    };
}
