// Generated from the .ts beside it by `npm run build`. Edit the TypeScript source, not this file.
import { LightningElement, api } from 'lwc';
import LABELS from 'c/outcomesLabels';
/**
 * One KPI: name, which way is better, baseline -> current -> target with dates and unit, its
 * status in words, what it still needs ("Needs a target", with "Complete this KPI" when editable),
 * and (after the win) its progress. Emits `editkpi` ({ kpiId }) when editable (Edit, or Complete this KPI).
 */
export default class KpiRow extends LightningElement {
    @api
    kpi;
    @api
    editable = false;
    @api
    showProgress = false;
    labels = LABELS;
    /** A KPI lacking its baseline or target offers "Complete this KPI" (the same edit) where it says so. */
    get canComplete() {
        return this.editable && Boolean(this.kpi?.incomplete);
    }
    handleEdit() {
        if (!this.kpi)
            return;
        this.dispatchEvent(new CustomEvent('editkpi', { detail: { kpiId: this.kpi.id } }));
    }
}
