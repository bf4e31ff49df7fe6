/**
 * Benchmark baseline (preview only, never deployed): a bare lightning-datatable of the KPIs an
 * Account (or an Opportunity, through its goals' Originating Opportunity) has, fetched in one
 * GraphQL request with the same KPI fields, filter and order as the panels' queries
 * (c/outcomesQueries' KpiFields; `npm run bench` checks both responses carry the same fields).
 * It is what the cheapest correct rendering of the same rows costs with base components on the
 * same page frame, same bundle, same endpoint: `npm run bench` divides the panels' time to
 * render by this page's. Routes: #/bench/kpi-table/<recordId> (every row rendered, the datatable's
 * default) and #/bench/kpi-table-virtual/<recordId> (its virtualized long-list mode).
 */
import { LightningElement, api, wire } from 'lwc';
import { gql, graphql } from 'lightning/graphql';

interface Value {
    value: unknown;
    displayValue?: string | null;
}

interface KpiNode {
    Id: string;
    Name: Value;
    Direction__c: Value;
    Unit__c: Value;
    Baseline_Value__c: Value;
    Current_Value__c: Value;
    Target_Value__c: Value;
    Progress__c: Value;
    KPI_Status__c: Value;
    Current_As_Of__c: Value;
}

interface KpiData {
    uiapi?: { query?: { Customer_KPI__c?: { edges?: { node: KpiNode }[]; totalCount?: number } } };
}

interface QueryResult {
    data?: unknown;
    errors?: { message: string }[];
}

/** The fields of c/outcomesQueries' KpiFields fragment. */
const KPI_NODE = `
    Id
    Name { value }
    Customer_Goal__c { value }
    Unit__c { value }
    Direction__c { value displayValue }
    Baseline_Value__c { value }
    Baseline_Date__c { value displayValue }
    Target_Value__c { value }
    Target_Date__c { value displayValue }
    Current_Value__c { value }
    Current_As_Of__c { value displayValue }
    Measurement_Source__c { value displayValue }
    Progress__c { value displayValue }
    Expected_Progress__c { value displayValue }
    KPI_Status__c { value }
    Last_Measured_On__c { value displayValue }
    Measurement_Count__c { value }
`;

const BY_ACCOUNT = gql`
    query BenchKpiTable($recordId: ID, $limit: Int) {
        uiapi {
            query {
                Customer_KPI__c(
                    where: { Customer_Goal__r: { Account__c: { eq: $recordId } } }
                    first: $limit
                    orderBy: { Customer_Goal__r: { Name: { order: ASC } }, Name: { order: ASC } }
                ) {
                    edges { node { ${KPI_NODE} } }
                    totalCount
                }
            }
        }
    }
`;

const BY_OPPORTUNITY = gql`
    query BenchKpiTable($recordId: ID, $limit: Int) {
        uiapi {
            query {
                Customer_KPI__c(
                    where: { Customer_Goal__r: { Originating_Opportunity__c: { eq: $recordId } } }
                    first: $limit
                    orderBy: { Customer_Goal__r: { Name: { order: ASC } }, Name: { order: ASC } }
                ) {
                    edges { node { ${KPI_NODE} } }
                    totalCount
                }
            }
        }
    }
`;

const COLUMNS = [
    { label: 'KPI', fieldName: 'name' },
    { label: 'Direction', fieldName: 'direction' },
    { label: 'Baseline', fieldName: 'baseline', type: 'number' },
    { label: 'Current', fieldName: 'current', type: 'number' },
    { label: 'Target', fieldName: 'target', type: 'number' },
    { label: 'Unit', fieldName: 'unit' },
    { label: 'Progress', fieldName: 'progress' },
    { label: 'Status', fieldName: 'status' },
    { label: 'As of', fieldName: 'asOf' }
];

/** The UI API's page limit: the table shows every KPI up to it. */
const LIMIT = 2000;

export default class KpiTable extends LightningElement {
    @api recordId?: string;
    @api objectApiName?: string;
    /** 'virtual': the datatable's own long-list mode (role-based rows, vertical virtualization in a fixed-height box). */
    @api variant?: string;

    columns = COLUMNS;
    rows: Record<string, unknown>[] = [];
    total = 0;
    loaded = false;
    error = '';

    get query(): unknown {
        if (!this.recordId) return undefined;
        return this.objectApiName === 'Opportunity' ? BY_OPPORTUNITY : BY_ACCOUNT;
    }

    get variables(): Record<string, unknown> {
        return { recordId: this.recordId, limit: LIMIT };
    }

    @wire(graphql, { query: '$query', variables: '$variables', operationName: 'BenchKpiTable' })
    wired(result: QueryResult | undefined): void {
        if (!result) return;
        if (result.errors?.length) {
            this.error = result.errors.map((e) => e.message).join('; ');
            this.loaded = true;
            return;
        }
        const connection = (result.data as KpiData | undefined)?.uiapi?.query?.Customer_KPI__c;
        if (!connection) return;
        this.rows = (connection.edges ?? []).map(({ node }) => ({
            id: node.Id,
            name: node.Name.value,
            direction: node.Direction__c.displayValue ?? node.Direction__c.value,
            baseline: node.Baseline_Value__c.value,
            current: node.Current_Value__c.value,
            target: node.Target_Value__c.value,
            unit: node.Unit__c.value,
            progress: node.Progress__c.displayValue,
            status: node.KPI_Status__c.value,
            asOf: node.Current_As_Of__c.displayValue
        }));
        this.total = connection.totalCount ?? this.rows.length;
        this.loaded = true;
    }

    get virtual(): boolean {
        return this.variant === 'virtual';
    }

    get renderMode(): string {
        return this.virtual ? 'role-based' : 'default';
    }

    get renderConfig(): Record<string, unknown> | undefined {
        return this.virtual ? { virtualize: 'vertical' } : undefined;
    }

    get boxStyle(): string {
        return this.virtual ? 'height: 720px' : '';
    }

    get heading(): string {
        return `KPIs (${this.rows.length} of ${this.total})`;
    }
}
