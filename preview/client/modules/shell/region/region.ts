/**
 * A page region: renders the package components pages.ts places there, through `lwc:is`, so
 * the shell never imports a package component by name. A component that is not built yet is
 * replaced by a note; one that throws while rendering is replaced by its error (an error
 * boundary, as the org's page shows "this component failed" instead of a blank page).
 */
import { LightningElement, api } from 'lwc';
import registry from 'preview:components';
import type { PageContext, PlacedComponent } from '../../../pages';

interface RegionItem {
    key: string;
    tagName: string;
    ctor: (typeof registry)[string] | undefined;
    props: Record<string, unknown>;
    folder: string;
}

function folderOf(tagName: string): string {
    return tagName.replace(/^c-/, '').replace(/-([a-z0-9])/g, (_m, ch: string) => ch.toUpperCase());
}

export default class Region extends LightningElement {
    /** Accessible name of the region, e.g. "Main" or "Sidebar". */
    @api label = 'Main';
    @api entries: PlacedComponent[] = [];
    @api context: PageContext = {};

    failure?: string;

    get items(): RegionItem[] {
        return this.entries.map((entry, i) => ({
            key: `${entry.component}:${i}`,
            tagName: entry.component,
            ctor: registry[entry.component],
            props: entry.props ? entry.props(this.context) : {},
            folder: `force-app/main/default/lwc/${folderOf(entry.component)}`
        }));
    }

    get isEmpty(): boolean {
        return this.entries.length === 0;
    }

    override errorCallback(error: unknown): void {
        this.failure = error instanceof Error ? error.message : String(error);
        console.error('[preview] a component in the page region failed:', error);
    }
}
