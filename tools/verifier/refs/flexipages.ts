import { basename, dirname } from 'node:path';
import { getObject } from '../../../core/metadata/project';
import type { VerifyContext } from '../context';
import { ofType } from '../context';
import { closest } from '../../../core/suggest';
import { bundles, type BundleProperty } from './lwc-bundles';
import { fieldNamesOf, objectNames } from '../../../core/metadata/resolve';
import { descendantsNamed, elementNamed, elementText, elementsNamed } from '../../../core/xml';

/**
 * Rule 4 (flexipages): custom components (c:name) exist as LWC bundles, are exposed for the page's
 * target, every property set on them is declared for that target and every required one is set,
 * each value fits its declaration (Boolean true/false, Integer within min and max, one of a static
 * datasource), object restrictions admit the page's object; field instances name fields of the
 * page's object; component identifiers are unique on the page.
 */

/** Why a property value does not fit its declaration, or undefined when it does. */
function propertyValueProblem(declared: BundleProperty, raw: string | undefined): string | undefined {
    const v = raw ?? '';
    switch (declared.type) {
        case 'Boolean':
            return v === 'true' || v === 'false' ? undefined : `"${v}" is not true or false`;
        case 'Integer': {
            if (!/^-?\d+$/.test(v)) return `"${v}" is not a whole number`;
            const n = Number(v);
            if (declared.min !== undefined && n < Number(declared.min)) return `${v} is below the minimum ${declared.min}`;
            if (declared.max !== undefined && n > Number(declared.max)) return `${v} is above the maximum ${declared.max}`;
            return undefined;
        }
        default: {
            const options =
                declared.datasource && !/^[a-z]+:\/\//i.test(declared.datasource)
                    ? declared.datasource.split(',').map((o) => o.trim())
                    : [];
            return options.length && !options.includes(v) ? `"${v}" is not one of ${options.join(', ')}` : undefined;
        }
    }
}

const PAGE_TARGETS: Record<string, string> = {
    RecordPage: 'lightning__RecordPage',
    HomePage: 'lightning__HomePage',
    AppPage: 'lightning__AppPage',
    UtilityBar: 'lightning__UtilityBar'
};

/**
 * The project component a flexipage's componentName places, or undefined for a platform
 * component. Components of the org's default namespace are written c:name (c__name in some
 * retrieved files) or by their bare name; standard components always carry a namespace
 * (force:detailPanel, flexipage:tab, runtime_sales_activities:activityPanel). Metadata API
 * Developer Guide, "FlexiPage" (ComponentInstance.componentName)
 * (https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_flexipage.htm).
 */
export function projectComponentName(name: string): string | undefined {
    const prefixed = /^c(?::|__)(.+)$/.exec(name);
    if (prefixed) return prefixed[1];
    return /^[A-Za-z][A-Za-z0-9_]*$/.test(name) && !name.includes('__') ? name : undefined;
}

/** Aura bundles of the project (lower-case names): aura/<name>/<name>.cmp-meta.xml. */
export function auraBundles(ctx: VerifyContext): Set<string> {
    return new Set(ofType(ctx, 'AuraDefinitionBundle').map((f) => basename(dirname(f.path)).toLowerCase()));
}

