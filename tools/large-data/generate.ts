/**
 * Deterministic large data sets for the benchmark (bench/) and for tests: accounts with contacts,
 * opportunities across every stage (owned by a team of reps, the running user among them),
 * contact roles, customer goals at every level, KPIs in both directions with baselines and
 * targets, dated measurements and post-close check-ins. Everything is valid against the
 * package's validation rules and lookup filters, and dates are relative to `today` (no reading
 * or check-in in the future), so a set loads with zero errors whatever day it is generated.
 *
 * The same parameters (seed included) always give the same records in the same order.
 * References between records are written as in the sample plan: "@<ref>"; "@RunningUser" is the
 * store's running user.
 */
import { Prng } from './prng';
import { addDays, daysBetween } from '../../core/dates';
import { LOST_STAGE, OPEN_STAGES, WON_STAGE } from '../../core/metadata/opportunity-stages';

export type PlannedValue = string | number | boolean | null;

interface PlannedRecord {
    /** Unique within the data set; other records refer to it as "@<ref>". */
    ref: string;
    fields: Record<string, PlannedValue>;
}

interface PlannedObject {
    sobject: string;
    records: PlannedRecord[];
}

/** One account much larger than the rest: what a big customer looks like on the Account panel. */
export interface LargeAccountShape {
    goals: number;
    kpis: number;
    measurements: number;
    opportunities: number;
    contacts: number;
    /** Goals whose Originating Opportunity is one won deal of the account (the "large deal"). */
    dealGoals: number;
}

export interface LargeDataParams {
    seed: number;
    /** YYYY-MM-DD: every date is relative to it, and none of the "already happened" dates is after it. */
    today: string;
    accounts: number;
    opportunitiesPerAccount: number;
    contactsPerAccount: number;
    goalsPerAccount: number;
    /** KPIs of an account, spread over its goals. */
    kpisPerAccount: number;
    measurementsPerKpi: number;
    /** Accounts (and their deals) are dealt round-robin to ceil(opportunities / this) reps; rep 0 is the running user. */
    opportunitiesPerRep: number;
    largeAccount?: LargeAccountShape;
}

/** Records the benchmark and tests look up by role. Values are refs (see LargeDataSet.objects). */
interface Landmarks {
    /** Ordinary accounts at evenly spread positions (5%, 15%, ... 95% of the list). */
    typicalAccounts: string[];
    /** For each typical account, one of its deals with goals (a won one when it has one). */
    typicalDeals: string[];
    largeAccount?: string;
    /** The large account's won deal that originated `dealGoals` goals. */
    largeDeal?: string;
}

export interface LargeDataSet {
    params: LargeDataParams;
    /** In load order: parents before children. */
    objects: PlannedObject[];
    landmarks: Landmarks;
}

export const RUNNING_USER_REF = 'RunningUser';
const DEFAULT_SEED = 20260615;

/** The Account panel's worst case in issue 10: 100 goals, 500 KPIs, 6,000 measurements. */
export const LARGE_ACCOUNT: Readonly<LargeAccountShape> = Object.freeze({
    goals: 100,
    kpis: 500,
    measurements: 6000,
    opportunities: 12,
    contacts: 24,
    dealGoals: 30
});

/**
 * An org of `opportunities` deals whose per-account shape does not change with size (5 deals,
 * 4 contacts, 4 goals, 10 KPIs and 50 measurements an account; 200 deals a rep): 10,000
 * opportunities give 2,000 accounts, 20,000 KPIs and 100,000 measurements. Growing the org adds
 * accounts and reps, as real orgs grow, so per-record queries should cost the same at any size.
 */
export function scaledParams(opportunities: number, today: string, seed: number = DEFAULT_SEED): LargeDataParams {
    return {
        seed,
        today,
        accounts: Math.max(1, Math.round(opportunities / 5)),
        opportunitiesPerAccount: 5,
        contactsPerAccount: 4,
        goalsPerAccount: 4,
        kpisPerAccount: 10,
        measurementsPerKpi: 5,
        opportunitiesPerRep: 200
    };
}

// ------------------------------------------------------------------------------------ values

