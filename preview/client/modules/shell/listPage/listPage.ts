/** An object's list view (Accounts, Opportunities) as a lightning-datatable with links to the records. */
import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import { ACCOUNT_LIST, nodesOf, OPPORTUNITY_LIST, recordHash, type AccountNode, type OpportunityNode } from 'shell/queries';

interface QueryResult {
    data?: unknown;
    errors?: { message: string }[];
}

interface Column {
    label: string;
    fieldName: string;
    type?: string;
    typeAttributes?: Record<string, unknown>;
}

type Row = Record<string, unknown> & { id: string };

interface ListDefinition {
    title: string;
    iconName: string;
    query: unknown;
    columns: Column[];
    rows(data: unknown): Row[];
}

const nameColumn = (label: string): Column => ({
    label,
    fieldName: 'href',
    type: 'url',
    typeAttributes: { label: { fieldName: 'name' }, target: '_self', tooltip: { fieldName: 'name' } }
});

const LISTS: Record<string, ListDefinition> = {
    Opportunity: {
        title: 'Opportunities',
        iconName: 'standard:opportunity',
        query: OPPORTUNITY_LIST,
        columns: [
            nameColumn('Opportunity Name'),
            {
                label: 'Account Name',
                fieldName: 'accountHref',
                type: 'url',
                typeAttributes: { label: { fieldName: 'accountName' }, target: '_self' }
            },
            { label: 'Stage', fieldName: 'stage' },
            { label: 'Amount', fieldName: 'amount', type: 'currency', typeAttributes: { currencyCode: 'USD' } },
            {
                label: 'Close Date',
                fieldName: 'closeDate',
                type: 'date-local',
                typeAttributes: { year: 'numeric', month: 'short', day: 'numeric' }
            }
        ],
        rows: (data) =>
            nodesOf<OpportunityNode>(data, 'Opportunity').map((o) => ({
                id: o.Id,
                href: recordHash('Opportunity', o.Id),
                name: o.Name.value,
                accountHref: o.Account ? recordHash('Account', o.Account.Id) : null,
                accountName: o.Account?.Name?.value ?? null,
                stage: o.StageName.displayValue ?? o.StageName.value,
                amount: o.Amount.value,
                closeDate: o.CloseDate.value
            }))
    },
    Account: {
        title: 'Accounts',
        iconName: 'standard:account',
        query: ACCOUNT_LIST,
        columns: [
            nameColumn('Account Name'),
            { label: 'Type', fieldName: 'type' },
            { label: 'Industry', fieldName: 'industry' },
            { label: 'Phone', fieldName: 'phone', type: 'phone' },
            { label: 'Website', fieldName: 'website', type: 'url', typeAttributes: { target: '_blank' } }
        ],
        rows: (data) =>
            nodesOf<AccountNode>(data, 'Account').map((a) => ({
                id: a.Id,
                href: recordHash('Account', a.Id),
                name: a.Name.value,
                type: a.Type?.displayValue ?? a.Type?.value ?? null,
                industry: a.Industry?.displayValue ?? a.Industry?.value ?? null,
                phone: a.Phone?.value ?? null,
                website: a.Website?.value ?? null
            }))
    }
};

export default class ListPage extends LightningElement {
    @api objectApiName?: string;

    @wire(graphql, { query: '$query' })
    result?: QueryResult;

    private get definition(): ListDefinition | undefined {
        return this.objectApiName ? LISTS[this.objectApiName] : undefined;
    }

    get query(): unknown {
        return this.definition?.query;
    }

    get known(): boolean {
        return this.definition !== undefined;
    }

    get heading(): string {
        return this.definition?.title ?? '';
    }

    get iconName(): string {
        return this.definition?.iconName ?? 'standard:record';
    }

    get columns(): Column[] {
        return this.definition?.columns ?? [];
    }

    get rows(): Row[] {
        return this.definition && this.result?.data ? this.definition.rows(this.result.data) : [];
    }

    get countLabel(): string {
        return `${this.rows.length} item${this.rows.length === 1 ? '' : 's'}`;
    }

    get loading(): boolean {
        return this.known && !this.result?.data && !this.result?.errors; // the wire's first emission is empty
    }

    get errors(): string[] {
        return (this.result?.errors ?? []).map((e) => e.message);
    }

    get unknownMessage(): string {
        return this.known ? '' : `The preview has no list for ${this.objectApiName ?? 'this object'}.`;
    }

    get showTable(): boolean {
        return this.known && !!this.result?.data && this.errors.length === 0;
    }
}
