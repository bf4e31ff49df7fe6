/**
 * The three panels the benchmark measures, and how it knows each one: its bundle, its tag, the
 * query constant and variables builder it imports from c/outcomesQueries (checked against the
 * panel's source), the page it sits on, and what "rendered" means for it: an element the panel's
 * template shows only once its data is on screen (read from the templates).
 */
import { GqlDocument } from '../../core/components/gql';
import { bundleExists, componentSource, loadComponentModule, operationName } from './components';

export type PanelKey = 'opportunity' | 'account' | 'home';

export interface PanelSpec {
    key: PanelKey;
    label: string;
    bundle: string;
    tagName: string;
    queryExport: string;
    variablesExport: string;
    /**
     * CSS selectors (pierced with the native querySelectorAll under synthetic shadow) that all must
     * match. LWC renders a component's children in the same patch, so the first loaded goal on
     * screen means every loaded goal and KPI row is.
     */
    rendered: string[];
    /** The hash route of the page the panel sits on. */
    route(recordId: string | undefined): string;
    /**
     * Goal for the first load, KB gzip (figure 3): what issue 16 held each panel to ("no larger than
     * today"), measured before its label text was split by category and its write code moved to load
     * with the forms.
     */
    firstLoadGoalKb: number;
}

export const PANELS: readonly PanelSpec[] = [
    {
        key: 'opportunity',
        label: 'Opportunity panel',
        bundle: 'opportunityOutcomes',
        tagName: 'c-opportunity-outcomes',
        queryExport: 'OPPORTUNITY_OUTCOMES_QUERY',
        variablesExport: 'opportunityOutcomesVariables',
        // The intro shows with the loaded view; then its goals (each with its KPI rows), or "no goals".
        rendered: ['c-opportunity-outcomes .intro', 'c-opportunity-outcomes .goal, c-opportunity-outcomes .no-goals'],
        route: (id) => `#/r/Opportunity/${id ?? ''}`,
        firstLoadGoalKb: 18.7
    },
    {
        key: 'account',
        label: 'Account panel',
        bundle: 'accountOutcomes',
        tagName: 'c-account-outcomes',
        queryExport: 'ACCOUNT_OUTCOMES_QUERY',
        variablesExport: 'accountOutcomesVariables',
        // The intro shows with the loaded view; then its goals (each with its KPIs), or "no goals".
        rendered: ['c-account-outcomes .intro', 'c-account-outcomes .account-goal, c-account-outcomes .no-goals'],
        route: (id) => `#/r/Account/${id ?? ''}`,
        firstLoadGoalKb: 18.0
    },
    {
        key: 'home',
        label: 'Home list',
        bundle: 'followUpsDue',
        tagName: 'c-follow-ups-due',
        queryExport: 'MY_FOLLOW_UPS_DUE_QUERY',
        variablesExport: 'followUpsDueVariables',
        // Deals listed, or the "all follow-ups are current" state.
        rendered: ['c-follow-ups-due .follow-up-deal, c-follow-ups-due .all-current'],
        route: () => '#/',
        firstLoadGoalKb: 10.3
    }
];

export interface PanelQuery {
    spec: PanelSpec;
    query: string;
    operationName: string;
    variables(recordId?: string): Record<string, unknown>;
    /** Why the panel's source does not confirm this is its query (undefined: it does). */
    caveat?: string;
}

/** The panel's query text and variables as c/outcomesQueries exports them. */
export function panelQuery(spec: PanelSpec): PanelQuery {
    const queries = loadComponentModule('outcomesQueries');
    const document = queries[spec.queryExport];
    const build = queries[spec.variablesExport];
    if (!(document instanceof GqlDocument) || typeof build !== 'function') {
        throw new Error(`c/outcomesQueries does not export ${spec.queryExport} and ${spec.variablesExport}`);
    }
    const source = componentSource(spec.bundle);
    let caveat: string | undefined;
    if (!bundleExists(spec.bundle)) caveat = `${spec.bundle} not built`;
    else if (!source?.includes(spec.queryExport)) caveat = `${spec.bundle} does not import ${spec.queryExport}`;
    const query = document.source;
    return {
        spec,
        query,
        operationName: operationName(query) ?? spec.queryExport,
        variables: (recordId) => (build as (...args: unknown[]) => Record<string, unknown>)(...(recordId === undefined ? [] : [recordId])),
        caveat
    };
}
