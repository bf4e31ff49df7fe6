// Generated from the .ts beside it by `npm run build`. Edit the TypeScript source, not this file.
/**
 * The Opportunity panel's inline forms in one module, so the panel fetches them with a single
 * dynamic import the first time a rep opens any of them (the platform compiler accepts one
 * dynamic import per component; see c/outcomesFormLoader for why they load late).
 */
export { default as goalForm } from 'c/goalForm';
export { default as kpiForm } from 'c/kpiForm';
export { default as checkInForm } from 'c/checkInForm';
