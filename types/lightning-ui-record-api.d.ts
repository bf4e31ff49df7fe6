declare module 'lightning/uiRecordApi' {
    import type { WireAdapterConstructor } from 'lwc';
    import type { FieldId, ObjectId } from '@salesforce/schema';

    export interface FieldValue {
        value: unknown;
        displayValue: string | null;
    }
    export interface RecordRepresentation {
        id: string;
        apiName: string;
        fields: Record<string, FieldValue>;
    }
    export interface RecordInput {
        apiName?: string;
        fields: Record<string, unknown>;
    }

    export const getRecord: WireAdapterConstructor<
        { recordId: string; fields?: (FieldId | string)[]; optionalFields?: (FieldId | string)[] },
        { data?: RecordRepresentation; error?: unknown }
    >;
    export function getFieldValue(record: RecordRepresentation | undefined, field: FieldId | string): unknown;
    export function getFieldDisplayValue(record: RecordRepresentation | undefined, field: FieldId | string): string | null;
    export function createRecord(input: RecordInput): Promise<RecordRepresentation>;
    export function updateRecord(input: RecordInput, clientOptions?: { ifUnmodifiedSince?: string }): Promise<RecordRepresentation>;
    export function deleteRecord(recordId: string): Promise<void>;
    export function notifyRecordUpdateAvailable(items: { recordId: string }[]): Promise<void>;
    export type { ObjectId };
}
