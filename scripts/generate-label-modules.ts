/**
 * Writes the label modules the components import their text from, generated from
 * force-app/main/default/labels/CustomLabels.labels-meta.xml: one module per label category, so a
 * panel loads only the text it shows (in an org each LWC module is served whole: a module holding
 * every label would put all of them in every panel's first load).
 *
 *   <categories>CustomerOutcomes</categories>            -> c/outcomesLabels (shared by every panel)
 *   <categories>CustomerOutcomes<Group></categories>     -> c/outcomesLabels<Group> (e.g. Forms: loaded with the forms)
 *   <categories>Reminders</categories>, <categories>Actions</categories>
 *                                                        -> no module: text only Apex reads (System.Label): the
 *                                                           reminder job's notifications, the actions' messages
 *
 * A label `Outcomes_OpenHeading` is the key `openHeading`. A new label: add it to the XML with the
 * category of the components that show it, then run this script and `npm run build`.
 *
 *   npm run labels              writes the modules
 *   npm run labels -- --check   fails when a committed module differs from a fresh generation
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { childNodes, parseXmlFile, text } from '../core/xml';

const SOURCE = resolve(__dirname, '..', 'force-app', 'main', 'default');
const LABELS_FILE = join(SOURCE, 'labels', 'CustomLabels.labels-meta.xml');
const LWC = join(SOURCE, 'lwc');

const CATEGORY_PREFIX = 'CustomerOutcomes';
const NAME_PREFIX = 'Outcomes_';
const MODULE_PREFIX = 'outcomesLabels';
/** Categories of labels only Apex reads (the reminder job's notifications, the invocable actions' messages): no LWC module. */
const APEX_ONLY_CATEGORIES = new Set(['Reminders', 'Actions']);

export interface LabelEntry {
    fullName: string;
    key: string;
    category: string;
}

/** Outcomes_OpenHeading -> openHeading. */
export function labelKey(fullName: string): string {
    if (!fullName.startsWith(NAME_PREFIX)) throw new Error(`label ${fullName} does not start with ${NAME_PREFIX}`);
    const rest = fullName.slice(NAME_PREFIX.length);
    return rest.charAt(0).toLowerCase() + rest.slice(1);
}

/** CustomerOutcomes -> outcomesLabels; CustomerOutcomesForms -> outcomesLabelsForms. */
export function moduleOfCategory(category: string): string {
    if (!category.startsWith(CATEGORY_PREFIX) || category.includes(',')) {
        throw new Error(`label category "${category}" is not ${CATEGORY_PREFIX} or ${CATEGORY_PREFIX}<Group> (one category per label)`);
    }
    return MODULE_PREFIX + category.slice(CATEGORY_PREFIX.length);
}

/** The labels that get a module (Apex-only categories left out), in the XML's order. */
export function readLabels(file = LABELS_FILE): LabelEntry[] {
    const doc = parseXmlFile(file);
    return childNodes(doc.root, 'labels').flatMap((node) => {
        const fullName = text(node, 'fullName') ?? '';
        const category = text(node, 'categories');
        if (!category) throw new Error(`label ${fullName} has no <categories>: it names the module it is generated into`);
        return APEX_ONLY_CATEGORIES.has(category) ? [] : [{ fullName, key: labelKey(fullName), category }];
    });
}

/** Label module name -> its labels, in the XML's order. */
export function labelModules(labels = readLabels()): Map<string, LabelEntry[]> {
    const modules = new Map<string, LabelEntry[]>();
    for (const label of labels) {
        if (APEX_ONLY_CATEGORIES.has(label.category)) continue;
        const name = moduleOfCategory(label.category);
        modules.set(name, [...(modules.get(name) ?? []), label]);
    }
    return modules;
}

function moduleSource(name: string, labels: LabelEntry[]): string {
    const category = labels[0]?.category ?? '';
    return [
        `// Generated from force-app/main/default/labels/CustomLabels.labels-meta.xml (labels of category ${category})`,
        '// by scripts/generate-label-modules.ts: do not edit. Run `npm run labels` after changing the labels.',
        ...labels.map((l) => `import ${l.key} from '@salesforce/label/c.${l.fullName}';`),
        '',
        `const LABELS = Object.freeze({ ${labels.map((l) => l.key).join(', ')} });`,
        '',
        'export default LABELS;',
        ''
    ].join('\n');
}

function metaSource(category: string): string {
    return `<?xml version="1.0" encoding="UTF-8" ?>
<LightningComponentBundle xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>66.0</apiVersion>
    <description>Custom Labels of category ${category}, generated from CustomLabels.labels-meta.xml.</description>
    <isExposed>false</isExposed>
</LightningComponentBundle>
`;
}

/** The generated files, formatted with the repository's prettier settings (so `prettier --check` agrees). */
export async function generatedFiles(): Promise<{ path: string; content: string }[]> {
    const files: { path: string; content: string }[] = [];
    for (const [name, labels] of labelModules()) {
        const ts = join(LWC, name, `${name}.ts`);
        files.push({ path: ts, content: await format(moduleSource(name, labels), { ...(await resolveConfig(ts)), filepath: ts }) });
        files.push({ path: join(LWC, name, `${name}.js-meta.xml`), content: metaSource(labels[0]?.category ?? '') });
    }
    return files;
}

/** Bundles named like a label module that no category produces any more (a category renamed or emptied). */
function orphanModules(generated: Set<string>): string[] {
    return readdirSync(LWC).filter((b) => b.startsWith(MODULE_PREFIX) && !generated.has(b));
}

async function main(): Promise<void> {
    const check = process.argv.includes('--check');
    const stale: string[] = [];
    const files = await generatedFiles();
    for (const { path, content } of files) {
        const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
        if (current === content) continue;
        if (check) stale.push(path);
        else {
            mkdirSync(join(path, '..'), { recursive: true });
            writeFileSync(path, content);
        }
    }
    const orphans = orphanModules(new Set(labelModules().keys()));
    if (orphans.length) stale.push(...orphans.map((b) => `${join(LWC, b)} (no label has its category: delete the bundle)`));
    if (check && stale.length) {
        console.error(`labels: generated label modules are stale or missing (run npm run labels):\n  ${stale.join('\n  ')}`);
        process.exit(1);
    }
    if (!check && orphans.length) console.warn(`labels: no label has the category of ${orphans.join(', ')}: delete these bundles`);
    console.log(check ? 'labels: generated label modules are up to date' : `labels: written (${labelModules().size} modules)`);
}

if (require.main === module) void main();
