/**
 * `lightning/uiRecordApi` for the preview, built on the same `/graphql` endpoint as
 * `lightning/graphql` (no separate REST API): getRecord becomes a UI API GraphQL query,
 * createRecord/updateRecord/deleteRecord become `<Object>Create/Update/Delete` mutations with
 * allOrNone. Writes refresh the live wires, as the org's shared record cache does. Exports only
 * documented names (LWC Developer Guide, "lightning/uiRecordApi",
 * https://developer.salesforce.com/docs/platform/lwc/guide/reference-lightning-ui-api-record.html);
 * the documented ones not offered here (getRecords, getRecordCreateDefaults, generateRecordInput*,
 * createRecordInputFilteredByEditedFields and the deprecated ones) fail the preview build when imported.
 */
import type { WireAdapter } from 'lwc';
import type { GraphQLErrorBody } from '../../shared/contract';
import { objectApiNameForId } from './config';
import { executeGraphQL, type GraphQLResult } from './graphqlRequest';
import { refreshWiresFor, registerWire, unregisterWire, type RefreshableWire } from './liveWires';
import { deepFreeze } from './readOnly';
import { buildRecordQuery, toRecordRepresentation, type FieldPath, type RecordRepresentation } from './recordQuery';

export type { RecordRepresentation } from './recordQuery';

type FieldRef = string | { objectApiName: string; fieldApiName: string };

export interface GetRecordConfig {
    recordId?: string;
    fields?: FieldRef | FieldRef[];
    optionalFields?: FieldRef | FieldRef[];
}

export interface RecordInput {
    apiName?: string;
    fields: Record<string, unknown>;
}

/** The org's rejection shape for UI API calls (a FetchResponse-like object). */
export interface UiApiError {
    ok: false;
    status: number;
    statusText: string;
    body: {
        message: string;
        output: { errors: { errorCode: string; message: string }[]; fieldErrors: Record<string, { errorCode: string; message: string }[]> };
    };
}

function toPath(ref: FieldRef): FieldPath {
    const qualified = typeof ref === 'string' ? ref : `${ref.objectApiName}.${ref.fieldApiName}`;
    const [objectApiName = '', ...segments] = qualified.split('.');
    return { objectApiName, segments };
}

function asList(refs: FieldRef | FieldRef[] | undefined): FieldPath[] {
    if (refs === undefined) return [];
    return (Array.isArray(refs) ? refs : [refs]).map(toPath);
}

function sameId(a: string, b: string): boolean {
    return a.slice(0, 15) === b.slice(0, 15);
}

class GetRecordWire implements WireAdapter<GetRecordConfig>, RefreshableWire {
    private config: GetRecordConfig | undefined;
    private configKey = '';
    private connected = false;
    private generation = 0;

    constructor(private readonly emit: (value: { data: RecordRepresentation | undefined; error: unknown }) => void) {}

    update(config: GetRecordConfig): void {
        const key = JSON.stringify(config);
        if (key === this.configKey) return;
        this.config = config;
        this.configKey = key;
        if (this.connected) void this.refresh();
    }

    connect(): void {
        this.connected = true;
        registerWire(this);
        if (this.config) void this.refresh();
    }

    disconnect(): void {
        this.connected = false;
        this.generation++;
        unregisterWire(this);
    }

    readsRecord(recordId: string): boolean {
        return !!this.config?.recordId && sameId(this.config.recordId, recordId);
    }

    async refresh(): Promise<void> {
        const recordId = this.config?.recordId;
        // Like the org: no request while the record id is not known yet.
        if (!recordId || !this.connected || !this.config) return;
        const generation = ++this.generation;
        const value = await loadRecord(recordId, asList(this.config.fields), asList(this.config.optionalFields));
        if (generation === this.generation) this.emit(deepFreeze(value));
    }
}

