import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { childNodes, parseXmlFile, text } from '../../core/xml';

/**
 * Labels of category Actions are the invocable actions' text to a Flow or an agent: only Apex reads
 * them (System.Label), so the label generator makes no LWC module of them. Each must be read by
 * some Apex class (or it is dead text) and by no component (which would need a module).
 */
const DEFAULT = join(__dirname, '..', '..', 'force-app', 'main', 'default');
const apex = readdirSync(join(DEFAULT, 'classes'))
    .filter((f) => f.endsWith('.cls'))
    .map((f) => readFileSync(join(DEFAULT, 'classes', f), 'utf8'))
    .join('\n');
const actionLabels = childNodes(parseXmlFile(join(DEFAULT, 'labels', 'CustomLabels.labels-meta.xml')).root, 'labels')
    .filter((node) => text(node, 'categories') === 'Actions')
    .map((node) => ({ fullName: text(node, 'fullName') ?? '' }));
/** Every component source (the generated label modules included). */
const components = readdirSync(join(DEFAULT, 'lwc'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') || f.endsWith('.html'))
    .map((f) => readFileSync(join(DEFAULT, 'lwc', f), 'utf8'))
    .join('\n');

describe('Apex-only labels (category Actions)', () => {
    it('exist', () => {
        expect(actionLabels.length).toBeGreaterThan(5);
    });

    it.each(actionLabels.map((label) => [label.fullName]))('%s is read by Apex and imported by no component', (name) => {
        expect(apex).toMatch(new RegExp(`System\\.Label\\.${name}\\b`));
        expect(components).not.toContain(`c.${name}'`);
    });
});
