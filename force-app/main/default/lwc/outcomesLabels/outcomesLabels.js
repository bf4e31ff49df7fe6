// Generated from the .ts beside it by `npm run build`. Edit the TypeScript source, not this file.
// Generated from force-app/main/default/labels/CustomLabels.labels-meta.xml (labels of category CustomerOutcomes)
// by scripts/generate-label-modules.ts: do not edit. Run `npm run labels` after changing the labels.
import loading from '@salesforce/label/c.Outcomes_Loading';
import loadError from '@salesforce/label/c.Outcomes_LoadError';
import unknownError from '@salesforce/label/c.Outcomes_UnknownError';
import formLoadFailed from '@salesforce/label/c.Outcomes_FormLoadFailed';
import retry from '@salesforce/label/c.Outcomes_Retry';
import errorPrefix from '@salesforce/label/c.Outcomes_ErrorPrefix';
import kpisMeasurable from '@salesforce/label/c.Outcomes_KpisMeasurable';
import nextAskPerson from '@salesforce/label/c.Outcomes_NextAskPerson';
import personWithTitle from '@salesforce/label/c.Outcomes_PersonWithTitle';
import nextFirstGoal from '@salesforce/label/c.Outcomes_NextFirstGoal';
import nextAddContactRoles from '@salesforce/label/c.Outcomes_NextAddContactRoles';
import nextAddKpi from '@salesforce/label/c.Outcomes_NextAddKpi';
import nextBaselineTarget from '@salesforce/label/c.Outcomes_NextBaselineTarget';
import nextComplete from '@salesforce/label/c.Outcomes_NextComplete';
import metricsWarning from '@salesforce/label/c.Outcomes_MetricsWarning';
import addGoalFor from '@salesforce/label/c.Outcomes_AddGoalFor';
import goalsHeading from '@salesforce/label/c.Outcomes_GoalsHeading';
import companyGoals from '@salesforce/label/c.Outcomes_CompanyGoals';
import noStakeholderGoals from '@salesforce/label/c.Outcomes_NoStakeholderGoals';
import contactNotVisible from '@salesforce/label/c.Outcomes_ContactNotVisible';
import noKpis from '@salesforce/label/c.Outcomes_NoKpis';
import editGoalNamed from '@salesforce/label/c.Outcomes_EditGoalNamed';
import addKpiTo from '@salesforce/label/c.Outcomes_AddKpiTo';
import editKpiNamed from '@salesforce/label/c.Outcomes_EditKpiNamed';
import directionIncrease from '@salesforce/label/c.Outcomes_DirectionIncrease';
import directionDecrease from '@salesforce/label/c.Outcomes_DirectionDecrease';
import directionUnknown from '@salesforce/label/c.Outcomes_DirectionUnknown';
import baseline from '@salesforce/label/c.Outcomes_Baseline';
import current from '@salesforce/label/c.Outcomes_Current';
import target from '@salesforce/label/c.Outcomes_Target';
import valueOn from '@salesforce/label/c.Outcomes_ValueOn';
import valueBy from '@salesforce/label/c.Outcomes_ValueBy';
import valueAsOf from '@salesforce/label/c.Outcomes_ValueAsOf';
import notSet from '@salesforce/label/c.Outcomes_NotSet';
import notMeasured from '@salesforce/label/c.Outcomes_NotMeasured';
import statusAchieved from '@salesforce/label/c.Outcomes_StatusAchieved';
import statusOnTrack from '@salesforce/label/c.Outcomes_StatusOnTrack';
import statusAtRisk from '@salesforce/label/c.Outcomes_StatusAtRisk';
import statusOffTrack from '@salesforce/label/c.Outcomes_StatusOffTrack';
import statusNotMeasured from '@salesforce/label/c.Outcomes_StatusNotMeasured';
import statusMissing from '@salesforce/label/c.Outcomes_StatusMissing';
import progressWithin from '@salesforce/label/c.Outcomes_ProgressWithin';
import progressBeyond from '@salesforce/label/c.Outcomes_ProgressBeyond';
import progressBackwards from '@salesforce/label/c.Outcomes_ProgressBackwards';
import progressNone from '@salesforce/label/c.Outcomes_ProgressNone';
import followUpOverdue from '@salesforce/label/c.Outcomes_FollowUpOverdue';
import followUpDueSoon from '@salesforce/label/c.Outcomes_FollowUpDueSoon';
import followUpNotDue from '@salesforce/label/c.Outcomes_FollowUpNotDue';
import followUpComplete from '@salesforce/label/c.Outcomes_FollowUpComplete';
import followUpNotApplicable from '@salesforce/label/c.Outcomes_FollowUpNotApplicable';
import dueOn from '@salesforce/label/c.Outcomes_DueOn';
import wasDueOn from '@salesforce/label/c.Outcomes_WasDueOn';
import lastCheckIn from '@salesforce/label/c.Outcomes_LastCheckIn';
import noCheckInYet from '@salesforce/label/c.Outcomes_NoCheckInYet';
import checkInWith from '@salesforce/label/c.Outcomes_CheckInWith';
import checkInTitle from '@salesforce/label/c.Outcomes_CheckInTitle';
import cancel from '@salesforce/label/c.Outcomes_Cancel';
import noAccessOpportunity from '@salesforce/label/c.Outcomes_NoAccessOpportunity';
import noAccessField from '@salesforce/label/c.Outcomes_NoAccessField';
import noAccessObject from '@salesforce/label/c.Outcomes_NoAccessObject';
import noAccessRecord from '@salesforce/label/c.Outcomes_NoAccessRecord';
import noStakeholder from '@salesforce/label/c.Outcomes_NoStakeholder';
import fieldLevel from '@salesforce/label/c.Outcomes_FieldLevel';
import fieldCategory from '@salesforce/label/c.Outcomes_FieldCategory';
import fieldGoalStatus from '@salesforce/label/c.Outcomes_FieldGoalStatus';
import fieldCostOfInaction from '@salesforce/label/c.Outcomes_FieldCostOfInaction';
import fieldTargetDate from '@salesforce/label/c.Outcomes_FieldTargetDate';
import noneOption from '@salesforce/label/c.Outcomes_NoneOption';
import valueSummarySentence from '@salesforce/label/c.Outcomes_ValueSummarySentence';
import summaryPartial from '@salesforce/label/c.Outcomes_SummaryPartial';
import kpisNotLoaded from '@salesforce/label/c.Outcomes_KpisNotLoaded';
import stakeholderNamed from '@salesforce/label/c.Outcomes_StakeholderNamed';
import daysOverdueOne from '@salesforce/label/c.Outcomes_DaysOverdueOne';
import daysOverdue from '@salesforce/label/c.Outcomes_DaysOverdue';
import dueToday from '@salesforce/label/c.Outcomes_DueToday';
import dueInOneDay from '@salesforce/label/c.Outcomes_DueInOneDay';
import dueInDays from '@salesforce/label/c.Outcomes_DueInDays';
import fieldAccount from '@salesforce/label/c.Outcomes_FieldAccount';
import fieldAmount from '@salesforce/label/c.Outcomes_FieldAmount';
import rebasedOnBy from '@salesforce/label/c.Outcomes_RebasedOnBy';
import rebasedOn from '@salesforce/label/c.Outcomes_RebasedOn';
import peopleWithGoal from '@salesforce/label/c.Outcomes_PeopleWithGoal';
import noPeopleYet from '@salesforce/label/c.Outcomes_NoPeopleYet';
import noKpisYet from '@salesforce/label/c.Outcomes_NoKpisYet';
import kpiNeeds from '@salesforce/label/c.Outcomes_KpiNeeds';
import needsBaseline from '@salesforce/label/c.Outcomes_NeedsBaseline';
import needsTarget from '@salesforce/label/c.Outcomes_NeedsTarget';
import needsReading from '@salesforce/label/c.Outcomes_NeedsReading';
import needsDifferentTarget from '@salesforce/label/c.Outcomes_NeedsDifferentTarget';
import completeKpi from '@salesforce/label/c.Outcomes_CompleteKpi';
import fieldOwner from '@salesforce/label/c.Outcomes_FieldOwner';
import ownerUnknown from '@salesforce/label/c.Outcomes_OwnerUnknown';
import closedWithoutCheckIn from '@salesforce/label/c.Outcomes_ClosedWithoutCheckIn';
import wonWithFutureCloseDate from '@salesforce/label/c.Outcomes_WonWithFutureCloseDate';
const LABELS = Object.freeze({
    loading,
    loadError,
    unknownError,
    formLoadFailed,
    retry,
    errorPrefix,
    kpisMeasurable,
    nextAskPerson,
    personWithTitle,
    nextFirstGoal,
    nextAddContactRoles,
    nextAddKpi,
    nextBaselineTarget,
    nextComplete,
    metricsWarning,
    addGoalFor,
    goalsHeading,
    companyGoals,
    noStakeholderGoals,
    contactNotVisible,
    noKpis,
    editGoalNamed,
    addKpiTo,
    editKpiNamed,
    directionIncrease,
    directionDecrease,
    directionUnknown,
    baseline,
    current,
    target,
    valueOn,
    valueBy,
    valueAsOf,
    notSet,
    notMeasured,
    statusAchieved,
    statusOnTrack,
    statusAtRisk,
    statusOffTrack,
    statusNotMeasured,
    statusMissing,
    progressWithin,
    progressBeyond,
    progressBackwards,
    progressNone,
    followUpOverdue,
    followUpDueSoon,
    followUpNotDue,
    followUpComplete,
    followUpNotApplicable,
    dueOn,
    wasDueOn,
    lastCheckIn,
    noCheckInYet,
    checkInWith,
    checkInTitle,
    cancel,
    noAccessOpportunity,
    noAccessField,
    noAccessObject,
    noAccessRecord,
    noStakeholder,
    fieldLevel,
    fieldCategory,
    fieldGoalStatus,
    fieldCostOfInaction,
    fieldTargetDate,
    noneOption,
    valueSummarySentence,
    summaryPartial,
    kpisNotLoaded,
    stakeholderNamed,
    daysOverdueOne,
    daysOverdue,
    dueToday,
    dueInOneDay,
    dueInDays,
    fieldAccount,
    fieldAmount,
    rebasedOnBy,
    rebasedOn,
    peopleWithGoal,
    noPeopleYet,
    noKpisYet,
    kpiNeeds,
    needsBaseline,
    needsTarget,
    needsReading,
    needsDifferentTarget,
    completeKpi,
    fieldOwner,
    ownerUnknown,
    closedWithoutCheckIn,
    wonWithFutureCloseDate
});
export default LABELS;
