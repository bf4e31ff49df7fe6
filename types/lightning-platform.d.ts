declare module 'lightning/platformShowToastEvent' {
    export interface ShowToastEventInit {
        title: string;
        message?: string;
        variant?: 'info' | 'success' | 'warning' | 'error';
        mode?: 'dismissible' | 'pester' | 'sticky';
        messageData?: (string | { url: string; label: string })[];
    }
    export class ShowToastEvent extends CustomEvent<ShowToastEventInit> {
        constructor(init: ShowToastEventInit);
    }
}

declare module 'lightning/navigation' {
    export interface PageReference {
        type: string;
        attributes: Record<string, unknown>;
        state?: Record<string, unknown>;
    }
    const navigateKey: unique symbol;
    const generateUrlKey: unique symbol;
    export interface NavigationMethods {
        [navigateKey](pageReference: PageReference, replace?: boolean): void;
        [generateUrlKey](pageReference: PageReference): Promise<string>;
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- mixin constructors take any arguments
    type Constructor<T = object> = new (...args: any[]) => T;
    export const NavigationMixin: {
        <T extends Constructor>(base: T): T & Constructor<NavigationMethods>;
        readonly Navigate: typeof navigateKey;
        readonly GenerateUrl: typeof generateUrlKey;
    };
    export const CurrentPageReference: import('lwc').WireAdapterConstructor<Record<string, never>, PageReference>;
}
