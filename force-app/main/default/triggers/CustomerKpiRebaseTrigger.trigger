/**
 * Records who re-based a Customer KPI after its deal was won, and when. All logic lives in
 * CustomerKpiRebaseTriggerHandler.
 */
trigger CustomerKpiRebaseTrigger on Customer_KPI__c(before update) {
    CustomerKpiRebaseTriggerHandler.handle(Trigger.new, Trigger.oldMap);
}