const COMPANY_WORDS = [
    'Northgate',
    'Bluefin',
    'Harbor',
    'Summit',
    'Ironwood',
    'Lumen',
    'Cedar',
    'Vantage',
    'Granite',
    'Silverline',
    'Oakmont',
    'Redwood'
];
const COMPANY_KINDS = [
    'Logistics',
    'Health',
    'Manufacturing',
    'Retail Group',
    'Financial',
    'Foods',
    'Energy',
    'Software',
    'Hospitality',
    'Engineering'
];
const FIRST_NAMES = [
    'Avery',
    'Jordan',
    'Priya',
    'Mateo',
    'Sofia',
    'Liam',
    'Noor',
    'Chen',
    'Amara',
    'Lukas',
    'Elena',
    'Kofi',
    'Hana',
    'Diego'
];
const LAST_NAMES = ['Okafor', 'Nguyen', 'Schmidt', 'Patel', 'Rossi', 'Kim', 'Haddad', 'Moreau', 'Silva', 'Novak', 'Tanaka', 'Walsh'];
const TITLES = [
    'Chief Financial Officer',
    'Controller',
    'AP Manager',
    'AR Manager',
    'Head of Operations',
    'VP Finance',
    'Shared Services Lead'
];
const PRODUCTS = ['AP Automation', 'AR Automation', 'Expense Management', 'Close Automation', 'Spend Analytics', 'Billing Service Desk'];
const ROLES = ['Decision Maker', 'Economic Buyer', 'Evaluator', 'Executive Sponsor', 'Influencer', 'Technical Buyer', 'Business User'];
const LEVELS = ['Company', 'Department', 'Individual'] as const;
const CATEGORIES = ['Revenue growth', 'Cost reduction', 'Productivity', 'Risk and compliance', 'Customer experience', 'Other'];
const GOAL_STATUSES = ['Proposed', 'Confirmed by customer', 'In progress', 'Achieved'];
const GOAL_THEMES = [
    'Cut invoice processing cost',
    'Close the books faster',
    'Reduce days sales outstanding',
    'Raise first-contact resolution',
    'Stop late-payment penalties',
    'Automate cash application'
];
const KPI_NAMES = [
    'Cost per invoice',
    'Days to close',
    'DSO',
    'Touchless rate',
    'Late payments',
    'Matched lines',
    'Backlog',
    'Hours per report',
    'Exceptions'
];
const UNITS = ['USD', 'days', '%', 'hours', 'count'];
const SOURCES = ['Customer report', 'System data', 'Survey', 'Invoice or billing data', 'Other'];
const CHECK_IN_TYPES = ['Call', 'Meeting', 'Business review', 'Email', 'Site visit'];
const IMPLEMENTATION = ['Not started', 'On track', 'At risk', 'Blocked', 'Live'];
const SENTIMENTS = ['Positive', 'Neutral', 'Concerned'];

function pad(n: number, width: number): string {
    return String(n).padStart(width, '0');
}

function round(value: number, decimals: number): number {
    const f = 10 ** decimals;
    return Math.round(value * f) / f;
}

// ------------------------------------------------------------------------------------ builder

interface AccountPlan {
    ref: string;
    name: string;
    owner: string;
    opportunities: number;
    contacts: number;
    goals: number;
    kpis: number;
    measurements: number;
    /** Goals originating from deal 0 (0: goals spread over the deals round-robin). */
    dealGoals: number;
    large: boolean;
}

class Builder {
    readonly rng: Prng;
    readonly out = new Map<string, PlannedRecord[]>();
    private readonly refs = new Set<string>();

    constructor(readonly params: LargeDataParams) {
        this.rng = new Prng(params.seed);
        for (const sobject of [
            'User',
            'Account',
            'Contact',
            'Opportunity',
            'OpportunityContactRole',
            'Customer_Goal__c',
            'Customer_KPI__c',
            'Success_Check_In__c',
            'KPI_Measurement__c'
        ])
            this.out.set(sobject, []);
    }

    add(sobject: string, ref: string, fields: Record<string, PlannedValue>): string {
        if (this.refs.has(ref)) throw new Error(`duplicate ref ${ref}`);
        this.refs.add(ref);
        this.out.get(sobject)?.push({ ref, fields });
        return ref;
    }

    get today(): string {
        return this.params.today;
    }
}

