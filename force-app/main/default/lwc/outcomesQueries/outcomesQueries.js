// Generated from the .ts beside it by `npm run build`. Edit the TypeScript source, not this file.
/**
 * Every GraphQL read of the Customer Outcomes panels. Field lists live once, in fragments, so the
 * Opportunity, Account and Home panels ask for the same fields the same way; c/outcomesMappers
 * reads exactly these shapes (their types: queryTypes.ts, generated from these documents by
 * `npm run graphql:types`, re-exported here).
 *
 * The GraphQL wire adapter supports one level of child relationships (goals on the deal, but not
 * KPIs under those goals), so KPIs are a second root field of the same request, filtered through
 * their goal's Originating_Opportunity__c. Still one request per panel load.
 *
 * Field access (issue 11). The org builds the GraphQL schema per user: a field the user has no
 * field-level security for is not in it, and a query naming it fails whole ("Field 'X' is
 * undefined"). A field marked `@optional` (API v65.0+, lightning/graphql; this package is 66.0) is
 * instead left out of the response, with its subfields, when the user cannot read it, and the
 * query succeeds (GraphQL API Developer Guide, "Query Objects" and "Query Objects Examples":
 * `EmployeeNumber @optional { value }`). c/outcomesMappers reads an absent field as unknown:
 * blank, left out, or worked out from fields the user can read; never as "not set" or zero.
 *
 * Optional: details a panel can live without (contact title, role; a goal's category, why it
 * matters, cost of inaction, target date, KPI count; a KPI's unit, direction, dates, source,
 * progress, expected progress, reading count; a check-in's type, contact and notes; a deal's
 * stage, amount, close date, probability, metrics threshold, follow-up flags and check-in
 * summary; a reading's value and confirmation).
 * Required, deliberately: Id, Name and LastModifiedDate (identity, names and conflict checks;
 * system and name fields are always readable); every field a query filters or orders by (the
 * org refuses a where/orderBy on a field the user cannot see, @optional or not): the goal's
 * Account__c and Originating_Opportunity__c, the KPI's goal link Customer_Goal__c, the reading's
 * Customer_KPI__c and Measured_On__c, the check-in's Check_In_Date__c, the deal's AccountId,
 * IsWon, Follow_Up_Status__c and Next_Follow_Up_Due__c; the deal's IsClosed (with IsWon, which
 * panel to show); the goal's Level__c, Status__c and Stakeholder__c (grouping and the goals-
 * achieved count); the KPI's Baseline_Value__c, Target_Value__c, Current_Value__c and
 * KPI_Status__c (the figures and status the panels exist to show: without them completeness,
 * the value summary and the next step would state wrong counts and advice). A user without
 * those sees the panel's load error, which names the field.
 */
