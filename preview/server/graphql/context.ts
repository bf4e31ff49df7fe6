import type { DerivedMemo } from '../store/derived';
import type { ObjectMeta } from '../store/objectMeta';
import type { PreviewStore } from '../store/store';
import type { FieldValue, StoredRecord } from '../../../core/records';
import type { DisplayOptions } from './display';

/** What every resolver of one request shares. */
export interface RequestContext {
    store: PreviewStore;
    /** TODAY() for this request (the store's, or the request's override). */
    today: string;
    /** Derived values computed once per record in this request. */
    memo: DerivedMemo;
    display: DisplayOptions;
    /** Variables as the client sent them (key order matters for orderBy). */
    rawVariables: Record<string, unknown>;
}

/** A record being resolved. In mutation results, related records are not available (as in the org). */
export interface RecordSource {
    object: ObjectMeta;
    record: StoredRecord;
    inMutationResult?: boolean;
}

export function readField(ctx: RequestContext, source: RecordSource, fieldApiName: string): FieldValue {
    return ctx.store.value(source.object, source.record, fieldApiName, ctx.today, ctx.memo);
}
