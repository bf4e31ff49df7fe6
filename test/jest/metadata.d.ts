/** Types of test/jest/metadata.js (package metadata read by component tests). */
export function labelValues(): Record<string, string>;
export function validationRules(): { object: string; name: string; field: string; message: string; formula: string }[];
/** A field's label in its field-meta.xml. */
export function fieldLabel(object: string, field: string): string | undefined;
export function fieldNames(object: string): string[];
export function picklistValues(object: string, field: string): { value: string; label: string }[];
