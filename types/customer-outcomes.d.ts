/**
 * Types of the Customer Outcomes components: the UI API GraphQL result shapes the queries in
 * c/outcomesQueries ask for, the view models c/outcomesMappers builds, what the forms emit.
 *
 * A global namespace rather than an importable module: the LWC ESLint config for TypeScript
 * parses with @babel/eslint-parser, whose scope analysis reports interfaces and type aliases in
 * component files as undefined names and `import type` bindings as unused. Type annotations it
 * ignores, so components write `Outcomes.KpiView` in annotations and import nothing.
 */
declare namespace Outcomes {
    // ---------------------------------------------------------------------------------------------
    // UI API GraphQL shapes (a field value is an object; a parent the user cannot see is null;
    // a field left out by @optional or by FLS is absent, hence the `?` on every field).
    // ---------------------------------------------------------------------------------------------

    interface FieldValue<T> {
        value: T | null;
        displayValue?: string | null;
    }

    interface PageInfo {
        hasNextPage: boolean;
        endCursor: string | null;
    }

    interface Connection<T> {
        edges: { node: T }[];
        pageInfo?: PageInfo;
    }

    interface ContactRecord {
        Id: string;
        Name?: FieldValue<string>;
        Title?: FieldValue<string>;
    }

    interface ContactRoleRecord {
        Id: string;
        Role?: FieldValue<string>;
        IsPrimary?: FieldValue<boolean>;
        ContactId?: FieldValue<string>;
        Contact?: ContactRecord | null;
    }

    interface GoalRecord {
        Id: string;
        LastModifiedDate?: FieldValue<string>;
        Name?: FieldValue<string>;
        Level__c?: FieldValue<string>;
        Category__c?: FieldValue<string>;
        Status__c?: FieldValue<string>;
        Why_It_Matters__c?: FieldValue<string>;
        Cost_Of_Inaction__c?: FieldValue<number>;
        Target_Date__c?: FieldValue<string>;
        Stakeholder__c?: FieldValue<string>;
        Stakeholder__r?: ContactRecord | null;
        Account__c?: FieldValue<string>;
        Originating_Opportunity__c?: FieldValue<string>;
        KPI_Count__c?: FieldValue<number>;
        /** issue 20 ui: the deal the goal was captured on (Account panel). */
        Originating_Opportunity__r?: { Id: string; Name?: FieldValue<string> } | null;
    }

    interface KpiRecord {
        Id: string;
        LastModifiedDate?: FieldValue<string>;
        Name?: FieldValue<string>;
        Customer_Goal__c?: FieldValue<string>;
        Unit__c?: FieldValue<string>;
        Direction__c?: FieldValue<string>;
        Baseline_Value__c?: FieldValue<number>;
        Baseline_Date__c?: FieldValue<string>;
        Target_Value__c?: FieldValue<number>;
        Target_Date__c?: FieldValue<string>;
        Current_Value__c?: FieldValue<number>;
        Current_As_Of__c?: FieldValue<string>;
        Measurement_Source__c?: FieldValue<string>;
        Progress__c?: FieldValue<number>;
        Expected_Progress__c?: FieldValue<number>;
        KPI_Status__c?: FieldValue<string>;
        Last_Measured_On__c?: FieldValue<string>;
        Measurement_Count__c?: FieldValue<number>;
        Rebased_On__c?: FieldValue<string>;
        Rebased_By__r?: { Id: string; Name?: FieldValue<string> } | null;
    }

    interface CheckInRecord {
        Id: string;
        Name?: FieldValue<string>;
        Check_In_Date__c?: FieldValue<string>;
        Type__c?: FieldValue<string>;
        Customer_Contact__c?: FieldValue<string>;
        Customer_Contact__r?: ContactRecord | null;
        Implementation_Status__c?: FieldValue<string>;
        Customer_Sentiment__c?: FieldValue<string>;
        Summary__c?: FieldValue<string>;
        Next_Step__c?: FieldValue<string>;
        Next_Check_In_Date__c?: FieldValue<string>;
    }

