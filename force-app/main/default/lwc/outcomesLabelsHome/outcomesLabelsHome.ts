// Generated from force-app/main/default/labels/CustomLabels.labels-meta.xml (labels of category CustomerOutcomesHome)
// by scripts/generate-label-modules.ts: do not edit. Run `npm run labels` after changing the labels.
import followUpsHeading from '@salesforce/label/c.Outcomes_FollowUpsHeading';
import teamFollowUpsHeading from '@salesforce/label/c.Outcomes_TeamFollowUpsHeading';
import followUpsIntro from '@salesforce/label/c.Outcomes_FollowUpsIntro';
import allCurrent from '@salesforce/label/c.Outcomes_AllCurrent';
import showMoreFollowUps from '@salesforce/label/c.Outcomes_ShowMoreFollowUps';
import followUpsShown from '@salesforce/label/c.Outcomes_FollowUpsShown';
import repDeals from '@salesforce/label/c.Outcomes_RepDeals';
import repDealsOne from '@salesforce/label/c.Outcomes_RepDealsOne';

const LABELS = Object.freeze({
    followUpsHeading,
    teamFollowUpsHeading,
    followUpsIntro,
    allCurrent,
    showMoreFollowUps,
    followUpsShown,
    repDeals,
    repDealsOne
});

export default LABELS;
