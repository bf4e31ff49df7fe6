import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { getObject } from '../../../core/metadata/project';
import { type XmlElement, descendantsNamed, elementNamed, elementsNamed } from '../../../core/xml';
import type { MetadataFile, VerifyContext } from '../context';
import { ofType } from '../context';
import { LWC_PROPERTY_TYPES, LWC_TARGETS } from '../enums';
import { closest } from '../../../core/suggest';
import { objectNames } from '../../../core/metadata/resolve';

/** Lightning web component bundles: what each exposes (targets, properties per target) and its own checks. */

export interface BundleProperty {
    name: string;
    type?: string;
    required: boolean;
    min?: string;
    max?: string;
    /** A static picklist (datasource="A,B"); apex:// data sources are not listed. */
    datasource?: string;
}

export interface Bundle {
    name: string;
    file: MetadataFile;
    exposed: boolean;
    targets: string[];
    /** Target → properties declared for it. */
    properties: Map<string, BundleProperty[]>;
    /** Target → objects it is restricted to (when listed). */
    objects: Map<string, string[]>;
}

const cache = new WeakMap<VerifyContext, Map<string, Bundle>>();

export function bundles(ctx: VerifyContext): Map<string, Bundle> {
    const cached = cache.get(ctx);
    if (cached) return cached;
    const out = new Map<string, Bundle>();
    for (const f of ofType(ctx, 'LightningComponentBundle')) {
        const name = basename(dirname(f.path));
        const root = f.root;
        const targets = descendantsNamed(elementNamed(root, 'targets'), 'target').map((t) => t.text);
        const properties = new Map<string, BundleProperty[]>();
        const objects = new Map<string, string[]>();
        for (const tc of descendantsNamed(elementNamed(root, 'targetConfigs'), 'targetConfig')) {
            const props = elementsNamed(tc, 'property').map((p) => ({
                name: p.attributes.name ?? '',
                type: p.attributes.type,
                required: p.attributes.required === 'true',
                min: p.attributes.min,
                max: p.attributes.max,
                datasource: p.attributes.datasource
            }));
            const objs = descendantsNamed(elementNamed(tc, 'objects'), 'object').map((o) => o.text);
            for (const t of (tc.attributes.targets ?? '')
                .split(',')
                .map((s) => s.trim())
                .filter(Boolean)) {
                properties.set(t, [...(properties.get(t) ?? []), ...props]);
                if (objs.length) objects.set(t, objs);
            }
        }
        out.set(name, { name, file: f, exposed: elementNamed(root, 'isExposed')?.text === 'true', targets, properties, objects });
    }
    cache.set(ctx, out);
    return out;
}

/** Rule 4 (component bundles): targets are real and exposed, targetConfigs target declared targets, property types are valid, restricted objects exist, the bundle has its module. */
export function checkBundles(ctx: VerifyContext): void {
    const { report, model } = ctx;
    for (const bundle of bundles(ctx).values()) {
        const f = bundle.file;
        const root = f.root;
        const owner = `component ${bundle.name}`;
        if (basename(f.path) !== `${bundle.name}.js-meta.xml`)
            report.error(f.path, root, `${owner}: the meta file must be named ${bundle.name}.js-meta.xml`, 'Rename it after its folder');
        const dir = dirname(f.path);
        if (!['.ts', '.js'].some((ext) => existsSync(join(dir, `${bundle.name}${ext}`)))) {
            report.error(
                f.path,
                root,
                `${owner} has no ${bundle.name}.ts (or .js) module`,
                'Add the component module next to its meta file'
            );
        }
        const api = Number(elementNamed(root, 'apiVersion')?.text ?? '0');
        // Policy: this package's components run GraphQL mutations, which need API 66.
        if (ctx.policy && api && api < 66)
            report.warning(
                f.path,
                elementNamed(root, 'apiVersion'),
                `${owner} uses API ${api}; GraphQL mutations need 66.0 or later`,
                'Set <apiVersion>66.0</apiVersion>'
            );
        if (bundle.targets.length && !bundle.exposed)
            report.error(
                f.path,
                elementNamed(root, 'isExposed') ?? root,
                `${owner} lists targets but is not exposed`,
                'Set <isExposed>true</isExposed> or remove <targets>'
            );
        for (const tc of descendantsNamed(elementNamed(root, 'targetConfigs'), 'targetConfig')) {
            for (const t of (tc.attributes.targets ?? '')
                .split(',')
                .map((s) => s.trim())
                .filter(Boolean)) {
                if (!bundle.targets.includes(t)) {
                    report.error(
                        f.path,
                        tc,
                        `${owner} configures target ${t}, which is not in its <targets>${LWC_TARGETS.includes(t) ? '' : closest(t, LWC_TARGETS) ? `; did you mean ${closest(t, LWC_TARGETS)}?` : ''}`,
                        'Add the target to <targets> or fix the name'
                    );
                }
            }
            const seen = new Set<string>();
            for (const p of elementsNamed(tc, 'property')) checkProperty(ctx, f, owner, p, seen);
            for (const o of descendantsNamed(elementNamed(tc, 'objects'), 'object')) {
                report.reference();
                if (!getObject(model, o.text)) {
                    const near = closest(o.text, objectNames(model));
                    report.error(
                        f.path,
                        o,
                        `${owner} is restricted to object ${o.text}, which does not exist${near ? `; did you mean ${near}?` : ''}`,
                        'Name an existing object'
                    );
                }
            }
        }
    }
}

function checkProperty(ctx: VerifyContext, f: MetadataFile, owner: string, p: XmlElement, seen: Set<string>): void {
    const name = p.attributes.name;
    if (!name) {
        ctx.report.error(f.path, p, `${owner} declares a property without a name`, 'Add name="..."');
        return;
    }
    if (seen.has(name)) ctx.report.error(f.path, p, `${owner} declares property ${name} twice for the same target`, 'Remove the duplicate');
    seen.add(name);
    const type = p.attributes.type;
    if (
        type &&
        !LWC_PROPERTY_TYPES.includes(type) &&
        !/^(apex|lightning):\/\//.test(type) &&
        !type.startsWith('@salesforce/schema/') &&
        !/^\{.*\}$/.test(type)
    ) {
        const near = closest(type, LWC_PROPERTY_TYPES);
        ctx.report.error(
            f.path,
            p,
            `${owner} property ${name} has type ${type}${near ? `; did you mean ${near}?` : ''}`,
            `Use one of: ${LWC_PROPERTY_TYPES.join(', ')}`
        );
    }
}
