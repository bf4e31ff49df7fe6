// Generated from the .ts beside it by `npm run build`. Edit the TypeScript source, not this file.
// Generated from force-app/main/default/labels/CustomLabels.labels-meta.xml (labels of category CustomerOutcomesForms)
// by scripts/generate-label-modules.ts: do not edit. Run `npm run labels` after changing the labels.
import saving from '@salesforce/label/c.Outcomes_Saving';
import save from '@salesforce/label/c.Outcomes_Save';
import newGoalHeading from '@salesforce/label/c.Outcomes_NewGoalHeading';
import editGoalHeading from '@salesforce/label/c.Outcomes_EditGoalHeading';
import newKpiHeading from '@salesforce/label/c.Outcomes_NewKpiHeading';
import editKpiHeading from '@salesforce/label/c.Outcomes_EditKpiHeading';
import checkInHeading from '@salesforce/label/c.Outcomes_CheckInHeading';
import readingsHeading from '@salesforce/label/c.Outcomes_ReadingsHeading';
import readingsHelp from '@salesforce/label/c.Outcomes_ReadingsHelp';
import fieldReading from '@salesforce/label/c.Outcomes_FieldReading';
import fieldConfirmed from '@salesforce/label/c.Outcomes_FieldConfirmed';
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
import readingHeading from '@salesforce/label/c.Outcomes_ReadingHeading';
import kpiBaselineLockedAfterWin from '@salesforce/label/c.Outcomes_KpiBaselineLockedAfterWin';
import kpiBaselineDateLockedAfterWin from '@salesforce/label/c.Outcomes_KpiBaselineDateLockedAfterWin';
import kpiTargetLockedAfterWin from '@salesforce/label/c.Outcomes_KpiTargetLockedAfterWin';
import kpiTargetDateLockedAfterWin from '@salesforce/label/c.Outcomes_KpiTargetDateLockedAfterWin';
import readingNeeds from '@salesforce/label/c.Outcomes_ReadingNeeds';
import formLoading from '@salesforce/label/c.Outcomes_FormLoading';
import formFieldsFailed from '@salesforce/label/c.Outcomes_FormFieldsFailed';
const LABELS = Object.freeze({
    saving,
    save,
    newGoalHeading,
    editGoalHeading,
    newKpiHeading,
    editKpiHeading,
    checkInHeading,
    readingsHeading,
    readingsHelp,
    fieldReading,
    fieldConfirmed,
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
    readingHeading,
    kpiBaselineLockedAfterWin,
    kpiBaselineDateLockedAfterWin,
    kpiTargetLockedAfterWin,
    kpiTargetDateLockedAfterWin,
    readingNeeds,
    formLoading,
    formFieldsFailed
});
export default LABELS;
