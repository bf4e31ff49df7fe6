/**
 * GraphQL records -> view models for the Customer Outcomes panels. Pure functions: no DOM, no
 * wire, so the panels share them and tests call them directly. Every user-facing word comes from
 * c/outcomesLabels; every figure is formatted by c/outcomesFormat.
 */
import LABELS from 'c/outcomesLabels';
import { daysBetween, formatDate, formatLabel, formatList, formatNumber, formatPercentFigure, formatWithUnit } from 'c/outcomesFormat';
import { DIRECTIONS, isDirection, KPI_STATUS, kpiStatusWords, LEVELS } from 'c/outcomesPicklists';
import type {
    AccountOutcomesData,
    CheckInFields,
    ContactFields,
    FollowUpsDueData,
    GoalFields,
    KpiFields,
    MeasurementFields,
    OpportunityOutcomesData
} from 'c/outcomesQueries';
import type { Direction, Option } from 'c/outcomesPicklists';

/** Any field value the generated query types hold (c/outcomesQueries), as the helpers below read it. */
export interface FieldValue<T> {
    value?: T | null;
    displayValue?: string | null;
}

export interface PageInfo {
    hasNextPage?: boolean | null;
    endCursor?: string | null;
}

/** Any connection of the generated query types: the schema lets edges, an edge and its node be null. */
export interface Connection<T> {
    edges?: ({ node?: T | null } | null)[] | null;
    pageInfo?: PageInfo | null;
}

/**
 * What the mappers accept of a generated query type: any part of it, every field but `Id` possibly
 * absent. The mappers read each field defensively (an @optional field the user cannot read is left
 * out), so a record that lacks fields maps too (tests build such records); what the wire delivers
 * is the generated type itself, which is assignable to this one (tsc checks it where panels map data).
 */
export type Loaded<T> = T extends (infer E)[]
    ? Loaded<E>[]
    : T extends object
      ? { [K in keyof T as K extends 'Id' ? K : never]: T[K] } & { [K in Exclude<keyof T, 'Id'>]?: Loaded<T[K]> | null }
      : T;

/** The nodes of a connection in the generated type `C` (null connections, edges and nodes left out). */
type NodeOf<C> = C extends { edges?: (infer E)[] | null } ? (NonNullable<E> extends { node?: infer N } ? NonNullable<N> : never) : never;

type OpportunityNode = NodeOf<OpportunityOutcomesData['uiapi']['query']['Opportunity']>;
/** A contact role as the Opportunity panel's query reads it. */
export type ContactRoleRecord = Loaded<NodeOf<OpportunityNode['OpportunityContactRoles']>>;
/** A deal as any panel's query reads it: the Opportunity panel's deal, a deal due for follow-up (the owner only on the team list). */
export type DealRecord = Loaded<
    OpportunityNode &
        NodeOf<FollowUpsDueData['uiapi']['query']['Opportunity']> &
        NodeOf<AccountOutcomesData['uiapi']['query']['Opportunity']>
>;
/** A goal as either panel reads it (the Account panel adds the deal it was captured on). */
export type GoalRecord = Loaded<GoalFields & { Originating_Opportunity__r?: NodeOf<AccountGoals>['Originating_Opportunity__r'] }>;
type AccountGoals = NonNullable<NodeOf<AccountOutcomesData['uiapi']['query']['Account']>['Customer_Goals__r']>;
export type KpiRecord = Loaded<KpiFields>;
export type CheckInRecord = Loaded<CheckInFields>;
export type ContactRecord = Loaded<ContactFields>;
export type MeasurementRecord = Loaded<MeasurementFields>;

export type DealState = 'open' | 'won' | 'lost';

export interface PersonView {
    /** Contact Id, even when the contact itself is not visible. */
    id: string | null;
    visible: boolean;
    /** "Dana Whitfield", or "Contact not visible to you". */
    name: string;
    /** "Dana Whitfield (Chief Financial Officer)" when a title or role is known. */
    displayName: string;
}

export interface ContactRoleView {
    id: string;
    contact: PersonView;
    role: string;
    isPrimary: boolean;
    hasGoal: boolean;
    /** Text of the prompt and of its button. */
    prompt: string;
    addGoalLabel: string;
}

export interface KpiView {
    id: string;
    /** LastModifiedDate as loaded: an edit saves only if the KPI is unchanged since (If-Unmodified-Since). */
    lastModified: string | null;
    goalId: string | null;
    name: string;
    unit: string;
    direction: Direction | null;
    directionLabel: string;
    baseline: number | null;
    baselineDate: string | null;
    target: number | null;
    targetDate: string | null;
    current: number | null;
    currentAsOf: string | null;
    source: string | null;
    /** Progress__c as a percentage (75 = 75 %), unclamped; null when not computable. */
    progress: number | null;
    expectedProgress: number | null;
    status: string;
    statusLabel: string;
    statusIcon: string;
    measurable: boolean;
    /** issue 20 ui: what the KPI lacks for progress, named ("Needs a target"); "" when it lacks nothing. */
    needsText: string;
    /** issue 20 ui: baseline or target missing (or equal): editing the KPI completes it. */
    incomplete: boolean;
    baselineText: string;
    currentText: string;
    targetText: string;
    editLabel: string;
    /** "Re-based on <date> by <name>" when the baseline or target changed after the win; '' otherwise. */
    rebasedText: string;
}

