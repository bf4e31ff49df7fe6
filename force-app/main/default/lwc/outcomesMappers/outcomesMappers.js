// Generated from the .ts beside it by `npm run build`. Edit the TypeScript source, not this file.
/**
 * GraphQL records -> view models for the Customer Outcomes panels. Pure functions: no DOM, no
 * wire, so the panels share them and tests call them directly. Every user-facing word comes from
 * c/outcomesLabels; every figure is formatted by c/outcomesFormat.
 */
import LABELS from 'c/outcomesLabels';
import { daysBetween, formatDate, formatLabel, formatList, formatNumber, formatPercentFigure, formatWithUnit } from 'c/outcomesFormat';
import { DIRECTIONS, isDirection, KPI_STATUS, kpiStatusWords, LEVELS } from 'c/outcomesPicklists';
// --- field access: a field may be absent (FLS, @optional), a value or a parent may be null ---
export function valueOf(field) {
    return field?.value ?? null;
}
/** displayValue when the org formatted it (picklist labels, currency, dates), else the raw value. */
export function displayOf(field) {
    if (!field)
        return '';
    if (field.displayValue)
        return field.displayValue;
    return field.value === null || field.value === undefined ? '' : String(field.value);
}
/**
 * True when the response left the field out: the user has no field-level security for it and the
 * query marked it `@optional` (c/outcomesQueries). Unknown, unlike a field that is there and blank:
 * the panels then show nothing for it rather than "not set", "no check-in yet" or 0.
 */
