/**
 * The global header's notification bell: what the daily reminder job would have sent the viewing
 * user (?as=rep, the default, or ?as=manager) on the preview's day (?today=), each notification
 * opening its deal. The server computes it as a dry run of that day's job (server/notifications).
 *
 * Loaded once per page load, when the header connects: the job runs once a day, so what it sent
 * does not change while the page is open (the org's notifications are not withdrawn when the rep
 * logs a check-in either), the count is on the bell before it is opened, and the one small GET
 * runs beside the page's own requests without holding any of them up.
 */
import { LightningElement } from 'lwc';
import type { NotificationsResponse } from '../../../../shared/notifications';
import { toHash } from '../../../platform/routes';
import { loadBellData } from './bellData';

interface NotificationItem {
    key: string;
    title: string;
    body: string;
    href: string;
    linkLabel: string;
}

interface Focusable {
    focus(): void;
}

export default class NotificationBell extends LightningElement {
    isOpen = false;
    private loaded?: NotificationsResponse;
    private error?: string;
    private focusOnRender: 'close' | 'bell' | null = null;

    override connectedCallback(): void {
        void loadBellData(window.location.search).then((result) => {
            this.loaded = result.data;
            this.error = result.error;
        });
    }

    override renderedCallback(): void {
        if (!this.focusOnRender) return;
        const target = this.refs?.[this.focusOnRender] as Focusable | undefined;
        this.focusOnRender = null;
        target?.focus();
    }

    get ariaExpanded(): string {
        return String(this.isOpen);
    }

    get isLoading(): boolean {
        return !this.loaded && !this.error;
    }

    get hasError(): boolean {
        return Boolean(this.error);
    }

    get errorMessage(): string {
        return this.error ?? '';
    }

    get viewerText(): string {
        return this.loaded ? `Notifications for ${this.loaded.viewer.name}` : '';
    }

    get heading(): string {
        return this.loaded ? `Notifications for ${this.loaded.viewer.name}` : 'Notifications';
    }

    get count(): number {
        return this.loaded?.notifications.length ?? 0;
    }

    get hasBadge(): boolean {
        return this.count > 0;
    }

    /** The bell's accessible name: the count once known. */
    get bellLabel(): string {
        if (this.loaded) return `Notifications: ${this.count}`;
        return this.error ? 'Notifications: unavailable' : 'Notifications';
    }

    get items(): NotificationItem[] {
        return (this.loaded?.notifications ?? []).map((n) => ({
            key: `${n.dealId}-${n.level}`,
            title: n.title,
            body: n.body,
            href:
                toHash({
                    type: 'standard__recordPage',
                    attributes: { recordId: n.dealId, objectApiName: 'Opportunity', actionName: 'view' }
                }) ?? '#/',
            linkLabel: `Open ${n.dealName}`
        }));
    }

    get isEmpty(): boolean {
        return Boolean(this.loaded) && this.count === 0;
    }

    get emptyText(): string {
        return this.loaded ? `No reminders for ${this.loaded.viewer.name} on ${this.loaded.day}.` : '';
    }

    handleToggle(): void {
        if (this.isOpen) this.close();
        else {
            this.isOpen = true;
            this.focusOnRender = 'close';
        }
    }

    handleClose(): void {
        this.close();
    }

    handleKeydown(event: KeyboardEvent): void {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        this.close();
    }

    /** Following a link: the deal's page opens (hash route) and the panel gets out of the way. */
    handleOpenDeal(): void {
        this.isOpen = false;
    }

    private close(): void {
        this.isOpen = false;
        this.focusOnRender = 'bell';
    }
}