export interface GoalView {
    id: string;
    /** LastModifiedDate as loaded: an edit saves only if the goal is unchanged since (If-Unmodified-Since). */
    lastModified: string | null;
    name: string;
    level: string | null;
    levelLabel: string;
    category: string | null;
    categoryLabel: string;
    status: string | null;
    statusLabel: string;
    whyItMatters: string;
    cost: number | null;
    costText: string;
    targetDate: string | null;
    targetDateText: string;
    stakeholder: PersonView | null;
    kpis: KpiView[];
    hasKpis: boolean;
    editLabel: string;
    addKpiLabel: string;
    /** issue 20 ui: the deal the goal was captured on (null when unknown or unreadable). */
    deal: { id: string; name: string } | null;
}

export interface GoalGroupView {
    key: string;
    heading: string;
    goals: GoalView[];
}

export interface FollowUpView {
    /** Follow_Up_Status__c: Overdue, Due soon, Not due, Complete, Not applicable. */
    status: string;
    dueDate: string | null;
    dueDateText: string;
    lastCheckInText: string;
    checkInCount: number;
    complete: boolean;
    /** "Won on X, but the Close Date is Y…" when Won_With_Future_Close_Date__c; else ''. */
    futureCloseDateText: string;
    /** "Closed without a check-in: <reason>" when Closed_Without_Check_In__c; else ''. */
    closedReasonText: string;
}

export interface CheckInView {
    id: string;
    date: string | null;
    dateText: string;
    heading: string;
    /** "3/2/2026: Call with Dana Whitfield". */
    title: string;
    implementationStatus: string;
    sentiment: string;
    summary: string;
    nextStep: string;
}

export interface CompletenessView {
    rolesWithGoal: number;
    roleCount: number;
    measurableKpis: number;
    kpiCount: number;
    rolesText: string;
    kpisText: string;
    /** issue 20 ui: people involved (contact roles and stakeholders of this deal's goals), those with a goal. */
    peopleCount: number;
    peopleWithGoal: number;
}

export interface OpportunityOutcomesView {
    id: string;
    name: string;
    state: DealState;
    accountId: string | null;
    hasAccount: boolean;
    stage: string;
    probabilityText: string;
    amountText: string;
    closeDateText: string;
    metricsExpected: boolean;
    thresholdText: string;
    showMetricsWarning: boolean;
    metricsWarning: string;
    followUp: FollowUpView;
    contactRoles: ContactRoleView[];
    goals: GoalView[];
    kpis: KpiView[];
    completeness: CompletenessView;
    nextAction: string;
    /** issue 20 ui: the next step is adding contact roles: the panel links to the deal's Contact Roles. */
    nextActionAddsContactRoles: boolean;
    checkIns: CheckInView[];
    stakeholderOptions: Option[];
    /** Some list has a further page on the server. */
    hasMore: boolean;
}

/** One dated reading of a KPI, for its trend line. */
export interface ReadingView {
    id: string;
    kpiId: string;
    value: number;
    /** YYYY-MM-DD. */
    date: string;
    /** The date as the user reads it (displayValue). */
    dateText: string;
    confirmed: boolean;
}

/** How many KPIs have one KPI_Status__c value. */
export interface StatusCountView {
    status: string;
    label: string;
    icon: string;
    count: number;
}

/** What the customer got: KPI statuses and goals achieved, in words and numbers. */
export interface ValueSummaryView {
    kpiCount: number;
    goalCount: number;
    goalsAchieved: number;
    /** Achieved, on track, at risk, off track, not measured, missing baseline or target: always all six. */
    statuses: StatusCountView[];
    /** "1 of 3 KPIs achieved or on track; 0 of 3 goals achieved". */
    sentence: string;
    /** Set when more goals or KPIs exist than were counted. */
    partialText: string;
}

/** A won deal whose follow-up is due soon or overdue. */
export interface FollowUpDealView {
    id: string;
    name: string;
    accountId: string | null;
    accountName: string;
    amountText: string;
    followUp: FollowUpView;
    /** Days from today to the due date: negative when overdue; null without a due date. */
    daysUntilDue: number | null;
    /** "20 days overdue", "Due today", "Due in 10 days". */
    daysText: string;
    overdue: boolean;
    /** issue 20 ui: the deal owner's name ("" when not read). */
    ownerName: string;
    ownerId: string | null;
}

/** A KPI on the Account panel with the readings its trend line draws. */
export interface AccountKpiView {
    kpi: KpiView;
    /** Oldest first; the latest few loaded. */
    readings: ReadingView[];
}

/** A goal on the Account panel with its loaded KPIs and what is not loaded yet. */
export interface AccountGoalView {
    goal: GoalView;
    kpis: AccountKpiView[];
    /** The stakeholder named on the goal (goal grouping), "" when none. */
    stakeholderText: string;
    /** KPIs of the goal that exist beyond the loaded page ("" when all are loaded). */
    kpisNotLoadedText: string;
    /** The goal has no KPI at all (not merely none loaded yet). */
    noKpis: boolean;
}

