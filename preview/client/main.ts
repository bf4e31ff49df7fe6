/**
 * Entry point of the preview's browser bundle. Synthetic shadow first, as in the org: base
 * components and SLDS's global stylesheet rely on it to style inside components.
 */
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import App from 'shell/app';
import { applyTodayFromUrl } from './platform/clock';
import { previewConfig } from './platform/config';

// Before any component runs: with ?today=, the browser's "today" is that day too, as the server's is.
applyTodayFromUrl(window.location.search, TIME_ZONE);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
root.appendChild(createElement('shell-app', { is: App }));

// Watch mode: the server says when a rebuild landed.
const { liveReloadUrl } = previewConfig();
if (liveReloadUrl) {
    new EventSource(liveReloadUrl).addEventListener('reload', () => window.location.reload());
}