import { gql } from 'lightning/graphql';
/** Page sizes (records per request). Lists that grow page by growing `first`; see nextPages. */
export const PAGE_SIZE = Object.freeze({
    goals: 50,
    kpis: 200,
    contactRoles: 50,
    contacts: 200,
    checkIns: 5
});
/** The UI API caps a subquery at 2,000 records. */
export const MAX_RECORDS = 2000;
export const CONTACT_FIELDS = gql `
    fragment ContactFields on Contact {
        Id
        Name {
            value
        }
        Title @optional {
            value
        }
    }
`;
export const GOAL_FIELDS = gql `
    fragment GoalFields on Customer_Goal__c {
        Id
        LastModifiedDate {
            value
        }
        Name {
            value
        }
        Level__c {
            value
            displayValue
        }
        Category__c @optional {
            value
            displayValue
        }
        Status__c {
            value
            displayValue
        }
        Why_It_Matters__c @optional {
            value
        }
        Cost_Of_Inaction__c @optional {
            value
            displayValue
        }
        Target_Date__c @optional {
            value
            displayValue
        }
        Stakeholder__c {
            value
        }
        Stakeholder__r {
            ...ContactFields
        }
        Account__c {
            value
        }
        Originating_Opportunity__c {
            value
        }
        KPI_Count__c @optional {
            value
        }
    }
`;
export const KPI_FIELDS = gql `
    fragment KpiFields on Customer_KPI__c {
        Id
        LastModifiedDate {
            value
        }
        Name {
            value
        }
        Customer_Goal__c {
            value
        }
        Unit__c @optional {
            value
        }
        Direction__c @optional {
            value
            displayValue
        }
        Baseline_Value__c {
            value
        }
        Baseline_Date__c @optional {
            value
            displayValue
        }
        Target_Value__c {
            value
        }
        Target_Date__c @optional {
            value
            displayValue
        }
        Current_Value__c {
            value
        }
        Current_As_Of__c @optional {
            value
            displayValue
        }
        Measurement_Source__c @optional {
            value
            displayValue
        }
        Progress__c @optional {
            value
            displayValue
        }
        Expected_Progress__c @optional {
            value
            displayValue
        }
        KPI_Status__c {
            value
        }
        Last_Measured_On__c @optional {
            value
            displayValue
        }
        Measurement_Count__c @optional {
            value
        }
        Rebased_On__c @optional {
            value
            displayValue
        }
        Rebased_By__r @optional {
            Id
            Name {
                value
            }
        }
    }
`;
export const CHECK_IN_FIELDS = gql `
    fragment CheckInFields on Success_Check_In__c {
        Id
        Name {
            value
        }
        Check_In_Date__c {
            value
            displayValue
        }
        Type__c @optional {
            value
            displayValue
        }
        Customer_Contact__c @optional {
            value
        }
        Customer_Contact__r @optional {
            Id
            Name {
                value
            }
        }
        Implementation_Status__c @optional {
            value
            displayValue
        }
        Customer_Sentiment__c @optional {
            value
            displayValue
        }
        Summary__c @optional {
            value
        }
        Next_Step__c @optional {
            value
        }
        Next_Check_In_Date__c @optional {
            value
            displayValue
        }
    }
`;
export const FOLLOW_UP_FIELDS = gql `
    fragment FollowUpFields on Opportunity {
        Id
        Name {
            value
        }
        StageName @optional {
            value
            displayValue
        }
        IsClosed {
            value
        }
        IsWon {
            value
        }
        CloseDate @optional {
            value
            displayValue
        }
        Amount @optional {
            value
            displayValue
        }
        Follow_Up_Complete__c @optional {
            value
        }
        Next_Follow_Up_Due__c {
            value
            displayValue
        }
        Follow_Up_Status__c {
            value
        }
        Last_Check_In_Date__c @optional {
            value
            displayValue
        }
        Check_In_Count__c @optional {
            value
        }
    }
`;
/**
 * The Opportunity panel's one request: the deal, its contact roles, its goals, its recent
 * check-ins; the KPIs of its goals; the account's contacts (stakeholder picker) through a
 * semi-join on the deal's AccountId. Currency and dates are read with displayValue, so amounts
 * show in the record's currency and dates in the user's locale.
 */
export const OPPORTUNITY_OUTCOMES_QUERY = gql `
    query OpportunityOutcomes(
        $recordId: ID
        $goalLimit: Int
        $kpiLimit: Int
        $contactRoleLimit: Int
        $contactLimit: Int
        $checkInLimit: Int
    ) {
        uiapi {
            query {
                Opportunity(where: { Id: { eq: $recordId } }, first: 1) {
                    edges {
                        node {
                            ...FollowUpFields
                            Probability @optional {
                                value
                                displayValue
                            }
                            AccountId {
                                value
                            }
                            Account {
                                Id
                                Name {
                                    value
                                }
                            }
                            Customer_Metrics_Expected__c @optional {
                                value
                            }
                            Won_On__c @optional {
                                value
                                displayValue
                            }
                            Won_With_Future_Close_Date__c @optional {
                                value
                            }
                            Follow_Up_Closed_Reason__c @optional {
                                value
                                displayValue
                            }
                            Closed_Without_Check_In__c @optional {
                                value
                            }
                            Customer_Metrics_Threshold__c @optional {
                                value
                                displayValue
                            }
                            OpportunityContactRoles(first: $contactRoleLimit) {
                                edges {
                                    node {
                                        Id
                                        Role @optional {
                                            value
                                            displayValue
                                        }
                                        IsPrimary @optional {
                                            value
                                        }
                                        ContactId {
                                            value
                                        }
                                        Contact {
                                            ...ContactFields
                                        }
                                    }
                                }
                                pageInfo {
                                    hasNextPage
                                    endCursor
                                }
                            }
                            Customer_Goals__r(first: $goalLimit, orderBy: { Name: { order: ASC } }) {
                                edges {
                                    node {
                                        ...GoalFields
                                    }
                                }
                                pageInfo {
                                    hasNextPage
                                    endCursor
                                }
                            }
                            Success_Check_Ins__r(first: $checkInLimit, orderBy: { Check_In_Date__c: { order: DESC } }) {
                                edges {
                                    node {
                                        ...CheckInFields
                                    }
                                }
                                pageInfo {
                                    hasNextPage
                                    endCursor
                                }
                            }
                        }
                    }
                }
                Customer_KPI__c(
                    where: { Customer_Goal__r: { Originating_Opportunity__c: { eq: $recordId } } }
                    first: $kpiLimit
                    orderBy: { Name: { order: ASC } }
                ) {
                    edges {
                        node {
                            ...KpiFields
                        }
                    }
                    pageInfo {
                        hasNextPage
                        endCursor
                    }
                }
                Contact(
                    where: { AccountId: { inq: { Opportunity: { Id: { eq: $recordId } }, ApiName: "AccountId" } } }
                    first: $contactLimit
                    orderBy: { Name: { order: ASC } }
                ) {
                    edges {
                        node {
                            ...ContactFields
                        }
                    }
                    pageInfo {
                        hasNextPage
                        endCursor
                    }
                }
            }
        }
    }
    ${FOLLOW_UP_FIELDS}
    ${CONTACT_FIELDS}
    ${GOAL_FIELDS}
    ${KPI_FIELDS}
    ${CHECK_IN_FIELDS}
`;
/**
 * Variables of OPPORTUNITY_OUTCOMES_QUERY. `pages` grows when the user asks for more goals and
 * KPIs: the wire re-runs once with larger `first` values (one request per click), capped at the
 * UI API's 2,000 records a subquery.
 */