export interface AccountGoalGroupView {
    key: string;
    heading: string;
    goals: AccountGoalView[];
}

export interface AccountOutcomesView {
    id: string;
    name: string;
    /** Loaded goals in query order (by name). */
    goals: AccountGoalView[];
    summary: ValueSummaryView;
    deals: FollowUpDealView[];
    /** Goals on the server (totalCount), at least the loaded ones. */
    goalTotal: number;
    /** Some list has a further page on the server. */
    hasMore: boolean;
}

export interface FollowUpsDueView {
    deals: FollowUpDealView[];
    total: number;
    hasMore: boolean;
}

export type Grouping = 'stakeholder' | 'goal';

// --- field access: a field may be absent (FLS, @optional), a value or a parent may be null ---

export function valueOf<T>(field: FieldValue<T> | null | undefined): T | null {
    return field?.value ?? null;
}

/** displayValue when the org formatted it (picklist labels, currency, dates), else the raw value. */
export function displayOf(field: FieldValue<unknown> | null | undefined): string {
    if (!field) return '';
    if (field.displayValue) return field.displayValue;
    return field.value === null || field.value === undefined ? '' : String(field.value);
}

/**
 * True when the response left the field out: the user has no field-level security for it and the
 * query marked it `@optional` (c/outcomesQueries). Unknown, unlike a field that is there and blank:
 * the panels then show nothing for it rather than "not set", "no check-in yet" or 0.
 */
export function isAbsent(record: object | null | undefined, field: string): boolean {
    return !record || Reflect.get(record, field) === undefined;
}

function dateText(field: FieldValue<string> | null | undefined): string {
    return field?.displayValue || formatDate(valueOf(field));
}

function nodes<T>(connection: Connection<T> | null | undefined): T[] {
    return (connection?.edges ?? []).map((edge) => edge?.node).filter((node): node is T => Boolean(node));
}

function hasNextPage(connection: Connection<unknown> | null | undefined): boolean {
    return Boolean(connection?.pageInfo?.hasNextPage);
}

// --- people ---

/** A contact as the user may see it: a contact the user cannot read arrives as a null parent. */
export function mapPerson(contactId: string | null, contact: ContactRecord | null | undefined, qualifier?: string | null): PersonView {
    if (!contact) {
        return { id: contactId, visible: false, name: LABELS.contactNotVisible, displayName: LABELS.contactNotVisible };
    }
    const name = valueOf(contact.Name) ?? '';
    const extra = (qualifier ?? valueOf(contact.Title) ?? '').trim();
    return {
        id: contact.Id ?? contactId,
        visible: true,
        name,
        displayName: extra ? formatLabel(LABELS.personWithTitle, name, extra) : name
    };
}

// --- KPIs ---

function direction(value: string | null): Direction | null {
    return isDirection(value) ? value : null;
}

/** Progress__c's scale (percent, one decimal place). */
const PROGRESS_SCALE = 10;

/**
 * Progress__c as the org reads it; when the user cannot read Progress__c (left out) but can read
 * the figures it is computed from, the same formula worked out here (it reveals nothing the user
 * cannot already see): (current - baseline) / (target - baseline), as a percentage with Progress__c's
 * one decimal place; null when any figure is blank or unreadable, as the formula is. Never 0 for unknown.
 * A parity test (__tests__/kpiProgressParity.test.ts) holds it to the formula in the field XML.
 */
export function kpiProgress(record: KpiRecord): number | null {
    if (!isAbsent(record, 'Progress__c')) return valueOf(record.Progress__c);
    const baseline = valueOf(record.Baseline_Value__c);
    const target = valueOf(record.Target_Value__c);
    const current = valueOf(record.Current_Value__c);
    if (baseline === null || target === null || current === null || target === baseline) return null;
    // Rounded as the org rounds a formula's result: half away from zero (-31.25% is -31.3%), after
    // dropping the binary noise of the division (12 significant digits) so a half stays a half.
    const scaled = Number((((current - baseline) / (target - baseline)) * 100 * PROGRESS_SCALE).toPrecision(12));
    return (Math.sign(scaled) * Math.round(Math.abs(scaled))) / PROGRESS_SCALE || 0;
}

/** "Re-based on <date> by <name>" (the package stamps both when the baseline or target changes after the win). */
function rebasedText(record: KpiRecord): string {
    const day = dateText(record.Rebased_On__c);
    if (!day) return '';
    const who = valueOf(record.Rebased_By__r?.Name);
    return who ? formatLabel(LABELS.rebasedOnBy, day, who) : formatLabel(LABELS.rebasedOn, day);
}

/**
 * What a KPI lacks before progress can be measured, named ("a target", "a baseline and a target",
 * "a target different from the baseline"); empty when it has both.
 */
export function kpiLacks(baseline: number | null, target: number | null): string[] {
    const parts: string[] = [];
    if (baseline === null) parts.push(LABELS.needsBaseline);
    if (target === null) parts.push(LABELS.needsTarget);
    else if (baseline !== null && baseline === target) parts.push(LABELS.needsDifferentTarget);
    return parts;
}

