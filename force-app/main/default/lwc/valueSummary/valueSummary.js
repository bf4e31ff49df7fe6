// Generated from the .ts beside it by `npm run build`. Edit the TypeScript source, not this file.
import { LightningElement, api } from 'lwc';
import LABELS from 'c/outcomesLabelsAccount';
/**
 * What the customer got, in words and numbers: how many KPIs are achieved, on track, at risk, off
 * track, not measured or missing a baseline or target, and how many goals are achieved. Each
 * count is a number in the user's locale next to its status in words (never colour alone).
 */
export default class ValueSummary extends LightningElement {
    @api
    summary;
    labels = LABELS;
}
