import type { FieldValue } from './types';

/**
 * Behaviours the org gives standard objects that no metadata in force-app describes. Everything
 * else in the store is driven by the object and field XML.
 */

interface StageDefaults {
    probability: number;
    forecastCategory: string;
    won: boolean;
    closed: boolean;
}

/** The org's default sales process (Setup > Opportunity Stages). */
const OPPORTUNITY_STAGES: Record<string, StageDefaults> = {
    Prospecting: { probability: 10, forecastCategory: 'Pipeline', won: false, closed: false },
    Qualification: { probability: 10, forecastCategory: 'Pipeline', won: false, closed: false },
    'Needs Analysis': { probability: 20, forecastCategory: 'Pipeline', won: false, closed: false },
    'Value Proposition': { probability: 50, forecastCategory: 'Pipeline', won: false, closed: false },
    'Id. Decision Makers': { probability: 60, forecastCategory: 'Pipeline', won: false, closed: false },
    'Perception Analysis': { probability: 70, forecastCategory: 'Pipeline', won: false, closed: false },
    'Proposal/Price Quote': { probability: 75, forecastCategory: 'Pipeline', won: false, closed: false },
    'Negotiation/Review': { probability: 90, forecastCategory: 'Pipeline', won: false, closed: false },
    'Closed Won': { probability: 100, forecastCategory: 'Closed', won: true, closed: true },
    'Closed Lost': { probability: 0, forecastCategory: 'Omitted', won: false, closed: true }
};

/** Whether a stage of the org's default sales process is a won stage (undefined: not a stage the preview knows). */
export function isWonStage(stageName: string): boolean | undefined {
    return OPPORTUNITY_STAGES[stageName]?.won;
}

/**
 * Opportunity: IsWon/IsClosed always follow the stage; Probability and ForecastCategoryName take
 * the stage's defaults when the stage changes, unless the same write sets them.
 */
function applyOpportunityStage(next: Record<string, FieldValue>, prior: Record<string, FieldValue> | null, written: Set<string>): void {
    const stage = typeof next.StageName === 'string' ? OPPORTUNITY_STAGES[next.StageName] : undefined;
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