async function loadRecord(
    recordId: string,
    fields: FieldPath[],
    optionalFields: FieldPath[]
): Promise<{ data: RecordRepresentation | undefined; error: unknown }> {
    const objectApiName = fields[0]?.objectApiName ?? optionalFields[0]?.objectApiName ?? objectApiNameForId(recordId);
    if (!objectApiName) {
        return {
            data: undefined,
            error: uiApiError(400, [{ message: `getRecord: cannot tell the object of record ${recordId}; pass fields.` }])
        };
    }
    let result = await executeGraphQL(buildRecordQuery(objectApiName, recordId, [...fields, ...optionalFields]));
    // Optional fields must not fail the wire: on an error, ask again with the required fields only.
    if (result.errors && optionalFields.length > 0) {
        result = await executeGraphQL(buildRecordQuery(objectApiName, recordId, fields));
    }
    if (result.errors) return { data: undefined, error: uiApiError(400, result.errors) };
    const record = toRecordRepresentation(objectApiName, result.data);
    if (!record) return { data: undefined, error: uiApiError(404, [{ message: 'The requested resource does not exist' }]) };
    return { data: record, error: undefined };
}

export const getRecord = GetRecordWire;

function walk(record: RecordRepresentation | undefined, field: FieldRef): { value: unknown; displayValue: string | null } | undefined {
    const { segments } = toPath(field);
    let current: RecordRepresentation | undefined = record;
    for (const [i, segment] of segments.entries()) {
        const entry: { value: unknown; displayValue: string | null } | undefined = current?.fields[segment];
        if (!entry || i === segments.length - 1) return entry;
        current = entry.value as RecordRepresentation | undefined;
    }
    return undefined;
}

export function getFieldValue(record: RecordRepresentation | undefined, field: FieldRef): unknown {
    return walk(record, field)?.value;
}

export function getFieldDisplayValue(record: RecordRepresentation | undefined, field: FieldRef): string | null | undefined {
    return walk(record, field)?.displayValue;
}

function uiApiError(status: number, errors: GraphQLErrorBody[]): UiApiError {
    const fieldErrors: UiApiError['body']['output']['fieldErrors'] = {};
    const pageErrors: { errorCode: string; message: string }[] = [];
    for (const error of errors) {
        const perField = error.extensions?.fieldErrors;
        if (perField && typeof perField === 'object') {
            for (const [field, list] of Object.entries(perField as Record<string, { message: string; errorCode?: string }[]>)) {
                fieldErrors[field] = list.map((e) => ({
                    errorCode: e.errorCode ?? 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                    message: e.message
                }));
            }
        } else {
            pageErrors.push({ errorCode: String(error.extensions?.errorCode ?? 'INVALID_INPUT'), message: error.message });
        }
    }
    const message = errors.map((e) => e.message).join('\n');
    return {
        ok: false,
        status,
        statusText: status === 404 ? 'Not Found' : 'Bad Request',
        body: { message, output: { errors: pageErrors, fieldErrors } }
    };
}

function requireObject(apiName: string | undefined, recordId?: string): string {
    const name = apiName ?? (recordId ? objectApiNameForId(recordId) : undefined);
    if (!name) throw uiApiError(400, [{ message: `Cannot tell which object record ${recordId ?? '(new)'} belongs to.` }]);
    return name;
}

function mutationData<T>(result: GraphQLResult, objectApiName: string, operation: string): T {
    if (result.errors) throw uiApiError(400, result.errors);
    const uiapi = (result.data as { uiapi?: Record<string, T> } | undefined)?.uiapi;
    const payload = uiapi?.[`${objectApiName}${operation}`];
    if (payload === undefined) throw uiApiError(400, [{ message: `${objectApiName}${operation} returned no data.` }]);
    return payload;
}

function echo(objectApiName: string, id: string, fields: Record<string, unknown>): RecordRepresentation {
    const out: RecordRepresentation = { apiName: objectApiName, id, fields: {} };
    for (const [name, value] of Object.entries({ ...fields, Id: id })) {
        out.fields[name] = { value, displayValue: null };
    }
    return deepFreeze(out);
}

