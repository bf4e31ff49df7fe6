/** Types of test/jest/metadata.js (package metadata read by component tests). */
export function labelValues(): Record<string, string>;
export function validationRules(): { object: string; name: string; field: string; message: string; formula: string }[];
/** A field's label in its field-meta.xml. */
export function fieldLabel(object: string, field: string): string | undefined;
export function fieldNames(object: string): string[];
export function picklistValues(object: string, field: string): { value: string; label: string }[];
/** A custom object as getObjectInfo describes it (record type, each field's label and help), from its XML. */
export function objectInfo(object: string):
    | {
          apiName: string;
          defaultRecordTypeId: string;
          fields: Record<string, { apiName: string; label: string; inlineHelpText: string | null }>;
      }
    | undefined;
