/** The Account record page: header, the regions pages.ts fills, and the Opportunities related list. */
import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import { displayField, type DisplayField } from 'shell/fields';
import { ACCOUNT_RECORD, edgesOf, nodesOf, recordHash, type AccountNode } from 'shell/queries';
import { PAGES, type PageContext } from '../../../pages';

interface QueryResult {
    data?: unknown;
    errors?: { message: string }[];
}

interface RelatedOpportunity {
    id: string;
    href: string;
    name: string;
    fields: DisplayField[];
}

export default class AccountPage extends LightningElement {
    @api recordId?: string;

    @wire(graphql, { query: ACCOUNT_RECORD, variables: '$variables' })
    result?: QueryResult;

    readonly layout = PAGES.Account;

    get variables(): { recordId: string | undefined } {
        return { recordId: this.recordId };
    }

    get record(): AccountNode | undefined {
        return nodesOf<AccountNode>(this.result?.data, 'Account')[0];
    }

    get loading(): boolean {
        return !this.result?.data && !this.result?.errors; // the wire's first emission is empty
    }

    get errors(): string[] {
        return (this.result?.errors ?? []).map((e) => e.message);
    }

    get notFoundMessage(): string {
        return this.result?.data && !this.result.errors && !this.record ? `No Account with id ${this.recordId ?? ''}.` : '';
    }

    get context(): PageContext {
        return { recordId: this.recordId, objectApiName: 'Account' };
    }

    get name(): string {
        return this.record?.Name.value ?? '';
    }

    get headerFields(): DisplayField[] {
        const r = this.record;
        if (!r) return [];
        return [
            displayField('Type', r.Type?.displayValue ?? r.Type?.value),
            displayField('Industry', r.Industry?.displayValue ?? r.Industry?.value),
            displayField('Phone', r.Phone?.value),
            displayField('Website', r.Website?.value, 'url'),
            displayField('Account Owner', r.Owner?.Name?.value)
        ];
    }

    get opportunities(): RelatedOpportunity[] {
        return edgesOf(this.record?.Opportunities).map((o) => ({
            id: o.Id,
            href: recordHash('Opportunity', o.Id),
            name: o.Name.value ?? o.Id,
            fields: [
                displayField('Stage', o.StageName.displayValue ?? o.StageName.value),
                displayField('Amount', o.Amount.value, 'currency'),
                displayField('Close Date', o.CloseDate.value, 'date')
            ]
        }));
    }

    get opportunitiesTitle(): string {
        return `Opportunities (${this.opportunities.length})`;
    }
}
