import { LightningElement, api } from 'lwc';

/** One labelled value of a record, as c-outcomes-detail-list shows it ("Category" / "Cost reduction"). */
export interface LabelledValue {
    /** Unique in its list (the field it shows). */
    key: string;
    label: string;
    value: string;
}

/**
 * A record's labelled values laid out like the record header's highlights: each label in small
 * grey text above its value, side by side, wrapping on narrow columns. A description list, so a
 * screen reader announces each label with its value. Values with no text are left out.
 */
export default class OutcomesDetailList extends LightningElement {
    @api items: LabelledValue[] = [];

    get shown(): LabelledValue[] {
        return (this.items ?? []).filter((item) => item.value !== '' && item.value !== null && item.value !== undefined);
    }

    get hasItems(): boolean {
        return this.shown.length > 0;
    }
}
