import type { ResolvedWrite } from './recordWriter';
import type { RecordTable } from './recordTable';
import type { FieldValue, StoredRecord } from '../../../core/records';

/**
 * The package's CustomerKpiRebaseTrigger, mirrored (before update of Customer_KPI__c): when the
 * baseline or target (value or date) of a KPI changes while its originating deal
 * (Customer_Goal__c.Originating_Opportunity__c) is won, the KPI records the day and the user:
 * Rebased_On__c = today, Rebased_By__c = the running user. Like a before trigger it runs before
 * the validation rules, so a change they refuse stamps nothing (nothing is written). Inserts are
 * never stamped (a KPI added after the win is not a re-base).
 */

const REBASE_OBJECT = 'Customer_KPI__c';
/** The fields whose change after the win is a re-base (same list as CustomerKpiRebaseTriggerHandler.WATCHED). */
export const REBASE_WATCHED = ['Baseline_Value__c', 'Target_Value__c', 'Baseline_Date__c', 'Target_Date__c'] as const;

function same(a: FieldValue | undefined, b: FieldValue | undefined): boolean {
    return (a ?? null) === (b ?? null);
}

/** Is the KPI's originating deal (through its goal) won now? */
function originatingDealWon(table: RecordTable, kpi: Record<string, FieldValue>): boolean {
    const goalId = kpi.Customer_Goal__c;
    const goal = typeof goalId === 'string' ? table.get(goalId)?.record : undefined;
    const dealId = goal?.Originating_Opportunity__c;
    const deal = typeof dealId === 'string' ? table.get(dealId)?.record : undefined;
    return deal?.IsWon === true;
}

/** Stamps `next` in place when the write re-bases a KPI of a won deal; true when it did. */
export function stampRebase(
    write: Pick<ResolvedWrite, 'object' | 'today'>,
    next: Record<string, FieldValue>,
    prior: StoredRecord | null,
    table: RecordTable,
    userId: string
): boolean {
    if (!prior || write.object.apiName !== REBASE_OBJECT) return false;
    if (!write.object.fieldMap.has('rebased_on__c') || !write.object.fieldMap.has('rebased_by__c')) return false;
    if (REBASE_WATCHED.every((field) => same(next[field], prior[field]))) return false;
    if (!originatingDealWon(table, next)) return false;
    next.Rebased_On__c = write.today;
    next.Rebased_By__c = userId || null;
    return true;
}
