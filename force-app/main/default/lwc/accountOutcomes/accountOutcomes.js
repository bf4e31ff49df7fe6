// Generated from the .ts beside it by `npm run build`. Edit the TypeScript source, not this file.
import { api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import OutcomesPanelBase from 'c/outcomesPanelBase';
import COMMON_LABELS from 'c/outcomesLabels';
import ACCOUNT_LABELS from 'c/outcomesLabelsAccount';
import { formatLabel, formatNumber, todayIso } from 'c/outcomesFormat';
import { groupAccountGoals, mapAccountOutcomes } from 'c/outcomesMappers';
import { ACCOUNT_OUTCOMES_QUERY, ACCOUNT_PAGE_SIZE, accountOutcomesVariables } from 'c/outcomesQueries';
/** This component's text: the label modules of what it loads with (scripts/generate-label-modules.ts). */
const LABELS = Object.freeze({ ...COMMON_LABELS, ...ACCOUNT_LABELS });
const GROUPINGS = ['stakeholder', 'goal'];
/**
 * Account record page panel: every goal of the account across its deals, grouped by stakeholder
 * or by goal, each KPI with status, progress, a trend line and inline "Record reading"; what the
 * customer got (value summary); and the account's won deals whose follow-up is due or overdue.
 * One GraphQL request per load (c/outcomesQueries); "Show more goals" re-runs it a page longer.
 * The view is mapped once per response and the grouping once per view and choice, so re-renders
 * (a form opening, a save) do not recompute either.
 */
export default class AccountOutcomes extends OutcomesPanelBase {
    /** The templates' text, with this component's own label modules. */
    labels = LABELS;
    @api
    recordId;
    @api
    objectApiName;
    /** Design property "Group goals by": Stakeholder or Goal. */
    @api
    defaultGrouping;
    /** Design property "Goals per page". */
    @api
    goalsPerPage;
    view = null;
    chosenGrouping = null;
    /** No query until the page gives the record Id. */
    get query() {
        return this.recordId ? ACCOUNT_OUTCOMES_QUERY : undefined;
    }
    get variables() {
        return this.recordId ? accountOutcomesVariables(this.recordId, this.pages, this.pageSize) : undefined;
    }
    @wire(graphql, { query: '$query', variables: '$variables', operationName: 'AccountOutcomes' })
    wiredOutcomes(result) {
        const data = this.accept(result);
        if (data)
            this.view = mapAccountOutcomes(data, todayIso());
    }
    get pageSize() {
        const n = Number(this.goalsPerPage);
        return Number.isInteger(n) && n > 0 ? Math.min(n, 200) : ACCOUNT_PAGE_SIZE.goals;
    }
    get notFound() {
        return this.loaded && !this.loadError && !this.view;
    }
    // --- grouping ---
    get grouping() {
        if (this.chosenGrouping)
            return this.chosenGrouping;
        const configured = String(this.defaultGrouping ?? '').toLowerCase();
        return GROUPINGS.find((g) => g === configured) ?? 'stakeholder';
    }
    /** The grouping switch: a labelled radio group drawn as buttons (arrow keys move between them). */
    get groupingControl() {
        return {
            type: 'button',
            label: LABELS.groupBy,
            options: [
                { label: LABELS.groupByStakeholder, value: 'stakeholder' },
                { label: LABELS.groupByGoal, value: 'goal' }
            ],
            value: this.grouping
        };
    }
    handleGrouping(event) {
        const value = event.detail?.value;
        this.chosenGrouping = GROUPINGS.find((g) => g === value) ?? this.grouping;
    }
    get groups() {
        return this.view ? groupings(this.view, this.grouping) : [];
    }
    // --- goals, deals, paging ---
    get hasGoals() {
        return (this.view?.goals.length ?? 0) > 0;
    }
    get hasDeals() {
        return (this.view?.deals.length ?? 0) > 0;
    }
    get goalsShownText() {
        const view = this.view;
        return view ? formatLabel(LABELS.goalsShown, formatNumber(view.goals.length), formatNumber(view.goalTotal)) : '';
    }
    get paging() {
        return this.pagingState(this.goalsShownText, LABELS.showMoreGoals, Boolean(this.view?.hasMore));
    }
    /** A reading was saved: the KPI's current value, status and trend changed on the server. */
    async handleReadingSaved() {
        await this.reload();
    }
}
/** Groups per view and grouping, computed once each (views are replaced, never changed). */
const GROUPED = new WeakMap();
function groupings(view, grouping) {
    const byGrouping = GROUPED.get(view) ?? new Map();
    GROUPED.set(view, byGrouping);
    let groups = byGrouping.get(grouping);
    if (!groups) {
        groups = groupAccountGoals(view.goals, grouping);
        byGrouping.set(grouping, groups);
    }
    return groups;
}
