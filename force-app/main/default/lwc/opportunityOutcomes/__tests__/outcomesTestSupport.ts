/**
 * Helpers shared by the Customer Outcomes component tests (not a test itself; __tests__ folders
 * are never built or deployed). Kept inside a bundle's __tests__: a top-level lwc/__tests__
 * folder would be listed as an empty LightningComponentBundle by `sf project convert source`.
 */
import { graphql } from 'lightning/graphql';
import type { ValidatableInput } from 'c/outcomesValidation';
import type { Loaded } from 'c/outcomesMappers';
import type { OpportunityOutcomesData } from 'c/outcomesQueries';

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

/** Whether value (a module's export) has a function under each name: a stand-in's test API. */
function hasFunctions(value: unknown, names: string[]): value is object {
    return (
        (typeof value === 'function' || (typeof value === 'object' && value !== null)) &&
        names.every((name) => typeof Reflect.get(value, name) === 'function')
    );
}

function isGraphQLStub(adapter: unknown): adapter is GraphQLStub {
    return (
        hasFunctions(adapter, ['emit', 'emitErrors', 'resetRequests']) &&
        Array.isArray(Reflect.get(adapter, 'requests')) &&
        typeof Reflect.get(adapter, 'instances') === 'number'
    );
}

function isTestWireAdapter(adapter: unknown): adapter is TestWireAdapter {
    return hasFunctions(adapter, ['emit']);
}

function graphQLStub(adapter: unknown): GraphQLStub {
    if (!isGraphQLStub(adapter)) throw new Error('lightning/graphql is not the Jest stand-in (jest.config.js moduleNameMapper)');
    return adapter;
}

/** An LDS wire adapter's test API (emit: sfdx-lwc-jest's createLdsTestWireAdapter), or an error naming what is not one. */
export function testWireAdapter(adapter: unknown, name: string): TestWireAdapter {
    if (!isTestWireAdapter(adapter)) throw new Error(`${name} is not a test wire adapter`);
    return adapter;
}

/** The Jest stand-in for lightning/graphql, with its emit and request-count API. */
export const wire = graphQLStub(graphql);

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

function hasSetCustomValidity(owner: object): owner is Pick<ValidatableInput, 'setCustomValidity'> {
    return 'setCustomValidity' in owner && typeof owner.setCustomValidity === 'function';
}

/**
 * Spies on setCustomValidity of the inputs under root, where the engine defines it (the host
 * element's bridge prototype), so each call's `this` is the input element the form addressed.
 */
export function spyOnValidity(root: ParentNode): jest.SpyInstance[] {
    const owners = new Set<Pick<ValidatableInput, 'setCustomValidity'>>();
    for (const input of all(root, VALIDATABLE)) {
        let proto: object | null = Object.getPrototypeOf(input);
        while (proto && !Object.prototype.hasOwnProperty.call(proto, 'setCustomValidity')) proto = Object.getPrototypeOf(proto);
        if (proto && hasSetCustomValidity(proto)) owners.add(proto);
    }
    return [...owners].map((owner) => jest.spyOn(owner, 'setCustomValidity'));
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

/** sfdx-lwc-jest's LDS test wire adapter (lightning/uiObjectInfoApi in Jest). */
export interface TestWireAdapter {
    emit(data: unknown): void;
}

/** A deep copy of JSON data (a fixture), of its type. */
export function clone<T>(data: T): T {
    return JSON.parse(JSON.stringify(data));
}

/** An OPPORTUNITY_OUTCOMES_QUERY fixture (data/*.json). */
export interface OpportunityFixture {
    uiapi: { query: { Opportunity: { edges: { node: Record<string, unknown> }[] } } };
}

/**
 * A copy of a deal fixture with one more contact role, whose contact the user cannot read: the org
 * answers `Contact: null` for it (record sharing). The preview that generates the fixtures has no
 * record sharing, so tests add the role themselves.
 */
export function withHiddenContactRole(data: Loaded<OpportunityOutcomesData>): Loaded<OpportunityOutcomesData> {
    const copy = clone(data);
    const roles = copy.uiapi?.query?.Opportunity?.edges?.[0]?.node?.OpportunityContactRoles?.edges;
    if (!roles) throw new Error('the fixture has no contact roles');
    roles.push({
        node: {
            Id: '00K5g0000099999AAA',
            Role: { value: 'Influencer', displayValue: 'Influencer' },
            IsPrimary: { value: false },
            ContactId: { value: '0035g0000099999AAA' },
            Contact: null
        }
    });
    return copy;
}

/**
 * Elements matching `selector` under root and inside the shadow roots of the components it
 * renders, in document order (a goal's edit button sits in its c-goal-card, the load error in
 * c-outcomes-panel-frame). Absence checks use this too, so moving markup into a child cannot make
 * them pass without looking.
 */
export function deepAll(root: ParentNode, selector: string): HTMLElement[] {
    const found: HTMLElement[] = [];
    for (const element of Array.from(root.querySelectorAll('*'))) {
        if (element instanceof HTMLElement && element.matches(selector)) found.push(element);
        if (element.shadowRoot) found.push(...deepAll(element.shadowRoot, selector));
    }
    return found;
}

export function deepOne(root: ParentNode, selector: string): HTMLElement {
    const found = deepAll(root, selector)[0];
    if (!found) throw new Error(`nothing matches ${selector}, in or under this root`);
    return found;
}

export function deepQuery(root: ParentNode, selector: string): HTMLElement | null {
    return deepAll(root, selector)[0] ?? null;
}

/** The heading a panel gives its c-outcomes-panel-frame (the card's title). */
export function panelHeading(root: ParentNode): string {
    return String(Reflect.get(one(root, 'c-outcomes-panel-frame'), 'heading'));
}
