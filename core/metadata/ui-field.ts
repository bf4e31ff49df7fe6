/**
 * What UI API's ObjectInfo says of a field (label, inlineHelpText, length, precision, scale),
 * derived from its metadata and the platform's rules where the metadata states nothing: the
 * preview's lightning/uiObjectInfoApi stand-in serves it and scripts/generate-field-facts.ts
 * writes the forms' limits from it, so both read one source.
 */
import { childNodes, text } from '../xml';
import type { FieldModel, ObjectModel } from './project';

export interface UiFieldFacts {
    label: string;
    inlineHelpText: string | null;
    /** Characters a text field holds; 0 for other types (as UI API answers). */
    length: number;
    /** Digits in all, and after the point, of a number; 0 for other types. */
    precision: number;
    scale: number;
}

/** A custom object's Name (Text) holds 80 characters; a TextArea 255 (the metadata states neither). */
const NAME_LENGTH = 80;
const TEXT_AREA_LENGTH = 255;

export function uiFieldFacts(object: ObjectModel, field: FieldModel): UiFieldFacts {
    const isName = field.apiName === 'Name' && object.custom && object.doc !== undefined;
    const nameField = isName ? childNodes(object.doc?.root, 'nameField')[0] : undefined;
    const length = field.length ?? (isName && field.type === 'Text' ? NAME_LENGTH : field.type === 'TextArea' ? TEXT_AREA_LENGTH : 0);
    return {
        // A custom object's Name is labelled by its <nameField> ("Goal", "KPI Name").
        label: (nameField && text(nameField, 'label')) || field.label,
        inlineHelpText: field.helpText ?? null,
        length,
        precision: field.precision ?? 0,
        scale: field.scale ?? 0
    };
}
