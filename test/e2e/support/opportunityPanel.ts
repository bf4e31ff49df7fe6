/**
 * What the Opportunity panel's end-to-end tests share: GraphQL reads that check what the store
 * holds, opening a deal as of another day (the page's `?today=` and the browser clock agree, so
 * the server's TODAY() and the components' "today" are the same day), and driving the panel's
 * base components the way a person does (comboboxes, date inputs, field messages).
 */
import type { Locator, Page } from 'playwright-core';
import type { RunningPreview } from '../../../preview/harness/runningPreview';
import { graphql, type Connection } from '../../../preview/harness/requests';

export interface SampleDeal {
    id: string;
    closeDate: string;
}

export async function sampleDeal(preview: RunningPreview, namePrefix: string): Promise<SampleDeal> {
    const data = await graphql<{ Opportunity: Connection<{ Id: string; CloseDate: { value: string } }> }>(
        preview,
        `{ uiapi { query { Opportunity(where: { Name: { like: "${namePrefix}%" } }, first: 1) { edges { node { Id CloseDate { value } } } } } } }`
    );
    const node = data.Opportunity.edges[0]?.node;
    if (!node) throw new Error(`no sample opportunity named ${namePrefix}…`);
    return { id: node.Id, closeDate: node.CloseDate.value };
}

/** A date as the en-US user reads it in the panel (display values): 1/6/2027. */
export function shortDate(iso: string): string {
    const [year, month, day] = iso.split('-').map(Number);
    return `${month}/${day}/${year}`;
}

/**
 * Opens a deal's record page. With `today`, the page is viewed as of that day: the server
 * evaluates TODAY() as that day (`?today=`) and the browser's clock reads noon UTC of that day,
 * which is the same calendar day in the preview user's time zone (America/Los_Angeles).
 */
export async function openDeal(page: Page, preview: RunningPreview, id: string, today?: string): Promise<Locator> {
    if (today) await page.clock.setFixedTime(new Date(`${today}T12:00:00Z`));
    await page.goto(`${preview.url}${today ? `?today=${today}` : ''}#/r/Opportunity/${id}`);
    const panel = page.locator('c-opportunity-outcomes');
    await panel.getByRole('heading', { level: 2 }).waitFor();
    await panel.locator('.intro').waitFor();
    return panel;
}

/** Picks a combobox option with the mouse. */
export async function choose(scope: Locator, label: string, option: string): Promise<void> {
    await scope.getByRole('combobox', { name: label, exact: true }).click();
    await scope.getByRole('option', { name: option, exact: true }).click();
}

/**
 * Picks a combobox option with the keyboard, as a person does: focus it, Enter opens the list,
 * the arrow keys move to the option, Enter picks it. (Keys go to whatever has focus, as typing
 * does: a locator's press() would focus the combobox again and reset the highlighted option.)
 */
export async function chooseByKeyboard(scope: Locator, label: string, option: string): Promise<void> {
    const page = scope.page();
    // A pointer resting where the list opens would highlight the option under it (mouseover) and
    // move the highlight behind the keyboard's back: keyboard use means the mouse is out of the way.
    await page.mouse.move(0, 0);
    const combobox = scope.getByRole('combobox', { name: label, exact: true });
    const highlighted = async (): Promise<string> => {
        const id = await combobox.getAttribute('aria-activedescendant');
        const text = id ? await page.locator(`[id="${id}"]`).textContent() : '';
        return (text ?? '').replace(/\s+/g, ' ').trim();
    };
    await combobox.focus();
    await page.keyboard.press('Enter');
    await eventually(
        () => combobox.getAttribute('aria-expanded'),
        (expanded) => expect(expanded).toBe('true')
    );
    const seen: string[] = [];
    for (let current = await highlighted(); current !== option;) {
        seen.push(current);
        if (seen.length > 20) throw new Error(`no option ${option} in ${label} (saw ${seen.join(', ')})`);
        await page.keyboard.press('ArrowDown');
        // The highlight moves asynchronously: wait for it, or a slow machine reads the old
        // option, presses again and overshoots.
        const previous = current;
        await eventually(
            () => highlighted(),
            (now) => expect(now).not.toBe(previous)
        );
        current = await highlighted();
    }
    await page.keyboard.press('Enter');
    await eventually(
        () => textOf(combobox),
        (text) => expect(text).toBe(option)
    );
}

/** Ticks a checkbox by clicking its label, as a person does (SLDS draws the box over the input). */
export async function tick(scope: Locator, label: string): Promise<void> {
    await scope.locator('label').filter({ hasText: label }).click();
    await eventually(
        () => scope.getByRole('checkbox', { name: label, exact: true }).isChecked(),
        (checked) => expect(checked).toBe(true)
    );
}

// --- assertions that wait (playwright-core has no expect of its own) ---

/** Re-reads until the check passes or the time is up; then fails with the last reading. */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => void, timeoutMs = 10000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const value = await read();
        try {
            check(value);
            return;
        } catch (error) {
            if (Date.now() > deadline) throw error;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
}

/** What a person reads in an element: its rendered text, whitespace collapsed. */
export async function textOf(locator: Locator): Promise<string> {
    return (await locator.innerText()).replace(/\s+/g, ' ').trim();
}

export async function expectText(locator: Locator, expected: string | RegExp): Promise<void> {
    await locator.first().waitFor();
    await eventually(
        () => textOf(locator),
        (text) => (typeof expected === 'string' ? expect(text).toBe(expected) : expect(text).toMatch(expected))
    );
}

export async function expectTextContaining(locator: Locator, part: string): Promise<void> {
    await locator.first().waitFor();
    await eventually(
        () => textOf(locator),
        (text) => expect(text).toContain(part)
    );
}

export async function expectCount(locator: Locator, count: number): Promise<void> {
    await eventually(
        () => locator.count(),
        (n) => expect(n).toBe(count)
    );
}

export async function expectFocused(locator: Locator): Promise<void> {
    await eventually(
        () => locator.evaluate((element) => element.matches(':focus, :focus-within')),
        (focused) => expect(focused).toBe(true)
    );
}

/** A description list's label/value pairs as read: [["Level", "Company"], ...] (one dd per dt). */
export async function describedValues(list: Locator): Promise<string[][]> {
    await list.first().waitFor();
    const clean = (texts: string[]): string[] => texts.map((t) => t.replace(/\s+/g, ' ').trim());
    // Locators reach into the list's shadow root when the list is a component (c-outcomes-detail-list).
    const labels = clean(await list.first().locator('dt').allTextContents());
    const values = clean(await list.first().locator('dd').allTextContents());
    return labels.map((label, i) => [label, values[i] ?? '']);
}