export function isAbsent(record, field) {
    return !record || Reflect.get(record, field) === undefined;
}
function dateText(field) {
    return field?.displayValue || formatDate(valueOf(field));
}
function nodes(connection) {
    return (connection?.edges ?? []).map((edge) => edge?.node).filter((node) => Boolean(node));
}
function hasNextPage(connection) {
    return Boolean(connection?.pageInfo?.hasNextPage);
}
// --- people ---
/** A contact as the user may see it: a contact the user cannot read arrives as a null parent. */
export function mapPerson(contactId, contact, qualifier) {
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
function direction(value) {
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
export function kpiProgress(record) {
    if (!isAbsent(record, 'Progress__c'))
        return valueOf(record.Progress__c);
    const baseline = valueOf(record.Baseline_Value__c);
    const target = valueOf(record.Target_Value__c);
    const current = valueOf(record.Current_Value__c);
    if (baseline === null || target === null || current === null || target === baseline)
        return null;
    // Rounded as the org rounds a formula's result: half away from zero (-31.25% is -31.3%), after
    // dropping the binary noise of the division (12 significant digits) so a half stays a half.
    const scaled = Number((((current - baseline) / (target - baseline)) * 100 * PROGRESS_SCALE).toPrecision(12));
    return (Math.sign(scaled) * Math.round(Math.abs(scaled))) / PROGRESS_SCALE || 0;
}
/** "Re-based on <date> by <name>" (the package stamps both when the baseline or target changes after the win). */
function rebasedText(record) {
    const day = dateText(record.Rebased_On__c);
    if (!day)
        return '';
    const who = valueOf(record.Rebased_By__r?.Name);
    return who ? formatLabel(LABELS.rebasedOnBy, day, who) : formatLabel(LABELS.rebasedOn, day);
}
/**
 * What a KPI lacks before progress can be measured, named ("a target", "a baseline and a target",
 * "a target different from the baseline"); empty when it has both.
 */
export function kpiLacks(baseline, target) {
    const parts = [];
    if (baseline === null)
        parts.push(LABELS.needsBaseline);
    if (target === null)
        parts.push(LABELS.needsTarget);
    else if (baseline !== null && baseline === target)
        parts.push(LABELS.needsDifferentTarget);
    return parts;
}
export function mapKpi(record) {
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
    const withUnit = (v) => formatWithUnit(v, unit);
    return {
        id: record.Id,
        lastModified: valueOf(record.LastModifiedDate),
        goalId: valueOf(record.Customer_Goal__c),
        name,
        unit,
        direction: dir,
        directionLabel: dir === DIRECTIONS.Increase
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
        baselineText: baseline === null
            ? LABELS.notSet
            : baselineDate
                ? formatLabel(LABELS.valueOn, withUnit(baseline), baselineDate)
                : withUnit(baseline),
        targetText: target === null ? LABELS.notSet : targetDate ? formatLabel(LABELS.valueBy, withUnit(target), targetDate) : withUnit(target),
        currentText: current === null ? LABELS.notMeasured : asOf ? formatLabel(LABELS.valueAsOf, withUnit(current), asOf) : withUnit(current),
        editLabel: formatLabel(LABELS.editKpiNamed, name),
        rebasedText: rebasedText(record)
    };
}
/** needsText and incomplete of a KPI view; a figure the user cannot read is not claimed missing. */
function needs(baseline, target) {
    const lacks = kpiLacks(baseline, target);
    return { needsText: lacks.length ? formatLabel(LABELS.kpiNeeds, formatList(lacks)) : '', incomplete: lacks.length > 0 };
}
// --- goals ---
export function mapGoal(record, kpis) {
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
export function kpisByGoal(kpis) {
    const byGoal = new Map();
    for (const kpi of kpis) {
        if (!kpi.goalId)
            continue;
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
export function groupGoals(goals) {
    const company = [];
    const byPerson = new Map();
    const unassigned = [];
    for (const goal of goals) {
        if (goal.level === LEVELS.Company)
            company.push(goal);
        else if (goal.stakeholder?.id) {
            const entry = byPerson.get(goal.stakeholder.id) ?? { person: goal.stakeholder, goals: [] };
            entry.goals.push(goal);
            byPerson.set(goal.stakeholder.id, entry);
        }
        else
            unassigned.push(goal);
    }
    const people = [...byPerson.entries()].sort(([, a], [, b]) => {
        if (a.person?.visible !== b.person?.visible)
            return a.person?.visible ? -1 : 1;
        return (a.person?.name ?? '').localeCompare(b.person?.name ?? '');
    });
    const groups = [];
    if (company.length)
        groups.push({ key: 'company', heading: LABELS.companyGoals, goals: company });
    for (const [id, entry] of people)
        groups.push({ key: `contact-${id}`, heading: entry.person?.displayName ?? '', goals: entry.goals });
    if (unassigned.length)
        groups.push({ key: 'none', heading: LABELS.noStakeholderGoals, goals: unassigned });
    return groups;
}
/** The goals in the order the groups show them (what "Show more" counts). */
export function orderGoals(goals) {
    return groupGoals(goals).flatMap((group) => group.goals);
}
// --- contact roles, completeness, next action ---
export function mapContactRoles(records, stakeholderIds) {
    const seen = new Set();
    const roles = [];
    const ordered = [...records].sort((a, b) => Number(Boolean(valueOf(b.IsPrimary))) - Number(Boolean(valueOf(a.IsPrimary))));
    for (const record of ordered) {
        const contactId = valueOf(record.ContactId) ?? record.Contact?.Id ?? null;
        const key = contactId ?? record.Id;
        if (seen.has(key))
            continue; // one person in two roles is one person to ask
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
export function completeness(roles, kpis, goals = []) {
    const rolesWithGoal = roles.filter((r) => r.hasGoal).length;
    const roleIds = new Set(roles.map((r) => r.contact.id).filter((id) => Boolean(id)));
    const others = new Set(goals.map((g) => g.stakeholder?.id).filter((id) => Boolean(id) && !roleIds.has(id)));
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
export function nextAction(roles, goals, kpis) {
    const toAsk = roles.find((r) => r.contact.visible && !r.hasGoal);
    if (toAsk)
        return toAsk.prompt;
    if (goals.length === 0)
        return LABELS.nextFirstGoal;
    const unmeasured = goals.find((g) => !g.hasKpis);
    if (unmeasured)
        return formatLabel(LABELS.nextAddKpi, unmeasured.name);
    const incomplete = kpis.find((k) => !k.measurable);
    if (incomplete)
        return formatLabel(LABELS.nextBaselineTarget, incomplete.name);
    if (roles.length === 0)
        return LABELS.nextAddContactRoles;
    return LABELS.nextComplete;
}
/** The next step is adding contact roles (the panel then links to the deal's Contact Roles). */
export function nextActionAddsContactRoles(action) {
    return action === LABELS.nextAddContactRoles;
}
// --- follow-up and check-ins ---
export function dealState(opportunity) {
    if (valueOf(opportunity.IsWon))
        return 'won';
    if (valueOf(opportunity.IsClosed))
        return 'lost';
    return 'open';
}
export function mapFollowUp(opportunity) {
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
        futureCloseDateText: valueOf(opportunity.Won_With_Future_Close_Date__c) && wonOn && closeDate
            ? formatLabel(LABELS.wonWithFutureCloseDate, wonOn, closeDate)
            : '',
        closedReasonText: complete && valueOf(opportunity.Closed_Without_Check_In__c) && reason ? formatLabel(LABELS.closedWithoutCheckIn, reason) : ''
    };
}
export function mapCheckIn(record) {
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
export function stakeholderOptions(roles, contacts, goals) {
    const options = [{ label: LABELS.noStakeholder, value: '' }];
    const seen = new Set();
    const add = (id, label) => {
        if (!id || seen.has(id))
            return;
        seen.add(id);
        options.push({ label, value: id });
    };
    for (const role of roles)
        if (role.contact.visible)
            add(role.contact.id, role.contact.displayName);
    for (const contact of contacts) {
        const person = mapPerson(contact.Id, contact);
        add(person.id, person.displayName);
    }
    for (const goal of goals)
        if (goal.stakeholder?.visible)
            add(goal.stakeholder.id, goal.stakeholder.displayName);
    return options;
}
function percentText(field) {
    const value = valueOf(field);
    if (field?.displayValue)
        return field.displayValue;
    return value === null ? '' : `${formatPercentFigure(value)}%`;
}
// --- the Opportunity panel ---
/** The whole Opportunity panel, or null when the deal is not in the result (deleted, no access). */
/**
 * The check-in form's customer-contact choices: the deal's stakeholder options, the blank one named
 * `noneLabel` (the Opportunity panel and the Log check-in action offer the same list).
 */
export function customerContactOptions(options, noneLabel) {
    return options.map((o) => (o.value ? o : { ...o, label: noneLabel }));
}
export function mapOpportunityOutcomes(data) {
    const query = data?.uiapi?.query;
    const opportunity = nodes(query?.Opportunity)[0];
    if (!opportunity)
        return null;
    const state = dealState(opportunity);
    const kpis = nodes(query?.Customer_KPI__c).map(mapKpi);
    const byGoal = kpisByGoal(kpis);
    const goals = orderGoals(nodes(opportunity.Customer_Goals__r).map((g) => mapGoal(g, byGoal.get(g.Id) ?? [])));
    // Only KPIs of goals we show count: a KPI page can run ahead of the goal page.
    const shownGoalIds = new Set(goals.map((g) => g.id));
    const shownKpis = kpis.filter((k) => k.goalId !== null && shownGoalIds.has(k.goalId));
    const stakeholderIds = new Set(goals.map((g) => g.stakeholder?.id).filter((id) => Boolean(id)));
    const roles = mapContactRoles(nodes(opportunity.OpportunityContactRoles), stakeholderIds);
    const done = completeness(roles, shownKpis, goals);
    const next = nextAction(roles, goals, shownKpis);
    const accountId = valueOf(opportunity.AccountId) ?? opportunity.Account?.Id ?? null;
    const metricsExpected = Boolean(valueOf(opportunity.Customer_Metrics_Expected__c));
    const probabilityText = percentText(opportunity.Probability);
    const thresholdText = percentText(opportunity.Customer_Metrics_Threshold__c);
    // The warning states both figures: left out when the user cannot read either.
    const showMetricsWarning = state === 'open' && metricsExpected && done.measurableKpis === 0 && Boolean(probabilityText && thresholdText);
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
const NO_READINGS = Object.freeze([]);
/** A reading with its KPI, value and date; null when any is missing (a field the user cannot read). */
export function mapReading(record) {
    const kpiId = valueOf(record.Customer_KPI__c);
    const value = valueOf(record.Value__c);
    const date = valueOf(record.Measured_On__c);
    if (!kpiId || value === null || !date)
        return null;
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
export function readingsByKpi(records, limit = TREND_READINGS) {
    const byKpi = new Map();
    for (const record of records) {
        const reading = mapReading(record);
        if (!reading)
            continue;
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
export function summarizeValue(kpis, goals, totals) {
    const counts = new Map();
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
export function dueInWords(days) {
    if (days === null)
        return '';
    if (days < -1)
        return formatLabel(LABELS.daysOverdue, formatNumber(-days));
    if (days === -1)
        return LABELS.daysOverdueOne;
    if (days === 0)
        return LABELS.dueToday;
    if (days === 1)
        return LABELS.dueInOneDay;
    return formatLabel(LABELS.dueInDays, formatNumber(days));
}
/** A won deal due for follow-up; `today` is the user's date (YYYY-MM-DD), as TODAY() in the org's formulas. */
export function mapFollowUpDeal(record, today) {
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
export function mapAccountOutcomes(data, today) {
    const query = data?.uiapi?.query;
    const account = nodes(query?.Account)[0];
    if (!account)
        return null;
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
export function groupAccountGoals(goals, grouping) {
    if (grouping === 'goal')
        return goals.length ? [{ key: 'goals', heading: '', goals }] : [];
    const byId = new Map(goals.map((entry) => [entry.goal.id, entry]));
    return groupGoals(goals.map((entry) => entry.goal)).map((group) => ({
        key: group.key,
        heading: group.heading,
        goals: group.goals.map((goal) => byId.get(goal.id)).filter((entry) => Boolean(entry))
    }));
}
/** The Home list: won deals due for follow-up, in query order (most overdue first). */
export function mapFollowUpsDue(data, today) {
    const connection = data?.uiapi?.query?.Opportunity;
    const deals = nodes(connection).map((record) => mapFollowUpDeal(record, today));
    return { deals, total: Math.max(connection?.totalCount ?? 0, deals.length), hasMore: hasNextPage(connection) };
}
