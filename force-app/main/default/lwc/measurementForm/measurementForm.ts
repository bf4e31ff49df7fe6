import { api } from 'lwc';
import MEASUREMENT_OBJECT from '@salesforce/schema/KPI_Measurement__c';
import OutcomesFormBase from 'c/outcomesFormBase';
import COMMON_LABELS from 'c/outcomesLabels';
import FORM_LABELS from 'c/outcomesLabelsForms';
import { formatLabel, todayIso } from 'c/outcomesFormat';
import { toFormErrors, validateMeasurement } from 'c/outcomesValidation';
import type { KpiView } from 'c/outcomesMappers';
import type { Option } from 'c/outcomesPicklists';

/** This component's text: the label modules of what it loads with (scripts/generate-label-modules.ts). */
const LABELS = Object.freeze({ ...COMMON_LABELS, ...FORM_LABELS });

/**
 * Record one reading of a KPI inline: value, date (today unless changed; never in the future),
 * source, and whether the customer confirmed it. Checks what KPI_Measurement__c's rules check,
 * then emits `save` with a MeasurementDraft (c/outcomesValidation); a failed save comes back through
 * reportServerErrors with everything typed still in place.
 */
export default class MeasurementForm extends OutcomesFormBase {
    @api kpi?: KpiView;

    today = todayIso();
    override formObject = MEASUREMENT_OBJECT;
    override formFields = ['Value__c', 'Measured_On__c', 'Source__c', 'Customer_Confirmed__c'];

    get sourceOptions(): Option[] {
        return this.options('Source__c', true);
    }

    override connectedCallback(): void {
        if (Object.keys(this.values).length) return;
        // The KPI's own source is the likeliest source of a new reading.
        this.values = { Measured_On__c: this.today, Source__c: this.kpi?.source ?? '', Customer_Confirmed__c: false };
    }

    get heading(): string {
        return formatLabel(LABELS.readingHeading, this.kpi?.name ?? '');
    }

    /** The field's label from the org, with the KPI's unit: "Value (days)". */
    get valueLabel(): string {
        const unit = this.kpi?.unit;
        const label = this.fields.Value__c?.label ?? '';
        return unit ? formatLabel(LABELS.fieldReading, label, unit) : label;
    }

    /** A KPI without baseline or target still takes a reading: the form says what it lacks. */
    get needsText(): string {
        const needs = this.kpi?.needsText;
        return needs ? formatLabel(LABELS.readingNeeds, needs) : '';
    }

    get valueHelp(): string {
        return this.kpi?.currentText ?? '';
    }

    handleSave(): void {
        // Nothing to check or send before the form has its fields (they are loading, or failed to).
        if (!this.fieldsReady) return;
        const { errors, draft } = validateMeasurement({ ...this.values, kpiId: this.kpi?.id ?? null }, todayIso());
        if (draft) this.emitSave(draft);
        else this.rejectLocally(toFormErrors(errors));
    }
}
