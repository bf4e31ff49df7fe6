import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** A parsed metadata file: the root element's name and content, plus the raw text for line look-ups. */
export interface XmlDocument {
    file: string;
    text: string;
    rootName: string;
    root: XmlNode;
}

export type XmlValue = string | number | boolean | XmlNode;
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
export function children(node: XmlNode | undefined, name: string): XmlValue[] {
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

/** 1-based line of the first occurrence of `needle` in the document (after `from`, when given), or undefined. */
export function lineOf(doc: Pick<XmlDocument, 'text'>, needle: string, from = 0): number | undefined {
    const at = doc.text.indexOf(needle, from);
    if (at < 0) return undefined;
    return doc.text.slice(0, at).split('\n').length;
}
