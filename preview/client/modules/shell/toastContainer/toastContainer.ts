/**
 * Shows the toasts components ask for with ShowToastEvent, as SLDS toasts. Error and warning
 * toasts are role="alert" (announced at once), others role="status". Dismissible and pester
 * toasts close after a few seconds like the org's (paused while hovered or focused); sticky
 * ones stay until closed.
 */
import { LightningElement, api, track } from 'lwc';

type Variant = 'info' | 'success' | 'warning' | 'error';

interface ToastRequest {
    title?: string;
    message?: string;
    variant?: string;
    mode?: string;
    messageData?: (string | { url: string; label: string })[];
}

interface Segment {
    key: string;
    text: string;
    href?: string;
}

interface Toast {
    id: string;
    title: string;
    segments: Segment[];
    variant: Variant;
    role: 'alert' | 'status';
    className: string;
    iconName: string;
    closable: boolean;
    autoClose: boolean;
}

/** The org closes dismissible and pester toasts after 3 seconds. */
export const AUTO_CLOSE_MS = 3000;
const MAX_TOASTS = 5;
const VARIANTS: readonly Variant[] = ['info', 'success', 'warning', 'error'];

/** Splits "Saved {0}, see {1}" into text and link segments from messageData. */
export function segmentsOf(message: string, data: ToastRequest['messageData'] = []): Segment[] {
    const segments: Segment[] = [];
    message.split(/(\{\d+\})/).forEach((part, i) => {
        const ref = /^\{(\d+)\}$/.exec(part);
        const value = ref ? data[Number(ref[1])] : undefined;
        if (value === undefined) {
            if (part) segments.push({ key: String(i), text: part });
        } else if (typeof value === 'string') {
            segments.push({ key: String(i), text: value });
        } else {
            segments.push({ key: String(i), text: value.label, href: value.url });
        }
    });
    return segments;
}

let nextId = 0;

export default class ToastContainer extends LightningElement {
    @track toasts: Toast[] = [];
    private readonly timers = new Map<string, number>();

    @api show(request: ToastRequest): void {
        const variant: Variant = VARIANTS.includes(request.variant as Variant) ? (request.variant as Variant) : 'info';
        const mode = request.mode === 'sticky' || request.mode === 'pester' ? request.mode : 'dismissible';
        const toast: Toast = {
            id: `toast-${++nextId}`,
            title: request.title ?? '',
            segments: segmentsOf(request.message ?? '', request.messageData),
            variant,
            role: variant === 'error' || variant === 'warning' ? 'alert' : 'status',
            className: `slds-notify slds-notify_toast slds-theme_${variant}`,
            iconName: `utility:${variant}`,
            closable: mode !== 'pester',
            autoClose: mode !== 'sticky'
        };
        this.toasts = [...this.toasts, toast].slice(-MAX_TOASTS);
        if (toast.autoClose) this.schedule(toast.id);
    }

    override disconnectedCallback(): void {
        for (const timer of this.timers.values()) window.clearTimeout(timer);
        this.timers.clear();
    }

    private schedule(id: string): void {
        window.clearTimeout(this.timers.get(id));
        this.timers.set(
            id,
            window.setTimeout(() => this.remove(id), AUTO_CLOSE_MS)
        );
    }

    private remove(id: string): void {
        window.clearTimeout(this.timers.get(id));
        this.timers.delete(id);
        this.toasts = this.toasts.filter((t) => t.id !== id);
    }

    private idOf(event: Event): string {
        return (event.currentTarget as HTMLElement).dataset.id ?? '';
    }

    handleClose(event: Event): void {
        this.remove(this.idOf(event));
    }

    handlePause(event: Event): void {
        const id = this.idOf(event);
        window.clearTimeout(this.timers.get(id));
        this.timers.delete(id);
    }

    handleResume(event: Event): void {
        const id = this.idOf(event);
        if (this.toasts.find((t) => t.id === id)?.autoClose) this.schedule(id);
    }
}
