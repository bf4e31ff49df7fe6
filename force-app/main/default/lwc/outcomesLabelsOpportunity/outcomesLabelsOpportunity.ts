// Generated from force-app/main/default/labels/CustomLabels.labels-meta.xml (labels of category CustomerOutcomesOpportunity)
// by scripts/generate-label-modules.ts: do not edit. Run `npm run labels` after changing the labels.
import openHeading from '@salesforce/label/c.Outcomes_OpenHeading';
import openIntro from '@salesforce/label/c.Outcomes_OpenIntro';
import wonHeading from '@salesforce/label/c.Outcomes_WonHeading';
import wonIntro from '@salesforce/label/c.Outcomes_WonIntro';
import lostHeading from '@salesforce/label/c.Outcomes_LostHeading';
import lostIntro from '@salesforce/label/c.Outcomes_LostIntro';
import noAccount from '@salesforce/label/c.Outcomes_NoAccount';
import notFound from '@salesforce/label/c.Outcomes_NotFound';
import goalChangedElsewhere from '@salesforce/label/c.Outcomes_GoalChangedElsewhere';
import kpiChangedElsewhere from '@salesforce/label/c.Outcomes_KpiChangedElsewhere';
import goalDeletedElsewhere from '@salesforce/label/c.Outcomes_GoalDeletedElsewhere';
import kpiDeletedElsewhere from '@salesforce/label/c.Outcomes_KpiDeletedElsewhere';
import warningPrefix from '@salesforce/label/c.Outcomes_WarningPrefix';
import completenessHeading from '@salesforce/label/c.Outcomes_CompletenessHeading';
import nextStepHeading from '@salesforce/label/c.Outcomes_NextStepHeading';
import promptsHeading from '@salesforce/label/c.Outcomes_PromptsHeading';
import noGoals from '@salesforce/label/c.Outcomes_NoGoals';
import addGoal from '@salesforce/label/c.Outcomes_AddGoal';
import addKpi from '@salesforce/label/c.Outcomes_AddKpi';
import showAllGoals from '@salesforce/label/c.Outcomes_ShowAllGoals';
import showFewerGoals from '@salesforce/label/c.Outcomes_ShowFewerGoals';
import loadMore from '@salesforce/label/c.Outcomes_LoadMore';
import moreNotLoaded from '@salesforce/label/c.Outcomes_MoreNotLoaded';
import followUpHeading from '@salesforce/label/c.Outcomes_FollowUpHeading';
import progressHeading from '@salesforce/label/c.Outcomes_ProgressHeading';
import checkInsHeading from '@salesforce/label/c.Outcomes_CheckInsHeading';
import noCheckIns from '@salesforce/label/c.Outcomes_NoCheckIns';
import checkInCount from '@salesforce/label/c.Outcomes_CheckInCount';
import logCheckIn from '@salesforce/label/c.Outcomes_LogCheckIn';
import markComplete from '@salesforce/label/c.Outcomes_MarkComplete';
import markCompleteConfirm from '@salesforce/label/c.Outcomes_MarkCompleteConfirm';
import confirm from '@salesforce/label/c.Outcomes_Confirm';
import checkInSaved from '@salesforce/label/c.Outcomes_CheckInSaved';
import followUpMarkedComplete from '@salesforce/label/c.Outcomes_FollowUpMarkedComplete';
import goalSaved from '@salesforce/label/c.Outcomes_GoalSaved';
import kpiSaved from '@salesforce/label/c.Outcomes_KpiSaved';
import markCompleteFailed from '@salesforce/label/c.Outcomes_MarkCompleteFailed';
import fieldImplementationStatus from '@salesforce/label/c.Outcomes_FieldImplementationStatus';
import fieldSentiment from '@salesforce/label/c.Outcomes_FieldSentiment';
import fieldNextStep from '@salesforce/label/c.Outcomes_FieldNextStep';
import openContactRoles from '@salesforce/label/c.Outcomes_OpenContactRoles';
import noKpisLost from '@salesforce/label/c.Outcomes_NoKpisLost';
import closeReasonLabel from '@salesforce/label/c.Outcomes_CloseReasonLabel';
import closeReasonPlaceholder from '@salesforce/label/c.Outcomes_CloseReasonPlaceholder';
import markCompleteNoCheckIn from '@salesforce/label/c.Outcomes_MarkCompleteNoCheckIn';
import reopenFollowUp from '@salesforce/label/c.Outcomes_ReopenFollowUp';
import followUpReopened from '@salesforce/label/c.Outcomes_FollowUpReopened';
import reopenFailed from '@salesforce/label/c.Outcomes_ReopenFailed';
import followUpCompleteDialog from '@salesforce/label/c.Outcomes_FollowUpCompleteDialog';
import closeReasonRequired from '@salesforce/label/c.Outcomes_CloseReasonRequired';

const LABELS = Object.freeze({
    openHeading,
    openIntro,
    wonHeading,
    wonIntro,
    lostHeading,
    lostIntro,
    noAccount,
    notFound,
    goalChangedElsewhere,
    kpiChangedElsewhere,
    goalDeletedElsewhere,
    kpiDeletedElsewhere,
    warningPrefix,
    completenessHeading,
    nextStepHeading,
    promptsHeading,
    noGoals,
    addGoal,
    addKpi,
    showAllGoals,
    showFewerGoals,
    loadMore,
    moreNotLoaded,
    followUpHeading,
    progressHeading,
    checkInsHeading,
    noCheckIns,
    checkInCount,
    logCheckIn,
    markComplete,
    markCompleteConfirm,
    confirm,
    checkInSaved,
    followUpMarkedComplete,
    goalSaved,
    kpiSaved,
    markCompleteFailed,
    fieldImplementationStatus,
    fieldSentiment,
    fieldNextStep,
    openContactRoles,
    noKpisLost,
    closeReasonLabel,
    closeReasonPlaceholder,
    markCompleteNoCheckIn,
    reopenFollowUp,
    followUpReopened,
    reopenFailed,
    followUpCompleteDialog,
    closeReasonRequired
});

export default LABELS;