export function checkFlexiPages(ctx: VerifyContext): void {
    const { report, model } = ctx;
    const known = bundles(ctx);
    const aura = auraBundles(ctx);
    for (const f of ofType(ctx, 'FlexiPage')) {
        const root = f.root;
        const owner = `page ${f.kind?.name ?? ''}`;
        const pageType = elementText(root, 'type') ?? '';
        const target = PAGE_TARGETS[pageType] ?? (pageType.startsWith('Comm') ? 'lightningCommunity__Page' : undefined);
        const sobject = elementText(root, 'sobjectType');
        const object = sobject ? getObject(model, sobject) : undefined;
        if (sobject) {
            report.reference();
            if (!object) {
                const near = closest(sobject, objectNames(model));
                report.error(
                    f.path,
                    elementNamed(root, 'sobjectType') ?? root,
                    `${owner} is for object ${sobject}, which does not exist${near ? `; did you mean ${near}?` : ''}`,
                    'Name an existing object'
                );
            }
        } else if (pageType === 'RecordPage') {
            report.error(f.path, root, `${owner} is a RecordPage without <sobjectType>`, 'Add <sobjectType> naming the object');
        }
        const identifiers = new Set<string>();
        for (const id of [...descendantsNamed(root, 'identifier')]) {
            if (identifiers.has(id.text))
                report.error(
                    f.path,
                    id,
                    `${owner} uses identifier ${id.text} twice`,
                    'Give every component and field instance its own identifier'
                );
            identifiers.add(id.text);
        }
        for (const ci of descendantsNamed(root, 'componentInstance').concat(descendantsNamed(root, 'componentInstances'))) {
            const name = elementText(ci, 'componentName') ?? '';
            const bundleName = projectComponentName(name);
            if (bundleName === undefined) continue; // standard components (force:, flexipage:, runtime_...) are the platform's
            report.reference();
            const bundle = known.get(bundleName);
            const at = elementNamed(ci, 'componentName') ?? ci;
            if (!bundle) {
                if (aura.has(bundleName.toLowerCase())) continue; // an Aura component of the project: its targets are not modelled
                const near = closest(bundleName, known.keys());
                const bare = !name.includes(':') && !name.includes('__');
                report.error(
                    f.path,
                    at,
                    `${owner} places component ${name}, which is not a bundle under lwc/${bare ? ' (a name without a namespace is a component of the project; standard components carry one, such as force: or flexipage:)' : ''}${near ? `; did you mean ${bare ? near : `c:${near}`}?` : ''}`,
                    'Create the component (lwc/ or aura/) or fix its name'
                );
                continue;
            }
            if (!bundle.exposed)
                report.error(
                    f.path,
                    at,
                    `${owner} places ${name}, which is not exposed`,
                    `Set <isExposed>true</isExposed> in ${bundleName}.js-meta.xml`
                );
            if (target && !bundle.targets.includes(target))
                report.error(
                    f.path,
                    at,
                    `${owner} (${pageType}) places ${name}, which does not target ${target}`,
                    `Add <target>${target}</target> to ${bundleName}.js-meta.xml`
                );
            const declared = target ? (bundle.properties.get(target) ?? []) : [...bundle.properties.values()].flat();
            const set = new Set<string>();
            for (const prop of elementsNamed(ci, 'componentInstanceProperties')) {
                const pname = elementText(prop, 'name') ?? '';
                set.add(pname);
                report.reference();
                const declaration = declared.find((d) => d.name === pname);
                const problem = declaration ? propertyValueProblem(declaration, elementText(prop, 'value')) : undefined;
                if (declaration && problem)
                    report.error(
                        f.path,
                        elementNamed(prop, 'value') ?? prop,
                        `${owner} sets ${name} property ${pname} to a value its js-meta.xml does not allow: ${problem}`,
                        `Use a ${declaration.type ?? 'String'} value the declaration allows`
                    );
                if (!declaration) {
                    const near = closest(
                        pname,
                        declared.map((d) => d.name)
                    );
                    report.error(
                        f.path,
                        elementNamed(prop, 'name') ?? prop,
                        `${owner} sets property ${pname} on ${name}, which its js-meta.xml does not declare for ${target ?? 'any target'}${near ? `; did you mean ${near}?` : ''}`,
                        `Declare <property name="${pname}" .../> in the targetConfig for ${target ?? 'the page target'} or remove it`
                    );
                }
            }
            for (const d of declared) {
                if (d.required && !set.has(d.name))
                    report.error(
                        f.path,
                        at,
                        `${owner} places ${name} without its required property ${d.name}`,
                        'Set the property in <componentInstanceProperties>'
                    );
            }
            const restricted = target ? bundle.objects.get(target) : undefined;
            if (restricted && sobject && !restricted.some((o) => o.toLowerCase() === sobject.toLowerCase())) {
                report.error(
                    f.path,
                    at,
                    `${owner} places ${name} on ${sobject}, but the component is restricted to ${restricted.join(', ')}`,
                    `Add <object>${sobject}</object> to its targetConfig or move the component`
                );
            }
        }
        for (const fi of descendantsNamed(root, 'fieldInstance')) {
            const item = elementText(fi, 'fieldItem') ?? '';
            report.reference();
            const fieldName = item.replace(/^Record\./, '');
            if (object && !object.fields.get(fieldName.toLowerCase())) {
                const near = closest(fieldName, fieldNamesOf(object));
                report.error(
                    f.path,
                    elementNamed(fi, 'fieldItem') ?? fi,
                    `${owner} shows field ${item}, which is not a field of ${object.apiName}${near ? `; did you mean Record.${near}?` : ''}`,
                    'Fix the field name'
                );
            }
        }
    }
}
