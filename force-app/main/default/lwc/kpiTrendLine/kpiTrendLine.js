// Generated from the .ts beside it by `npm run build`. Edit the TypeScript source, not this file.
import { LightningElement, api } from 'lwc';
import COMMON_LABELS from 'c/outcomesLabels';
import ACCOUNT_LABELS from 'c/outcomesLabelsAccount';
import { formatLabel, formatWithUnit } from 'c/outcomesFormat';
/** This component's text: the label modules of what it loads with (scripts/generate-label-modules.ts). */
const LABELS = Object.freeze({ ...COMMON_LABELS, ...ACCOUNT_LABELS });
const WIDTH = 200;
const HEIGHT = 40;
const PAD = 4;
/** Geometry by KPI view, for the readings it was drawn from (kept outside the component: a render may not write its fields). */
const DRAWN = new WeakMap();
/**
 * A KPI's readings as a small line (SVG drawn by the template: no markup is injected), with its
 * baseline and target as reference lines. The picture has an accessible name giving every figure
 * it draws: "Days sales outstanding: 60 days on 9/4/2026, 58 days on 10/19/2026; target 40 days".
 * A line needs two readings: with one (or only the KPI's current value) it says "One reading so
 * far: …", with none "No readings yet", and draws nothing. A drawn line has its first and last
 * dates under it and a legend (readings, baseline, target) naming what each line is.
 */
export default class KpiTrendLine extends LightningElement {
    @api
    kpi;
    /** Oldest first. */
    @api
    readings = [];
    labels = LABELS;
    width = WIDTH;
    height = HEIGHT;
    viewBox = `0 0 ${WIDTH} ${HEIGHT}`;
    left = PAD;
    right = WIDTH - PAD;
    /** Points to draw: the readings, or the KPI's current value when no reading is loaded. */
    get series() {
        if (this.readings?.length)
            return this.readings;
        const kpi = this.kpi;
        if (kpi && kpi.current !== null && kpi.currentAsOf)
            return [{ value: kpi.current, date: kpi.currentAsOf, dateText: '' }];
        return [];
    }
    get geometry() {
        const drawn = this.kpi ? DRAWN.get(this.kpi) : undefined;
        if (drawn && drawn.readings === this.readings)
            return drawn.geometry;
        const series = this.series;
        const kpi = this.kpi;
        const values = series.map((p) => p.value);
        for (const reference of [kpi?.baseline, kpi?.target])
            if (typeof reference === 'number')
                values.push(reference);
        let low = Math.min(...values);
        let high = Math.max(...values);
        if (!Number.isFinite(low) || low === high) {
            low = (Number.isFinite(low) ? low : 0) - 1;
            high = low + 2;
        }
        const y = (v) => round(PAD + ((high - v) / (high - low)) * (HEIGHT - 2 * PAD));
        const times = series.map((p) => Date.parse(`${p.date}T00:00:00Z`));
        const first = times[0] ?? 0;
        const span = (times[times.length - 1] ?? 0) - first;
        const x = (t) => (span > 0 ? round(PAD + ((t - first) / span) * (WIDTH - 2 * PAD)) : WIDTH - PAD);
        const coordinates = series.map((p, i) => ({ x: x(times[i] ?? first), y: y(p.value) }));
        const geometry = {
            points: coordinates.map((c) => `${c.x},${c.y}`).join(' '),
            last: coordinates[coordinates.length - 1] ?? null,
            baselineY: typeof kpi?.baseline === 'number' ? y(kpi.baseline) : null,
            targetY: typeof kpi?.target === 'number' ? y(kpi.target) : null
        };
        if (this.kpi)
            DRAWN.set(this.kpi, { readings: this.readings, geometry });
        return geometry;
    }
    /** Enough readings for a line (two or more). */
    get isDrawn() {
        return this.series.length > 1;
    }
    /** What stands in for the line with fewer than two readings. */
    get summaryText() {
        const series = this.series;
        const only = series[0];
        if (!only)
            return LABELS.trendNone;
        const figure = only.dateText
            ? formatLabel(LABELS.valueOn, formatWithUnit(only.value, this.kpi?.unit), only.dateText)
            : (this.kpi?.currentText ?? '');
        return formatLabel(LABELS.trendOneReading, figure);
    }
    /** The axis: first and last reading dates (the picture's accessible name gives every date already). */
    get firstDate() {
        return this.series[0]?.dateText ?? '';
    }
    get lastDate() {
        return this.series[this.series.length - 1]?.dateText ?? '';
    }
    get points() {
        return this.geometry.points;
    }
    get lastX() {
        return this.geometry.last?.x ?? 0;
    }
    get lastY() {
        return this.geometry.last?.y ?? 0;
    }
    get hasPoint() {
        return this.geometry.last !== null;
    }
    get hasBaseline() {
        return this.geometry.baselineY !== null;
    }
    get baselineY() {
        return this.geometry.baselineY ?? 0;
    }
    get hasTarget() {
        return this.geometry.targetY !== null;
    }
    get targetY() {
        return this.geometry.targetY ?? 0;
    }
    /** The figures, in words: every point drawn, then the target. */
    get label() {
        const kpi = this.kpi;
        if (!kpi)
            return '';
        const unit = kpi.unit;
        const figures = this.series
            .map((p) => (p.dateText ? formatLabel(LABELS.valueOn, formatWithUnit(p.value, unit), p.dateText) : kpi.currentText))
            .join(', ');
        return kpi.target === null
            ? formatLabel(LABELS.trendLabelNoTarget, kpi.name, figures)
            : formatLabel(LABELS.trendLabel, kpi.name, figures, formatWithUnit(kpi.target, unit));
    }
}
function round(n) {
    return Math.round(n * 10) / 10;
}