export function mapKpi(record: KpiRecord): KpiView {
    const unit = valueOf(record.Unit__c) ?? '';
    const baseline = valueOf(record.Baseline_Value__c);
    const target = valueOf(record.Target_Value__c);
    const current = valueOf(record.Current_Value__c);
    const dir = direction(valueOf(record.Direction__c));
    const status = valueOf(record.KPI_Status__c) ?? 'Missing baseline or target';
    const words = kpiStatusWords(status);
    const name = valueOf(record.Name) ?? '';
    const baselineDate = dateText(record.Baseline_Date__c);
    const targetDate = dateText(record.Target_Date__c);
    const asOf = dateText(record.Current_As_Of__c);
    const withUnit = (v: number): string => formatWithUnit(v, unit);
    return {
        id: record.Id,
        lastModified: valueOf(record.LastModifiedDate),
        goalId: valueOf(record.Customer_Goal__c),
        name,
        unit,
        direction: dir,
        directionLabel:
            dir === DIRECTIONS.Increase
                ? LABELS.directionIncrease
                : dir === DIRECTIONS.Decrease
                  ? LABELS.directionDecrease
                  : isAbsent(record, 'Direction__c')
                    ? '' // unreadable, not "not set"
                    : LABELS.directionUnknown,
        baseline,
        baselineDate: valueOf(record.Baseline_Date__c),
        target,
        targetDate: valueOf(record.Target_Date__c),
        current,
        currentAsOf: valueOf(record.Current_As_Of__c),
        source: valueOf(record.Measurement_Source__c),
        progress: kpiProgress(record),
        expectedProgress: valueOf(record.Expected_Progress__c),
        status,
        statusLabel: words.label,
        statusIcon: words.icon,
        measurable: baseline !== null && target !== null && baseline !== target,
        ...needs(baseline, target),
        baselineText:
            baseline === null
                ? LABELS.notSet
                : baselineDate
                  ? formatLabel(LABELS.valueOn, withUnit(baseline), baselineDate)
                  : withUnit(baseline),
        targetText:
            target === null ? LABELS.notSet : targetDate ? formatLabel(LABELS.valueBy, withUnit(target), targetDate) : withUnit(target),
        currentText:
            current === null ? LABELS.notMeasured : asOf ? formatLabel(LABELS.valueAsOf, withUnit(current), asOf) : withUnit(current),
        editLabel: formatLabel(LABELS.editKpiNamed, name),
        rebasedText: rebasedText(record)
    };
}

/** needsText and incomplete of a KPI view; a figure the user cannot read is not claimed missing. */
function needs(baseline: number | null, target: number | null): { needsText: string; incomplete: boolean } {
    const lacks = kpiLacks(baseline, target);
    return { needsText: lacks.length ? formatLabel(LABELS.kpiNeeds, formatList(lacks)) : '', incomplete: lacks.length > 0 };
}

// --- goals ---

export function mapGoal(record: GoalRecord, kpis: KpiView[]): GoalView {
    const name = valueOf(record.Name) ?? '';
    const stakeholderId = valueOf(record.Stakeholder__c);
    const cost = valueOf(record.Cost_Of_Inaction__c);
    return {
        id: record.Id,
        lastModified: valueOf(record.LastModifiedDate),
        name,
        level: valueOf(record.Level__c),
        levelLabel: displayOf(record.Level__c),
        category: valueOf(record.Category__c),
        categoryLabel: displayOf(record.Category__c),
        status: valueOf(record.Status__c),
        statusLabel: displayOf(record.Status__c),
        whyItMatters: valueOf(record.Why_It_Matters__c) ?? '',
        cost,
        // Currency as the org formats it in the record's currency; a bare number if it did not.
        costText: cost === null ? '' : displayOf(record.Cost_Of_Inaction__c),
        targetDate: valueOf(record.Target_Date__c),
        targetDateText: dateText(record.Target_Date__c),
        stakeholder: stakeholderId ? mapPerson(stakeholderId, record.Stakeholder__r) : null,
        kpis,
        hasKpis: kpis.length > 0,
        editLabel: formatLabel(LABELS.editGoalNamed, name),
        addKpiLabel: formatLabel(LABELS.addKpiTo, name),
        deal: record.Originating_Opportunity__r?.Id
            ? { id: record.Originating_Opportunity__r.Id, name: valueOf(record.Originating_Opportunity__r.Name) ?? '' }
            : null
    };
}

/** KPIs by goal Id, in query order. */
export function kpisByGoal(kpis: KpiView[]): Map<string, KpiView[]> {
    const byGoal: Map<string, KpiView[]> = new Map();
    for (const kpi of kpis) {
        if (!kpi.goalId) continue;
        const list = byGoal.get(kpi.goalId) ?? [];
        list.push(kpi);
        byGoal.set(kpi.goalId, list);
    }
    return byGoal;
}

/**
 * Company-level goals first (one group), then one group per stakeholder (by name; contacts the
 * user cannot see after those), then goals with no stakeholder. Goals keep their order inside a group.
 */
