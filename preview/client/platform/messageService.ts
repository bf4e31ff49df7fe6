/**
 * `lightning/messageService` for the preview: one in-page bus, as the org's Lightning message
 * service connects the components of a page (Component Reference, "Message Service",
 * https://developer.salesforce.com/docs/platform/lightning-component-reference/guide/lightning-message-service).
 * Exports only the seven documented names. The preview has one page area, so APPLICATION_SCOPE and
 * the default (active area) scope reach the same subscribers. A channel is what
 * `@salesforce/messageChannel/<Name>__c` resolves to (preview/build/plugins/platform.ts).
 */
import type { WireAdapter } from 'lwc';

type Listener = (message: Record<string, unknown>) => void;

interface Context {
    readonly subscriptions: Set<Subscription>;
}

interface Subscription {
    readonly context: Context;
    readonly channel: unknown;
    readonly listener: Listener;
}

const contexts = new Set<Context>();

export const APPLICATION_SCOPE = Object.freeze({ scope: 'APPLICATION' });

export function createMessageContext(): Context {
    const context: Context = { subscriptions: new Set() };
    contexts.add(context);
    return context;
}

export function releaseMessageContext(messageContext: unknown): void {
    const context = messageContext as Context;
    context?.subscriptions.clear();
    contexts.delete(context);
}

/** `@wire(MessageContext)`: a context per component, released when it disconnects. */
class MessageContextWire implements WireAdapter {
    private context?: Context;

    constructor(private readonly emit: (context: Context) => void) {}

    update(): void {
        // No configuration.
    }

    connect(): void {
        this.context = createMessageContext();
        this.emit(this.context);
    }

    disconnect(): void {
        if (this.context) releaseMessageContext(this.context);
        this.context = undefined;
    }
}

export const MessageContext = MessageContextWire;

/** Delivers the message to every subscriber of the channel, after the publisher's turn (asynchronously, as a bus does). */
export function publish(_messageContext: unknown, messageChannel: unknown, message: Record<string, unknown> = {}): void {
    const payload = Object.freeze({ ...message });
    for (const context of contexts) {
        for (const subscription of context.subscriptions) {
            if (subscription.channel === messageChannel) queueMicrotask(() => subscription.listener(payload));
        }
    }
}

export function subscribe(
    messageContext: unknown,
    messageChannel: unknown,
    listener: Listener,
    _subscriberOptions?: unknown
): Subscription {
    const context = messageContext as Context | undefined;
    if (!context?.subscriptions) throw new Error('subscribe() needs the MessageContext of a connected component (@wire(MessageContext))');
    const subscription: Subscription = { context, channel: messageChannel, listener };
    context.subscriptions.add(subscription);
    return subscription;
}

export function unsubscribe(subscription: unknown): void {
    const s = subscription as Subscription | undefined;
    s?.context.subscriptions.delete(s);
}