export function opportunityOutcomesVariables(recordId, pages = 1) {
    const limit = (size) => Math.min(size * Math.max(1, Math.floor(pages)), MAX_RECORDS);
    return {
        recordId,
        goalLimit: limit(PAGE_SIZE.goals),
        kpiLimit: limit(PAGE_SIZE.kpis),
        contactRoleLimit: PAGE_SIZE.contactRoles,
        contactLimit: PAGE_SIZE.contacts,
        checkInLimit: PAGE_SIZE.checkIns
    };
}
// --- the Account panel and the Home list (issue 7) ---
export const MEASUREMENT_FIELDS = gql `
    fragment MeasurementFields on KPI_Measurement__c {
        Id
        Customer_KPI__c {
            value
        }
        Value__c @optional {
            value
        }
        Measured_On__c {
            value
            displayValue
        }
        Customer_Confirmed__c @optional {
            value
        }
    }
`;
/** Follow_Up_Status__c values the Home list and the Account panel show. */
export const FOLLOW_UP_DUE_STATUSES = Object.freeze(['Overdue', 'Due soon']);
/**
 * Page sizes of the Account panel: each "Show more" re-runs its one query with every list one page
 * longer. Goals, their KPIs and the readings are ordered the same way (goal name, then KPI name), so
 * the first pages of KPIs belong to the first pages of goals; readings come newest first.
 */
export const ACCOUNT_PAGE_SIZE = Object.freeze({
    goals: 20,
    kpis: 100,
    measurements: 500,
    deals: 10
});
/**
 * The Account panel's one request. The wire adapter reads one level of child relationships, so
 * the account's goals are its child relationship and the KPIs, their readings and the won deals
 * due for follow-up are further root fields of the same request, filtered through their parents.
 */
