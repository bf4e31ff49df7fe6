/**
 * Records the day each deal became won (Opportunity.Won_On__c), whatever channel saved it, so that
 * post-close follow-up counts from the win rather than from a Close Date reps rarely update. All
 * logic lives in OpportunityFollowUpTriggerHandler.
 */
trigger OpportunityFollowUpTrigger on Opportunity(before insert, before update) {
    OpportunityFollowUpTriggerHandler.handle(Trigger.operationType, Trigger.new, Trigger.old);
}
