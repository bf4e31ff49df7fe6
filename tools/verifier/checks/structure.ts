import type { XmlElement } from '../../../core/xml';
import type { MetadataFile } from '../context';
import { enumerations, patterns } from '../enums';
import type { Reporter } from '../../../core/problems';
import { isScalar, typeSpec, type PropSpec, type TypeSpec } from '../schema';
import { closest, didYouMean } from '../../../core/suggest';

const METADATA_NS = 'http://soap.sforce.com/2006/04/metadata';
const TOOLING_NS = 'urn:metadata.tooling.soap.sforce.com';
const NAMESPACE_ATTRIBUTE = /^(xmlns(:.*)?|xsi:.*)$/;

/**
 * Rule 2: the elements of a file are known for its metadata type (walked recursively against the
 * schema), occur as often as allowed, in schema order (warning), hold the right kind of value, and
 * enumerated values are among the allowed ones.
 */
export function checkStructure(file: MetadataFile, report: Reporter): void {
    const root = file.root;
    const type = file.kind?.type;
    if (!root || !type) return;
    if (root.name !== type) {
        report.error(
            file.path,
            root,
            `root element <${root.name}> does not match the file type ${type}`,
            `A file named like this must have <${type}> as its root element`
        );
        return;
    }
    if (root.attributes.xmlns === TOOLING_NS) {
        // Files retrieved through the Tooling API carry its namespace; projects deploy them as they are
        // (PMM's classes do), so this is a warning, unverified in an org.
        report.warning(
            file.path,
            root,
            `<${type}> uses the Tooling API namespace ${TOOLING_NS}`,
            `Use xmlns="${METADATA_NS}", the Metadata API namespace`
        );
    } else if (root.attributes.xmlns !== METADATA_NS) {
        report.error(file.path, root, `<${type}> lacks xmlns="${METADATA_NS}"`, 'Add the Metadata API namespace to the root element');
    }
    const spec = typeSpec(type);
    if (!spec) {
        report.warning(
            file.path,
            root,
            `no schema known for ${type}; only well-formedness was checked`,
            'Add the type to tools/verifier/schema-overlay.ts'
        );
        return;
    }
    walk(file.path, root, spec, report);
}

function enumFor(prop: PropSpec): string[] | undefined {
    return enumerations[`${prop.owner}.${prop.name}`];
}

function patternFor(prop: PropSpec, spec: TypeSpec): { re: RegExp; form: string } | undefined {
    return patterns[`${prop.owner}.${prop.name}`] ?? patterns[`${spec.name}.${prop.name}`];
}

function checkScalar(path: string, el: XmlElement, prop: PropSpec, spec: TypeSpec, report: Reporter): void {
    if (el.children.length) {
        report.error(
            path,
            el,
            `<${el.name}> in ${spec.name} must hold a value, not elements (found <${el.children[0]?.name}>)`,
            'Put the value directly inside the element'
        );
        return;
    }
    const v = el.text;
    if (prop.type === 'number' && v !== '' && !/^-?\d+(\.\d+)?$/.test(v)) {
        report.error(
            path,
            el,
            `bad value "${v}" for <${el.name}> in ${spec.name}: a number is expected`,
            'Write a plain number such as 18'
        );
        return;
    }
    if (prop.type === 'boolean' && v !== '' && v !== 'true' && v !== 'false') {
        report.error(path, el, `bad value "${v}" for <${el.name}> in ${spec.name}: true or false is expected`, 'Write true or false');
        return;
    }
    const allowed = enumFor(prop);
    if (allowed && v !== '' && !allowed.includes(v)) {
        const near = closest(v, allowed);
        const list = allowed.length > 14 ? `${allowed.slice(0, 14).join(', ')}, ...` : allowed.join(', ');
        report.error(
            path,
            el,
            `bad value "${v}" for <${el.name}> in ${spec.name}${near ? `; did you mean ${near}?` : ''}`,
            `Use one of: ${list}`
        );
        return;
    }
    const pattern = patternFor(prop, spec);
    if (pattern && v !== '' && !pattern.re.test(v)) {
        report.error(path, el, `bad value "${v}" for <${el.name}> in ${spec.name}`, `Use ${pattern.form}`);
    }
}

