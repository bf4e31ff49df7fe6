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

// LWC Developer Guide, "Create Screen Quick Actions" (use-quick-actions-screen.html): the event that closes the action's window.
declare module 'lightning/actions' {
    export class CloseActionScreenEvent extends CustomEvent<unknown> {
        constructor();
    }
}

// Component Reference, "Message Service" (lightning-message-service): the seven documented exports.
declare module 'lightning/messageService' {
    export interface MessageSubscription {
        readonly __subscription?: never;
    }
    export interface SubscriberOptions {
        scope?: unknown;
    }
    export const APPLICATION_SCOPE: unknown;
    export const MessageContext: import('lwc').WireAdapterConstructor<Record<string, never>, unknown>;
    export function createMessageContext(): unknown;
    export function releaseMessageContext(messageContext: unknown): void;
    export function publish(messageContext: unknown, messageChannel: unknown, message?: Record<string, unknown>): void;
    export function subscribe(
        messageContext: unknown,
        messageChannel: unknown,
        listener: (message: Record<string, unknown>) => void,
        subscriberOptions?: SubscriberOptions
    ): MessageSubscription;
    export function unsubscribe(subscription: MessageSubscription): void;
}