function userRecords(b: Builder, reps: number): string[] {
    const owners = [`@${RUNNING_USER_REF}`];
    for (let r = 1; r < reps; r++) {
        const first = FIRST_NAMES[r % FIRST_NAMES.length] ?? 'Rep';
        const last = `${LAST_NAMES[r % LAST_NAMES.length] ?? 'Rep'} ${pad(r, 3)}`;
        owners.push(
            `@${b.add('User', `Rep${pad(r, 4)}`, {
                FirstName: first,
                LastName: last,
                Email: `rep${pad(r, 4)}@example.com`,
                Title: 'Account Executive'
            })}`
        );
    }
    return owners;
}

/** Deal `j` of an account: stage, close date and follow-up flag. */
function dealFields(b: Builder, plan: AccountPlan, j: number): Record<string, PlannedValue> {
    const { rng, today } = b;
    let stage: string;
    let closeDate: string;
    if (plan.large && j === 0) {
        // The large deal: won 200 days ago, last checked in 100 days ago, so follow-up is overdue.
        stage = WON_STAGE;
        closeDate = addDays(today, -200);
    } else {
        stage = rng.weighted([
            [WON_STAGE, 35],
            [LOST_STAGE, 15],
            ['open', 50]
        ]);
        if (stage === 'open') {
            stage = rng.pick(OPEN_STAGES);
            closeDate = addDays(today, rng.int(5, 200));
        } else closeDate = addDays(today, -rng.int(5, 700));
    }
    const won = stage === WON_STAGE;
    const product = PRODUCTS[(j + plan.ref.length) % PRODUCTS.length] ?? 'Automation';
    const complete = won && daysBetween(closeDate, today) > 200 && !(plan.large && j === 0) ? rng.chance(0.3) : false;
    return {
        Name: `${plan.name} - ${product} ${j + 1}`,
        AccountId: `@${plan.ref}`,
        OwnerId: plan.owner,
        StageName: stage,
        CloseDate: closeDate,
        Amount: rng.int(10, 500) * 1000,
        Type: j === 0 ? 'New Customer' : 'Existing Customer - Upgrade',
        Follow_Up_Complete__c: complete,
        // Check-ins are loaded after the deals: completing follow-up needs a reason until then (Follow_Up_Complete_Needs_Reason).
        ...(complete ? { Follow_Up_Closed_Reason__c: 'Outcome verified' } : {})
    };
}

function checkIns(b: Builder, dealRef: string, deal: Record<string, PlannedValue>, contacts: string[], large: boolean): void {
    if (deal.StageName !== WON_STAGE) return;
    const { rng, today } = b;
    const closeDate = String(deal.CloseDate);
    const dates: string[] = [];
    if (large) dates.push(addDays(today, -170), addDays(today, -100));
    else {
        const count = rng.int(0, 3);
        for (let k = 0; k < count; k++) {
            const date = addDays(closeDate, 25 + 80 * k + rng.int(0, 20));
            if (date < today) dates.push(date);
        }
    }
    dates.forEach((date, k) => {
        b.add('Success_Check_In__c', `${dealRef}C${k}`, {
            Opportunity__c: `@${dealRef}`,
            Check_In_Date__c: date,
            Type__c: rng.pick(CHECK_IN_TYPES),
            Customer_Contact__c: `@${rng.pick(contacts)}`,
            Implementation_Status__c: rng.pick(IMPLEMENTATION),
            Customer_Sentiment__c: rng.pick(SENTIMENTS),
            Summary__c: `Check-in ${k + 1}: reviewed the rollout and the readings since the last call; agreed the next step.`,
            Next_Step__c: 'Review the next month-end readings together.',
            Next_Check_In_Date__c: addDays(date, 90)
        });
    });
}

