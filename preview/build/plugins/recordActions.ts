/**
 * `preview:record-actions`: the quick actions each record page of the package shows in its header,
 * read from the metadata that puts them there in an org: the Lightning page's highlights panel
 * (`force:highlightsPanel`, its dynamic actions `actionNames`) and each action's QuickAction file.
 * Only Lightning web component actions of the package are kept (standard actions such as Edit are
 * the org's own); each becomes { name, label, tagName } for the page shell's action window.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'rollup';
import { descendantsNamed, elementText, elementTree, parseXmlFile, type XmlElement } from '../../../core/xml';
import { SOURCE_DIR } from '../paths';
import { tagNameOf } from './components';

const ID = 'preview:record-actions';
const VIRTUAL = '\0preview-record-actions';

interface RecordAction {
    /** `Object.Action_Name`, as the page lists it. */
    name: string;
    label: string;
    /** The component the action opens, e.g. c-check-in-quick-action. */
    tagName: string;
}

function highlightsPanelActions(page: XmlElement): string[] {
    const panel = descendantsNamed(page, 'componentInstance').find((c) => elementText(c, 'componentName') === 'force:highlightsPanel');
    const actionNames = descendantsNamed(panel, 'componentInstanceProperties').find((p) => elementText(p, 'name') === 'actionNames');
    return descendantsNamed(actionNames, 'valueListItems').map((item) => elementText(item, 'value') ?? '');
}

/** Record page object (sobjectType) -> the package's LWC quick actions its highlights panel shows, in order. */
export function recordActions(sourceDir = SOURCE_DIR): Record<string, RecordAction[]> {
    const pagesDir = join(sourceDir, 'flexipages');
    const actionsDir = join(sourceDir, 'quickActions');
    const byObject: Record<string, RecordAction[]> = {};
    if (!existsSync(pagesDir)) return byObject;
    for (const file of readdirSync(pagesDir)
        .filter((f) => f.endsWith('.flexipage-meta.xml'))
        .sort()) {
        const page = elementTree(parseXmlFile(join(pagesDir, file)));
        const object = elementText(page, 'sobjectType');
        if (elementText(page, 'type') !== 'RecordPage' || !object) continue;
        for (const name of highlightsPanelActions(page)) {
            const actionFile = join(actionsDir, `${name}.quickAction-meta.xml`);
            if (!existsSync(actionFile)) continue;
            const action = elementTree(parseXmlFile(actionFile));
            const component = elementText(action, 'lightningWebComponent');
            if (elementText(action, 'type') !== 'LightningWebComponent' || !component) continue;
            (byObject[object] ??= []).push({ name, label: elementText(action, 'label') ?? name, tagName: tagNameOf(component) });
        }
    }
    return byObject;
}

export function recordActionsModule(sourceDir = SOURCE_DIR): Plugin {
    return {
        name: 'preview-record-actions',
        resolveId(source) {
            return source === ID ? VIRTUAL : null;
        },
        load(id) {
            if (id !== VIRTUAL) return null;
            this.addWatchFile(join(sourceDir, 'flexipages'));
            this.addWatchFile(join(sourceDir, 'quickActions'));
            return `export default ${JSON.stringify(recordActions(sourceDir))};`;
        }
    };
}