export function groupGoals(goals: GoalView[]): GoalGroupView[] {
    const company: GoalView[] = [];
    const byPerson: Map<string, { person: GoalView['stakeholder']; goals: GoalView[] }> = new Map();
    const unassigned: GoalView[] = [];
    for (const goal of goals) {
        if (goal.level === LEVELS.Company) company.push(goal);
        else if (goal.stakeholder?.id) {
            const entry = byPerson.get(goal.stakeholder.id) ?? { person: goal.stakeholder, goals: [] };
            entry.goals.push(goal);
            byPerson.set(goal.stakeholder.id, entry);
        } else unassigned.push(goal);
    }
    const people = [...byPerson.entries()].sort(([, a], [, b]) => {
        if (a.person?.visible !== b.person?.visible) return a.person?.visible ? -1 : 1;
        return (a.person?.name ?? '').localeCompare(b.person?.name ?? '');
    });
    const groups: GoalGroupView[] = [];
    if (company.length) groups.push({ key: 'company', heading: LABELS.companyGoals, goals: company });
    for (const [id, entry] of people) groups.push({ key: `contact-${id}`, heading: entry.person?.displayName ?? '', goals: entry.goals });
    if (unassigned.length) groups.push({ key: 'none', heading: LABELS.noStakeholderGoals, goals: unassigned });
    return groups;
}

/** The goals in the order the groups show them (what "Show more" counts). */
export function orderGoals(goals: GoalView[]): GoalView[] {
    return groupGoals(goals).flatMap((group) => group.goals);
}

// --- contact roles, completeness, next action ---

export function mapContactRoles(records: ContactRoleRecord[], stakeholderIds: Set<string>): ContactRoleView[] {
    const seen = new Set<string>();
    const roles: ContactRoleView[] = [];
    const ordered = [...records].sort((a, b) => Number(Boolean(valueOf(b.IsPrimary))) - Number(Boolean(valueOf(a.IsPrimary))));
    for (const record of ordered) {
        const contactId = valueOf(record.ContactId) ?? record.Contact?.Id ?? null;
        const key = contactId ?? record.Id;
        if (seen.has(key)) continue; // one person in two roles is one person to ask
        seen.add(key);
        const role = displayOf(record.Role);
        const contact = mapPerson(contactId, record.Contact, valueOf(record.Contact?.Title) || role);
        roles.push({
            id: record.Id,
            contact,
            role,
            isPrimary: Boolean(valueOf(record.IsPrimary)),
            hasGoal: contactId !== null && stakeholderIds.has(contactId),
            prompt: formatLabel(LABELS.nextAskPerson, contact.displayName),
            addGoalLabel: formatLabel(LABELS.addGoalFor, contact.name)
        });
    }
    return roles;
}

/**
 * How complete the deal's picture is (DESIGN.md: "stakeholders with goals, KPIs with
 * baseline+target"). The people involved are the deal's contact roles together with the
 * stakeholders of its goals: a goal for an account contact who is not a contact role counts (the
 * goal form offers the account's contacts), and a contact role without a goal is one still to ask.
 * Nothing yet reads as what to do, never "0 of 0".
 */
export function completeness(roles: ContactRoleView[], kpis: KpiView[], goals: GoalView[] = []): CompletenessView {
    const rolesWithGoal = roles.filter((r) => r.hasGoal).length;
    const roleIds = new Set(roles.map((r) => r.contact.id).filter((id): id is string => Boolean(id)));
    const others = new Set(goals.map((g) => g.stakeholder?.id).filter((id): id is string => Boolean(id) && !roleIds.has(id as string)));
    const peopleCount = roles.length + others.size;
    const peopleWithGoal = rolesWithGoal + others.size;
    const measurableKpis = kpis.filter((k) => k.measurable).length;
    return {
        rolesWithGoal,
        roleCount: roles.length,
        peopleCount,
        peopleWithGoal,
        measurableKpis,
        kpiCount: kpis.length,
        rolesText: peopleCount ? formatLabel(LABELS.peopleWithGoal, peopleWithGoal, peopleCount) : LABELS.noPeopleYet,
        kpisText: kpis.length ? formatLabel(LABELS.kpisMeasurable, measurableKpis, kpis.length) : LABELS.noKpisYet
    };
}

/** The one thing to do next on an open deal, naming a person when someone has not been asked. */
export function nextAction(roles: ContactRoleView[], goals: GoalView[], kpis: KpiView[]): string {
    const toAsk = roles.find((r) => r.contact.visible && !r.hasGoal);
    if (toAsk) return toAsk.prompt;
    if (goals.length === 0) return LABELS.nextFirstGoal;
    const unmeasured = goals.find((g) => !g.hasKpis);
    if (unmeasured) return formatLabel(LABELS.nextAddKpi, unmeasured.name);
    const incomplete = kpis.find((k) => !k.measurable);
    if (incomplete) return formatLabel(LABELS.nextBaselineTarget, incomplete.name);
    if (roles.length === 0) return LABELS.nextAddContactRoles;
    return LABELS.nextComplete;
}

