/**
 * Home: the regions pages.ts fills, beside the latest deals by close date. `#/?c__team=true` is
 * Home as a manager's page, the way an admin configures one in App Builder; `&c__byRep=true` also
 * turns on Follow-ups Due's "Group by rep".
 */
import { LightningElement, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import { CurrentPageReference, type PageReference } from 'lightning/navigation';
import { displayField, type DisplayField } from 'shell/fields';
import { nodesOf, OPPORTUNITY_LIST, recordHash, type OpportunityNode } from 'shell/queries';
import { PAGES, type PageContext } from '../../../pages';

interface QueryResult {
    data?: unknown;
    errors?: { message: string }[];
}

interface DealRow {
    id: string;
    href: string;
    name: string;
    stage: DisplayField;
    closeDate: DisplayField;
}

const RECENT_COUNT = 6;

export default class HomePage extends LightningElement {
    @wire(graphql, { query: OPPORTUNITY_LIST })
    result?: QueryResult;

    @wire(CurrentPageReference)
    pageRef?: PageReference;

    readonly layout = PAGES.Home;

    get context(): PageContext {
        const state = this.pageRef?.state;
        return { showTeam: state?.c__team === 'true', groupByRep: state?.c__byRep === 'true' };
    }

    get loading(): boolean {
        return !this.result?.data && !this.result?.errors; // the wire's first emission is empty
    }

    get errors(): string[] {
        return (this.result?.errors ?? []).map((e) => e.message);
    }

    get deals(): DealRow[] {
        return nodesOf<OpportunityNode>(this.result?.data, 'Opportunity')
            .slice(0, RECENT_COUNT)
            .map((o) => ({
                id: o.Id,
                href: recordHash('Opportunity', o.Id),
                name: o.Name.value ?? o.Id,
                stage: displayField('Stage', o.StageName.displayValue ?? o.StageName.value),
                closeDate: displayField('Close Date', o.CloseDate.value, 'date')
            }));
    }

    get hasDeals(): boolean {
        return this.deals.length > 0;
    }
}
