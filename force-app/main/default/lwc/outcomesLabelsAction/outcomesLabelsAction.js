// Generated from the .ts beside it by `npm run build`. Edit the TypeScript source, not this file.
// Generated from force-app/main/default/labels/CustomLabels.labels-meta.xml (labels of category CustomerOutcomesAction)
// by scripts/generate-label-modules.ts: do not edit. Run `npm run labels` after changing the labels.
import checkInActionNotWon from '@salesforce/label/c.Outcomes_CheckInActionNotWon';
import checkInActionNotFound from '@salesforce/label/c.Outcomes_CheckInActionNotFound';
import close from '@salesforce/label/c.Outcomes_Close';
const LABELS = Object.freeze({ checkInActionNotWon, checkInActionNotFound, close });
export default LABELS;
