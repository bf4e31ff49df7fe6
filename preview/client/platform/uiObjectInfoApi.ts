/**
 * `lightning/uiObjectInfoApi` for the preview: getObjectInfo(s), getPicklistValues and
 * getPicklistValuesByRecordType, answered from the package's data model (force-app plus the
 * standard-object description) compiled into the bundle. The preview has no record types, so
 * every object has only the master record type. Exports the module's four documented wire
 * adapters and nothing else (LWC Developer Guide, "lightning/uiObjectInfoApi",
 * https://developer.salesforce.com/docs/platform/lwc/guide/reference-lightning-ui-api-object-info.html).
 */
import type { WireAdapter } from 'lwc';
import infos, { type FieldInfo } from 'preview:object-info';
import { deepFreeze } from './readOnly';

/** The id every org gives the master record type. */
const MASTER_RECORD_TYPE_ID = '012000000000000AAA';

/** Metadata field type -> UI API dataType. */
const DATA_TYPES: Record<string, string> = {
    Checkbox: 'Boolean',
    Currency: 'Currency',
    Date: 'Date',
    DateTime: 'DateTime',
    Email: 'Email',
    Id: 'Id',
    Lookup: 'Reference',
    MasterDetail: 'Reference',
    LongTextArea: 'TextArea',
    TextArea: 'TextArea',
    MultiselectPicklist: 'MultiPicklist',
    Number: 'Double',
    Percent: 'Percent',
    Phone: 'Phone',
    Picklist: 'Picklist',
    Url: 'Url'
};

type Wired<T> = { data: T | undefined; error: unknown };

function notFound(message: string): { status: number; body: { message: string } } {
    return { status: 404, body: { message } };
}

function fieldInfo(apiName: string, field: FieldInfo): Record<string, unknown> {
    return {
        apiName,
        label: field.label,
        inlineHelpText: field.inlineHelpText,
        length: field.length,
        precision: field.precision,
        scale: field.scale,
        dataType: DATA_TYPES[field.valueType] ?? 'String',
        required: field.required,
        updateable: field.writable,
        createable: field.writable,
        calculated: field.type === 'Summary' || field.valueType !== field.type,
        reference: field.referenceTo !== undefined,
        referenceToInfos: (field.referenceTo ?? []).map((name) => ({ apiName: name })),
        relationshipName: field.relationshipName ?? null
    };
}

function objectInfoOf(objectApiName: string): Record<string, unknown> | undefined {
    const info = infos[objectApiName];
    if (!info) return undefined;
    return {
        apiName: objectApiName,
        label: info.label,
        fields: Object.fromEntries(Object.entries(info.fields).map(([name, field]) => [name, fieldInfo(name, field)])),
        defaultRecordTypeId: MASTER_RECORD_TYPE_ID,
        recordTypeInfos: {
            [MASTER_RECORD_TYPE_ID]: {
                recordTypeId: MASTER_RECORD_TYPE_ID,
                name: 'Master',
                master: true,
                available: true,
                defaultRecordTypeMapping: true
            }
        }
    };
}

function picklistOf(objectApiName: string, fieldApiName: string): Record<string, unknown> | undefined {
    const values = infos[objectApiName]?.fields[fieldApiName]?.picklistValues;
    if (!values) return undefined;
    return {
        controllerValues: {},
        defaultValue: null,
        values: values.map((value) => ({ attributes: null, label: value, validFor: [], value }))
    };
}

function objectName(ref: unknown): string | undefined {
    if (typeof ref === 'string') return ref;
    return typeof ref === 'object' && ref !== null ? (ref as { objectApiName?: string }).objectApiName : undefined;
}

/** A wire whose answer is computed synchronously from its config (no request to make). */
function computedWire<Config extends Record<string, unknown>, T>(answer: (config: Config) => Wired<T> | undefined) {
    return class implements WireAdapter<Config> {
        private config: Config | undefined;
        private connected = false;

        constructor(private readonly emit: (value: Wired<T>) => void) {}

        update(config: Config): void {
            this.config = config;
            if (this.connected) this.provide();
        }

        connect(): void {
            this.connected = true;
            if (this.config) this.provide();
        }

        disconnect(): void {
            this.connected = false;
        }

        private provide(): void {
            const value = this.config && answer(this.config);
            // Like LDS: nothing is emitted while a required parameter is still undefined.
            if (value) this.emit(deepFreeze(value));
        }
    };
}

export const getObjectInfo = computedWire<{ objectApiName?: unknown }, Record<string, unknown>>(({ objectApiName }) => {
    const name = objectName(objectApiName);
    if (!name) return undefined;
    const data = objectInfoOf(name);
    return data ? { data, error: undefined } : { data: undefined, error: notFound(`The requested resource does not exist: ${name}`) };
});

export const getObjectInfos = computedWire<{ objectApiNames?: unknown[] }, { results: unknown[] }>(({ objectApiNames }) => {
    if (!objectApiNames) return undefined;
    const results = objectApiNames.map((ref) => {
        const data = objectInfoOf(objectName(ref) ?? '');
        return data
            ? { result: data, statusCode: 200 }
            : { result: notFound(`Unknown object ${String(objectName(ref))}`).body, statusCode: 404 };
    });
    return { data: { results }, error: undefined };
});

export const getPicklistValues = computedWire<{ recordTypeId?: string; fieldApiName?: unknown }, Record<string, unknown>>(
    ({ recordTypeId, fieldApiName }) => {
        if (!recordTypeId || !fieldApiName) return undefined;
        const ref =
            typeof fieldApiName === 'string'
                ? fieldApiName
                : `${objectName(fieldApiName) ?? ''}.${(fieldApiName as { fieldApiName?: string }).fieldApiName ?? ''}`;
        const [object = '', field = ''] = ref.split('.');
        const data = picklistOf(object, field);
        return data ? { data, error: undefined } : { data: undefined, error: notFound(`${ref} is not a picklist field`) };
    }
);

export const getPicklistValuesByRecordType = computedWire<{ objectApiName?: unknown; recordTypeId?: string }, Record<string, unknown>>(
    ({ objectApiName, recordTypeId }) => {
        const name = objectName(objectApiName);
        if (!name || !recordTypeId) return undefined;
        const fields = infos[name]?.fields ?? {};
        const picklistFieldValues = Object.fromEntries(
            Object.keys(fields).flatMap((field) => {
                const values = picklistOf(name, field);
                return values ? [[field, values]] : [];
            })
        );
        return { data: { picklistFieldValues }, error: undefined };
    }
);
