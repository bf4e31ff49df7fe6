/** The Opportunity record page: header, stage path, then the regions pages.ts fills. */
import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import { displayField, type DisplayField } from 'shell/fields';
import { nodesOf, OPPORTUNITY_RECORD, recordHash, type OpportunityNode } from 'shell/queries';
import { PAGES, type PageContext } from '../../../pages';

interface QueryResult {
    data?: unknown;
    errors?: { message: string }[];
}

export default class OpportunityPage extends LightningElement {
    @api recordId?: string;

    @wire(graphql, { query: OPPORTUNITY_RECORD, variables: '$variables' })
    result?: QueryResult;

    readonly layout = PAGES.Opportunity;

    get variables(): { recordId: string | undefined } {
        return { recordId: this.recordId };
    }

    get record(): OpportunityNode | undefined {
        return nodesOf<OpportunityNode>(this.result?.data, 'Opportunity')[0];
    }

    get loading(): boolean {
        return !this.result?.data && !this.result?.errors; // the wire's first emission is empty
    }

    get errors(): string[] {
        return (this.result?.errors ?? []).map((e) => e.message);
    }

    get notFoundMessage(): string {
        return this.result?.data && !this.result.errors && !this.record ? `No Opportunity with id ${this.recordId ?? ''}.` : '';
    }

    get context(): PageContext {
        return { recordId: this.recordId, objectApiName: 'Opportunity' };
    }

    get name(): string {
        return this.record?.Name.value ?? '';
    }

    get stageName(): string {
        return this.record?.StageName.value ?? '';
    }

    get headerFields(): DisplayField[] {
        const r = this.record;
        if (!r) return [];
        const account = r.Account;
        return [
            displayField('Account Name', account?.Name?.value, 'link', account ? recordHash('Account', account.Id) : undefined),
            displayField('Close Date', r.CloseDate.value, 'date'),
            displayField('Amount', r.Amount.value, 'currency'),
            displayField('Opportunity Owner', r.Owner?.Name?.value)
        ];
    }

    get detailFields(): DisplayField[] {
        const r = this.record;
        if (!r) return [];
        return [
            displayField('Stage', r.StageName.displayValue ?? r.StageName.value),
            displayField('Probability (%)', r.Probability?.value, 'percent'),
            displayField('Type', r.Type?.displayValue ?? r.Type?.value),
            displayField('Next Step', r.NextStep?.value)
        ];
    }
}
