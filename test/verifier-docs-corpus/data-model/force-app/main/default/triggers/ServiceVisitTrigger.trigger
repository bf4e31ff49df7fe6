trigger ServiceVisitTrigger on Service_Visit__c (after update) {
    List<Visit_Closed__e> events = new List<Visit_Closed__e>();
    for (Service_Visit__c visit : Trigger.new) {
        Service_Visit__c before = Trigger.oldMap.get(visit.Id);
        if (visit.Status__c == 'Completed' && before.Status__c != 'Completed') {
            events.add(new Visit_Closed__e(Visit_Id__c = visit.Id));
        }
    }
    if (!events.isEmpty()) {
        EventBus.publish(events);
    }
}
