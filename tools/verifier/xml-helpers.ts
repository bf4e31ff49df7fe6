import type { XmlElement } from '../metadata/xml';

/** Small accessors over the positional element tree. */

export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
    return el?.children.find((c) => c.name === name);
}

export function childrenNamed(el: XmlElement | undefined, name: string): XmlElement[] {
    return el ? el.children.filter((c) => c.name === name) : [];
}

export function value(el: XmlElement | undefined, name: string): string | undefined {
    const c = child(el, name);
    return c && c.text !== '' ? c.text : undefined;
}

/** Every descendant element with the given name, depth first. */
export function descendants(el: XmlElement | undefined, name: string): XmlElement[] {
    const out: XmlElement[] = [];
    const visit = (e: XmlElement): void => {
        for (const c of e.children) {
            if (c.name === name) out.push(c);
            visit(c);
        }
    };
    if (el) visit(el);
    return out;
}
