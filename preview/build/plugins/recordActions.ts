/**
 * `preview:record-actions`: the quick actions each record page of the package shows in its header,
 * read from the metadata that puts them there in an org: the Lightning page's highlights panel
 * (`force:highlightsPanel`, its dynamic actions `actionNames`, each with its visibility rule) and
 * each action's QuickAction file. Only the package's component actions are kept (standard actions
 * such as Edit are the org's own); each becomes { name, label, tagName, formFactors } for the page
 * shell's action window.
 *
 * An Aura component action (type LightningComponent, the mobile app's Log check-in) cannot run in
 * the preview, which has no Aura runtime: it opens the Lightning web component its .cmp hosts
 * (the first c: element of aura/<name>/<name>.cmp), which is all the wrapper adds to the org's page.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'rollup';
import { descendantsNamed, elementNamed, elementText, elementTree, parseXmlFile, type XmlElement } from '../../../core/xml';
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
    /** Where the page shows it ($Client.FormFactor: Large desktop, Medium tablet, Small phone). */
    formFactors: FormFactor[];
}

const FORM_FACTORS = ['Large', 'Medium', 'Small'] as const;
type FormFactor = (typeof FORM_FACTORS)[number];

/**
 * The form factors a dynamic action's visibility rule admits: its {!$Client.FormFactor} criteria
 * (EQUAL or NE), all of them required. Other criteria (record fields, permissions) are not the
 * preview's to evaluate; a rule combining criteria with a booleanFilter is refused.
 */
function formFactorsOf(item: XmlElement, where: string): FormFactor[] {
    const rule = elementNamed(item, 'visibilityRule');
    if (elementText(rule, 'booleanFilter'))
        throw new Error(`${where}: a visibility rule with a booleanFilter is not modelled by the preview`);
    return descendantsNamed(rule, 'criteria')
        .filter((c) => /^\{!\$Client\.FormFactor\}$/i.test(elementText(c, 'leftValue') ?? ''))
        .reduce<FormFactor[]>(
            (shown, c) => {
                const value = elementText(c, 'rightValue');
                const operator = elementText(c, 'operator');
                if (operator === 'EQUAL') return shown.filter((f) => f === value);
                if (operator === 'NE') return shown.filter((f) => f !== value);
                throw new Error(`${where}: form factor operator ${operator} is not modelled by the preview`);
            },
            [...FORM_FACTORS]
        );
}

function highlightsPanelActions(page: XmlElement, where: string): { name: string; formFactors: FormFactor[] }[] {
    const panel = descendantsNamed(page, 'componentInstance').find((c) => elementText(c, 'componentName') === 'force:highlightsPanel');
    const actionNames = descendantsNamed(panel, 'componentInstanceProperties').find((p) => elementText(p, 'name') === 'actionNames');
    return descendantsNamed(actionNames, 'valueListItems').map((item) => ({
        name: elementText(item, 'value') ?? '',
        formFactors: formFactorsOf(item, where)
    }));
}

function firstComponentOfNamespaceC(element: XmlElement): XmlElement | undefined {
    if (element.name.startsWith('c:')) return element;
    for (const child of element.children) {
        const found = firstComponentOfNamespaceC(child);
        if (found) return found;
    }
    return undefined;
}

/** The Lightning web component an action opens: its own, or the one its Aura component hosts. */
function componentOf(action: XmlElement, sourceDir: string): string | undefined {
    const type = elementText(action, 'type');
    if (type === 'LightningWebComponent') return elementText(action, 'lightningWebComponent');
    const aura = /^c:(\w+)$/.exec(type === 'LightningComponent' ? (elementText(action, 'lightningComponent') ?? '') : '')?.[1];
    const markup = aura && join(sourceDir, 'aura', aura, `${aura}.cmp`);
    if (!markup || !existsSync(markup)) return undefined;
    const hosted = firstComponentOfNamespaceC(elementTree(parseXmlFile(markup)));
    return hosted?.name.slice('c:'.length);
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
        for (const { name, formFactors } of highlightsPanelActions(page, file)) {
            const actionFile = join(actionsDir, `${name}.quickAction-meta.xml`);
            if (!existsSync(actionFile)) continue;
            const action = elementTree(parseXmlFile(actionFile));
            const component = componentOf(action, sourceDir);
            if (!component) continue;
            (byObject[object] ??= []).push({
                name,
                label: elementText(action, 'label') ?? name,
                tagName: tagNameOf(component),
                formFactors
            });
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
            this.addWatchFile(join(sourceDir, 'aura'));
            return `export default ${JSON.stringify(recordActions(sourceDir))};`;
        }
    };
}
