/**
 * Display fields for headers and detail cards: one shape the templates can branch on,
 * since LWC templates cannot call functions or compare values.
 */
export type FieldKind = 'text' | 'currency' | 'date' | 'percent' | 'link' | 'url';

export interface DisplayField {
    key: string;
    label: string;
    value: unknown;
    href?: string;
    isText: boolean;
    isCurrency: boolean;
    isDate: boolean;
    isPercent: boolean;
    isLink: boolean;
    isUrl: boolean;
    isBlank: boolean;
}

export function displayField(label: string, value: unknown, kind: FieldKind = 'text', href?: string): DisplayField {
    const isBlank = value === null || value === undefined || value === '';
    return {
        key: label,
        label,
        value,
        href,
        isBlank,
        isText: !isBlank && kind === 'text',
        isCurrency: !isBlank && kind === 'currency',
        isDate: !isBlank && kind === 'date',
        isPercent: !isBlank && kind === 'percent',
        isLink: !isBlank && kind === 'link',
        isUrl: !isBlank && kind === 'url'
    };
}