function kpiAndReadings(b: Builder, goalRef: string, index: number, measurements: number): void {
    const { rng, today } = b;
    const ref = `${goalRef}K${pad(index, 2)}`;
    const direction = rng.chance(0.5) ? 'Increase' : 'Decrease';
    const baseline = round(rng.int(20, 2000) + rng.next(), 2);
    const target = round(direction === 'Increase' ? baseline * (1.2 + rng.next() * 0.8) : baseline * (0.3 + rng.next() * 0.5), 2);
    const baselineDate = addDays(today, -rng.int(60, 400));
    const targetDate = addDays(baselineDate, rng.int(180, 540));
    b.add('Customer_KPI__c', ref, {
        Name: `${KPI_NAMES[index % KPI_NAMES.length] ?? 'KPI'} ${pad(index + 1, 2)}`,
        Customer_Goal__c: `@${goalRef}`,
        Unit__c: rng.pick(UNITS),
        Direction__c: direction,
        Baseline_Value__c: baseline,
        Baseline_Date__c: baselineDate,
        Target_Value__c: target,
        Target_Date__c: targetDate,
        Measurement_Source__c: rng.pick(SOURCES)
    });
    // Readings from just after the baseline up to today (never later), moving toward the target.
    const span = Math.max(1, daysBetween(baselineDate, today));
    const reach = 0.2 + rng.next() * 0.9;
    for (let m = 0; m < measurements; m++) {
        const share = (m + 1) / measurements;
        const noise = (rng.next() - 0.5) * 0.06 * Math.abs(target - baseline);
        b.add('KPI_Measurement__c', `${ref}M${pad(m, 3)}`, {
            Customer_KPI__c: `@${ref}`,
            Value__c: Math.max(0, round(baseline + (target - baseline) * reach * share + noise, 2)),
            Measured_On__c: addDays(baselineDate, Math.max(1, Math.round(span * share))),
            Source__c: rng.pick(SOURCES),
            Customer_Confirmed__c: rng.chance(0.6)
        });
    }
}

/** `total` split over `parts` as evenly as whole numbers allow (earlier parts take the remainder). */
function share(total: number, parts: number, index: number): number {
    return Math.floor(total / parts) + (index < total % parts ? 1 : 0);
}

function account(b: Builder, plan: AccountPlan): { dealRefs: string[]; dealsWithGoals: Set<string> } {
    const { rng, today } = b;
    b.add('Account', plan.ref, {
        Name: plan.name,
        OwnerId: plan.owner,
        Type: 'Customer - Direct',
        Industry: rng.pick(['Transportation', 'Healthcare', 'Manufacturing', 'Retail', 'Financial Services']),
        NumberOfEmployees: rng.int(50, 20000),
        BillingCountry: 'United States'
    });
    const contacts: string[] = [];
    for (let c = 0; c < plan.contacts; c++) {
        const first = rng.pick(FIRST_NAMES);
        const last = rng.pick(LAST_NAMES);
        contacts.push(
            b.add('Contact', `${plan.ref}P${pad(c, 2)}`, {
                FirstName: first,
                LastName: last,
                Title: rng.pick(TITLES),
                Email: `${first}.${last}.${plan.ref}.${c}@example.com`.toLowerCase(),
                AccountId: `@${plan.ref}`,
                OwnerId: plan.owner
            })
        );
    }
    const dealRefs: string[] = [];
    for (let j = 0; j < plan.opportunities; j++) {
        const ref = `${plan.ref}D${pad(j, 2)}`;
        const deal = dealFields(b, plan, j);
        dealRefs.push(b.add('Opportunity', ref, deal));
        for (let r = 0; r < Math.min(2, contacts.length); r++) {
            b.add('OpportunityContactRole', `${ref}R${r}`, {
                OpportunityId: `@${ref}`,
                ContactId: `@${contacts[(j + r) % contacts.length] ?? ''}`,
                Role: rng.pick(ROLES),
                IsPrimary: r === 0
            });
        }
        checkIns(b, ref, deal, contacts, plan.large && j === 0);
    }
    const dealsWithGoals = new Set<string>();
    const kpisPerGoal = (g: number): number => share(plan.kpis, plan.goals, g);
    let kpiIndex = 0;
    for (let g = 0; g < plan.goals; g++) {
        const ref = `${plan.ref}G${pad(g, 3)}`;
        const level = LEVELS[g % LEVELS.length] ?? 'Company';
        const origin =
            plan.dealGoals > 0
                ? g < plan.dealGoals
                    ? dealRefs[0]
                    : dealRefs[1 + (g % Math.max(1, dealRefs.length - 1))]
                : dealRefs[g % dealRefs.length];
        if (origin) dealsWithGoals.add(origin);
        const theme = GOAL_THEMES[g % GOAL_THEMES.length] ?? 'Goal';
        b.add('Customer_Goal__c', ref, {
            Name: `${pad(g + 1, 3)} ${theme}`,
            Account__c: `@${plan.ref}`,
            Originating_Opportunity__c: origin ? `@${origin}` : null,
            Level__c: level,
            // Individual goals need their stakeholder (validation rule); departments often name one.
            Stakeholder__c: level === 'Individual' || (level === 'Department' && rng.chance(0.5)) ? `@${rng.pick(contacts)}` : null,
            Category__c: rng.pick(CATEGORIES),
            Status__c: rng.pick(GOAL_STATUSES),
            Target_Date__c: addDays(today, rng.int(30, 400)),
            Why_It_Matters__c: `${theme} is on the CFO's scorecard this year.`,
            Cost_Of_Inaction__c: rng.int(5, 500) * 1000
        });
        const kpis = kpisPerGoal(g);
        for (let k = 0; k < kpis; k++) {
            kpiAndReadings(b, ref, k, share(plan.measurements, plan.kpis, kpiIndex));
            kpiIndex++;
        }
    }
    return { dealRefs, dealsWithGoals };
}

