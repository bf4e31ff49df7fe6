/**
 * Keeps each Customer KPI's current value in step with its latest measurement, whatever channel
 * wrote the measurement. All logic lives in KpiMeasurementTriggerHandler.
 */
trigger KpiMeasurementTrigger on KPI_Measurement__c(after insert, after update, after delete, after undelete) {
    KpiMeasurementTriggerHandler.handle(Trigger.operationType, Trigger.new, Trigger.old);
}
