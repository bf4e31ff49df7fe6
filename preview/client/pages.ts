/**
 * Which package components the preview places on which page, like the package's Lightning
 * pages do in the org. Components are named by tag; one not built yet (no bundle in
 * force-app/main/default/lwc) is skipped with a visible note. `props` receives the page
 * context, as the org passes recordId/objectApiName to components that declare them.
 */
export interface PageContext {
    recordId?: string;
    objectApiName?: string;
    /** Home as a manager's page: Follow-ups Due with "Show my team's follow-ups" on (`#/?c__team=true`). */
    showTeam?: boolean;
    /** Follow-ups Due's "Group by rep" design property (`#/?c__team=true&c__byRep=true`). */
    groupByRep?: boolean;
}

export interface PlacedComponent {
    /** Tag name, e.g. c-opportunity-outcomes. */
    component: string;
    props?: (context: PageContext) => Record<string, unknown>;
}

export interface PageLayout {
    /** The wide column. */
    main: PlacedComponent[];
    /** The narrow right-hand column (record pages). */
    sidebar?: PlacedComponent[];
}

export type PageName = 'Opportunity' | 'Account' | 'Home';

const recordContext = ({ recordId, objectApiName }: PageContext): Record<string, unknown> => ({ recordId, objectApiName });

export const PAGES: Record<PageName, PageLayout> = {
    Opportunity: { main: [{ component: 'c-opportunity-outcomes', props: recordContext }] },
    Account: { main: [{ component: 'c-account-outcomes', props: recordContext }] },
    Home: {
        main: [
            {
                component: 'c-follow-ups-due',
                props: ({ showTeam, groupByRep }) => ({ showTeam: Boolean(showTeam), groupByRep: Boolean(groupByRep) })
            }
        ]
    }
};
