/**
 * A record page's quick actions, as the org shows the ones its Lightning page lists
 * (preview:record-actions, read from the flexipage and QuickAction metadata): buttons in the
 * record header, which sit in a bar at the bottom of the screen at phone width, like the mobile
 * app's action bar. A button opens its action's component in a modal window (as a screen quick
 * action opens); the window closes on its Close button, on Escape, or when the component
 * dispatches CloseActionScreenEvent (lightning/actions), and focus goes back to the button.
 * An action shows at phone width when its page admits the Small form factor, and wider when it
 * admits Large (the preview has no tablet width).
 */
import { LightningElement, api } from 'lwc';
import registry from 'preview:components';
import recordActions, { type RecordAction } from 'preview:record-actions';
import { CLOSE_ACTION_SCREEN_EVENT } from '../../../platform/containerEvents';

interface ShownAction extends RecordAction {
    ctor: (typeof registry)[string] | undefined;
    /** The button's classes: hidden (recordActions.css) at the widths whose form factor the page leaves out. */
    buttonClass: string;
}

const BUTTON_CLASS = 'slds-button slds-button_neutral record-action';

export default class RecordActions extends LightningElement {
    @api objectApiName = '';
    @api recordId?: string;

    openName: string | null = null;
    private focusOnRender: 'dialog' | string | null = null;
    private readonly onClose = (): void => this.close();

    get actions(): ShownAction[] {
        return (recordActions[this.objectApiName] ?? []).map((action) => ({
            ...action,
            ctor: registry[action.tagName],
            buttonClass: [
                BUTTON_CLASS,
                action.formFactors.includes('Small') ? '' : 'not-on-phone',
                action.formFactors.includes('Large') ? '' : 'not-on-desktop'
            ]
                .filter(Boolean)
                .join(' ')
        }));
    }

    get hasActions(): boolean {
        return this.actions.length > 0;
    }

    get openAction(): ShownAction | undefined {
        return this.actions.find((a) => a.name === this.openName);
    }

    /** What the org passes a record action's component: the record it runs on. */
    get actionProps(): Record<string, unknown> {
        return { recordId: this.recordId, objectApiName: this.objectApiName };
    }

    override connectedCallback(): void {
        this.template?.addEventListener(CLOSE_ACTION_SCREEN_EVENT, this.onClose);
    }

    override disconnectedCallback(): void {
        this.template?.removeEventListener(CLOSE_ACTION_SCREEN_EVENT, this.onClose);
    }

    handleOpen(event: Event): void {
        const target = event.currentTarget;
        this.openName = target instanceof HTMLElement ? (target.dataset.action ?? null) : null;
        this.focusOnRender = 'dialog';
    }

    handleCloseClick(): void {
        this.close();
    }

    handleKeydown(event: KeyboardEvent): void {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        this.close();
    }

    private close(): void {
        if (!this.openName) return;
        this.focusOnRender = this.openName;
        this.openName = null;
    }

    override renderedCallback(): void {
        const focus = this.focusOnRender;
        if (!focus) return;
        this.focusOnRender = null;
        const target =
            focus === 'dialog'
                ? this.template?.querySelector('.action-window')
                : this.template?.querySelector(`button.record-action[data-action="${focus}"]`);
        if (target instanceof HTMLElement) target.focus();
    }
}
