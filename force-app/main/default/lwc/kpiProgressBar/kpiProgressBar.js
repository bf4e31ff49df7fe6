// Generated from the .ts beside it by `npm run build`. Edit the TypeScript source, not this file.
import { LightningElement, api } from 'lwc';
import LABELS from 'c/outcomesLabels';
import { formatBaseline, formatLabel, formatList, formatPercentFigure, formatWithUnit } from 'c/outcomesFormat';
/**
 * A KPI's progress from baseline to target: the bar is clamped to 0-100 (a bar cannot show -20 %
 * or 130 %), the sentence beside it gives the exact figure, including a KPI that moved the wrong
 * way or passed its target.
 */
export default class KpiProgressBar extends LightningElement {
    /** Progress__c as a percentage: 75 means 75 % of the way; null when not computable. */
    @api
    progress;
    @api
    baseline;
    @api
    target;
    @api
    unit;
    /** The latest reading (Current_Value__c): without one, "no progress" names it among what is missing. */
    @api
    current;
    get hasProgress() {
        return typeof this.progress === 'number' && Number.isFinite(this.progress);
    }
    get barValue() {
        return this.hasProgress ? Math.min(100, Math.max(0, this.progress)) : 0;
    }
    get text() {
        if (!this.hasProgress || typeof this.baseline !== 'number' || typeof this.target !== 'number') {
            return formatLabel(LABELS.progressNone, formatList(this.missing));
        }
        const progress = this.progress;
        const figure = formatPercentFigure(progress);
        const from = formatBaseline(this.baseline, this.unit);
        const to = formatWithUnit(this.target, this.unit);
        if (progress < 0)
            return formatLabel(LABELS.progressBackwards, figure, from, to);
        if (progress > 100)
            return formatLabel(LABELS.progressBeyond, figure, from, to);
        return formatLabel(LABELS.progressWithin, figure, from, to);
    }
    /** Only what this KPI lacks: "a target", "a baseline and a reading". */
    get missing() {
        const baseline = typeof this.baseline === 'number';
        const target = typeof this.target === 'number';
        const parts = [];
        if (!baseline)
            parts.push(LABELS.needsBaseline);
        if (!target)
            parts.push(LABELS.needsTarget);
        else if (baseline && this.baseline === this.target)
            parts.push(LABELS.needsDifferentTarget);
        if (typeof this.current !== 'number')
            parts.push(LABELS.needsReading);
        return parts.length ? parts : [LABELS.needsReading];
    }
}
