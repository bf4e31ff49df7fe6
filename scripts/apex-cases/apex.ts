/** Apex source helpers shared by the case-table test generators (scripts/generate-apex-case-tests.ts). */

const API_VERSION = '66.0';

export const apexString = (s: string): string => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** A test method name from a row's index and text: case07OpenToWon (at most 40 characters). */
export function methodName(index: number, text: string): string {
    const words = text
        .replace(/[^A-Za-z0-9 ]/g, ' ')
        .split(/\s+/)
        .filter(Boolean)
        .map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase());
    return `case${String(index + 1).padStart(2, '0')}${words.join('')}`.slice(0, 40);
}

export const CLASS_META = `<?xml version="1.0" encoding="UTF-8" ?>
<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>${API_VERSION}</apiVersion>
    <status>Active</status>
</ApexClass>
`;