/**
 * An element the parent already holds, where the Metadata API's parser refuses it with "Element
 * {http://soap.sforce.com/2006/04/metadata}<name> duplicated at this location in type <Type>": a
 * single-valued element given twice (two labels run into one <labels> by a merge), or a list
 * element whose run is broken by another element. Salesforce Help article 000383335 ("Element
 * tabVisibilities is duplicated at this location in type Profile") documents the second: all
 * occurrences of a list element must be consecutive. Reported once per element and parent, at the
 * first occurrence that breaks the rule.
 */
function reportDuplicate(path: string, parent: XmlElement, child: XmlElement, prop: PropSpec, spec: TypeSpec, report: Reporter): void {
    const message = `<${child.name}> duplicated at this location in type ${spec.name}`;
    if (prop.array) {
        report.error(
            path,
            child,
            `${message}: the <${child.name}> elements of one <${parent.name}> must follow each other`,
            `Move this <${child.name}> next to the other <${child.name}> elements`
        );
    } else if (prop.name === 'fullName') {
        report.error(
            path,
            child,
            `${message}: a ${spec.name} has one <fullName>, so two entries have run into one <${parent.name}>`,
            `Close the <${parent.name}> before this <fullName> and open a new one`
        );
    } else {
        report.error(path, child, `${message}: a ${spec.name} has one <${child.name}>`, `Keep a single <${child.name}>`);
    }
}

function walk(path: string, el: XmlElement, spec: TypeSpec, report: Reporter): void {
    if (spec.attributes) {
        for (const attr of Object.keys(el.attributes)) {
            if (NAMESPACE_ATTRIBUTE.test(attr) || spec.attributes.includes(attr)) continue;
            report.error(
                path,
                el,
                `unknown attribute ${attr} on <${el.name}>${didYouMean(attr, spec.attributes)}`,
                `Allowed attributes: ${spec.attributes.join(', ')}`
            );
        }
    }
    const counts = new Map<string, number>();
    const duplicated = new Set<string>();
    let previous = '';
    let furthest = -1;
    let furthestName = '';
    let orderReported = false;
    for (const child of el.children) {
        const prop = spec.props.get(child.name);
        const runBroken = previous !== child.name;
        previous = child.name;
        if (!prop) {
            report.error(
                path,
                child,
                `unknown element <${child.name}> in ${spec.name}${didYouMean(child.name, spec.props.keys())}`,
                `Rename or remove the element (see ${spec.name} in the Metadata API reference; elements newer than the schema go in tools/verifier/schema-overlay.ts)`
            );
            continue;
        }
        const n = (counts.get(child.name) ?? 0) + 1;
        counts.set(child.name, n);
        // After a second <fullName>, the later single values belong to the entry that ran in: one error says it.
        const runIn = duplicated.has('fullName') && !prop.array;
        if (n > 1 && !runIn && !duplicated.has(child.name) && (!prop.array || (runBroken && !spec.unordered))) {
            duplicated.add(child.name);
            reportDuplicate(path, el, child, prop, spec, report);
        }
        const index = spec.order.indexOf(child.name);
        if (!spec.unordered && !orderReported && index < furthest) {
            report.warning(
                path,
                child,
                `element <${child.name}> is out of order in ${spec.name}: it should come before <${furthestName}>`,
                'Order elements as the Metadata API schema does (alphabetical, fullName first)'
            );
            orderReported = true;
        }
        if (index > furthest) {
            furthest = index;
            furthestName = child.name;
        }
        if (prop.type === 'any') continue;
        if (isScalar(prop.type)) {
            checkScalar(path, child, prop, spec, report);
            continue;
        }
        const nested = typeSpec(prop.type);
        if (!nested) continue;
        if (child.children.length === 0 && child.text !== '') {
            report.error(
                path,
                child,
                `<${child.name}> in ${spec.name} must contain elements (${[...nested.props.keys()].slice(0, 6).join(', ')}), not text`,
                'Nest the values in their elements'
            );
            continue;
        }
        walk(path, child, nested, report);
    }
    for (const prop of spec.props.values()) {
        if (prop.optional || prop.array || counts.has(prop.name) || prop.name === 'fullName') continue;
        const message = `<${el.name}> lacks required element <${prop.name}> (${spec.name})`;
        if (prop.must) report.error(path, el, message, `Add <${prop.name}>`);
        else report.warning(path, el, message, `Add <${prop.name}>; the Metadata API schema marks it required`);
    }
}
