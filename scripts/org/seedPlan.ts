/**
 * From the sample plan (data/sample, `sf data import tree` format) to Composite API requests.
 *
 * Batching: records go in plan order (parents before children) into Composite requests of at most
 * 25 subrequests (Salesforce's Composite limit), one `POST /sobjects/<Type>` per record,
 * allOrNone: true, so a batch saves entirely or not at all. A reference to a record created
 * earlier in the same request is written `@{referenceId.id}`; a reference to a record created by
 * an earlier request (or found already in the org) is written as its real id. A reference to a
 * record not yet created is an error (the plan order is wrong), never a silent null.
 * Composite rather than sObject Tree: a tree request nests children under one parent type, while
 * the sample's records have two parents each (a goal's account and originating deal, a check-in's
 * deal and contact); Composite resolves any earlier record by reference. 143 records → 6 requests.
 *
 * Idempotency (stateless; nothing is kept on this machine): every record has an identity made of
 * its parents and a few fields that do not depend on the load day (IDENTITY). Sample accounts
 * carry SEED_MARKER in their Description; everything else hangs off a marked account, so the
 * seed finds what it loaded earlier by querying down from the marked accounts, compares
 * identities and creates only what is missing. An account of the same name without the marker
 * (a real customer) is never touched.
 */
import type { LoadedPlanEntry, SampleRecord } from '../../tools/sample-data/relativeDates';

/** Salesforce: at most 25 subrequests per Composite request. */
export const COMPOSITE_LIMIT = 25;
/** Salesforce: at most 200 records per sObject Collections request (delete). */
export const COLLECTION_LIMIT = 200;

export const SEED_MARKER = '[Customer Outcomes sample data: remove with npm run seed -- --remove]';

/**
 * How a sample record is recognised in the org. `scope`: the parent field the seed queries by
 * (Account: its Name). `keys`: parents and fields that identify it, none of them a date (dates
 * move with the load day).
 */
export const IDENTITY: Record<string, { scope: string; keys: string[] }> = {
    Account: { scope: 'Name', keys: ['Name'] },
    Contact: { scope: 'AccountId', keys: ['AccountId', 'FirstName', 'LastName'] },
    Opportunity: { scope: 'AccountId', keys: ['AccountId', 'Name'] },
    OpportunityContactRole: { scope: 'OpportunityId', keys: ['OpportunityId', 'ContactId'] },
    Customer_Goal__c: { scope: 'Account__c', keys: ['Account__c', 'Name'] },
    Customer_KPI__c: { scope: 'Customer_Goal__c', keys: ['Customer_Goal__c', 'Name'] },
    Success_Check_In__c: { scope: 'Opportunity__c', keys: ['Opportunity__c', 'Type__c', 'Summary__c'] },
    KPI_Measurement__c: { scope: 'Customer_KPI__c', keys: ['Customer_KPI__c', 'Value__c', 'Source__c'] }
};

/** One sample record ready to send: fields without `attributes`, references still by referenceId. */
export interface SeedRecord {
    sobject: string;
    referenceId: string;
    fields: Record<string, unknown>;
    /** field → referenceId of the record it points to. */
    refs: Record<string, string>;
}

const REFERENCE_ID = /^[A-Za-z0-9_]{1,80}$/;

/** Flattens the loaded plan, checks references and referenceIds, marks the accounts. */
export function toSeedRecords(plan: LoadedPlanEntry[]): SeedRecord[] {
    const records: SeedRecord[] = [];
    const seen = new Map<string, string>();
    for (const entry of plan) {
        if (!IDENTITY[entry.sobject]) {
            throw new Error(
                `The seed does not know how to recognise ${entry.sobject} records in the org: add it to IDENTITY in scripts/org/seedPlan.ts.`
            );
        }
        for (const record of entry.records) records.push(toSeedRecord(record, seen));
    }
    return records;
}

function toSeedRecord(record: SampleRecord, seen: Map<string, string>): SeedRecord {
    const { attributes, ...rest } = record;
    const { referenceId, type } = attributes;
    if (!REFERENCE_ID.test(referenceId)) {
        throw new Error(`${type} "${referenceId}": a Composite referenceId must be letters, digits and underscores (at most 80).`);
    }
    if (seen.has(referenceId)) throw new Error(`referenceId "${referenceId}" is used twice (${seen.get(referenceId)} and ${type}).`);
    const fields: Record<string, unknown> = {};
    const refs: Record<string, string> = {};
    for (const [field, value] of Object.entries(rest)) {
        if (typeof value === 'string' && value.startsWith('@')) {
            const target = value.slice(1);
            if (!seen.has(target)) {
                throw new Error(
                    `${type} ${referenceId}.${field} references @${target}, which is not loaded before it (plan order or a typo).`
                );
            }
            refs[field] = target;
        } else {
            fields[field] = value;
        }
    }
    if (type === 'Account') {
        const description = typeof fields.Description === 'string' && fields.Description.trim() ? `${fields.Description}\n\n` : '';
        fields.Description = `${description}${SEED_MARKER}`;
    }
    seen.set(referenceId, type);
    return { sobject: type, referenceId, fields, refs };
}

