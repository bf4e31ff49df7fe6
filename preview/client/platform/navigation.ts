/**
 * `lightning/navigation` for the preview: NavigationMixin.Navigate/GenerateUrl map page
 * references to the preview's hash routes; the CurrentPageReference wire follows the hash.
 */
import type { WireAdapter } from 'lwc';
import { deepFreeze } from './readOnly';
import { fromHash, toHash, type PageReference } from './routes';

export type { PageReference } from './routes';

const Navigate = Symbol('Navigate');
const GenerateUrl = Symbol('GenerateUrl');

function navigate(ref: PageReference, replace = false): void {
    if (ref.type === 'standard__webPage') {
        const url = typeof ref.attributes.url === 'string' ? ref.attributes.url : '';
        // External pages open in a new tab, as the org does; relative URLs stay in the preview.
        if (/^[a-z][a-z0-9+.-]*:/i.test(url)) window.open(url, '_blank', 'noopener');
        else if (url) window.location.assign(url);
        return;
    }
    const hash = toHash(ref);
    if (hash === undefined) {
        console.warn(`[preview] NavigationMixin.Navigate: the preview has no page for ${JSON.stringify(ref)}`);
        return;
    }
    if (replace) window.location.replace(hash);
    else window.location.hash = hash;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- mixin constructors take any arguments
type Constructor<T = object> = new (...args: any[]) => T;

function mixin<T extends Constructor>(Base: T) {
    return class extends Base {
        [Navigate](ref: PageReference, replace?: boolean): void {
            navigate(ref, replace);
        }

        [GenerateUrl](ref: PageReference): Promise<string> {
            const hash = toHash(ref);
            return hash === undefined ? Promise.reject(new Error(`No preview URL for ${ref.type}`)) : Promise.resolve(hash);
        }
    };
}

export const NavigationMixin = Object.assign(mixin, { Navigate, GenerateUrl } as const);

/** Emits the current page reference now and after every route change. */
class CurrentPageReferenceWire implements WireAdapter {
    private readonly onChange = (): void => this.emit(deepFreeze(fromHash(window.location.hash)));

    constructor(private readonly emit: (ref: PageReference) => void) {}

    update(): void {
        // No configuration: connect() and hash changes drive the emissions.
    }

    connect(): void {
        window.addEventListener('hashchange', this.onChange);
        this.onChange();
    }

    disconnect(): void {
        window.removeEventListener('hashchange', this.onChange);
    }
}

export const CurrentPageReference = CurrentPageReferenceWire;
