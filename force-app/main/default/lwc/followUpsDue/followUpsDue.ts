import { api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import OutcomesPanelBase from 'c/outcomesPanelBase';
import COMMON_LABELS from 'c/outcomesLabels';
import HOME_LABELS from 'c/outcomesLabelsHome';
import { formatLabel, formatNumber, todayIso } from 'c/outcomesFormat';
import { mapFollowUpsDue } from 'c/outcomesMappers';
import { MY_FOLLOW_UPS_DUE_QUERY, TEAM_FOLLOW_UPS_DUE_QUERY, followUpsDueVariables } from 'c/outcomesQueries';
import type { GraphQLResult } from 'lightning/graphql';
import type { FollowUpsDueData, FollowUpsDueVariables } from 'c/outcomesQueries';
import type { FollowUpDealView, FollowUpsDueView } from 'c/outcomesMappers';

/** This component's text: the label modules of what it loads with (scripts/generate-label-modules.ts). */
const LABELS = Object.freeze({ ...COMMON_LABELS, ...HOME_LABELS });

/**
 * Home and app pages: the won deals whose post-close follow-up is overdue or due soon, most
 * overdue first, each with days overdue (or until due, counted once per response against the
 * user's today, as the org's TODAY()), last check-in, account and a link to the deal. The
 * running user's deals, or with "Show my team's follow-ups" every deal sharing lets them see.
 * In team mode each row names its owner, and "Group by rep" lists the deals under each rep with
 * their count. One GraphQL request per load; "Show more follow-ups" re-runs it a page longer.
 */
export default class FollowUpsDue extends OutcomesPanelBase {
    /** The templates' text, with this component's own label modules. */
    override labels = LABELS;
    /** Design property "Show my team's follow-ups". */
    @api showTeam = false;
    /** Design property "Group by rep" (team mode): one list per owner, with how many deals each has. */
    @api groupByRep = false;

    view: FollowUpsDueView | null = null;

    get query(): unknown {
        return this.showTeam ? TEAM_FOLLOW_UPS_DUE_QUERY : MY_FOLLOW_UPS_DUE_QUERY;
    }

    get variables(): FollowUpsDueVariables {
        return followUpsDueVariables(this.pages);
    }

    @wire(graphql, { query: '$query', variables: '$variables', operationName: 'FollowUpsDue' })
    wiredFollowUps(result: GraphQLResult<FollowUpsDueData>): void {
        const data = this.accept(result);
        if (data) this.view = mapFollowUpsDue(data, todayIso());
    }

    get heading(): string {
        return this.showTeam ? LABELS.teamFollowUpsHeading : LABELS.followUpsHeading;
    }

    get hasDeals(): boolean {
        return (this.view?.deals.length ?? 0) > 0;
    }

    get allCurrent(): boolean {
        return Boolean(this.view) && !this.hasDeals;
    }

    /** The team's list by rep, each rep in the order of their most overdue deal; [] unless grouping. */
    get repGroups(): { key: string; heading: string; deals: FollowUpDealView[] }[] {
        if (!this.showTeam || !this.groupByRep) return [];
        const groups: Map<string, { key: string; name: string; deals: FollowUpDealView[] }> = new Map();
        for (const deal of this.view?.deals ?? []) {
            const key = deal.ownerId ?? deal.ownerName;
            const group = groups.get(key) ?? { key: `rep-${key}`, name: deal.ownerName || LABELS.ownerUnknown, deals: [] };
            group.deals.push(deal);
            groups.set(key, group);
        }
        return [...groups.values()].map((g) => ({
            key: g.key,
            heading:
                g.deals.length === 1
                    ? formatLabel(LABELS.repDealsOne, g.name)
                    : formatLabel(LABELS.repDeals, g.name, formatNumber(g.deals.length)),
            deals: g.deals
        }));
    }

    get isGrouped(): boolean {
        return this.showTeam && this.groupByRep;
    }

    get shownText(): string {
        const view = this.view;
        return view?.hasMore ? formatLabel(LABELS.followUpsShown, formatNumber(view.deals.length), formatNumber(view.total)) : '';
    }

    get paging(): Record<string, unknown> {
        return this.pagingState(this.shownText, LABELS.showMoreFollowUps, Boolean(this.view?.hasMore));
    }
}