export async function createRecord(input: RecordInput): Promise<RecordRepresentation> {
    const objectApiName = requireObject(input.apiName);
    const result = await executeGraphQL({
        query: `mutation previewCreateRecord($input: ${objectApiName}CreateInput!) { uiapi(input: { allOrNone: true }) { ${objectApiName}Create(input: $input) { Record { Id } } } }`,
        variables: { input: { [objectApiName]: input.fields } },
        operationName: 'previewCreateRecord'
    });
    const { Record } = mutationData<{ Record: { Id: string } }>(result, objectApiName, 'Create');
    return echo(objectApiName, Record.Id, input.fields);
}

export async function updateRecord(input: RecordInput, clientOptions?: { ifUnmodifiedSince?: string }): Promise<RecordRepresentation> {
    const { Id: id, ...fields } = input.fields;
    if (typeof id !== 'string') throw uiApiError(400, [{ message: 'updateRecord: fields.Id is required.' }]);
    const objectApiName = requireObject(input.apiName, id);
    await checkUnmodifiedSince(objectApiName, id, clientOptions?.ifUnmodifiedSince);
    const result = await executeGraphQL({
        query: `mutation previewUpdateRecord($input: ${objectApiName}UpdateInput!) { uiapi(input: { allOrNone: true }) { ${objectApiName}Update(input: $input) { Record { Id } } } }`,
        variables: { input: { Id: id, [objectApiName]: fields } },
        operationName: 'previewUpdateRecord'
    });
    mutationData(result, objectApiName, 'Update');
    await refreshWiresFor([id]);
    return echo(objectApiName, id, fields);
}

/**
 * The UI API's If-Unmodified-Since, as the org answers it: 404 for a record that is gone, 412 for
 * one changed after the given date. The preview checks just before the write; with one local user
 * nothing can slip in between (in the org the check and the write are one server step).
 */
async function checkUnmodifiedSince(objectApiName: string, id: string, ifUnmodifiedSince: string | undefined): Promise<void> {
    if (!ifUnmodifiedSince) return;
    const result = await executeGraphQL(buildRecordQuery(objectApiName, id, [{ objectApiName, segments: ['LastModifiedDate'] }]));
    if (result.errors) throw uiApiError(400, result.errors);
    const record = toRecordRepresentation(objectApiName, result.data);
    if (!record) throw uiApiStatus(404, 'Not Found', 'ENTITY_IS_DELETED', 'The requested resource does not exist');
    const lastModified = String(record.fields.LastModifiedDate?.value ?? '');
    if (Date.parse(lastModified) > Date.parse(ifUnmodifiedSince)) {
        throw uiApiStatus(
            412,
            'Precondition Failed',
            'PRECONDITION_FAILED',
            `The record was modified at ${lastModified}, after ${ifUnmodifiedSince}.`
        );
    }
}

/** A rejection with a status the GraphQL translation above never produces (body: the UI API's error list). */
function uiApiStatus(status: number, statusText: string, errorCode: string, message: string): unknown {
    return { ok: false, status, statusText, body: [{ errorCode, message }] };
}

export async function deleteRecord(recordId: string): Promise<void> {
    const objectApiName = requireObject(undefined, recordId);
    const result = await executeGraphQL({
        query: `mutation previewDeleteRecord($input: RecordDeleteInput!) { uiapi(input: { allOrNone: true }) { ${objectApiName}Delete(input: $input) { Id } } }`,
        variables: { input: { Id: recordId } },
        operationName: 'previewDeleteRecord'
    });
    mutationData(result, objectApiName, 'Delete');
    await refreshWiresFor([recordId]);
}

/** Tells the page the records changed elsewhere: re-runs every GraphQL wire and the matching getRecord wires. */
export async function notifyRecordUpdateAvailable(items: { recordId: string }[]): Promise<void> {
    await refreshWiresFor(items.map((item) => item.recordId));
}
