import { api } from 'lwc';
import KPI_OBJECT from '@salesforce/schema/Customer_KPI__c';
import OutcomesFormBase from 'c/outcomesFormBase';
import COMMON_LABELS from 'c/outcomesLabels';
import FORM_LABELS from 'c/outcomesLabelsForms';
import { formatForInput } from 'c/outcomesFormat';
import { toFormErrors, validateKpi } from 'c/outcomesValidation';
import type { KpiView } from 'c/outcomesMappers';
import type { Option } from 'c/outcomesPicklists';

/** This component's text: the label modules of what it loads with (scripts/generate-label-modules.ts). */
const LABELS = Object.freeze({ ...COMMON_LABELS, ...FORM_LABELS });

/**
 * Add or edit a KPI inline. Checks the KPI validation rules before anything is sent (target
 * differs from baseline and lies on the direction's side, dates present and in order, numbers
 * that fit Number(18, 4)); emits `save` with a KpiDraft (c/outcomesValidation).
 */
export default class KpiForm extends OutcomesFormBase {
    /** The KPI to edit; empty for a new KPI. */
    @api kpi?: KpiView | null;
    /** The goal a new KPI measures. */
    @api goalId?: string | null;

    override formObject = KPI_OBJECT;
    override formFields = [
        'Name',
        'Unit__c',
        'Direction__c',
        'Measurement_Source__c',
        'Baseline_Value__c',
        'Baseline_Date__c',
        'Target_Value__c',
        'Target_Date__c'
    ];

    get directionOptions(): Option[] {
        return this.options('Direction__c');
    }

    get sourceOptions(): Option[] {
        return this.options('Measurement_Source__c', true);
    }

    override connectedCallback(): void {
        if (Object.keys(this.values).length) return;
        const kpi = this.kpi;
        this.values = kpi
            ? {
                  Name: kpi.name,
                  Unit__c: kpi.unit,
                  Direction__c: kpi.direction ?? '',
                  Baseline_Value__c: formatForInput(kpi.baseline),
                  Baseline_Date__c: kpi.baselineDate ?? '',
                  Target_Value__c: formatForInput(kpi.target),
                  Target_Date__c: kpi.targetDate ?? '',
                  Measurement_Source__c: kpi.source ?? ''
              }
            : { Direction__c: '', Measurement_Source__c: '' };
    }

    /** Baseline value and date, then target value and date: where the KPI starts and where it should get to. */
    get measureFields(): { key: string; label: string; type: string; value: unknown }[] {
        const fields = this.fields;
        const field = (key: string, type: string) => ({
            key,
            label: fields[key]?.label ?? key,
            type,
            value: this.values[key] ?? ''
        });
        return [
            field('Baseline_Value__c', 'text'),
            field('Baseline_Date__c', 'date'),
            field('Target_Value__c', 'text'),
            field('Target_Date__c', 'date')
        ];
    }

    get heading(): string {
        return this.kpi ? LABELS.editKpiHeading : LABELS.newKpiHeading;
    }

    handleSave(): void {
        // Nothing to check or send before the form has its fields (they are loading, or failed to).
        if (!this.fieldsReady) return;
        const { errors, draft } = validateKpi({
            ...this.values,
            id: this.kpi?.id ?? null,
            goalId: this.kpi?.goalId ?? this.goalId ?? null
        });
        if (!draft) {
            this.rejectLocally(toFormErrors(errors));
            return;
        }
        this.emitSave(draft);
    }
}
