/** Where the preview build reads and writes, all absolute so module records work from any importer. */
import { dirname, join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');
const PREVIEW_DIR = join(ROOT, 'preview');
export const CLIENT_DIR = join(PREVIEW_DIR, 'client');
export const CLIENT_ENTRY = join(CLIENT_DIR, 'main.ts');
export const SHELL_MODULES_DIR = join(CLIENT_DIR, 'modules');
export const PLATFORM_DIR = join(CLIENT_DIR, 'platform');
export const DIST_DIR = join(PREVIEW_DIR, 'dist');

export const SOURCE_DIR = join(ROOT, 'force-app/main/default');
export const COMPONENTS_DIR = join(SOURCE_DIR, 'lwc');
export const LABELS_FILE = join(SOURCE_DIR, 'labels/CustomLabels.labels-meta.xml');
export const SFDX_PROJECT_FILE = join(ROOT, 'sfdx-project.json');

/** lightning-base-components ships en-US values for @salesforce/i18n/* and friends here. */
export const LBC_DIR = dirname(require.resolve('lightning-base-components/package.json'));
export const LBC_SCOPED_IMPORTS_DIR = join(LBC_DIR, 'scopedImports');
/** SLDS: styles, icon sprites and images, served under /assets. */
export const SLDS_ASSETS_DIR = join(dirname(require.resolve('@salesforce-ux/design-system/package.json')), 'assets');
