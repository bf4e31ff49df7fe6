/**
 * The preview's one-app frame: global header, the page for the current route (from the
 * CurrentPageReference wire, the same adapter components use), and the container duties the
 * org's one.app performs for components below it: toasts (ShowToastEvent) and page refresh
 * (RefreshEvent).
 */
import { LightningElement, wire } from 'lwc';
import { CurrentPageReference, type PageReference } from 'lightning/navigation';
import { refreshAllWires } from '../../../platform/liveWires';
import { BENCH_PAGE, CONFORMANCE_PAGE } from '../../../platform/routes';
import { REFRESH_EVENT, SHOW_TOAST_EVENT, runRefreshHandlers } from '../../../platform/containerEvents';

type PageKind = 'home' | 'list' | 'opportunity' | 'account' | 'report' | 'dashboard' | 'benchKpiTable' | 'conformance' | 'unknown';

interface ToastHost extends HTMLElement {
    show(detail: unknown): void;
}

export default class App extends LightningElement {
    @wire(CurrentPageReference)
    pageRef?: PageReference;

    constructor() {
        super();
        // Both events are composed: they reach this host from any depth of shadow trees.
        this.addEventListener(SHOW_TOAST_EVENT, (event) => {
            event.stopPropagation();
            (this.refs?.toasts as ToastHost | undefined)?.show((event as CustomEvent).detail);
        });
        this.addEventListener(REFRESH_EVENT, (event) => {
            event.stopPropagation();
            void Promise.all([refreshAllWires(), runRefreshHandlers()]);
        });
    }

    private get pageAttributes(): Record<string, unknown> {
        return this.pageRef?.attributes ?? {};
    }

    get objectApiName(): string {
        const name = this.pageAttributes.objectApiName;
        return typeof name === 'string' ? name : '';
    }

    get recordId(): string {
        const id = this.pageAttributes.recordId;
        return typeof id === 'string' ? id : '';
    }

    private get kind(): PageKind {
        switch (this.pageRef?.type) {
            case 'standard__namedPage':
                return 'home';
            case 'standard__objectPage':
                if (this.objectApiName === 'Report') return 'report';
                if (this.objectApiName === 'Dashboard') return 'dashboard';
                return 'list';
            case 'standard__recordPage':
                if (this.objectApiName === 'Opportunity') return 'opportunity';
                if (this.objectApiName === 'Account') return 'account';
                if (this.objectApiName === 'Report') return 'report';
                if (this.objectApiName === 'Dashboard') return 'dashboard';
                return 'unknown';
            case BENCH_PAGE:
                return this.pageAttributes.page === 'kpi-table' || this.pageAttributes.page === 'kpi-table-virtual'
                    ? 'benchKpiTable'
                    : 'unknown';
            case CONFORMANCE_PAGE:
                return 'conformance';
            default:
                return 'unknown';
        }
    }

    get isHome(): boolean {
        return this.kind === 'home';
    }

    get isList(): boolean {
        return this.kind === 'list';
    }

    get isOpportunity(): boolean {
        return this.kind === 'opportunity';
    }

    get isAccount(): boolean {
        return this.kind === 'account';
    }

    /** Reports tab (#/o/Report) or one report (#/r/Report/<DeveloperName>). */
    get isReport(): boolean {
        return this.kind === 'report';
    }

    /** The dashboard (#/o/Dashboard: the package's; #/r/Dashboard/<DeveloperName>). */
    get isDashboard(): boolean {
        return this.kind === 'dashboard';
    }

    /** The benchmark's baseline page (npm run bench): a bare lightning-datatable of the same KPI rows. */
    get isBenchKpiTable(): boolean {
        return this.kind === 'benchKpiTable';
    }

    /** The conformance clients (preview only): #/conformance. */
    get isConformance(): boolean {
        return this.kind === 'conformance';
    }

    get benchVariant(): string {
        return this.pageAttributes.page === 'kpi-table-virtual' ? 'virtual' : 'all';
    }

    get unknownMessage(): string {
        if (this.kind !== 'unknown' || !this.pageRef) return '';
        if (this.pageRef.type === 'standard__recordPage') {
            return `The preview has no record page for ${this.objectApiName || 'this record'} (${this.recordId}).`;
        }
        return 'Page not found.';
    }

    /** Which navigation item to highlight. */
    get navKey(): string {
        if (this.kind === 'home') return 'home';
        return this.objectApiName;
    }
}
