import { stampRebase } from './kpiRebaseRule';
import { fieldOf, type ObjectMeta } from './objectMeta';
import type { RecordTable } from './recordTable';
import type { ResolvedWrite } from './recordWriter';
import type { FieldValue, StoredRecord } from '../../../core/records';

/**
 * The package's before-save Apex, mirrored: OpportunityFollowUpTrigger +
 * OpportunityFollowUpTriggerHandler stamp Opportunity.Won_On__c with today when a deal becomes won
 * (inserted won, or its stage moves from a not-won to a won stage), keep it while the deal stays
 * won, and clear it when the deal stops being won. The field belongs to the package: a value
 * written by anyone is replaced, as the Apex does. Runs after the platform's stage defaults
 * (IsWon follows StageName, standardBehaviours.ts) and before validation rules, in every mode.
 * Both sides are tested against core/cases/won-on.json.
 */

export interface WonOnInput {
    /** Whether the saved record's stage is a won stage. */
    wonNow: boolean;
    /** Whether the record's stage before the save was a won stage; null on insert. */
    wonBefore: boolean | null;
    /** Won_On__c before the save; null on insert. */
    wonOnBefore: string | null;
    today: string;
}

/** Won_On__c after the save: the rule the Apex handler's stamp() implements. */
export function wonOnAfterSave(input: WonOnInput): string | null {
    if (!input.wonNow) return null;
    if (input.wonBefore === true) return input.wonOnBefore;
    return input.today;
}

/** Won_On__c of the Opportunity about to be saved (`next`, merged with the written values), set in place. */
function stampWonOn(object: ObjectMeta, next: Record<string, FieldValue>, prior: Record<string, FieldValue> | null, today: string): void {
    if (object.apiName !== 'Opportunity') return;
    const wonOn = fieldOf(object, 'Won_On__c');
    if (!wonOn) return;
    const value = wonOnAfterSave({
        wonNow: next.IsWon === true,
        wonBefore: prior ? prior.IsWon === true : null,
        wonOnBefore: prior ? ((prior[wonOn.apiName] as string | null | undefined) ?? null) : null,
        today
    });
    next[wonOn.apiName] = value;
}

/**
 * The package's before-save Apex twins, the one place the store's writer calls: Won_On__c
 * (OpportunityFollowUpTrigger) and the KPI re-base stamp (CustomerKpiRebaseTrigger, kpiRebaseRule.ts).
 * Each changes `next` in place, before the validation rules run.
 */
export function applyBeforeSave(
    write: Pick<ResolvedWrite, 'object' | 'today'>,
    next: Record<string, FieldValue>,
    prior: StoredRecord | null,
    table: RecordTable,
    userId: string
): void {
    stampWonOn(write.object, next, prior, write.today);
    stampRebase(write, next, prior, table, userId);
}
