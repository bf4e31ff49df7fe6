// Generated from the .ts beside it by `npm run build`. Edit the TypeScript source, not this file.
import { api } from 'lwc';
import CHECK_IN_OBJECT from '@salesforce/schema/Success_Check_In__c';
import OutcomesFormBase from 'c/outcomesFormBase';
import COMMON_LABELS from 'c/outcomesLabels';
import FORM_LABELS from 'c/outcomesLabelsForms';
import OPPORTUNITY_LABELS from 'c/outcomesLabelsOpportunity';
import { PICKLISTS } from 'c/outcomesFieldFacts';
import { formatLabel, todayIso } from 'c/outcomesFormat';
import { readingKey } from 'c/outcomesMutations';
import { clearFieldError, toFormErrors, validateCheckIn } from 'c/outcomesValidation';
/** This component's text: the label modules of what it loads with (scripts/generate-label-modules.ts). */
const LABELS = Object.freeze({ ...COMMON_LABELS, ...FORM_LABELS, ...OPPORTUNITY_LABELS });
/**
 * Log a check-in with a fresh reading per KPI. Checks what the validation rules check before
 * anything is sent, then emits `save` with the typed values (a CheckInDraft, c/outcomesValidation); the parent
 * saves check-in and readings in one request and calls reportServerErrors if it fails.
 */
export default class CheckInForm extends OutcomesFormBase {
    /** The templates' text, with this component's own label modules. */
    labels = LABELS;
    /** The deal's KPIs: one reading row each. */
    @api
    kpis = [];
    /** Customer contact choices (first option: none). */
    @api
    contactOptions = [];
    formObject = CHECK_IN_OBJECT;
    formFields = [
        'Check_In_Date__c',
        'Type__c',
        'Customer_Contact__c',
        'Implementation_Status__c',
        'Customer_Sentiment__c',
        'Summary__c',
        'Next_Step__c',
        'Next_Check_In_Date__c'
    ];
    get typeOptions() {
        return this.options('Type__c');
    }
    get implementationOptions() {
        return this.options('Implementation_Status__c', true);
    }
    get sentimentOptions() {
        return this.options('Customer_Sentiment__c');
    }
    today = todayIso();
    /** Typed readings by KPI Id: { value: text as typed, confirmed }. */
    readings = {};
    connectedCallback() {
        // The fields' defaults in the org: today, Call, Neutral.
        if (Object.keys(this.values).length === 0) {
            this.values = {
                Check_In_Date__c: this.today,
                Type__c: PICKLISTS['Success_Check_In__c.Type__c'].defaultValue,
                Customer_Sentiment__c: PICKLISTS['Success_Check_In__c.Customer_Sentiment__c'].defaultValue,
                Customer_Contact__c: '',
                Implementation_Status__c: ''
            };
        }
    }
    get hasKpis() {
        return (this.kpis ?? []).length > 0;
    }
    get readingRows() {
        return (this.kpis ?? []).map((kpi) => {
            const typed = this.readings[kpi.id];
            return {
                kpiId: kpi.id,
                key: readingKey(kpi.id),
                valueLabel: kpi.unit ? formatLabel(LABELS.fieldReading, kpi.name, kpi.unit) : kpi.name,
                confirmedLabel: formatLabel(LABELS.fieldConfirmed, kpi.name),
                help: kpi.currentText,
                // A KPI without baseline or target still takes a reading: say so beside its input.
                needs: kpi.needsText ? formatLabel(LABELS.readingNeeds, kpi.needsText) : '',
                needsId: `needs-${kpi.id}`,
                value: typeof typed?.value === 'string' ? typed.value : '',
                confirmed: typed?.confirmed === true
            };
        });
    }
    handleReadingValue(event) {
        this.updateReading(event, 'value');
    }
    handleReadingConfirmed(event) {
        this.updateReading(event, 'confirmed');
    }
    updateReading(event, part) {
        const target = event.target;
        const kpiId = target instanceof HTMLElement ? target.dataset.kpi : undefined;
        if (!kpiId)
            return;
        const detail = Reflect.get(event, 'detail');
        const value = part === 'confirmed' ? Reflect.get(detail ?? {}, 'checked') : Reflect.get(detail ?? {}, 'value');
        this.readings = { ...this.readings, [kpiId]: { ...this.readings[kpiId], [part]: value } };
        if (part === 'value') {
            clearFieldError(target);
            this.fieldFixed(readingKey(kpiId));
        }
    }
    handleSave() {
        // Nothing to check or send before the form has its fields (they are loading, or failed to).
        if (!this.fieldsReady)
            return;
        const kpiIds = (this.kpis ?? []).map((k) => k.id);
        const { errors, draft } = validateCheckIn({ ...this.values, readings: this.readings }, kpiIds, todayIso());
        if (!draft) {
            this.rejectLocally(toFormErrors(errors));
            return;
        }
        this.emitSave(draft);
    }
}
