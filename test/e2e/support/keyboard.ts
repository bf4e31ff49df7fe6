/**
 * Moving through a page with the keyboard alone, and asking where focus is. The preview's
 * components live in (synthetic) shadow trees, so "the focused element" is document.activeElement
 * followed down through each shadow root's activeElement.
 */
import type { Locator, Page } from 'playwright-core';
import { eventually } from './opportunityPanel';

/**
 * The little of the DOM the page-side functions below use: they run in the browser, and the
 * tests' TypeScript has no DOM library. (Each function is sent to the page as its source, so
 * each walks to the focused element itself.)
 */
interface PageNode {
    tagName: string;
    id: string;
    className: string;
    textContent: string | null;
    type?: string;
    shadowRoot: { activeElement: PageNode | null } | null;
    parentElement: PageNode | null;
    getAttribute(name: string): string | null;
    querySelector(selector: string): PageNode | null;
}

interface PageWindow {
    document: { activeElement: PageNode | null; body: PageNode };
    getComputedStyle(node: PageNode): { outlineStyle: string; outlineWidth: string; boxShadow: string };
}

/** The focused element as a short description (tag, accessible label, text), for failure messages. */
async function focusedDescription(page: Page): Promise<string> {
    return page.evaluate(() => {
        const { document } = globalThis as unknown as PageWindow;
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        if (!active || active === document.body) return '(nothing: the page body)';
        const label = active.getAttribute('aria-label') ?? active.getAttribute('title') ?? '';
        const text = (active.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
        return `<${active.tagName.toLowerCase()}${active.id ? ` id="${active.id}"` : ''}> ${label} ${text}`.trim();
    });
}

/** True when the located element is the focused one (not merely one of its ancestors). */
async function isActiveElement(locator: Locator): Promise<boolean> {
    return locator.evaluate((element) => {
        const { document } = globalThis as unknown as PageWindow;
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return (active as unknown) === element;
    });
}

/** Waits until the located element is document.activeElement (through shadow roots). */
export async function expectActiveElement(locator: Locator): Promise<void> {
    const page = locator.page();
    await eventually(
        async () => ((await isActiveElement(locator)) ? 'the expected element' : await focusedDescription(page)),
        (focused) => expect(focused).toBe('the expected element')
    );
}

/**
 * Presses Tab (or Shift+Tab) until the located element has focus, as a keyboard user reaches
 * it; fails, naming each stop, when it is not reached within `max` presses. Returns the presses.
 */
export async function tabTo(locator: Locator, options: { backwards?: boolean; max?: number } = {}): Promise<number> {
    const page = locator.page();
    await locator.waitFor();
    const key = options.backwards ? 'Shift+Tab' : 'Tab';
    const stops: string[] = [];
    for (let presses = 1; presses <= (options.max ?? 60); presses += 1) {
        await page.keyboard.press(key);
        if (await isActiveElement(locator)) return presses;
        stops.push(await focusedDescription(page));
    }
    throw new Error(`${key} never reached the element; focus went to:\n  ${stops.join('\n  ')}`);
}

/**
 * The focused element shows a focus indicator: an outline, or an opaque box-shadow ring (SLDS's
 * focus style) once its transition has run. A checkbox input is visually hidden by SLDS, which
 * draws the focus on the box beside it.
 */
export async function expectFocusVisible(page: Page): Promise<void> {
    const indicator = (): Promise<string> =>
        page.evaluate(() => {
            const { document, getComputedStyle } = globalThis as unknown as PageWindow;
            let active = document.activeElement;
            while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
            if (!active || active === document.body) return 'nothing is focused';
            const drawn =
                active.tagName === 'INPUT' && active.type === 'checkbox'
                    ? (active.parentElement?.querySelector('.slds-checkbox_faux') ?? active)
                    : active;
            const style = getComputedStyle(drawn);
            const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1;
            // "rgba(11, 92, 171, 1) 0px 0px 0px 2px, ...": a ring needs an opaque, not white, colour and a blur or spread.
            const ring = (style.boxShadow.match(/rgba?\([^)]*\)[^,]*/g) ?? []).some((shadow) => {
                const [r = 255, g = 255, b = 255, alpha = 1] = (shadow.match(/\(([^)]*)\)/)?.[1] ?? '').split(',').map(Number);
                const lengths = (shadow.replace(/rgba?\([^)]*\)/, '').match(/-?[\d.]+px/g) ?? []).map(parseFloat);
                return alpha >= 0.5 && Math.min(r, g, b) < 200 && lengths.slice(2).some((length) => length >= 1);
            });
            return outline || ring ? 'visible' : `no focus indicator on <${drawn.tagName.toLowerCase()} class="${drawn.className}">`;
        });
    await eventually(indicator, (shown) => expect(shown).toBe('visible'), 2000);
}