    interface OpportunityRecord {
        Id: string;
        Name?: FieldValue<string>;
        StageName?: FieldValue<string>;
        Probability?: FieldValue<number>;
        IsClosed?: FieldValue<boolean>;
        IsWon?: FieldValue<boolean>;
        CloseDate?: FieldValue<string>;
        Amount?: FieldValue<number>;
        AccountId?: FieldValue<string>;
        Account?: { Id: string; Name?: FieldValue<string> } | null;
        /** issue 20 ui: the deal's owner (Home, team mode). */
        Owner?: { Id?: string; Name?: FieldValue<string> } | null;
        Follow_Up_Complete__c?: FieldValue<boolean>;
        Next_Follow_Up_Due__c?: FieldValue<string>;
        Follow_Up_Status__c?: FieldValue<string>;
        Last_Check_In_Date__c?: FieldValue<string>;
        Check_In_Count__c?: FieldValue<number>;
        Customer_Metrics_Expected__c?: FieldValue<boolean>;
        Customer_Metrics_Threshold__c?: FieldValue<number>;
        Won_On__c?: FieldValue<string>;
        Won_With_Future_Close_Date__c?: FieldValue<boolean>;
        Follow_Up_Closed_Reason__c?: FieldValue<string>;
        Closed_Without_Check_In__c?: FieldValue<boolean>;
        OpportunityContactRoles?: Connection<ContactRoleRecord> | null;
        Customer_Goals__r?: Connection<GoalRecord> | null;
        Success_Check_Ins__r?: Connection<CheckInRecord> | null;
    }

    /** data of OPPORTUNITY_OUTCOMES_QUERY. */
    interface OpportunityOutcomesData {
        uiapi: {
            query: {
                Opportunity: Connection<OpportunityRecord>;
                Customer_KPI__c?: Connection<KpiRecord> | null;
                Contact?: Connection<ContactRecord> | null;
            };
        };
    }

    interface GraphQLErrorLike {
        message?: string;
        path?: (string | number)[];
        extensions?: Record<string, unknown>;
    }

    // ---------------------------------------------------------------------------------------------
    // View models (what templates render; every string in them comes from data or c/outcomesLabels)
    // ---------------------------------------------------------------------------------------------

    type DealState = 'open' | 'won' | 'lost';
    type Direction = 'Increase' | 'Decrease';

    interface PersonView {
        /** Contact Id, even when the contact itself is not visible. */
        id: string | null;
        visible: boolean;
        /** "Dana Whitfield", or "Contact not visible to you". */
        name: string;
        /** "Dana Whitfield (Chief Financial Officer)" when a title or role is known. */
        displayName: string;
    }

    interface ContactRoleView {
        id: string;
        contact: PersonView;
        role: string;
        isPrimary: boolean;
        hasGoal: boolean;
        /** Text of the prompt and of its button. */
        prompt: string;
        addGoalLabel: string;
    }

    interface KpiView {
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

    interface GoalView {
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

    interface GoalGroupView {
        key: string;
        heading: string;
        goals: GoalView[];
    }

    interface FollowUpView {
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

    interface CheckInView {
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

    interface CompletenessView {
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

    interface Option {
        label: string;
        value: string;
    }

    /** One labelled value of a record, as c-outcomes-detail-list shows it ("Category" / "Cost reduction"). */
    interface LabelledValue {
        /** Unique in its list (the field it shows). */
        key: string;
        label: string;
        value: string;
    }

    interface OpportunityOutcomesView {
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

    // ---------------------------------------------------------------------------------------------
    // What the forms emit (typed, parsed values) and what a failed save reports back to them
    // ---------------------------------------------------------------------------------------------

    interface GoalDraft {
        id: string | null;
        name: string;
        level: string;
        category: string | null;
        status: string | null;
        stakeholderId: string | null;
        whyItMatters: string | null;
        costOfInaction: number | null;
        targetDate: string | null;
    }

    interface KpiDraft {
        id: string | null;
        goalId: string;
        name: string;
        unit: string | null;
        direction: Direction;
        baselineValue: number | null;
        baselineDate: string | null;
        targetValue: number | null;
        targetDate: string | null;
        source: string | null;
    }

