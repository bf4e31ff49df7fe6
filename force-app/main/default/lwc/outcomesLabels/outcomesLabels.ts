/**
 * Every user-facing string of the Customer Outcomes components, from Custom Labels (translatable,
 * admin-editable). Components and modules read text only from here. Placeholders ({0}, {1}) are
 * filled by formatLabel in c/outcomesFormat.
 */
import openHeading from '@salesforce/label/c.Outcomes_OpenHeading';
import openIntro from '@salesforce/label/c.Outcomes_OpenIntro';
import wonHeading from '@salesforce/label/c.Outcomes_WonHeading';
import wonIntro from '@salesforce/label/c.Outcomes_WonIntro';
import lostHeading from '@salesforce/label/c.Outcomes_LostHeading';
import lostIntro from '@salesforce/label/c.Outcomes_LostIntro';
import noAccount from '@salesforce/label/c.Outcomes_NoAccount';
import notFound from '@salesforce/label/c.Outcomes_NotFound';
import loading from '@salesforce/label/c.Outcomes_Loading';
import saving from '@salesforce/label/c.Outcomes_Saving';
import loadError from '@salesforce/label/c.Outcomes_LoadError';
import unknownError from '@salesforce/label/c.Outcomes_UnknownError';
import formLoadFailed from '@salesforce/label/c.Outcomes_FormLoadFailed';
import goalChangedElsewhere from '@salesforce/label/c.Outcomes_GoalChangedElsewhere';
import kpiChangedElsewhere from '@salesforce/label/c.Outcomes_KpiChangedElsewhere';
import goalDeletedElsewhere from '@salesforce/label/c.Outcomes_GoalDeletedElsewhere';
import kpiDeletedElsewhere from '@salesforce/label/c.Outcomes_KpiDeletedElsewhere';
import retry from '@salesforce/label/c.Outcomes_Retry';
import warningPrefix from '@salesforce/label/c.Outcomes_WarningPrefix';
import errorPrefix from '@salesforce/label/c.Outcomes_ErrorPrefix';
import completenessHeading from '@salesforce/label/c.Outcomes_CompletenessHeading';
import kpisMeasurable from '@salesforce/label/c.Outcomes_KpisMeasurable';
import nextStepHeading from '@salesforce/label/c.Outcomes_NextStepHeading';
import nextAskPerson from '@salesforce/label/c.Outcomes_NextAskPerson';
import personWithTitle from '@salesforce/label/c.Outcomes_PersonWithTitle';
import nextFirstGoal from '@salesforce/label/c.Outcomes_NextFirstGoal';
import nextAddContactRoles from '@salesforce/label/c.Outcomes_NextAddContactRoles';
import nextAddKpi from '@salesforce/label/c.Outcomes_NextAddKpi';
import nextBaselineTarget from '@salesforce/label/c.Outcomes_NextBaselineTarget';
import nextComplete from '@salesforce/label/c.Outcomes_NextComplete';
import metricsWarning from '@salesforce/label/c.Outcomes_MetricsWarning';
import promptsHeading from '@salesforce/label/c.Outcomes_PromptsHeading';
import addGoalFor from '@salesforce/label/c.Outcomes_AddGoalFor';
import goalsHeading from '@salesforce/label/c.Outcomes_GoalsHeading';
import companyGoals from '@salesforce/label/c.Outcomes_CompanyGoals';
import noStakeholderGoals from '@salesforce/label/c.Outcomes_NoStakeholderGoals';
import contactNotVisible from '@salesforce/label/c.Outcomes_ContactNotVisible';
import noGoals from '@salesforce/label/c.Outcomes_NoGoals';
import noKpis from '@salesforce/label/c.Outcomes_NoKpis';
import addGoal from '@salesforce/label/c.Outcomes_AddGoal';
import editGoalNamed from '@salesforce/label/c.Outcomes_EditGoalNamed';
import addKpiTo from '@salesforce/label/c.Outcomes_AddKpiTo';
import addKpi from '@salesforce/label/c.Outcomes_AddKpi';
import editKpiNamed from '@salesforce/label/c.Outcomes_EditKpiNamed';
import showAllGoals from '@salesforce/label/c.Outcomes_ShowAllGoals';
import showFewerGoals from '@salesforce/label/c.Outcomes_ShowFewerGoals';
import loadMore from '@salesforce/label/c.Outcomes_LoadMore';
import moreNotLoaded from '@salesforce/label/c.Outcomes_MoreNotLoaded';
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
import followUpHeading from '@salesforce/label/c.Outcomes_FollowUpHeading';
import followUpOverdue from '@salesforce/label/c.Outcomes_FollowUpOverdue';
import followUpDueSoon from '@salesforce/label/c.Outcomes_FollowUpDueSoon';
import followUpNotDue from '@salesforce/label/c.Outcomes_FollowUpNotDue';
import followUpComplete from '@salesforce/label/c.Outcomes_FollowUpComplete';
import followUpNotApplicable from '@salesforce/label/c.Outcomes_FollowUpNotApplicable';
import dueOn from '@salesforce/label/c.Outcomes_DueOn';
import wasDueOn from '@salesforce/label/c.Outcomes_WasDueOn';
import lastCheckIn from '@salesforce/label/c.Outcomes_LastCheckIn';
import noCheckInYet from '@salesforce/label/c.Outcomes_NoCheckInYet';
import progressHeading from '@salesforce/label/c.Outcomes_ProgressHeading';
import checkInsHeading from '@salesforce/label/c.Outcomes_CheckInsHeading';
import noCheckIns from '@salesforce/label/c.Outcomes_NoCheckIns';
import checkInCount from '@salesforce/label/c.Outcomes_CheckInCount';
import checkInWith from '@salesforce/label/c.Outcomes_CheckInWith';
import checkInTitle from '@salesforce/label/c.Outcomes_CheckInTitle';
import logCheckIn from '@salesforce/label/c.Outcomes_LogCheckIn';
import markComplete from '@salesforce/label/c.Outcomes_MarkComplete';
import markCompleteConfirm from '@salesforce/label/c.Outcomes_MarkCompleteConfirm';
import confirm from '@salesforce/label/c.Outcomes_Confirm';
import cancel from '@salesforce/label/c.Outcomes_Cancel';
import save from '@salesforce/label/c.Outcomes_Save';
import checkInSaved from '@salesforce/label/c.Outcomes_CheckInSaved';
import followUpMarkedComplete from '@salesforce/label/c.Outcomes_FollowUpMarkedComplete';
import goalSaved from '@salesforce/label/c.Outcomes_GoalSaved';
import kpiSaved from '@salesforce/label/c.Outcomes_KpiSaved';
import markCompleteFailed from '@salesforce/label/c.Outcomes_MarkCompleteFailed';
import noAccessOpportunity from '@salesforce/label/c.Outcomes_NoAccessOpportunity';
import noAccessField from '@salesforce/label/c.Outcomes_NoAccessField';
import noAccessObject from '@salesforce/label/c.Outcomes_NoAccessObject';
import noAccessRecord from '@salesforce/label/c.Outcomes_NoAccessRecord';
import newGoalHeading from '@salesforce/label/c.Outcomes_NewGoalHeading';
import editGoalHeading from '@salesforce/label/c.Outcomes_EditGoalHeading';
import newKpiHeading from '@salesforce/label/c.Outcomes_NewKpiHeading';
import editKpiHeading from '@salesforce/label/c.Outcomes_EditKpiHeading';
import checkInHeading from '@salesforce/label/c.Outcomes_CheckInHeading';
import fieldGoalName from '@salesforce/label/c.Outcomes_FieldGoalName';
import fieldStakeholder from '@salesforce/label/c.Outcomes_FieldStakeholder';
import fieldStakeholderHelp from '@salesforce/label/c.Outcomes_FieldStakeholderHelp';
import noStakeholder from '@salesforce/label/c.Outcomes_NoStakeholder';
import fieldLevel from '@salesforce/label/c.Outcomes_FieldLevel';
import fieldCategory from '@salesforce/label/c.Outcomes_FieldCategory';
import fieldGoalStatus from '@salesforce/label/c.Outcomes_FieldGoalStatus';
import fieldWhyItMatters from '@salesforce/label/c.Outcomes_FieldWhyItMatters';
import fieldCostOfInaction from '@salesforce/label/c.Outcomes_FieldCostOfInaction';
import fieldCostHelp from '@salesforce/label/c.Outcomes_FieldCostHelp';
import fieldTargetDate from '@salesforce/label/c.Outcomes_FieldTargetDate';
import fieldKpiName from '@salesforce/label/c.Outcomes_FieldKpiName';
import fieldUnit from '@salesforce/label/c.Outcomes_FieldUnit';
import fieldUnitHelp from '@salesforce/label/c.Outcomes_FieldUnitHelp';
import fieldDirection from '@salesforce/label/c.Outcomes_FieldDirection';
import fieldBaselineValue from '@salesforce/label/c.Outcomes_FieldBaselineValue';
import fieldBaselineDate from '@salesforce/label/c.Outcomes_FieldBaselineDate';
import fieldTargetValue from '@salesforce/label/c.Outcomes_FieldTargetValue';
import fieldKpiTargetDate from '@salesforce/label/c.Outcomes_FieldKpiTargetDate';
import fieldSource from '@salesforce/label/c.Outcomes_FieldSource';
import fieldCheckInDate from '@salesforce/label/c.Outcomes_FieldCheckInDate';
import fieldType from '@salesforce/label/c.Outcomes_FieldType';
import fieldCustomerContact from '@salesforce/label/c.Outcomes_FieldCustomerContact';
import fieldImplementationStatus from '@salesforce/label/c.Outcomes_FieldImplementationStatus';
import fieldSentiment from '@salesforce/label/c.Outcomes_FieldSentiment';
import fieldSummary from '@salesforce/label/c.Outcomes_FieldSummary';
import fieldNextStep from '@salesforce/label/c.Outcomes_FieldNextStep';
import fieldNextCheckInDate from '@salesforce/label/c.Outcomes_FieldNextCheckInDate';
import readingsHeading from '@salesforce/label/c.Outcomes_ReadingsHeading';
import readingsHelp from '@salesforce/label/c.Outcomes_ReadingsHelp';
import fieldReading from '@salesforce/label/c.Outcomes_FieldReading';
import fieldConfirmed from '@salesforce/label/c.Outcomes_FieldConfirmed';
import noneOption from '@salesforce/label/c.Outcomes_NoneOption';
import errRequired from '@salesforce/label/c.Outcomes_ErrRequired';
import errNotNumber from '@salesforce/label/c.Outcomes_ErrNotNumber';
import errDecimals from '@salesforce/label/c.Outcomes_ErrDecimals';
import errTooLarge from '@salesforce/label/c.Outcomes_ErrTooLarge';
import errNegative from '@salesforce/label/c.Outcomes_ErrNegative';
import errNotExact from '@salesforce/label/c.Outcomes_ErrNotExact';
import errTooLong from '@salesforce/label/c.Outcomes_ErrTooLong';
import errInvalidDate from '@salesforce/label/c.Outcomes_ErrInvalidDate';
import errFixFields from '@salesforce/label/c.Outcomes_ErrFixFields';
import errNotSaved from '@salesforce/label/c.Outcomes_ErrNotSaved';
import errCheckInFuture from '@salesforce/label/c.Outcomes_ErrCheckInFuture';
import errNextCheckInAfter from '@salesforce/label/c.Outcomes_ErrNextCheckInAfter';
import errMeasuredFuture from '@salesforce/label/c.Outcomes_ErrMeasuredFuture';
import errBaselineDate from '@salesforce/label/c.Outcomes_ErrBaselineDate';
import errTargetDate from '@salesforce/label/c.Outcomes_ErrTargetDate';
import errTargetEqualsBaseline from '@salesforce/label/c.Outcomes_ErrTargetEqualsBaseline';
import errIncreaseTarget from '@salesforce/label/c.Outcomes_ErrIncreaseTarget';
import errDecreaseTarget from '@salesforce/label/c.Outcomes_ErrDecreaseTarget';
import errTargetDateAfter from '@salesforce/label/c.Outcomes_ErrTargetDateAfter';
import errStakeholder from '@salesforce/label/c.Outcomes_ErrStakeholder';
import levelCompany from '@salesforce/label/c.Outcomes_LevelCompany';
import levelDepartment from '@salesforce/label/c.Outcomes_LevelDepartment';
import levelIndividual from '@salesforce/label/c.Outcomes_LevelIndividual';
import categoryRevenue from '@salesforce/label/c.Outcomes_CategoryRevenue';
import categoryCost from '@salesforce/label/c.Outcomes_CategoryCost';
import categoryProductivity from '@salesforce/label/c.Outcomes_CategoryProductivity';
import categoryRisk from '@salesforce/label/c.Outcomes_CategoryRisk';
import categoryExperience from '@salesforce/label/c.Outcomes_CategoryExperience';
import categoryOther from '@salesforce/label/c.Outcomes_CategoryOther';
import goalProposed from '@salesforce/label/c.Outcomes_GoalProposed';
import goalConfirmed from '@salesforce/label/c.Outcomes_GoalConfirmed';
import goalInProgress from '@salesforce/label/c.Outcomes_GoalInProgress';
import goalAchieved from '@salesforce/label/c.Outcomes_GoalAchieved';
import goalMissed from '@salesforce/label/c.Outcomes_GoalMissed';
import goalAbandoned from '@salesforce/label/c.Outcomes_GoalAbandoned';
import optionIncrease from '@salesforce/label/c.Outcomes_OptionIncrease';
import optionDecrease from '@salesforce/label/c.Outcomes_OptionDecrease';
import sourceCustomerReport from '@salesforce/label/c.Outcomes_SourceCustomerReport';
import sourceSystemData from '@salesforce/label/c.Outcomes_SourceSystemData';
import sourceSurvey from '@salesforce/label/c.Outcomes_SourceSurvey';
import sourceInvoice from '@salesforce/label/c.Outcomes_SourceInvoice';
import sourceOther from '@salesforce/label/c.Outcomes_SourceOther';
import typeCall from '@salesforce/label/c.Outcomes_TypeCall';
import typeMeeting from '@salesforce/label/c.Outcomes_TypeMeeting';
import typeBusinessReview from '@salesforce/label/c.Outcomes_TypeBusinessReview';
import typeEmail from '@salesforce/label/c.Outcomes_TypeEmail';
import typeSiteVisit from '@salesforce/label/c.Outcomes_TypeSiteVisit';
import implNotStarted from '@salesforce/label/c.Outcomes_ImplNotStarted';
import implOnTrack from '@salesforce/label/c.Outcomes_ImplOnTrack';
import implAtRisk from '@salesforce/label/c.Outcomes_ImplAtRisk';
import implBlocked from '@salesforce/label/c.Outcomes_ImplBlocked';
import implLive from '@salesforce/label/c.Outcomes_ImplLive';
import sentimentPositive from '@salesforce/label/c.Outcomes_SentimentPositive';
import sentimentNeutral from '@salesforce/label/c.Outcomes_SentimentNeutral';
import sentimentConcerned from '@salesforce/label/c.Outcomes_SentimentConcerned';
import accountHeading from '@salesforce/label/c.Outcomes_AccountHeading';
import accountIntro from '@salesforce/label/c.Outcomes_AccountIntro';
import groupBy from '@salesforce/label/c.Outcomes_GroupBy';
import groupByStakeholder from '@salesforce/label/c.Outcomes_GroupByStakeholder';
import groupByGoal from '@salesforce/label/c.Outcomes_GroupByGoal';
import valueSummaryHeading from '@salesforce/label/c.Outcomes_ValueSummaryHeading';
import valueSummarySentence from '@salesforce/label/c.Outcomes_ValueSummarySentence';
import summaryGoalsAchieved from '@salesforce/label/c.Outcomes_SummaryGoalsAchieved';
import summaryPartial from '@salesforce/label/c.Outcomes_SummaryPartial';
import accountNoGoals from '@salesforce/label/c.Outcomes_AccountNoGoals';
import kpisNotLoaded from '@salesforce/label/c.Outcomes_KpisNotLoaded';
import goalsShown from '@salesforce/label/c.Outcomes_GoalsShown';
import stakeholderNamed from '@salesforce/label/c.Outcomes_StakeholderNamed';
import dealsDueHeading from '@salesforce/label/c.Outcomes_DealsDueHeading';
import noDealsDue from '@salesforce/label/c.Outcomes_NoDealsDue';
import trendLabel from '@salesforce/label/c.Outcomes_TrendLabel';
import trendLabelNoTarget from '@salesforce/label/c.Outcomes_TrendLabelNoTarget';
import recordReading from '@salesforce/label/c.Outcomes_RecordReading';
import recordReadingFor from '@salesforce/label/c.Outcomes_RecordReadingFor';
import readingHeading from '@salesforce/label/c.Outcomes_ReadingHeading';
import fieldReadingValue from '@salesforce/label/c.Outcomes_FieldReadingValue';
import fieldMeasuredOn from '@salesforce/label/c.Outcomes_FieldMeasuredOn';
import fieldReadingSource from '@salesforce/label/c.Outcomes_FieldReadingSource';
import fieldReadingConfirmed from '@salesforce/label/c.Outcomes_FieldReadingConfirmed';
import readingSaved from '@salesforce/label/c.Outcomes_ReadingSaved';
import followUpsHeading from '@salesforce/label/c.Outcomes_FollowUpsHeading';
import teamFollowUpsHeading from '@salesforce/label/c.Outcomes_TeamFollowUpsHeading';
import followUpsIntro from '@salesforce/label/c.Outcomes_FollowUpsIntro';
import allCurrent from '@salesforce/label/c.Outcomes_AllCurrent';
import daysOverdueOne from '@salesforce/label/c.Outcomes_DaysOverdueOne';
import daysOverdue from '@salesforce/label/c.Outcomes_DaysOverdue';
import dueToday from '@salesforce/label/c.Outcomes_DueToday';
import dueInOneDay from '@salesforce/label/c.Outcomes_DueInOneDay';
import dueInDays from '@salesforce/label/c.Outcomes_DueInDays';
import showMoreFollowUps from '@salesforce/label/c.Outcomes_ShowMoreFollowUps';
import followUpsShown from '@salesforce/label/c.Outcomes_FollowUpsShown';
import fieldAccount from '@salesforce/label/c.Outcomes_FieldAccount';
import fieldAmount from '@salesforce/label/c.Outcomes_FieldAmount';
import accountNotFound from '@salesforce/label/c.Outcomes_AccountNotFound';
import showMoreGoals from '@salesforce/label/c.Outcomes_ShowMoreGoals';
import trend from '@salesforce/label/c.Outcomes_Trend';
// KPI re-based after the win
import rebasedOnBy from '@salesforce/label/c.Outcomes_RebasedOnBy';
import rebasedOn from '@salesforce/label/c.Outcomes_RebasedOn';
import kpiBaselineLockedAfterWin from '@salesforce/label/c.Outcomes_KpiBaselineLockedAfterWin';
import kpiBaselineDateLockedAfterWin from '@salesforce/label/c.Outcomes_KpiBaselineDateLockedAfterWin';
import kpiTargetLockedAfterWin from '@salesforce/label/c.Outcomes_KpiTargetLockedAfterWin';
import kpiTargetDateLockedAfterWin from '@salesforce/label/c.Outcomes_KpiTargetDateLockedAfterWin';
// Completeness, what a KPI lacks, Home by rep, trend line
import peopleWithGoal from '@salesforce/label/c.Outcomes_PeopleWithGoal';
import noPeopleYet from '@salesforce/label/c.Outcomes_NoPeopleYet';
import noKpisYet from '@salesforce/label/c.Outcomes_NoKpisYet';
import openContactRoles from '@salesforce/label/c.Outcomes_OpenContactRoles';
import noKpisLost from '@salesforce/label/c.Outcomes_NoKpisLost';
import kpiNeeds from '@salesforce/label/c.Outcomes_KpiNeeds';
import needsBaseline from '@salesforce/label/c.Outcomes_NeedsBaseline';
import needsTarget from '@salesforce/label/c.Outcomes_NeedsTarget';
import needsReading from '@salesforce/label/c.Outcomes_NeedsReading';
import needsDifferentTarget from '@salesforce/label/c.Outcomes_NeedsDifferentTarget';
import completeKpi from '@salesforce/label/c.Outcomes_CompleteKpi';
import readingNeeds from '@salesforce/label/c.Outcomes_ReadingNeeds';
import fieldOwner from '@salesforce/label/c.Outcomes_FieldOwner';
import ownerUnknown from '@salesforce/label/c.Outcomes_OwnerUnknown';
import repDeals from '@salesforce/label/c.Outcomes_RepDeals';
import repDealsOne from '@salesforce/label/c.Outcomes_RepDealsOne';
import fromDeal from '@salesforce/label/c.Outcomes_FromDeal';
import trendOneReading from '@salesforce/label/c.Outcomes_TrendOneReading';
import trendReadings from '@salesforce/label/c.Outcomes_TrendReadings';
import trendNone from '@salesforce/label/c.Outcomes_TrendNone';
// Closing and reopening follow-up
import closeReasonLabel from '@salesforce/label/c.Outcomes_CloseReasonLabel';
import closeReasonPlaceholder from '@salesforce/label/c.Outcomes_CloseReasonPlaceholder';
import markCompleteNoCheckIn from '@salesforce/label/c.Outcomes_MarkCompleteNoCheckIn';
import reopenFollowUp from '@salesforce/label/c.Outcomes_ReopenFollowUp';
import followUpReopened from '@salesforce/label/c.Outcomes_FollowUpReopened';
import reopenFailed from '@salesforce/label/c.Outcomes_ReopenFailed';
import closedWithoutCheckIn from '@salesforce/label/c.Outcomes_ClosedWithoutCheckIn';
import wonWithFutureCloseDate from '@salesforce/label/c.Outcomes_WonWithFutureCloseDate';
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
    loading,
    saving,
    loadError,
    unknownError,
    formLoadFailed,
    goalChangedElsewhere,
    kpiChangedElsewhere,
    goalDeletedElsewhere,
    kpiDeletedElsewhere,
    retry,
    warningPrefix,
    errorPrefix,
    completenessHeading,
    kpisMeasurable,
    nextStepHeading,
    nextAskPerson,
    personWithTitle,
    nextFirstGoal,
    nextAddContactRoles,
    nextAddKpi,
    nextBaselineTarget,
    nextComplete,
    metricsWarning,
    promptsHeading,
    addGoalFor,
    goalsHeading,
    companyGoals,
    noStakeholderGoals,
    contactNotVisible,
    noGoals,
    noKpis,
    addGoal,
    editGoalNamed,
    addKpiTo,
    addKpi,
    editKpiNamed,
    showAllGoals,
    showFewerGoals,
    loadMore,
    moreNotLoaded,
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
    followUpHeading,
    followUpOverdue,
    followUpDueSoon,
    followUpNotDue,
    followUpComplete,
    followUpNotApplicable,
    dueOn,
    wasDueOn,
    lastCheckIn,
    noCheckInYet,
    progressHeading,
    checkInsHeading,
    noCheckIns,
    checkInCount,
    checkInWith,
    checkInTitle,
    logCheckIn,
    markComplete,
    markCompleteConfirm,
    confirm,
    cancel,
    save,
    checkInSaved,
    followUpMarkedComplete,
    goalSaved,
    kpiSaved,
    markCompleteFailed,
    noAccessOpportunity,
    noAccessField,
    noAccessObject,
    noAccessRecord,
    newGoalHeading,
    editGoalHeading,
    newKpiHeading,
    editKpiHeading,
    checkInHeading,
    fieldGoalName,
    fieldStakeholder,
    fieldStakeholderHelp,
    noStakeholder,
    fieldLevel,
    fieldCategory,
    fieldGoalStatus,
    fieldWhyItMatters,
    fieldCostOfInaction,
    fieldCostHelp,
    fieldTargetDate,
    fieldKpiName,
    fieldUnit,
    fieldUnitHelp,
    fieldDirection,
    fieldBaselineValue,
    fieldBaselineDate,
    fieldTargetValue,
    fieldKpiTargetDate,
    fieldSource,
    fieldCheckInDate,
    fieldType,
    fieldCustomerContact,
    fieldImplementationStatus,
    fieldSentiment,
    fieldSummary,
    fieldNextStep,
    fieldNextCheckInDate,
    readingsHeading,
    readingsHelp,
    fieldReading,
    fieldConfirmed,
    noneOption,
    errRequired,
    errNotNumber,
    errDecimals,
    errTooLarge,
    errNegative,
    errNotExact,
    errTooLong,
    errInvalidDate,
    errFixFields,
    errNotSaved,
    errCheckInFuture,
    errNextCheckInAfter,
    errMeasuredFuture,
    errBaselineDate,
    errTargetDate,
    errTargetEqualsBaseline,
    errIncreaseTarget,
    errDecreaseTarget,
    errTargetDateAfter,
    errStakeholder,
    levelCompany,
    levelDepartment,
    levelIndividual,
    categoryRevenue,
    categoryCost,
    categoryProductivity,
    categoryRisk,
    categoryExperience,
    categoryOther,
    goalProposed,
    goalConfirmed,
    goalInProgress,
    goalAchieved,
    goalMissed,
    goalAbandoned,
    optionIncrease,
    optionDecrease,
    sourceCustomerReport,
    sourceSystemData,
    sourceSurvey,
    sourceInvoice,
    sourceOther,
    typeCall,
    typeMeeting,
    typeBusinessReview,
    typeEmail,
    typeSiteVisit,
    implNotStarted,
    implOnTrack,
    implAtRisk,
    implBlocked,
    implLive,
    sentimentPositive,
    sentimentNeutral,
    sentimentConcerned,
    accountHeading,
    accountIntro,
    groupBy,
    groupByStakeholder,
    groupByGoal,
    valueSummaryHeading,
    valueSummarySentence,
    summaryGoalsAchieved,
    summaryPartial,
    accountNoGoals,
    kpisNotLoaded,
    goalsShown,
    stakeholderNamed,
    dealsDueHeading,
    noDealsDue,
    trendLabel,
    trendLabelNoTarget,
    recordReading,
    recordReadingFor,
    readingHeading,
    fieldReadingValue,
    fieldMeasuredOn,
    fieldReadingSource,
    fieldReadingConfirmed,
    readingSaved,
    followUpsHeading,
    teamFollowUpsHeading,
    followUpsIntro,
    allCurrent,
    daysOverdueOne,
    daysOverdue,
    dueToday,
    dueInOneDay,
    dueInDays,
    showMoreFollowUps,
    followUpsShown,
    fieldAccount,
    fieldAmount,
    accountNotFound,
    showMoreGoals,
    trend,
    // KPI re-based after the win
    rebasedOnBy,
    rebasedOn,
    kpiBaselineLockedAfterWin,
    kpiBaselineDateLockedAfterWin,
    kpiTargetLockedAfterWin,
    kpiTargetDateLockedAfterWin,
    // Completeness, what a KPI lacks, Home by rep, trend line
    peopleWithGoal,
    noPeopleYet,
    noKpisYet,
    openContactRoles,
    noKpisLost,
    kpiNeeds,
    needsBaseline,
    needsTarget,
    needsReading,
    needsDifferentTarget,
    completeKpi,
    readingNeeds,
    fieldOwner,
    ownerUnknown,
    repDeals,
    repDealsOne,
    fromDeal,
    trendOneReading,
    trendReadings,
    trendNone,
    // Closing and reopening follow-up
    closeReasonLabel,
    closeReasonPlaceholder,
    markCompleteNoCheckIn,
    reopenFollowUp,
    followUpReopened,
    reopenFailed,
    closedWithoutCheckIn,
    wonWithFutureCloseDate,
    followUpCompleteDialog,
    closeReasonRequired
});

export default LABELS;
