import { opportunityStage } from '../../../core/metadata/opportunity-stages';
import type { FieldValue } from '../../../core/records';

/**
 * Behaviours the org gives standard objects that no metadata in force-app describes. Everything
 * else in the store is driven by the object and field XML.
 */

/**
 * Opportunity: IsWon/IsClosed always follow the stage; Probability and ForecastCategoryName take
 * the stage's defaults when the stage changes, unless the same write sets them.
 */
function applyOpportunityStage(next: Record<string, FieldValue>, prior: Record<string, FieldValue> | null, written: Set<string>): void {
    const stage = typeof next.StageName === 'string' ? opportunityStage(next.StageName) : undefined;
    if (!stage) return;
    next.IsWon = stage.won;
    next.IsClosed = stage.closed;
    const stageChanged = !prior || prior.StageName !== next.StageName;
    if (stageChanged && !written.has('Probability')) next.Probability = stage.probability;
    if (stageChanged && !written.has('ForecastCategoryName')) next.ForecastCategoryName = stage.forecastCategory;
}

/** Contact and User: Name is FirstName + ' ' + LastName (a compound, read-only name). */
function applyCompoundName(next: Record<string, FieldValue>): void {
    const parts = [next.FirstName, next.LastName].filter((p): p is string => typeof p === 'string' && p !== '');
    next.Name = parts.length ? parts.join(' ') : null;
}

export interface StandardBehaviour {
    /** Called after the written values are merged, before checks; sets fields the platform derives. */
    derive?(next: Record<string, FieldValue>, prior: Record<string, FieldValue> | null, written: Set<string>): void;
}

export function standardBehaviour(objectApiName: string, hasCompoundName: boolean): StandardBehaviour {
    if (objectApiName === 'Opportunity') return { derive: applyOpportunityStage };
    if (hasCompoundName) return { derive: (next) => applyCompoundName(next) };
    return {};
}

/**
 * Standard lookups whose parent's deletion deletes the child in the org (deleting an Account
 * deletes its contacts and opportunities; contact roles go with their opportunity or contact).
 * Other standard lookups are cleared, as custom lookups with deleteConstraint SetNull are.
 */
const STANDARD_CASCADES = new Set([
    'contact.accountid',
    'opportunity.accountid',
    'opportunitycontactrole.opportunityid',
    'opportunitycontactrole.contactid'
]);

export function standardLookupCascades(objectApiName: string, fieldApiName: string): boolean {
    return STANDARD_CASCADES.has(`${objectApiName}.${fieldApiName}`.toLowerCase());
}