/** Records in plan order, cut into batches of at most `limit` (Composite: 25). */
export function planBatches(records: SeedRecord[], limit = COMPOSITE_LIMIT): SeedRecord[][] {
    if (limit < 1 || limit > COMPOSITE_LIMIT) throw new Error(`A Composite request holds 1 to ${COMPOSITE_LIMIT} subrequests.`);
    const batches: SeedRecord[][] = [];
    for (let i = 0; i < records.length; i += limit) batches.push(records.slice(i, i + limit));
    return batches;
}

interface CompositeSubrequest {
    method: 'POST';
    url: string;
    referenceId: string;
    body: Record<string, unknown>;
}

export interface CompositeRequest {
    allOrNone: true;
    compositeRequest: CompositeSubrequest[];
}

/**
 * The Composite request for one batch. `ids`: referenceId → id of every record already in the
 * org (found or created by an earlier request). Throws when a reference is neither in `ids` nor
 * created earlier in this batch.
 */
export function compositeRequest(batch: SeedRecord[], ids: ReadonlyMap<string, string>, version: string): CompositeRequest {
    if (batch.length > COMPOSITE_LIMIT)
        throw new Error(`${batch.length} subrequests: a Composite request holds at most ${COMPOSITE_LIMIT}.`);
    const inBatch = new Set<string>();
    const compositeRequest = batch.map((record): CompositeSubrequest => {
        const body: Record<string, unknown> = { ...record.fields };
        for (const [field, target] of Object.entries(record.refs)) {
            const id = ids.get(target);
            if (id !== undefined) body[field] = id;
            else if (inBatch.has(target)) body[field] = `@{${target}.id}`;
            else
                throw new Error(
                    `${record.sobject} ${record.referenceId}.${field} references ${target}, which is neither in the org nor created earlier in this request.`
                );
        }
        inBatch.add(record.referenceId);
        return { method: 'POST', url: `/services/data/v${version}/sobjects/${record.sobject}`, referenceId: record.referenceId, body };
    });
    return { allOrNone: true, compositeRequest };
}

// ---------------------------------------------------------------------------------------------
// Identities

function norm(value: unknown): string {
    if (value === null || value === undefined) return '';
    if (typeof value === 'number') return String(value);
    if (typeof value === 'boolean') return value ? 'true' : 'false';
    return String(value).replace(/\r\n/g, '\n').trim();
}

/** The identity of a plan record, references as referenceIds. */
export function planIdentity(record: SeedRecord): string {
    const spec = IDENTITY[record.sobject]!;
    return JSON.stringify([record.sobject, ...spec.keys.map((k) => (k in record.refs ? `@${record.refs[k]}` : norm(record.fields[k])))]);
}

/** The identity of an org record: parent ids mapped back to referenceIds (unknown ids stay ids). */
export function orgIdentity(
    sobject: string,
    record: Record<string, unknown>,
    refOfId: ReadonlyMap<string, string>,
    refFields: ReadonlySet<string>
): string {
    const spec = IDENTITY[sobject]!;
    return JSON.stringify([
        sobject,
        ...spec.keys.map((k) => {
            const value = record[k];
            if (refFields.has(k)) return typeof value === 'string' && refOfId.has(value) ? `@${refOfId.get(value)}` : `#${norm(value)}`;
            return norm(value);
        })
    ]);
}

/** Reference fields of each sobject in the plan (so org ids can be mapped back). */
export function referenceFields(records: SeedRecord[]): Map<string, Set<string>> {
    const result = new Map<string, Set<string>>();
    for (const r of records) {
        const set = result.get(r.sobject) ?? new Set<string>();
        for (const field of Object.keys(r.refs)) set.add(field);
        result.set(r.sobject, set);
    }
    return result;
}

/** Sobjects in plan order (each once). */
export function sobjectOrder(records: SeedRecord[]): string[] {
    return [...new Set(records.map((r) => r.sobject))];
}