    interface ReadingDraft {
        kpiId: string;
        value: number;
        confirmed: boolean;
    }

    interface CheckInDraft {
        checkInDate: string;
        type: string | null;
        contactId: string | null;
        implementationStatus: string | null;
        sentiment: string | null;
        summary: string;
        nextStep: string | null;
        nextCheckInDate: string | null;
        /** Only KPIs with a value typed in. */
        readings: ReadingDraft[];
    }

    /** One dated reading of a KPI (KPI_Measurement__c), e.g. recorded inline on the Account panel. */
    interface MeasurementDraft {
        kpiId: string;
        value: number;
        measuredOn: string;
        source: string | null;
        confirmed: boolean;
        note: string | null;
    }

    /** Field key (the input's data-key) -> message; `form` for a message that belongs to no field. */
    interface FormErrors {
        fields: Record<string, string>;
        form: string | null;
    }

    /** An inline form's component, loaded on first use (c/outcomesFormLoader), or why it could not be. */
    interface FormLoad {
        formConstructor: unknown;
        error: string | null;
    }

    /** An edit of an existing record, for updateRecord (c/outcomesRecordUpdates). */
    interface RecordUpdate {
        kind: 'goal' | 'kpi';
        /** Id plus every field of the form (null clears a field). */
        fields: Record<string, unknown>;
    }

    /** Why an edit was not saved: someone changed or deleted the record meanwhile, or the org refused the values. */
    interface UpdateFailure {
        reason: 'conflict' | 'deleted' | 'invalid';
        errors: FormErrors;
    }

    /** The Opportunity panel's inline forms, by the name it renders them under. */
    type OpportunityFormName = 'goalForm' | 'kpiForm' | 'checkInForm';

    interface MutationRequest {
        query: unknown;
        variables: Record<string, unknown>;
        operationName: string;
        /** Alias of each operation in the document -> what it writes (to put a failure on its field). */
        operations: Record<string, { object: string; kpiId?: string; reading?: boolean }>;
    }

    // -----------------------------------------------------------------------------------------
    // Module-level helpers' types
    // -----------------------------------------------------------------------------------------

    type WireResult<T = unknown> = import('lightning/graphql').GraphQLResult<T>;

    /** Number/Currency field limits for parsing typed text. */
    interface NumberSpec {
        precision: number;
        scale: number;
        allowNegative: boolean;
    }

    type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

    interface Validated<T> {
        errors: Record<string, string>;
        draft: T | null;
    }

    /** Raw form values, keyed by field API name (numbers still as typed text). */
    interface GoalFormValues {
        id?: string | null;
        Name?: unknown;
        Stakeholder__c?: unknown;
        Level__c?: unknown;
        Category__c?: unknown;
        Status__c?: unknown;
        Why_It_Matters__c?: unknown;
        Cost_Of_Inaction__c?: unknown;
        Target_Date__c?: unknown;
    }

    interface KpiFormValues {
        id?: string | null;
        goalId?: string | null;
        Name?: unknown;
        Unit__c?: unknown;
        Direction__c?: unknown;
        Baseline_Value__c?: unknown;
        Baseline_Date__c?: unknown;
        Target_Value__c?: unknown;
        Target_Date__c?: unknown;
        Measurement_Source__c?: unknown;
    }

    interface MeasurementFormValues {
        kpiId?: string | null;
        Value__c?: unknown;
        Measured_On__c?: unknown;
        Source__c?: unknown;
        Customer_Confirmed__c?: unknown;
        Note__c?: unknown;
    }

    interface ReadingFormValues {
        value?: unknown;
        confirmed?: unknown;
    }

    interface CheckInFormValues {
        Check_In_Date__c?: unknown;
        Type__c?: unknown;
        Customer_Contact__c?: unknown;
        Implementation_Status__c?: unknown;
        Customer_Sentiment__c?: unknown;
        Summary__c?: unknown;
        Next_Step__c?: unknown;
        Next_Check_In_Date__c?: unknown;
        readings?: Record<string, ReadingFormValues>;
    }

