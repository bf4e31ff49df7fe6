/**
 * The Account panel's reading form and what saving a reading is built from, in one module: a KPI
 * item fetches it with its single dynamic import when a rep first records a reading (the platform
 * compiler accepts one dynamic import per component; see c/outcomesFormLoader).
 */
export { default as measurementForm } from 'c/measurementForm';
export { recordMeasurementMutation, runMutation } from 'c/outcomesMutations';
