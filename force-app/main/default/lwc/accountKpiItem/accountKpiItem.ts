import { LightningElement, api } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import COMMON_LABELS from 'c/outcomesLabels';
import ACCOUNT_LABELS from 'c/outcomesLabelsAccount';
import { errorMessage, formatLabel } from 'c/outcomesFormat';
import { isFormApi, loadFormConstructor } from 'c/outcomesFormLoader';
import type { FormErrors, MeasurementDraft } from 'c/outcomesValidation';
import type { AccountKpiView } from 'c/outcomesMappers';

/** The reading form and what saving a reading is built from, imported when a rep first records one. */
const loadReadingForm = (): Promise<typeof import('c/accountReadingForm')> => import('c/accountReadingForm');

/** This component's text: the label modules of what it loads with (scripts/generate-label-modules.ts). */
const LABELS = Object.freeze({ ...COMMON_LABELS, ...ACCOUNT_LABELS });

/**
 * One KPI on the Account panel: status, baseline -> current -> target with dates, progress (the
 * shared KPI row and progress bar), its trend line, and "Record reading", which opens the reading
 * form and saves the reading in one allOrNone mutation. On success it emits `readingsaved` and the
 * panel re-reads; on failure the form keeps what was typed and shows the messages on its fields.
 */
export default class AccountKpiItem extends LightningElement {
    @api item?: AccountKpiView;

    labels = LABELS;
    recording = false;
    saving = false;
    /** The reading form's constructor, imported when first opened (see c/outcomesFormLoader). */
    measurementForm: unknown = null;
    formLoadError: string | null = null;
    private refocus = false;
    readonly showProgress = true;

    get recordLabel(): string {
        return formatLabel(LABELS.recordReadingFor, this.item?.kpi.name ?? '');
    }

    get canRecord(): boolean {
        return !this.recording;
    }

    async handleRecord(): Promise<void> {
        this.recording = true;
        this.formLoadError = null;
        if (this.measurementForm) return;
        const { formConstructor, error } = await loadFormConstructor(loadReadingForm, 'measurementForm');
        this.measurementForm = formConstructor;
        if (error) {
            this.formLoadError = error;
            this.recording = false;
            this.focusRecordButton();
        }
    }

    handleCancel(): void {
        this.recording = false;
        this.focusRecordButton();
    }

    /** Back to "Record reading" once it is rendered again (keyboard users keep their place). */
    private focusRecordButton(): void {
        this.refocus = true;
    }

    override renderedCallback(): void {
        if (!this.refocus) return;
        const button = this.template?.querySelector('.record-reading');
        if (!(button instanceof HTMLElement)) return;
        this.refocus = false;
        button.focus();
    }

    async handleSave(event: CustomEvent<MeasurementDraft>): Promise<void> {
        const target = event.target;
        const form = isFormApi(target) ? target : null;
        this.saving = true;
        let failure: FormErrors | null;
        try {
            const { recordMeasurementMutation, runMutation } = await loadReadingForm();
            failure = await runMutation(recordMeasurementMutation(event.detail));
        } catch (error) {
            failure = { fields: {}, form: errorMessage(error) || LABELS.unknownError };
        }
        this.saving = false;
        if (failure) {
            form?.reportServerErrors(failure);
            return;
        }
        this.recording = false;
        this.focusRecordButton();
        this.dispatchEvent(new ShowToastEvent({ title: LABELS.readingSaved, variant: 'success' }));
        this.dispatchEvent(new CustomEvent('readingsaved', { detail: { kpiId: event.detail.kpiId } }));
    }
}
