// Scoped platform modules resolved by the Salesforce compiler (and by the local preview's adapters).
declare module '@salesforce/schema' {
    export interface ObjectId {
        objectApiName: string;
    }
    export interface FieldId {
        objectApiName: string;
        fieldApiName: string;
    }
}
declare module '@salesforce/schema/*' {
    const id: import('@salesforce/schema').FieldId & import('@salesforce/schema').ObjectId;
    export default id;
}
declare module '@salesforce/label/*' {
    const label: string;
    export default label;
}
declare module '@salesforce/user/Id' {
    const userId: string;
    export default userId;
}
declare module '@salesforce/i18n/*' {
    const value: string;
    export default value;
}
// LWC Developer Guide, "Create a Message Channel": `@salesforce/messageChannel/<Channel_Name>__c`, an opaque channel reference.
declare module '@salesforce/messageChannel/*' {
    const channel: unknown;
    export default channel;
}
