import { LightningElement, api, wire } from 'lwc';
import { getObjectInfo, getPicklistValuesByRecordType } from 'lightning/uiObjectInfoApi';
import COMMON_LABELS from 'c/outcomesLabels';
import FORM_LABELS from 'c/outcomesLabelsForms';
import { errorMessage, formatLabel } from 'c/outcomesFormat';
import { picklistOptions } from 'c/outcomesPicklists';
import { clearFieldError, showFieldErrors } from 'c/outcomesValidation';
import type { FormErrors } from 'c/outcomesValidation';
import type { Option } from 'c/outcomesPicklists';

/** The public API of the forms (c-goal-form, c-kpi-form, c-check-in-form). */
export interface FormApi extends HTMLElement {
    reportServerErrors(errors: FormErrors): void;
}

/** This component's text: the label modules of what it loads with (scripts/generate-label-modules.ts). */
const LABELS = Object.freeze({ ...COMMON_LABELS, ...FORM_LABELS });

/**
 * What the Customer Outcomes forms (goal, KPI, check-in, and the Account panel's reading form)
 * share: typed values kept across every failure, messages on the fields, focus on the first
 * problem, a form-level message when no field can carry it, and the save/cancel events.
 * Subclasses render their own fields; each input carries data-key="<Field API name>".
 */
export default class OutcomesFormBase extends LightningElement {
    /** True while the parent saves: buttons are disabled, nothing typed is touched. */
    @api saving = false;

    labels = LABELS;
    /** What the user typed, by data-key. Never cleared by a failed save. */
    values: Record<string, unknown> = {};
    formError: string | null = null;
    private focusFormError = false;
    /** Fields showing a message: once the last is fixed, "Fix the highlighted fields" goes too. */
    private fieldsInError: Set<string> = new Set();
    private focusedOnOpen = false;
    /** The object the form writes (an @salesforce/schema import), set by each form: its field labels and picklists come from it. */
    formObject?: unknown;
    /** The fields the form shows, by API name, set by each form: `fields` has an entry for each. */
    formFields: string[] = [];
    private formRecordTypeId?: string;
    /**
     * The form object's fields as the org describes them (getObjectInfo): labels and help text in
     * the user's language, as an admin named them. Undefined until the org answers: the form shows
     * its loading state, and nothing is typed into a field without its name.
     */
    private fieldInfos?: Record<string, { label?: string; inlineHelpText?: string | null }>;
    /**
     * Picklist values and their labels by field API name, from the org when the form opens
     * (getPicklistValuesByRecordType): the org's translations and added values show, nothing is
     * typed here. Empty until the org answers; the panel's first load does not wait for it.
     */
    picklists: Record<string, Option[]> = {};

    @wire(getObjectInfo, { objectApiName: '$formObject' })
    wiredFormObjectInfo(result: {
        data?: { defaultRecordTypeId: string; fields?: Record<string, { label?: string; inlineHelpText?: string | null }> };
        error?: unknown;
    }): void {
        if (result?.data) {
            this.formRecordTypeId = result.data.defaultRecordTypeId;
            this.fieldInfos = result.data.fields ?? {};
            if (this.formError === this.fieldsFailedMessage) this.formError = null;
            this.fieldsFailedMessage = null;
        } else if (result?.error) {
            // Said where the rep is looking (the form's own message, focused); a form already shown keeps what was typed.
            this.fieldsFailedMessage = formatLabel(LABELS.formFieldsFailed, errorMessage(result.error) || LABELS.unknownError);
            this.formError = this.fieldsFailedMessage;
            this.focusFormError = true;
        }
    }

    private fieldsFailedMessage: string | null = null;

    /** True until the org has described the form's fields (and it has not failed): the form shows a spinner. */
    get fieldsLoading(): boolean {
        return !this.fieldInfos && !this.fieldsFailedMessage;
    }

    get fieldsReady(): boolean {
        return this.fieldInfos !== undefined;
    }

    /**
     * Each shown field's label and help text (inlineHelpText) from the org, by API name (templates:
     * {fields.Name.label}). A form shows the help where the name alone does not say enough (which
     * stakeholder, which currency, which unit, which way is better); each help icon is a tab stop.
     */
    get fields(): Record<string, { label: string; help: string }> {
        const infos = this.fieldInfos ?? {};
        return Object.fromEntries(
            this.formFields.map((name) => [name, { label: infos[name]?.label ?? name, help: infos[name]?.inlineHelpText ?? '' }])
        );
    }

