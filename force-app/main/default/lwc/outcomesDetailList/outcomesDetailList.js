// Generated from the .ts beside it by `npm run build`. Edit the TypeScript source, not this file.
import { LightningElement, api } from 'lwc';
/**
 * A record's labelled values laid out like the record header's highlights: each label in small
 * grey text above its value, side by side, wrapping on narrow columns. A description list, so a
 * screen reader announces each label with its value. Values with no text are left out.
 */
export default class OutcomesDetailList extends LightningElement {
    @api
    items = [];
    get shown() {
        return (this.items ?? []).filter((item) => item.value !== '' && item.value !== null && item.value !== undefined);
    }
    get hasItems() {
        return this.shown.length > 0;
    }
}
