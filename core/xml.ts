/** The one XML helper set: object view (fast-xml-parser) for reading values, positional element tree for lines and order. */
import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** A parsed metadata file: the root element's name and content, plus the raw text for line look-ups. */
export interface XmlDocument {
    file: string;
    text: string;
    rootName: string;
    root: XmlNode;
}

type XmlValue = string | number | boolean | XmlNode;
export interface XmlNode {
    [element: string]: XmlValue | XmlValue[] | undefined;
}

export class XmlSyntaxError extends Error {
    constructor(
        readonly file: string,
        readonly line: number,
        readonly column: number,
        readonly reason: string
    ) {
        super(`${file}:${line}:${column} malformed XML: ${reason}`);
    }
}

// Values stay strings: "0.1.0" or "00123" must not turn into numbers, and picklist labels like "true" stay text.
const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    isArray: () => false
});

export function parseXmlText(file: string, text: string): XmlDocument {
    const verdict = XMLValidator.validate(text);
    if (verdict !== true) {
        const { line, col, msg } = verdict.err;
        throw new XmlSyntaxError(file, line, col, msg);
    }
    const parsed = parser.parse(text) as XmlNode;
    const rootName = Object.keys(parsed).find((k) => k !== '?xml' && !k.startsWith('#'));
    if (!rootName) throw new XmlSyntaxError(file, 1, 1, 'no root element');
    const root = parsed[rootName];
    return { file, text, rootName, root: typeof root === 'object' && !Array.isArray(root) ? root : {} };
}

export function parseXmlFile(file: string): XmlDocument {
    return parseXmlText(file, readFileSync(file, 'utf8'));
}

/** Values of a child element as a list, whether it occurs once or many times. */
function children(node: XmlNode | undefined, name: string): XmlValue[] {
    const value = node?.[name];
    if (value === undefined) return [];
    return Array.isArray(value) ? value : [value];
}

export function childNodes(node: XmlNode | undefined, name: string): XmlNode[] {
    return children(node, name).filter((v): v is XmlNode => typeof v === 'object');
}

/** Text of a child element, or undefined when absent or empty. */
export function text(node: XmlNode | undefined, name: string): string | undefined {
    const [value] = children(node, name);
    if (value === undefined || typeof value === 'object') return undefined;
    const s = String(value);
    return s === '' ? undefined : s;
}

/**
 * Positional view of a document: every element with its line and column, attributes, children in
 * document order and its own text. The object view above (fast-xml-parser) loses sibling order and
 * positions; checks that report lines or element order (the verifier) walk this tree instead.
 * Only call it on text that passed parseXmlText (well-formed), since it does not re-validate.
 */
export interface XmlElement {
    name: string;
    attributes: Record<string, string>;
    children: XmlElement[];
    /** Concatenated character data directly inside this element (entities decoded, CDATA included), trimmed. */
    text: string;
    line: number;
    column: number;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
    return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
        if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
        if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
        return ENTITIES[ref] ?? whole;
    });
}

const treeCache = new WeakMap<object, XmlElement>();

export function elementTree(doc: Pick<XmlDocument, 'text'>): XmlElement {
    const cached = treeCache.get(doc);
    if (cached) return cached;
    const source = doc.text;
    const lineStarts = [0];
    for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) lineStarts.push(i + 1);
    const position = (offset: number): { line: number; column: number } => {
        let lo = 0;
        let hi = lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
            else hi = mid - 1;
        }
        return { line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1 };
    };
    const token =
        /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|<(\/?)([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
    const attribute = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
    const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '', line: 1, column: 1 };
    const stack: XmlElement[] = [root];
    const texts: string[][] = [[]];
    let last = 0;
    for (let m = token.exec(source); m; m = token.exec(source)) {
        const between = source.slice(last, m.index);
        last = token.lastIndex;
        texts[texts.length - 1]?.push(decodeEntities(between));
        if (m[1] !== undefined) {
            texts[texts.length - 1]?.push(m[1]);
            continue;
        }
        const name = m[3];
        if (!name) continue;
        if (m[2] === '/') {
            const done = stack.pop();
            const parts = texts.pop() ?? [];
            if (done) done.text = parts.join('').trim();
            continue;
        }
        const attributes: Record<string, string> = {};
        for (let a = attribute.exec(m[4] ?? ''); a; a = attribute.exec(m[4] ?? '')) {
            attributes[a[1] ?? ''] = decodeEntities(a[2] ?? a[3] ?? '');
        }
        attribute.lastIndex = 0;
        const element: XmlElement = { name, attributes, children: [], text: '', ...position(m.index) };
        stack[stack.length - 1]?.children.push(element);
        if (m[5] !== '/') {
            stack.push(element);
            texts.push([]);
        }
    }
    const top = root.children[0] ?? root;
    treeCache.set(doc, top);
    return top;
}

/** The first child element with the given name. */
export function elementNamed(element: XmlElement | undefined, name: string): XmlElement | undefined {
    return element?.children.find((c) => c.name === name);
}

/** Child elements of a positional element with the given name. */
export function elementsNamed(element: XmlElement | undefined, name: string): XmlElement[] {
    return element ? element.children.filter((c) => c.name === name) : [];
}

/** Text of the first child element with the given name, or undefined when absent or empty. */
export function elementText(element: XmlElement | undefined, name: string): string | undefined {
    const found = elementNamed(element, name);
    return found && found.text !== '' ? found.text : undefined;
}

/** Every descendant element with the given name, depth first. */
export function descendantsNamed(element: XmlElement | undefined, name: string): XmlElement[] {
    const out: XmlElement[] = [];
    const visit = (e: XmlElement): void => {
        for (const c of e.children) {
            if (c.name === name) out.push(c);
            visit(c);
        }
    };
    if (element) visit(element);
    return out;
}