/** The next step is adding contact roles (the panel then links to the deal's Contact Roles). */
export function nextActionAddsContactRoles(action: string): boolean {
    return action === LABELS.nextAddContactRoles;
}

// --- follow-up and check-ins ---

export function dealState(opportunity: DealRecord): DealState {
    if (valueOf(opportunity.IsWon)) return 'won';
    if (valueOf(opportunity.IsClosed)) return 'lost';
    return 'open';
}

export function mapFollowUp(opportunity: DealRecord): FollowUpView {
    const status = valueOf(opportunity.Follow_Up_Status__c) ?? 'Not applicable';
    const last = dateText(opportunity.Last_Check_In_Date__c);
    const complete = Boolean(valueOf(opportunity.Follow_Up_Complete__c)) || status === 'Complete';
    const wonOn = dateText(opportunity.Won_On__c);
    const closeDate = dateText(opportunity.CloseDate);
    const reason = displayOf(opportunity.Follow_Up_Closed_Reason__c);
    return {
        status,
        dueDate: valueOf(opportunity.Next_Follow_Up_Due__c),
        dueDateText: dateText(opportunity.Next_Follow_Up_Due__c),
        // An unreadable Last_Check_In_Date__c says nothing, not "no check-in yet".
        lastCheckInText: last
            ? formatLabel(LABELS.lastCheckIn, last)
            : isAbsent(opportunity, 'Last_Check_In_Date__c')
              ? ''
              : LABELS.noCheckInYet,
        checkInCount: valueOf(opportunity.Check_In_Count__c) ?? 0,
        complete,
        futureCloseDateText:
            valueOf(opportunity.Won_With_Future_Close_Date__c) && wonOn && closeDate
                ? formatLabel(LABELS.wonWithFutureCloseDate, wonOn, closeDate)
                : '',
        closedReasonText:
            complete && valueOf(opportunity.Closed_Without_Check_In__c) && reason ? formatLabel(LABELS.closedWithoutCheckIn, reason) : ''
    };
}

export function mapCheckIn(record: CheckInRecord): CheckInView {
    const type = displayOf(record.Type__c);
    const contactId = valueOf(record.Customer_Contact__c);
    const contact = contactId ? mapPerson(contactId, record.Customer_Contact__r).name : '';
    const heading = contact ? formatLabel(LABELS.checkInWith, type, contact) : type;
    const date = dateText(record.Check_In_Date__c);
    return {
        id: record.Id,
        date: valueOf(record.Check_In_Date__c),
        dateText: date,
        heading,
        title: date && heading ? formatLabel(LABELS.checkInTitle, date, heading) : date || heading,
        implementationStatus: displayOf(record.Implementation_Status__c),
        sentiment: displayOf(record.Customer_Sentiment__c),
        summary: valueOf(record.Summary__c) ?? '',
        nextStep: valueOf(record.Next_Step__c) ?? ''
    };
}

/** Stakeholder choices: contact roles first, then the account's contacts and current stakeholders. */
export function stakeholderOptions(roles: ContactRoleView[], contacts: ContactRecord[], goals: GoalView[]): Option[] {
    const options: Option[] = [{ label: LABELS.noStakeholder, value: '' }];
    const seen = new Set<string>();
    const add = (id: string | null, label: string): void => {
        if (!id || seen.has(id)) return;
        seen.add(id);
        options.push({ label, value: id });
    };
    for (const role of roles) if (role.contact.visible) add(role.contact.id, role.contact.displayName);
    for (const contact of contacts) {
        const person = mapPerson(contact.Id, contact);
        add(person.id, person.displayName);
    }
    for (const goal of goals) if (goal.stakeholder?.visible) add(goal.stakeholder.id, goal.stakeholder.displayName);
    return options;
}

function percentText(field: FieldValue<number> | null | undefined): string {
    const value = valueOf(field);
    if (field?.displayValue) return field.displayValue;
    return value === null ? '' : `${formatPercentFigure(value)}%`;
}

// --- the Opportunity panel ---

/** The whole Opportunity panel, or null when the deal is not in the result (deleted, no access). */
/**
 * The check-in form's customer-contact choices: the deal's stakeholder options, the blank one named
 * `noneLabel` (the Opportunity panel and the Log check-in action offer the same list).
 */
export function customerContactOptions(options: Option[], noneLabel: string): Option[] {
    return options.map((o) => (o.value ? o : { ...o, label: noneLabel }));
}

