/**
 * `@salesforce/user/Id`: the preview user's record id. The server injects it through
 * `/preview-config.js` (PreviewClientConfig.userId); until it does, this constant stands in.
 * It must match a User record in the preview's sample data for "my records" queries to find anything.
 */
import { previewConfig } from './config';

const DEFAULT_PREVIEW_USER_ID = '005000000000001AAA';

const userId: string = previewConfig().userId ?? DEFAULT_PREVIEW_USER_ID;
export default userId;
