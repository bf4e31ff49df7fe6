import { getObject } from '../../../core/metadata/project';
import type { VerifyContext } from '../context';
import { ofType } from '../context';
import { closest } from '../../../core/suggest';
import { bundles } from './lwc-bundles';
import { componentNames } from './names';
import { objectNames } from '../../../core/metadata/resolve';
import { descendantsNamed, elementNamed, elementText, elementsNamed } from '../../../core/xml';

/**
 * Standard tabs an app may list, spelled as the Metadata API spells them (note standard-report but
 * standard-Dashboard). Add one only after confirming its spelling in an org.
 */
const STANDARD_TABS = [
    'standard-home',
    'standard-Account',
    'standard-Contact',
    'standard-Opportunity',
    'standard-Lead',
    'standard-Case',
    'standard-Campaign',
    'standard-Task',
    'standard-Event',
    'standard-report',
    'standard-Dashboard',
    'standard-Feed',
    'standard-File',
    'standard-Chatter',
    // Analytics Studio's home: TabDefinition names it so in a Developer Edition org's describe (seen in a
    // public tab dump); unverified in an org here.
    'standard-WaveHomeLightning'
];

/**
 * Whether `name` is a standard tab: one of the named non-object tabs above, or standard-<Object> for a
 * standard object (the tab of an object is named after it: "CustomApplication", Metadata API Developer
 * Guide, meta_customapplication.htm, tabs "standard-Account"; TabDefinition, Object Reference,
 * sforce_api_objects_tabdefinition.htm).
 */
export function isStandardTab(ctx: VerifyContext, name: string): boolean {
    if (STANDARD_TABS.includes(name)) return true;
    // An object whose tab has its own spelling (the Report object's tab is standard-report) is not standard-Report.
    if (STANDARD_TABS.some((t) => t.toLowerCase() === name.toLowerCase())) return false;
    const object = getObject(ctx.model, name.replace(/^standard-/, ''));
    return !!object && !object.custom && object.apiName === name.replace(/^standard-/, '');
}

/**
 * Rule 4 (tabs, apps, action overrides): an object tab's object exists; a component or page tab's
 * component/page exists; an app's tabs, utility bar and page overrides exist.
 */
export function checkAppsAndTabs(ctx: VerifyContext): void {
    const { report, model } = ctx;
    const pages = componentNames(ctx, 'FlexiPage');
    const tabs = componentNames(ctx, 'CustomTab');
    const checkPage = (file: string, at: Parameters<typeof report.error>[1], name: string, owner: string): void => {
        report.reference();
        if (pages.has(name.toLowerCase())) return;
        const near = closest(name, pages.values());
        report.error(
            file,
            at,
            `${owner} names page ${name}, which is not in flexipages/${near ? `; did you mean ${near}?` : ''}`,
            'Create the Lightning page or fix the name'
        );
    };
    for (const f of ofType(ctx, 'CustomTab')) {
        const root = f.root;
        const name = f.kind?.name ?? '';
        if (elementText(root, 'customObject') === 'true') {
            report.reference();
            if (!getObject(model, name)) {
                const near = closest(
                    name,
                    objectNames(model).filter((n) => n.endsWith('__c'))
                );
                report.error(
                    f.path,
                    elementNamed(root, 'customObject') ?? root,
                    `tab ${name} is an object tab, but object ${name} does not exist${near ? `; did you mean ${near}?` : ''}`,
                    'Name the tab file after the object'
                );
            }
        }
        const lwc = elementText(root, 'lwcComponent');
        if (lwc) {
            report.reference();
            const b = bundles(ctx).get(lwc.replace(/^c:/, ''));
            if (!b)
                report.error(
                    f.path,
                    elementNamed(root, 'lwcComponent'),
                    `tab ${name} shows component ${lwc}, which is not under lwc/`,
                    'Fix the name'
                );
            else if (!b.targets.includes('lightning__Tab'))
                report.error(
                    f.path,
                    elementNamed(root, 'lwcComponent'),
                    `tab ${name} shows ${lwc}, which does not target lightning__Tab`,
                    `Add <target>lightning__Tab</target> to ${lwc}.js-meta.xml`
                );
        }
        const page = elementText(root, 'flexiPage');
        if (page) checkPage(f.path, elementNamed(root, 'flexiPage'), page, `tab ${name}`);
        if (!elementText(root, 'customObject') && !lwc && !page && !elementText(root, 'url') && !elementText(root, 'page')) {
            report.error(
                f.path,
                root,
                `tab ${name} shows nothing`,
                'Set <customObject>true</customObject>, <lwcComponent>, <flexiPage>, <page> or <url>'
            );
        }
    }
    for (const f of ofType(ctx, 'CustomApplication')) {
        const root = f.root;
        const owner = `app ${f.kind?.name ?? ''}`;
        for (const t of [...elementsNamed(root, 'tabs'), ...elementsNamed(root, 'defaultLandingTab')]) {
            report.reference();
            if (t.text.startsWith('standard-')) {
                if (!isStandardTab(ctx, t.text)) {
                    const near = closest(t.text, STANDARD_TABS);
                    report.error(
                        f.path,
                        t,
                        `${owner} lists standard tab ${t.text}, which is not a standard tab name the verifier knows${near ? `; did you mean ${near}?` : ''}`,
                        'Standard tabs are spelled exactly (standard-report, standard-Dashboard); add a confirmed one to STANDARD_TABS in tools/verifier/refs/apps-tabs.ts'
                    );
                }
                continue;
            }
            if (tabs.has(t.text.toLowerCase())) continue;
            const near = closest(t.text, tabs.values());
            report.error(
                f.path,
                t,
                `${owner} lists tab ${t.text}, which is not in tabs/${near ? `; did you mean ${near}?` : ''}`,
                'Create the tab or write standard tabs as standard-Opportunity'
            );
        }
        const bar = elementText(root, 'utilityBar');
        if (bar) checkPage(f.path, elementNamed(root, 'utilityBar'), bar, owner);
        for (const o of [...elementsNamed(root, 'actionOverrides'), ...elementsNamed(root, 'profileActionOverrides')]) {
            if (elementText(o, 'type') === 'Flexipage' && elementText(o, 'content'))
                checkPage(f.path, elementNamed(o, 'content'), elementText(o, 'content') ?? '', owner);
            const obj = elementText(o, 'pageOrSobjectType');
            if (obj && obj !== 'standard-home') {
                report.reference();
                if (!getObject(model, obj))
                    report.error(
                        f.path,
                        elementNamed(o, 'pageOrSobjectType'),
                        `${owner} overrides a page of ${obj}, which does not exist`,
                        'Name an existing object'
                    );
            }
        }
    }
    for (const f of ofType(ctx, 'CustomObject')) {
        for (const o of descendantsNamed(f.root, 'actionOverrides')) {
            if (elementText(o, 'type') === 'Flexipage' && elementText(o, 'content'))
                checkPage(f.path, elementNamed(o, 'content'), elementText(o, 'content') ?? '', `object ${f.kind?.name ?? ''}`);
        }
    }
}