export function mapOpportunityOutcomes(data: Loaded<OpportunityOutcomesData> | null | undefined): OpportunityOutcomesView | null {
    const query = data?.uiapi?.query;
    const opportunity = nodes(query?.Opportunity)[0];
    if (!opportunity) return null;
    const state = dealState(opportunity);
    const kpis = nodes(query?.Customer_KPI__c).map(mapKpi);
    const byGoal = kpisByGoal(kpis);
    const goals = orderGoals(nodes(opportunity.Customer_Goals__r).map((g) => mapGoal(g, byGoal.get(g.Id) ?? [])));
    // Only KPIs of goals we show count: a KPI page can run ahead of the goal page.
    const shownGoalIds = new Set(goals.map((g) => g.id));
    const shownKpis = kpis.filter((k) => k.goalId !== null && shownGoalIds.has(k.goalId));
    const stakeholderIds = new Set(goals.map((g) => g.stakeholder?.id).filter((id): id is string => Boolean(id)));
    const roles = mapContactRoles(nodes(opportunity.OpportunityContactRoles), stakeholderIds);
    const done = completeness(roles, shownKpis, goals);
    const next = nextAction(roles, goals, shownKpis);
    const accountId = valueOf(opportunity.AccountId) ?? opportunity.Account?.Id ?? null;
    const metricsExpected = Boolean(valueOf(opportunity.Customer_Metrics_Expected__c));
    const probabilityText = percentText(opportunity.Probability);
    const thresholdText = percentText(opportunity.Customer_Metrics_Threshold__c);
    // The warning states both figures: left out when the user cannot read either.
    const showMetricsWarning =
        state === 'open' && metricsExpected && done.measurableKpis === 0 && Boolean(probabilityText && thresholdText);
    return {
        id: opportunity.Id,
        name: valueOf(opportunity.Name) ?? '',
        state,
        accountId,
        hasAccount: accountId !== null,
        stage: displayOf(opportunity.StageName),
        probabilityText,
        amountText: displayOf(opportunity.Amount),
        closeDateText: dateText(opportunity.CloseDate),
        metricsExpected,
        thresholdText,
        showMetricsWarning,
        metricsWarning: showMetricsWarning ? formatLabel(LABELS.metricsWarning, probabilityText, thresholdText) : '',
        followUp: mapFollowUp(opportunity),
        contactRoles: roles,
        goals,
        kpis: shownKpis,
        completeness: done,
        nextAction: next,
        nextActionAddsContactRoles: nextActionAddsContactRoles(next),
        checkIns: nodes(opportunity.Success_Check_Ins__r).map(mapCheckIn),
        stakeholderOptions: stakeholderOptions(roles, nodes(query?.Contact), goals),
        hasMore: hasNextPage(opportunity.Customer_Goals__r) || hasNextPage(query?.Customer_KPI__c)
    };
}

// --- the Account panel and the Home list ---

/** How many readings a KPI's trend line draws at most: the latest ones. */
export const TREND_READINGS = 12;

const NO_READINGS: ReadingView[] = Object.freeze([]) as never;

/** A reading with its KPI, value and date; null when any is missing (a field the user cannot read). */
export function mapReading(record: MeasurementRecord): ReadingView | null {
    const kpiId = valueOf(record.Customer_KPI__c);
    const value = valueOf(record.Value__c);
    const date = valueOf(record.Measured_On__c);
    if (!kpiId || value === null || !date) return null;
    return {
        id: record.Id,
        kpiId,
        value,
        date,
        dateText: dateText(record.Measured_On__c),
        confirmed: Boolean(valueOf(record.Customer_Confirmed__c))
    };
}

/** Readings by KPI Id, oldest first, at most the latest `limit` of each KPI. */
export function readingsByKpi(records: MeasurementRecord[], limit = TREND_READINGS): Map<string, ReadingView[]> {
    const byKpi: Map<string, ReadingView[]> = new Map();
    for (const record of records) {
        const reading = mapReading(record);
        if (!reading) continue;
        const list = byKpi.get(reading.kpiId) ?? [];
        list.push(reading);
        byKpi.set(reading.kpiId, list);
    }
    for (const [kpiId, list] of byKpi) {
        list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
        byKpi.set(kpiId, list.slice(-limit));
    }
    return byKpi;
}

/** The KPI statuses the value summary counts, best first: KPI_Status__c's outputs, in c/outcomesPicklists' order. */
export const SUMMARY_STATUSES = Object.freeze(Object.keys(KPI_STATUS));

/**
 * KPIs per status and goals achieved. `totals` are the server's counts (totalCount): when more
 * goals or KPIs exist than were loaded, the summary says what it counted.
 */
export function summarizeValue(kpis: KpiView[], goals: GoalView[], totals: { goals: number; kpis: number }): ValueSummaryView {
    const counts: Map<string, number> = new Map();
    for (const kpi of kpis) {
        // mapKpi reads a blank or unknown status as "Missing baseline or target", as kpiStatusWords does.
        const status = SUMMARY_STATUSES.includes(kpi.status) ? kpi.status : 'Missing baseline or target';
        counts.set(status, (counts.get(status) ?? 0) + 1);
    }
    const statuses = SUMMARY_STATUSES.map((status) => ({ status, ...kpiStatusWords(status), count: counts.get(status) ?? 0 }));
    const goalsAchieved = goals.filter((goal) => goal.status === 'Achieved').length;
    const good = (counts.get('Achieved') ?? 0) + (counts.get('On track') ?? 0);
    const partial = totals.goals > goals.length || totals.kpis > kpis.length;
    const n = formatNumber;
    return {
        kpiCount: kpis.length,
        goalCount: goals.length,
        goalsAchieved,
        statuses,
        sentence: formatLabel(LABELS.valueSummarySentence, n(good), n(kpis.length), n(goalsAchieved), n(goals.length)),
        partialText: partial ? formatLabel(LABELS.summaryPartial, n(goals.length), n(totals.goals), n(kpis.length), n(totals.kpis)) : ''
    };
}