export const ACCOUNT_OUTCOMES_QUERY = gql `
    query AccountOutcomes($recordId: ID, $goalLimit: Int, $kpiLimit: Int, $measurementLimit: Int, $dealLimit: Int, $statuses: [String]) {
        uiapi {
            query {
                Account(where: { Id: { eq: $recordId } }, first: 1) {
                    edges {
                        node {
                            Id
                            Name {
                                value
                            }
                            Customer_Goals__r(first: $goalLimit, orderBy: { Name: { order: ASC } }) {
                                totalCount
                                pageInfo {
                                    hasNextPage
                                    endCursor
                                }
                                edges {
                                    node {
                                        ...GoalFields
                                        Originating_Opportunity__r {
                                            Id
                                            Name {
                                                value
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                Customer_KPI__c(
                    where: { Customer_Goal__r: { Account__c: { eq: $recordId } } }
                    first: $kpiLimit
                    orderBy: { Customer_Goal__r: { Name: { order: ASC } }, Name: { order: ASC } }
                ) {
                    totalCount
                    pageInfo {
                        hasNextPage
                        endCursor
                    }
                    edges {
                        node {
                            ...KpiFields
                        }
                    }
                }
                KPI_Measurement__c(
                    where: { Customer_KPI__r: { Customer_Goal__r: { Account__c: { eq: $recordId } } } }
                    first: $measurementLimit
                    orderBy: { Measured_On__c: { order: DESC } }
                ) {
                    pageInfo {
                        hasNextPage
                        endCursor
                    }
                    edges {
                        node {
                            ...MeasurementFields
                        }
                    }
                }
                Opportunity(
                    where: { AccountId: { eq: $recordId }, IsWon: { eq: true }, Follow_Up_Status__c: { in: $statuses } }
                    first: $dealLimit
                    orderBy: { Next_Follow_Up_Due__c: { order: ASC } }
                ) {
                    pageInfo {
                        hasNextPage
                        endCursor
                    }
                    edges {
                        node {
                            ...FollowUpFields
                        }
                    }
                }
            }
        }
    }
    ${GOAL_FIELDS}
    ${CONTACT_FIELDS}
    ${KPI_FIELDS}
    ${MEASUREMENT_FIELDS}
    ${FOLLOW_UP_FIELDS}
`;
/** `pages` lists of `size`, at most the UI API's 2,000 records a subquery. */
function pageLimit(size, pages) {
    return Math.min(size * Math.max(1, Math.floor(pages)), MAX_RECORDS);
}
/** Variables of ACCOUNT_OUTCOMES_QUERY; `pages` grows by one per "Show more". */
export function accountOutcomesVariables(recordId, pages = 1, goalsPerPage = ACCOUNT_PAGE_SIZE.goals) {
    // KPIs and readings grow in proportion when an admin shows more goals a page.
    const scale = Math.max(1, goalsPerPage / ACCOUNT_PAGE_SIZE.goals);
    return {
        recordId,
        goalLimit: pageLimit(goalsPerPage, pages),
        kpiLimit: pageLimit(Math.ceil(ACCOUNT_PAGE_SIZE.kpis * scale), pages),
        measurementLimit: pageLimit(Math.ceil(ACCOUNT_PAGE_SIZE.measurements * scale), pages),
        dealLimit: pageLimit(ACCOUNT_PAGE_SIZE.deals, pages),
        statuses: [...FOLLOW_UP_DUE_STATUSES]
    };
}
/** Deals a page of the Home list. */
export const FOLLOW_UPS_PAGE_SIZE = 25;
/**
 * The Home list's one request: won deals whose follow-up is overdue or due soon, most overdue
 * first. `scope` is the record scope the list reads: MINE (the running user's deals) or
 * EVERYTHING (every deal sharing lets the user see: a manager's team). The two documents are built
 * once, here; only the scope differs.
 */
function followUpsDueQuery(scope) {
    const scopeArgument = `scope: ${scope}`;
    // The team list says whose deal each row is; the rep's own list needs no owner.
    const owner = scope === 'EVERYTHING' ? 'Owner { Id Name { value } }' : '';
    return gql `
        query FollowUpsDue($dealLimit: Int, $statuses: [String]) {
            uiapi {
                query {
                    Opportunity(
                        ${scopeArgument}
                        where: { IsWon: { eq: true }, Follow_Up_Status__c: { in: $statuses } }
                        first: $dealLimit
                        orderBy: { Next_Follow_Up_Due__c: { order: ASC }, Name: { order: ASC } }
                    ) {
                        totalCount
                        pageInfo {
                            hasNextPage
                            endCursor
                        }
                        edges {
                            node {
                                ...FollowUpFields
                                ${owner}
                                Account {
                                    Id
                                    Name {
                                        value
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        ${FOLLOW_UP_FIELDS}
    `;
}
export const MY_FOLLOW_UPS_DUE_QUERY = followUpsDueQuery('MINE');
export const TEAM_FOLLOW_UPS_DUE_QUERY = followUpsDueQuery('EVERYTHING');
/** Variables of the Home list's query; `pages` grows by one per "Show more". */
export function followUpsDueVariables(pages = 1) {
    return { dealLimit: pageLimit(FOLLOW_UPS_PAGE_SIZE, pages), statuses: [...FOLLOW_UP_DUE_STATUSES] };
}
