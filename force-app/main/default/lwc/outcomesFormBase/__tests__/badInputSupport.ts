/**
 * What the forms' bad-input suites (issue #11) share; not a test itself. The inputs are the
 * issue's list; `probeForm` drives a mounted form the way a person does (change events on the
 * labelled controls, a click on Save) and reads back what the person would see: the message on
 * each field (setCustomValidity, as reportValidity shows it), the form-level alert, the values
 * still in the controls, and every `save` event the form dispatched.
 */
import {
    all,
    flush,
    formButton,
    shadow,
    spyOnValidity,
    text,
    validityMessages
} from '../../opportunityOutcomes/__tests__/outcomesTestSupport';

/** What a person sees after pressing Save. */
export interface SaveOutcome {
    /** The message each labelled field shows (fields without one are left out). */
    messages: Record<string, string>;
    /** The form-level alert's text, '' when there is none. */
    formMessage: string;
    /** What the named fields hold now. */
    values: Record<string, unknown>;
    /** Every `save` event's detail so far. */
    saves: unknown[];
}

export interface FormProbe {
    saves: unknown[];
    /** Types into (or picks in) the control with this label, as its change event reports it. */
    type(label: string, value: string): void;
    /** Clicks Save, lets the form settle, and reads the outcome with these fields' values. */
    attempt(labels?: string[]): Promise<SaveOutcome>;
    value(label: string): unknown;
}

/**
 * 32,000 characters of ordinary prose: fits a long text area (32,768), not a name (80). It ends in
 * a letter: the forms trim surrounding spaces, which are not part of what a person means.
 */
export const LONG_TEXT = `${'The customer wants invoices out the day a job closes. '.repeat(600).slice(0, 31999)}!`;
/** Emoji (a surrogate pair, a skin tone, a joined sequence) with Arabic and Hebrew (right-to-left) and a right-to-left mark. */
export const EMOJI_RTL = 'Cut churn 📉 ✅👩🏽‍💼 خفض التكاليف ٢٠٪ \u200fשיפור השירות';
/** Markup with script the issue names; it must travel and show as text. */
export const MARKUP = '<img src=x onerror=alert(1)>';
export const FIX_FIELDS = 'Nothing was saved. Fix the highlighted fields and save again.';

/** Messages of the forms' checks (the label values users read). */
export const MESSAGES = Object.freeze({
    required: 'Complete this field.',
    notNumber: 'Enter a number, such as 42 or 3.5.',
    negative: 'Enter zero or more.',
    tooLarge: (digits: number) => `Enter a number with at most ${digits} digits before the decimal point.`,
    decimals: (places: number) => `Use at most ${places} decimal places.`,
    notExact: "Use at most 15 significant digits: a longer number can't be saved exactly.",
    tooLong: (max: number) => `Use at most ${max} characters.`
});

const CONTROLS = 'lightning-input, lightning-textarea, lightning-combobox';

function control(root: ShadowRoot, label: string): HTMLElement {
    const found = all(root, CONTROLS).find((e) => Reflect.get(e, 'label') === label);
    if (!found) throw new Error(`no field labelled ${label}`);
    return found;
}

export function probeForm(element: HTMLElement): FormProbe {
    const root = shadow(element);
    const saves: unknown[] = [];
    element.addEventListener('save', (event) => saves.push(Reflect.get(event, 'detail')));
    // The engine's prototype methods are spied on once per file: start from no calls.
    const spies = spyOnValidity(root);
    spies.forEach((spy) => spy.mockClear());
    const value = (label: string): unknown => Reflect.get(control(root, label), 'value');
    return {
        saves,
        type(label, typed) {
            control(root, label).dispatchEvent(new CustomEvent('change', { detail: { value: typed } }));
        },
        async attempt(labels = []) {
            formButton(root, 'save').click();
            await flush();
            const alert = root.querySelector('c-outcomes-form-error');
            return {
                messages: validityMessages(spies),
                formMessage: alert ? text(alert.shadowRoot?.querySelector('[role="alert"] .message')) : '',
                values: Object.fromEntries(labels.map((label) => [label, value(label)])),
                saves: [...saves]
            };
        },
        value
    };
}

/** The outcome of a refused save: these messages on the fields, the form-level alert, every value kept, nothing emitted. */
export function refused(messages: Record<string, string>, kept: Record<string, unknown>): SaveOutcome {
    return { messages, formMessage: FIX_FIELDS, values: kept, saves: [] };
}

/** The outcome of an accepted save: no message anywhere, one `save` event carrying (at least) this. */
export function accepted(detail: Record<string, unknown>): SaveOutcome {
    return { messages: {}, formMessage: '', values: expect.any(Object), saves: [expect.objectContaining(detail)] };
}

/** YYYY-MM-DD plus (or minus) whole days. */
export function addDays(iso: string, days: number): string {
    const date = new Date(`${iso}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + days);
    return date.toISOString().slice(0, 10);
}
