/**
 * The platform's System Fields: read-only, set by the platform on create and update, on every
 * object the package touches (SOAP API Developer Guide / Object Reference, "System Fields",
 * https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/system_fields.htm: Id, IsDeleted
 * and the audit fields CreatedById, CreatedDate, LastModifiedById, LastModifiedDate,
 * SystemModstamp). Name and OwnerId are not system fields: Name is each object's own name field
 * (an auto-number or text, writable unless auto-numbered) and a detail object has no OwnerId, so
 * both come from the model (project.ts, platform-fields.ts), not from this list.
 */

export interface SystemField {
    apiName: string;
    /** As project.ts types fields. */
    type: 'Id' | 'DateTime' | 'Lookup' | 'Checkbox';
    label: string;
}

export const SYSTEM_FIELDS: readonly SystemField[] = [
    { apiName: 'Id', type: 'Id', label: 'Record ID' },
    { apiName: 'CreatedDate', type: 'DateTime', label: 'Created Date' },
    { apiName: 'LastModifiedDate', type: 'DateTime', label: 'Last Modified Date' },
    { apiName: 'SystemModstamp', type: 'DateTime', label: 'System Modstamp' },
    { apiName: 'CreatedById', type: 'Lookup', label: 'Created By' },
    { apiName: 'LastModifiedById', type: 'Lookup', label: 'Last Modified By' },
    { apiName: 'IsDeleted', type: 'Checkbox', label: 'Deleted' }
];

const LOWER = new Set(SYSTEM_FIELDS.map((f) => f.apiName.toLowerCase()));

/** Whether a field name (any case) is a system field. */
export function isSystemField(apiName: string): boolean {
    return LOWER.has(apiName.toLowerCase());
}
