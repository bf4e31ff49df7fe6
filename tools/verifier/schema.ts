import { ApiSchemas } from 'jsforce/lib/api/metadata/schema';
import { schemaOverlay, type OverlayType } from './schema-overlay';

/** The Metadata API element schema: jsforce's WSDL-derived ApiSchemas plus the overlay. */

export interface PropSpec {
    name: string;
    /** A scalar, or the name of a complex type. */
    type: string;
    array: boolean;
    optional: boolean;
    /** Absence is an error (not only a warning). */
    must: boolean;
    /** The type that declares the element (a base type for inherited ones), for enumeration look-ups. */
    owner: string;
}

export interface TypeSpec {
    name: string;
    props: Map<string, PropSpec>;
    /** Element names in schema order: the base type's elements first, then the type's own. */
    order: string[];
    unordered: boolean;
    /** Allowed attributes, when the type restricts them. */
    attributes?: string[];
}

interface JsforceSchema {
    type: string;
    props: Record<string, string | readonly string[]>;
    extends?: string;
}

const jsforce = ApiSchemas as unknown as Record<string, JsforceSchema>;
const SCALARS = new Set(['string', 'number', 'boolean', 'any']);
const cache = new Map<string, TypeSpec | undefined>();

function parseProp(owner: string, name: string, raw: string | readonly string[], overlay?: OverlayType): PropSpec {
    const array = Array.isArray(raw);
    let t = (array ? raw[0] : raw) as string;
    let optional = array;
    if (t.startsWith('?')) {
        optional = true;
        t = t.slice(1);
    }
    if (overlay?.optional?.includes(name)) optional = true;
    return { name, type: t, array, optional, must: overlay?.mustHave?.includes(name) ?? false, owner };
}

function ownProps(name: string): { props: [string, string | readonly string[]][]; base?: string; overlay?: OverlayType } | undefined {
    const base = jsforce[name];
    const overlay = schemaOverlay[name];
    if (!base && !overlay) return undefined;
    const props: Record<string, string | readonly string[]> = overlay?.replace ? {} : { ...(base?.props ?? {}) };
    for (const [k, v] of Object.entries(overlay?.props ?? {})) props[k] = v;
    return {
        props: Object.entries(props).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        base: overlay?.extends ?? base?.extends,
        overlay
    };
}

export function typeSpec(name: string): TypeSpec | undefined {
    if (cache.has(name)) return cache.get(name);
    cache.set(name, undefined); // guards against cycles while building
    const own = ownProps(name);
    if (!own) return undefined;
    const parent = own.base ? typeSpec(own.base) : undefined;
    const props = new Map<string, PropSpec>(parent?.props ?? []);
    const order = [...(parent?.order ?? [])];
    for (const [k, raw] of own.props) {
        props.set(k, parseProp(name, k, raw, own.overlay));
        if (!order.includes(k)) order.push(k);
    }
    // An overlay of a base type's element (e.g. mustHave on an inherited one) applies here too.
    for (const k of own.overlay?.mustHave ?? []) {
        const p = props.get(k);
        if (p) props.set(k, { ...p, must: true });
    }
    const spec: TypeSpec = {
        name,
        props,
        order,
        unordered: own.overlay?.unordered ?? parent?.unordered ?? false,
        attributes: own.overlay?.attributes
    };
    cache.set(name, spec);
    return spec;
}

export function isScalar(type: string): boolean {
    return SCALARS.has(type) || typeSpec(type) === undefined;
}