/** "20 days overdue", "Due today", "Due in 10 days": days from today to the due date, in words. */
export function dueInWords(days: number | null): string {
    if (days === null) return '';
    if (days < -1) return formatLabel(LABELS.daysOverdue, formatNumber(-days));
    if (days === -1) return LABELS.daysOverdueOne;
    if (days === 0) return LABELS.dueToday;
    if (days === 1) return LABELS.dueInOneDay;
    return formatLabel(LABELS.dueInDays, formatNumber(days));
}

/** A won deal due for follow-up; `today` is the user's date (YYYY-MM-DD), as TODAY() in the org's formulas. */
export function mapFollowUpDeal(record: DealRecord, today: string): FollowUpDealView {
    const followUp = mapFollowUp(record);
    const days = daysBetween(today, followUp.dueDate);
    return {
        id: record.Id,
        name: valueOf(record.Name) ?? '',
        accountId: valueOf(record.AccountId) ?? record.Account?.Id ?? null,
        accountName: valueOf(record.Account?.Name) ?? '',
        amountText: displayOf(record.Amount),
        followUp,
        daysUntilDue: days,
        daysText: dueInWords(days),
        overdue: followUp.status === 'Overdue',
        ownerName: record.Owner ? (valueOf(record.Owner.Name) ?? LABELS.ownerUnknown) : '',
        ownerId: record.Owner?.Id ?? null
    };
}

/** The Account panel, or null when the account is not in the result (deleted, no access). */
export function mapAccountOutcomes(data: Loaded<AccountOutcomesData> | null | undefined, today: string): AccountOutcomesView | null {
    const query = data?.uiapi?.query;
    const account = nodes(query?.Account)[0];
    if (!account) return null;
    const goalConnection = account.Customer_Goals__r;
    const kpiConnection = query?.Customer_KPI__c;
    const kpis = nodes(kpiConnection).map(mapKpi);
    const byGoal = kpisByGoal(kpis);
    const readings = readingsByKpi(nodes(query?.KPI_Measurement__c));
    const goalRecords = nodes(goalConnection);
    const goals = goalRecords.map((record) => mapGoal(record, byGoal.get(record.Id) ?? []));
    const entries = goals.map((goal, i) => {
        const record = goalRecords[i];
        const missing = (valueOf(record?.KPI_Count__c) ?? 0) - goal.kpis.length;
        // Without a readable KPI_Count__c, "no KPIs" is only sure when every KPI was loaded.
        const countKnown = !isAbsent(record, 'KPI_Count__c') || !hasNextPage(kpiConnection);
        return {
            goal,
            kpis: goal.kpis.map((kpi) => ({ kpi, readings: readings.get(kpi.id) ?? NO_READINGS })),
            stakeholderText: goal.stakeholder ? formatLabel(LABELS.stakeholderNamed, goal.stakeholder.displayName) : '',
            kpisNotLoadedText: missing > 0 ? formatLabel(LABELS.kpisNotLoaded, formatNumber(missing)) : '',
            noKpis: goal.kpis.length === 0 && missing <= 0 && countKnown
        };
    });
    const goalTotal = Math.max(goalConnection?.totalCount ?? 0, goals.length);
    const kpiTotal = Math.max(kpiConnection?.totalCount ?? 0, kpis.length);
    return {
        id: account.Id,
        name: valueOf(account.Name) ?? '',
        goals: entries,
        summary: summarizeValue(kpis, goals, { goals: goalTotal, kpis: kpiTotal }),
        deals: nodes(query?.Opportunity).map((record) => mapFollowUpDeal(record, today)),
        goalTotal,
        hasMore: hasNextPage(goalConnection) || hasNextPage(kpiConnection) || hasNextPage(query?.Opportunity)
    };
}

/**
 * The Account panel's goals as the user groups them: by stakeholder (company goals first, as on
 * the Opportunity panel) or by goal (one list in name order, each goal naming its stakeholder).
 */
export function groupAccountGoals(goals: AccountGoalView[], grouping: Grouping): AccountGoalGroupView[] {
    if (grouping === 'goal') return goals.length ? [{ key: 'goals', heading: '', goals }] : [];
    const byId = new Map(goals.map((entry) => [entry.goal.id, entry]));
    return groupGoals(goals.map((entry) => entry.goal)).map((group) => ({
        key: group.key,
        heading: group.heading,
        goals: group.goals.map((goal) => byId.get(goal.id)).filter((entry): entry is AccountGoalView => Boolean(entry))
    }));
}

/** The Home list: won deals due for follow-up, in query order (most overdue first). */
export function mapFollowUpsDue(data: Loaded<FollowUpsDueData> | null | undefined, today: string): FollowUpsDueView {
    const connection = data?.uiapi?.query?.Opportunity;
    const deals = nodes(connection).map((record) => mapFollowUpDeal(record, today));
    return { deals, total: Math.max(connection?.totalCount ?? 0, deals.length), hasMore: hasNextPage(connection) };
}
