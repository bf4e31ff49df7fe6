/**
 * Loading, error and not-found states of a page's data, shown the same way everywhere.
 * Errors are listed verbatim: the preview should say what the org would say.
 */
import { LightningElement, api } from 'lwc';

export default class PageStatus extends LightningElement {
    @api loading = false;
    @api errors: string[] = [];
    @api notFoundMessage = '';

    get hasErrors(): boolean {
        return this.errors.length > 0;
    }

    get errorItems(): { key: string; message: string }[] {
        return this.errors.map((message, i) => ({ key: String(i), message }));
    }
}
