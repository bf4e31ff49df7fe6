/** Records as the org's APIs shape them, shared by the preview store, the data loaders and the bench. Values are API-shaped: Percent 40 for 40%, dates 'YYYY-MM-DD', DateTimes ISO UTC. */

export type FieldValue = string | number | boolean | null;

/** A record as kept in memory and on disk: stored fields only (formulas and roll-ups are derived on read). */
export interface StoredRecord {
    Id: string;
    [field: string]: FieldValue;
}

/** One problem with a write, in the org's terms. `field` null: the message belongs to the whole record. */
export interface FieldError {
    field: string | null;
    message: string;
    errorCode: string;
}

/** A refused create, update or delete. The store is unchanged by the refused operation. */
export class RecordWriteError extends Error {
    constructor(
        readonly objectApiName: string,
        readonly errors: FieldError[]
    ) {
        super(errors.map((e) => e.message).join('; '));
        this.name = 'RecordWriteError';
    }
}

/** Who is writing: users are held to field-level security; the system (sample load, Apex rules) is not. */
type WriteMode = 'user' | 'system';

export interface WriteOptions {
    mode?: WriteMode;
    /** The day validation rules and TODAY() defaults see. */
    today?: string;
    /** One timestamp for every record written in the same request, as a transaction has in the org. */
    now?: string;
    /**
     * Optimistic concurrency: refuse the update when the record changed after this LastModifiedDate
     * (the UI API's If-Unmodified-Since). Not exposed by GraphQL, which has no such option in the org.
     */
    ifUnmodifiedSince?: string;
}
