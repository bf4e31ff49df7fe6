/** Types of test/jest/metadata.js (package metadata read by component tests). */
export function labelValues(): Record<string, string>;
export function validationRules(): { object: string; name: string; field: string; message: string }[];
export function fieldNames(object: string): string[];
export function picklistValues(object: string, field: string): { value: string; label: string }[];