    get recordTypeId(): string | undefined {
        return this.formRecordTypeId;
    }

    @wire(getPicklistValuesByRecordType, { objectApiName: '$formObject', recordTypeId: '$recordTypeId' })
    wiredPicklists(result: { data?: Parameters<typeof picklistOptions>[0] }): void {
        if (result?.data) this.picklists = picklistOptions(result.data);
    }

    /** A picklist's options; optional fields start with "None" (blank). */
    protected options(field: string, optional = false): Option[] {
        const values = this.picklists[field] ?? [];
        return optional ? [{ label: LABELS.noneOption, value: '' }, ...values] : values;
    }

    /** A failed save: messages on the fields the org named, the rest at the top. */
    @api
    reportServerErrors(errors: FormErrors): void {
        const hasFields = Object.keys(errors.fields).length > 0;
        this.formError = errors.form
            ? formatLabel(LABELS.errNotSaved, errors.form)
            : hasFields
              ? LABELS.errFixFields
              : formatLabel(LABELS.errNotSaved, LABELS.unknownError);
        this.showErrors(errors.fields);
    }

    /** Shows field messages, focusing the first; the form-level message takes focus if none. */
    protected showErrors(fields: Record<string, string>): void {
        this.fieldsInError = new Set(Object.keys(fields).filter((key) => fields[key]));
        const focusedField = showFieldErrors(this.template, fields);
        this.focusFormError = !focusedField;
    }

    protected clearErrors(): void {
        this.formError = null;
        showFieldErrors(this.template, {});
    }

    /** Client-side check failed: the same display as a server failure, nothing is sent. */
    protected rejectLocally(errors: FormErrors): void {
        this.formError = errors.form;
        this.showErrors(errors.fields);
    }

    protected emitSave(detail: unknown): void {
        this.clearErrors();
        this.dispatchEvent(new CustomEvent('save', { detail }));
    }

    /** Any input's change: keep the typed value under its data-key, clear that field's message. */
    handleChange(event: Event): void {
        const target = event.target;
        const key = target instanceof HTMLElement ? target.dataset.key : undefined;
        if (!key) return;
        this.values = { ...this.values, [key]: eventValue(event) };
        clearFieldError(target);
        this.fieldFixed(key);
    }

    /**
     * A field's message was cleared: when it was the last one, the form-level "Nothing was saved.
     * Fix the highlighted fields" is cleared too (nothing is highlighted any more). A message of its
     * own (the org's reason) stays until the next save.
     */
    protected fieldFixed(key: string): void {
        if (!this.fieldsInError.delete(key) || this.fieldsInError.size) return;
        if (this.formError === LABELS.errFixFields) this.formError = null;
    }

    handleCancel(): void {
        this.dispatchEvent(new CustomEvent('cancel'));
    }

    /**
     * When the form opens, focus goes to its first field, so a keyboard user types straight
     * away; after a failed save with no field to fix, to the form-level message (.form-error:
     * an element, or c-outcomes-form-error, whose focus() moves to its alert).
     */
    override renderedCallback(): void {
        if (!this.focusedOnOpen) {
            const first = this.template?.querySelector('[data-key]');
            if (first instanceof HTMLElement) {
                this.focusedOnOpen = true;
                first.focus();
            }
        }
        if (!this.focusFormError) return;
        const alert = this.template?.querySelector('.form-error');
        if (alert instanceof HTMLElement) {
            this.focusFormError = false;
            alert.focus();
        }
    }
}

/** The new value of a base input's change event: checked for checkboxes, else value. */
export function eventValue(event: Event): unknown {
    const detail: unknown = Reflect.get(event, 'detail');
    if (detail && typeof detail === 'object') {
        const checked: unknown = Reflect.get(detail, 'checked');
        if (typeof checked === 'boolean') return checked;
        if ('value' in detail) return Reflect.get(detail, 'value');
    }
    const target = event.target;
    if (target && typeof target === 'object') {
        if (Reflect.get(target, 'type') === 'checkbox') return Boolean(Reflect.get(target, 'checked'));
        return Reflect.get(target, 'value');
    }
    return undefined;
}
