/**
 * The standard Opportunity stages of a new org's default sales process (Setup > Opportunity
 * Stages: the OpportunityStage records behind the StageName picklist), with the defaults each
 * stage gives a deal. No file in force-app describes them (the package does not ship a
 * StandardValueSet), so this is the one place tooling reads them from: the model's StageName
 * picklist (project.ts), the preview store's stage behaviour, the data generators and the Apex
 * case-test generator. An org whose admin changed its stages differs; the package itself reads
 * IsWon/IsClosed, never stage names.
 */

export interface OpportunityStage {
    name: string;
    /** Default Probability (%) a deal takes when it moves to this stage. */
    probability: number;
    forecastCategory: 'Pipeline' | 'Best Case' | 'Commit' | 'Closed' | 'Omitted';
    closed: boolean;
    won: boolean;
}

export const OPPORTUNITY_STAGES: readonly OpportunityStage[] = [
    { name: 'Prospecting', probability: 10, forecastCategory: 'Pipeline', closed: false, won: false },
    { name: 'Qualification', probability: 10, forecastCategory: 'Pipeline', closed: false, won: false },
    { name: 'Needs Analysis', probability: 20, forecastCategory: 'Pipeline', closed: false, won: false },
    { name: 'Value Proposition', probability: 50, forecastCategory: 'Pipeline', closed: false, won: false },
    { name: 'Id. Decision Makers', probability: 60, forecastCategory: 'Pipeline', closed: false, won: false },
    { name: 'Perception Analysis', probability: 70, forecastCategory: 'Pipeline', closed: false, won: false },
    { name: 'Proposal/Price Quote', probability: 75, forecastCategory: 'Pipeline', closed: false, won: false },
    { name: 'Negotiation/Review', probability: 90, forecastCategory: 'Pipeline', closed: false, won: false },
    { name: 'Closed Won', probability: 100, forecastCategory: 'Closed', closed: true, won: true },
    { name: 'Closed Lost', probability: 0, forecastCategory: 'Omitted', closed: true, won: false }
];

const BY_NAME = new Map(OPPORTUNITY_STAGES.map((s) => [s.name, s]));

/** The stage of that name; undefined when the default sales process has none. */
export function opportunityStage(name: string): OpportunityStage | undefined {
    return BY_NAME.get(name);
}

function only(match: (s: OpportunityStage) => boolean): string {
    const found = OPPORTUNITY_STAGES.filter(match);
    if (found.length !== 1 || !found[0]) throw new Error(`expected one such stage, found ${found.length}`);
    return found[0].name;
}

/** Open stages, in sales-process order. */
export const OPEN_STAGES: readonly string[] = OPPORTUNITY_STAGES.filter((s) => !s.closed).map((s) => s.name);
/** The default process's one won stage ("Closed Won") and one lost stage ("Closed Lost"). */
export const WON_STAGE = only((s) => s.won);
export const LOST_STAGE = only((s) => s.closed && !s.won);

/** Whether a stage is won (undefined: not a stage of the default sales process). */
export function isWonStage(name: string): boolean | undefined {
    return opportunityStage(name)?.won;
}
