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
import fieldGoalName from '@salesforce/label/c.Outcomes_FieldGoalName';
import fieldStakeholder from '@salesforce/label/c.Outcomes_FieldStakeholder';
import fieldStakeholderHelp from '@salesforce/label/c.Outcomes_FieldStakeholderHelp';
import fieldWhyItMatters from '@salesforce/label/c.Outcomes_FieldWhyItMatters';
import fieldCostHelp from '@salesforce/label/c.Outcomes_FieldCostHelp';
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
import fieldSummary from '@salesforce/label/c.Outcomes_FieldSummary';
import fieldNextCheckInDate from '@salesforce/label/c.Outcomes_FieldNextCheckInDate';
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
import fieldReadingValue from '@salesforce/label/c.Outcomes_FieldReadingValue';
import fieldMeasuredOn from '@salesforce/label/c.Outcomes_FieldMeasuredOn';
import fieldReadingSource from '@salesforce/label/c.Outcomes_FieldReadingSource';
import fieldReadingConfirmed from '@salesforce/label/c.Outcomes_FieldReadingConfirmed';
import kpiBaselineLockedAfterWin from '@salesforce/label/c.Outcomes_KpiBaselineLockedAfterWin';
import kpiBaselineDateLockedAfterWin from '@salesforce/label/c.Outcomes_KpiBaselineDateLockedAfterWin';
import kpiTargetLockedAfterWin from '@salesforce/label/c.Outcomes_KpiTargetLockedAfterWin';
import kpiTargetDateLockedAfterWin from '@salesforce/label/c.Outcomes_KpiTargetDateLockedAfterWin';
import readingNeeds from '@salesforce/label/c.Outcomes_ReadingNeeds';
const LABELS = Object.freeze({
    saving,
    save,
    newGoalHeading,
    editGoalHeading,
    newKpiHeading,
    editKpiHeading,
    checkInHeading,
    fieldGoalName,
    fieldStakeholder,
    fieldStakeholderHelp,
    fieldWhyItMatters,
    fieldCostHelp,
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
    fieldSummary,
    fieldNextCheckInDate,
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
    fieldReadingValue,
    fieldMeasuredOn,
    fieldReadingSource,
    fieldReadingConfirmed,
    kpiBaselineLockedAfterWin,
    kpiBaselineDateLockedAfterWin,
    kpiTargetLockedAfterWin,
    kpiTargetDateLockedAfterWin,
    readingNeeds
});
export default LABELS;