/** Generates the data set described by `params`; deterministic in every field. */
export function generateLargeData(params: LargeDataParams): LargeDataSet {
    const b = new Builder(params);
    const opportunities = params.accounts * params.opportunitiesPerAccount + (params.largeAccount?.opportunities ?? 0);
    const reps = Math.max(1, Math.ceil(opportunities / Math.max(1, params.opportunitiesPerRep)));
    const owners = userRecords(b, reps);
    const landmarks: Landmarks = { typicalAccounts: [], typicalDeals: [] };

    if (params.largeAccount) {
        const shape = params.largeAccount;
        const plan: AccountPlan = {
            ref: 'AccLarge',
            name: 'Large Customer Holdings',
            owner: `@${RUNNING_USER_REF}`,
            opportunities: Math.max(2, shape.opportunities),
            contacts: Math.max(1, shape.contacts),
            goals: shape.goals,
            kpis: shape.kpis,
            measurements: shape.measurements,
            dealGoals: Math.min(shape.dealGoals, shape.goals),
            large: true
        };
        const { dealRefs } = account(b, plan);
        landmarks.largeAccount = plan.ref;
        landmarks.largeDeal = dealRefs[0];
    }

    const positions = new Set(
        Array.from({ length: 10 }, (_, i) => Math.min(params.accounts - 1, Math.floor(((i + 0.5) / 10) * params.accounts)))
    );
    for (let i = 0; i < params.accounts; i++) {
        const word = COMPANY_WORDS[i % COMPANY_WORDS.length] ?? 'Acme';
        const kind = COMPANY_KINDS[Math.floor(i / COMPANY_WORDS.length) % COMPANY_KINDS.length] ?? 'Group';
        const plan: AccountPlan = {
            ref: `Acc${pad(i, 5)}`,
            name: `${word} ${kind} ${pad(i + 1, 5)}`,
            owner: owners[i % owners.length] ?? `@${RUNNING_USER_REF}`,
            opportunities: params.opportunitiesPerAccount,
            contacts: Math.max(1, params.contactsPerAccount),
            goals: params.goalsPerAccount,
            kpis: params.goalsPerAccount > 0 ? params.kpisPerAccount : 0,
            measurements: params.goalsPerAccount > 0 ? params.kpisPerAccount * params.measurementsPerKpi : 0,
            dealGoals: 0,
            large: false
        };
        const { dealRefs, dealsWithGoals } = account(b, plan);
        if (positions.has(i)) {
            landmarks.typicalAccounts.push(plan.ref);
            const deals = (b.out.get('Opportunity') ?? []).slice(-dealRefs.length).filter((d) => dealsWithGoals.has(d.ref));
            const deal = deals.find((d) => d.fields.StageName === WON_STAGE) ?? deals[0];
            if (deal) landmarks.typicalDeals.push(deal.ref);
        }
    }
    return {
        params: { ...params },
        objects: [...b.out.entries()].map(([sobject, records]) => ({ sobject, records })),
        landmarks
    };
}

/** How many records of each object a data set holds. */
export function countRecords(data: LargeDataSet): Record<string, number> {
    return Object.fromEntries(data.objects.map((o) => [o.sobject, o.records.length]));
}
