/**
 * `npm run preview:reset`: replaces the preview's stored data with the sample (dates relative to
 * today). Honours PREVIEW_DATA_FILE like the server.
 */
import { PreviewStore } from './store/store';
import { storeOptionsFromEnv } from './dataService';

const store = PreviewStore.open(storeOptionsFromEnv());
store.reset();
store.close();
console.log(`Preview data reset to the sample${store.dataFile ? ` (${store.dataFile})` : ''}.`);
