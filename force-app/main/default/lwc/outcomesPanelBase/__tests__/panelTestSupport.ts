/**
 * Helpers for the tests of the Account panel and the Home list (not a test itself), beside the
 * helpers every Customer Outcomes test shares (opportunityOutcomes/__tests__/outcomesTestSupport).
 */
import { deepAll, shadow } from '../../opportunityOutcomes/__tests__/outcomesTestSupport';

/**
 * Sets the clock to a day (the fixtures' "today") without faking timers or promise scheduling,
 * so flush(), the wire stub and the accessibility checker run as usual. Undo with jest.useRealTimers().
 */
export function freezeToday(today: string): void {
    jest.useFakeTimers({
        now: new Date(`${today}T18:00:00Z`),
        doNotFake: [
            'hrtime',
            'nextTick',
            'performance',
            'queueMicrotask',
            'requestAnimationFrame',
            'cancelAnimationFrame',
            'requestIdleCallback',
            'cancelIdleCallback',
            'setImmediate',
            'clearImmediate',
            'setInterval',
            'clearInterval',
            'setTimeout',
            'clearTimeout'
        ]
    });
}

/** Elements matching `selector` inside each `host`'s shadow root and the components it renders (c-goal-card), in order. */
export function within(hosts: Element[], selector: string): HTMLElement[] {
    return hosts.flatMap((host) => deepAll(shadow(host), selector));
}

/** Titles of the toasts a component raises from now on. */
export function toasts(element: HTMLElement): string[] {
    const seen: string[] = [];
    element.addEventListener('lightning__showtoast', (event) => seen.push(String(Reflect.get(Reflect.get(event, 'detail'), 'title'))));
    return seen;
}
