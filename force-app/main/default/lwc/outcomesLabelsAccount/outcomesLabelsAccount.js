// Generated from the .ts beside it by `npm run build`. Edit the TypeScript source, not this file.
// Generated from force-app/main/default/labels/CustomLabels.labels-meta.xml (labels of category CustomerOutcomesAccount)
// by scripts/generate-label-modules.ts: do not edit. Run `npm run labels` after changing the labels.
import accountHeading from '@salesforce/label/c.Outcomes_AccountHeading';
import accountIntro from '@salesforce/label/c.Outcomes_AccountIntro';
import groupBy from '@salesforce/label/c.Outcomes_GroupBy';
import groupByStakeholder from '@salesforce/label/c.Outcomes_GroupByStakeholder';
import groupByGoal from '@salesforce/label/c.Outcomes_GroupByGoal';
import valueSummaryHeading from '@salesforce/label/c.Outcomes_ValueSummaryHeading';
import summaryGoalsAchieved from '@salesforce/label/c.Outcomes_SummaryGoalsAchieved';
import accountNoGoals from '@salesforce/label/c.Outcomes_AccountNoGoals';
import goalsShown from '@salesforce/label/c.Outcomes_GoalsShown';
import dealsDueHeading from '@salesforce/label/c.Outcomes_DealsDueHeading';
import noDealsDue from '@salesforce/label/c.Outcomes_NoDealsDue';
import trendLabel from '@salesforce/label/c.Outcomes_TrendLabel';
import trendLabelNoTarget from '@salesforce/label/c.Outcomes_TrendLabelNoTarget';
import recordReading from '@salesforce/label/c.Outcomes_RecordReading';
import recordReadingFor from '@salesforce/label/c.Outcomes_RecordReadingFor';
import readingSaved from '@salesforce/label/c.Outcomes_ReadingSaved';
import accountNotFound from '@salesforce/label/c.Outcomes_AccountNotFound';
import showMoreGoals from '@salesforce/label/c.Outcomes_ShowMoreGoals';
import trend from '@salesforce/label/c.Outcomes_Trend';
import fromDeal from '@salesforce/label/c.Outcomes_FromDeal';
import trendOneReading from '@salesforce/label/c.Outcomes_TrendOneReading';
import trendReadings from '@salesforce/label/c.Outcomes_TrendReadings';
import trendNone from '@salesforce/label/c.Outcomes_TrendNone';
const LABELS = Object.freeze({
    accountHeading,
    accountIntro,
    groupBy,
    groupByStakeholder,
    groupByGoal,
    valueSummaryHeading,
    summaryGoalsAchieved,
    accountNoGoals,
    goalsShown,
    dealsDueHeading,
    noDealsDue,
    trendLabel,
    trendLabelNoTarget,
    recordReading,
    recordReadingFor,
    readingSaved,
    accountNotFound,
    showMoreGoals,
    trend,
    fromDeal,
    trendOneReading,
    trendReadings,
    trendNone
});
export default LABELS;
