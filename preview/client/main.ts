/**
 * Entry point of the preview's browser bundle. Synthetic shadow first, as in the org: base
 * components and SLDS's global stylesheet rely on it to style inside components.
 */
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import App from 'shell/app';
import { previewConfig } from './platform/config';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
root.appendChild(createElement('shell-app', { is: App }));

// Watch mode: the server says when a rebuild landed.
const { liveReloadUrl } = previewConfig();
if (liveReloadUrl) {
    new EventSource(liveReloadUrl).addEventListener('reload', () => window.location.reload());
}
