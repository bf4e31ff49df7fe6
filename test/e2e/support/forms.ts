/**
 * Driving the package's inline forms in the preview and reading what a person reads there: a
 * labelled field's input and the message under it, and the GraphQL mutations the page sends (to
 * show that a form refused on the client sent nothing at all).
 */
import type { Locator, Page } from 'playwright-core';
import { eventually } from './opportunityPanel';

export const FIX_FIELDS = 'Nothing was saved. Fix the highlighted fields and save again.';

export interface FormField {
    input: Locator;
    /** The message shown under the field, '' when there is none. */
    message(): Promise<string>;
}

/**
 * The text input of a labelled base input, textarea or combobox, and the message shown under it
 * (read without the assistive copy of the field's label that the base input puts in front of it).
 */
export function field(scope: Locator, label: string, role: 'textbox' | 'combobox' = 'textbox'): FormField {
    const input = scope.getByRole(role, { name: label, exact: true });
    const help = scope
        .locator('lightning-input, lightning-textarea, lightning-combobox')
        .filter({ has: scope.page().getByRole(role, { name: label, exact: true }) })
        .locator('.slds-form-element__help');
    const message = async (): Promise<string> => {
        if ((await help.count()) === 0) return '';
        let text = (await help.first().textContent()) ?? '';
        for (const assistive of await help.first().locator('.slds-assistive-text').allTextContents()) text = text.replace(assistive, '');
        return text.replace(/\s+/g, ' ').trim();
    };
    return { input, message };
}

/** Waits until the labelled field shows exactly this message ('' for none). */
export async function expectMessage(scope: Locator, label: string, expected: string, role?: 'textbox' | 'combobox'): Promise<void> {
    await eventually(field(scope, label, role).message, (text) => expect(text).toBe(expected));
}

/** GraphQL mutations the page sends from now on (to show that a refused form sent nothing). */
export function mutationsSent(page: Page): string[] {
    const sent: string[] = [];
    page.on('request', (request) => {
        const body = request.method() === 'POST' && request.url().endsWith('/graphql') ? (request.postData() ?? '') : '';
        if (/"query":"\s*mutation/.test(body)) sent.push(body);
    });
    return sent;
}

/** What the labelled text inputs hold now, by label (to show that nothing typed was lost). */
export async function inputValues(scope: Locator, labels: string[]): Promise<Record<string, string>> {
    const values: Record<string, string> = {};
    for (const label of labels) values[label] = await field(scope, label).input.inputValue();
    return values;
}
