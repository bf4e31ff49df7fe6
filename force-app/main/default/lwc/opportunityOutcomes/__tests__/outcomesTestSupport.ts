/**
 * Helpers shared by the Customer Outcomes component tests (not a test itself; __tests__ folders
 * are never built or deployed). Kept inside a bundle's __tests__: a top-level lwc/__tests__
 * folder would be listed as an empty LightningComponentBundle by `sf project convert source`.
 */
import { graphql } from 'lightning/graphql';
import { asType } from 'c/outcomesFormat';
import type { ValidatableInput } from 'c/outcomesValidation';

export interface WireRequest {
    query: string;
    variables?: Record<string, unknown>;
    operationName?: string;
}

export interface GraphQLStub {
    emit(data: unknown, filter?: (config: unknown) => boolean, refresh?: () => Promise<void>): void;
    emitErrors(errors: unknown, filter?: (config: unknown) => boolean, refresh?: () => Promise<void>): void;
    resetRequests(): void;
    /** Adapters created (one per @wire(graphql) of each component instance). */
    instances: number;
    /** Distinct requests (query + variables + operationName) wires were configured with. */
    requests: WireRequest[];
}

/** The Jest stand-in for lightning/graphql, with its emit and request-count API. */
export const wire: GraphQLStub = asType(graphql);

/** Lets promise chains (mutation -> refresh -> notify) and re-renders settle. */
export function flush(): Promise<void> {
    let settled = Promise.resolve();
    for (let i = 0; i < 25; i += 1) settled = settled.then(() => undefined);
    return settled;
}

export function shadow(element: Element | null | undefined): ShadowRoot {
    if (!element?.shadowRoot) throw new Error('element has no shadow root');
    return element.shadowRoot;
}

export function one(root: ParentNode, selector: string): HTMLElement {
    const found = root.querySelector(selector);
    if (!(found instanceof HTMLElement)) throw new Error(`nothing matches ${selector}`);
    return found;
}

export function all(root: ParentNode, selector: string): HTMLElement[] {
    return Array.from(root.querySelectorAll(selector)).filter((e): e is HTMLElement => e instanceof HTMLElement);
}

/** A base component (stub) by its label: what a user reads next to the control. */
export function byLabel(root: ParentNode, selector: string, label: string): HTMLElement {
    const found = all(root, selector).find((e) => Reflect.get(e, 'label') === label);
    if (!found) throw new Error(`no ${selector} labelled ${label}`);
    return found;
}

/** What a base input fires when the user changes it. */
export function change(element: Element, detail: Record<string, unknown>): void {
    element.dispatchEvent(new CustomEvent('change', { detail }));
}

/** Text of an element, whitespace collapsed. */
export function text(element: Element | null | undefined): string {
    return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const VALIDATABLE = 'lightning-input, lightning-combobox, lightning-textarea';

/**
 * Spies on setCustomValidity of the inputs under root, where the engine defines it (the host
 * element's bridge prototype), so each call's `this` is the input element the form addressed.
 */
export function spyOnValidity(root: ParentNode): jest.SpyInstance[] {
    const owners = new Set<object>();
    for (const input of all(root, VALIDATABLE)) {
        let proto: object | null = Object.getPrototypeOf(input);
        while (proto && !Object.prototype.hasOwnProperty.call(proto, 'setCustomValidity')) proto = Object.getPrototypeOf(proto);
        if (proto) owners.add(proto);
    }
    return [...owners].map((owner) => {
        const target: ValidatableInput = asType(owner);
        return jest.spyOn(target, 'setCustomValidity');
    });
}

/** The message each labelled control was last given, from spyOnValidity's spies (blank = cleared). */
export function validityMessages(spies: jest.SpyInstance[]): Record<string, string> {
    const messages: Record<string, string> = {};
    for (const spy of spies) {
        spy.mock.calls.forEach((args: unknown[], i: number) => {
            const label: unknown = Reflect.get(spy.mock.contexts[i] ?? {}, 'label');
            if (typeof label === 'string') messages[label] = String(args[0] ?? '');
        });
    }
    return Object.fromEntries(Object.entries(messages).filter(([, message]) => message !== ''));
}

export function removeAll(): void {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
}

/** A form's Save or Cancel button (inside its c-outcomes-form-footer). */
export function formButton(form: ParentNode, name: 'save' | 'cancel'): HTMLElement {
    return one(shadow(one(form, 'c-outcomes-form-footer')), `.${name}`);
}

/** A form's form-level error alert (inside its c-outcomes-form-error). */
export function formErrorAlert(form: ParentNode): HTMLElement {
    return one(shadow(one(form, 'c-outcomes-form-error')), '[role="alert"]');
}
