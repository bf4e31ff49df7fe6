declare module 'lightning/uiObjectInfoApi' {
    import type { WireAdapterConstructor } from 'lwc';
    import type { FieldId, ObjectId } from '@salesforce/schema';

    export interface ObjectInfo {
        apiName: string;
        defaultRecordTypeId: string;
        fields: Record<string, { apiName: string; label: string }>;
    }
    export interface PicklistValue {
        value: string;
        label: string;
    }
    export interface PicklistValues {
        values: PicklistValue[];
        defaultValue?: PicklistValue | null;
    }

    export const getObjectInfo: WireAdapterConstructor<{ objectApiName: ObjectId | string }, { data?: ObjectInfo; error?: unknown }>;
    export const getPicklistValues: WireAdapterConstructor<
        { recordTypeId: string; fieldApiName: FieldId | string },
        { data?: PicklistValues; error?: unknown }
    >;
    export const getPicklistValuesByRecordType: WireAdapterConstructor<
        { objectApiName: ObjectId | string; recordTypeId: string },
        { data?: { picklistFieldValues: Record<string, PicklistValues> }; error?: unknown }
    >;
}
