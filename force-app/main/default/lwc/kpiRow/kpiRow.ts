import { LightningElement, api } from 'lwc';
import LABELS from 'c/outcomesLabels';
import type { KpiView } from 'c/outcomesMappers';

/**
 * One KPI: name, which way is better, baseline -> current -> target with dates and unit, its
 * status in words, what it still needs ("Needs a target", with "Complete this KPI" when editable),
 * and (after the win) its progress. Emits `editkpi` ({ kpiId }) when editable (Edit, or Complete this KPI).
 */
export default class KpiRow extends LightningElement {
    @api kpi?: KpiView;
    @api editable = false;
    @api showProgress = false;

    labels = LABELS;

    /** A KPI lacking its baseline or target offers "Complete this KPI" (the same edit) where it says so. */
    get canComplete(): boolean {
        return this.editable && Boolean(this.kpi?.incomplete);
    }

    handleEdit(): void {
        if (!this.kpi) return;
        this.dispatchEvent(new CustomEvent('editkpi', { detail: { kpiId: this.kpi.id } }));
    }
}
