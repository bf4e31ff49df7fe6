/** The global header and app navigation bar (Home, Accounts, Opportunities, Reports, Dashboard), as in Lightning Experience. */
import { LightningElement, api } from 'lwc';

export type NavKey = 'home' | 'Account' | 'Opportunity' | 'Report' | 'Dashboard' | '';

interface NavItem {
    key: string;
    label: string;
    href: string;
    className: string;
    ariaCurrent: string | null;
}

const ITEMS: { key: NavKey; label: string; href: string }[] = [
    { key: 'home', label: 'Home', href: '#/' },
    { key: 'Account', label: 'Accounts', href: '#/o/Account' },
    { key: 'Opportunity', label: 'Opportunities', href: '#/o/Opportunity' },
    { key: 'Report', label: 'Reports', href: '#/o/Report' },
    { key: 'Dashboard', label: 'Dashboard', href: '#/o/Dashboard' }
];

export default class Header extends LightningElement {
    /** The navigation item of the current page. */
    @api current: NavKey = '';

    get items(): NavItem[] {
        return ITEMS.map((item) => {
            const active = item.key === this.current;
            return {
                ...item,
                className: `slds-context-bar__item${active ? ' slds-is-active' : ''}`,
                ariaCurrent: active ? 'page' : null
            };
        });
    }
}