    /** lightning-input, -combobox and -textarea: the constraint-validation API the forms use. */
    interface ValidatableInput extends HTMLElement {
        setCustomValidity(message: string): void;
        reportValidity(): boolean;
    }

    /** The public API of the forms (c-goal-form, c-kpi-form, c-check-in-form). */
    interface FormApi extends HTMLElement {
        reportServerErrors(errors: FormErrors): void;
    }

    interface StatusWords {
        label: string;
        icon: string;
    }

    interface OpportunityOutcomesVariables {
        recordId: string;
        goalLimit: number;
        kpiLimit: number;
        contactRoleLimit: number;
        contactLimit: number;
        checkInLimit: number;
        [name: string]: unknown;
    }
}

// -------------------------------------------------------------------------------------------------
// The Account panel and the Home list (issue 7): more of the same namespace.
// -------------------------------------------------------------------------------------------------
declare namespace Outcomes {
    /** A connection that was asked for its totalCount. */
    interface CountedConnection<T> extends Connection<T> {
        totalCount?: number | null;
    }

    interface MeasurementRecord {
        Id: string;
        Customer_KPI__c?: FieldValue<string>;
        Value__c?: FieldValue<number>;
        Measured_On__c?: FieldValue<string>;
        Customer_Confirmed__c?: FieldValue<boolean>;
    }

    interface AccountRecord {
        Id: string;
        Name?: FieldValue<string>;
        Customer_Goals__r?: CountedConnection<GoalRecord> | null;
    }

    /** data of ACCOUNT_OUTCOMES_QUERY. */
    interface AccountOutcomesData {
        uiapi: {
            query: {
                Account: Connection<AccountRecord>;
                Customer_KPI__c?: CountedConnection<KpiRecord> | null;
                KPI_Measurement__c?: Connection<MeasurementRecord> | null;
                Opportunity?: Connection<OpportunityRecord> | null;
            };
        };
    }

    /** data of MY_FOLLOW_UPS_DUE_QUERY and TEAM_FOLLOW_UPS_DUE_QUERY. */
    interface FollowUpsDueData {
        uiapi: {
            query: {
                Opportunity: CountedConnection<OpportunityRecord>;
            };
        };
    }

    interface AccountOutcomesVariables {
        recordId: string;
        goalLimit: number;
        kpiLimit: number;
        measurementLimit: number;
        dealLimit: number;
        statuses: string[];
        [name: string]: unknown;
    }

    interface FollowUpsDueVariables {
        dealLimit: number;
        statuses: string[];
        [name: string]: unknown;
    }

    /** One dated reading of a KPI, for its trend line. */
    interface ReadingView {
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
    interface StatusCountView {
        status: string;
        label: string;
        icon: string;
        count: number;
    }

    /** What the customer got: KPI statuses and goals achieved, in words and numbers. */
    interface ValueSummaryView {
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
    interface FollowUpDealView {
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
    interface AccountKpiView {
        kpi: KpiView;
        /** Oldest first; the latest few loaded. */
        readings: ReadingView[];
    }

    /** A goal on the Account panel with its loaded KPIs and what is not loaded yet. */
    interface AccountGoalView {
        goal: GoalView;
        kpis: AccountKpiView[];
        /** The stakeholder named on the goal (goal grouping), "" when none. */
        stakeholderText: string;
        /** KPIs of the goal that exist beyond the loaded page ("" when all are loaded). */
        kpisNotLoadedText: string;
        /** The goal has no KPI at all (not merely none loaded yet). */
        noKpis: boolean;
    }

    interface AccountGoalGroupView {
        key: string;
        heading: string;
        goals: AccountGoalView[];
    }

    interface AccountOutcomesView {
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

    interface FollowUpsDueView {
        deals: FollowUpDealView[];
        total: number;
        hasMore: boolean;
    }

    type Grouping = 'stakeholder' | 'goal';

    /** A trend line as drawn: polyline points, the latest point, reference lines' heights (null when absent). */
    interface TrendGeometry {
        points: string;
        last: { x: number; y: number } | null;
        baselineY: number | null;
        targetY: number | null;
    }
}
