/**
 * The package's components as the org names them and runs them: `c/<bundle>` resolves to
 * force-app/main/default/lwc/<bundle>/<bundle>.js, the file that deploys, and its `./x` imports
 * to the sibling built .js (the LWC plugin keeps the importer's extension). Each build starts by
 * building that .js from the .ts beside it (core/components/build.ts, as `npm run build`) and
 * watches the .ts, so `npm start` picks up a component edit. Also serves `preview:components`, a
 * registry of every UI component (tag name -> constructor) that the page shell renders with
 * `lwc:is`, so the shell never imports a package component by name and new bundles appear on
 * the next build.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'rollup';
import { buildComponents, componentSources } from '../../../core/components/build';

const REGISTRY_ID = 'preview:components';
const REGISTRY_VIRTUAL = '\0preview-components';

export interface ComponentBundle {
    name: string;
    tagName: string;
    entry: string;
    /** Has a template, so it can be placed on a page (service modules cannot). */
    renders: boolean;
}

/** opportunityOutcomes -> c-opportunity-outcomes, as the platform derives tag names. */
export function tagNameOf(bundle: string, namespace = 'c'): string {
    return `${namespace}-${bundle.replace(/[A-Z]/g, (ch) => `-${ch.toLowerCase()}`)}`;
}

function entryOf(dir: string, name: string): string | undefined {
    const file = join(dir, name, `${name}.js`);
    return existsSync(file) ? file : undefined;
}

export function listBundles(componentsDir: string): ComponentBundle[] {
    if (!existsSync(componentsDir)) return [];
    const bundles: ComponentBundle[] = [];
    for (const name of readdirSync(componentsDir).sort()) {
        if (name.startsWith('.') || name === '__tests__' || !statSync(join(componentsDir, name)).isDirectory()) continue;
        const entry = entryOf(componentsDir, name);
        if (!entry) continue;
        bundles.push({ name, tagName: tagNameOf(name), entry, renders: existsSync(join(componentsDir, name, `${name}.html`)) });
    }
    return bundles;
}

export function packageComponents(componentsDir: string): Plugin {
    return {
        name: 'preview-package-components',
        buildStart() {
            try {
                buildComponents(componentsDir);
            } catch (error) {
                this.error((error as Error).message);
            }
            for (const source of componentSources(componentsDir)) this.addWatchFile(source);
        },
        resolveId(source) {
            if (source === REGISTRY_ID) return REGISTRY_VIRTUAL;
            const match = /^c\/([A-Za-z0-9_]+)$/.exec(source);
            if (!match?.[1]) return null;
            const entry = entryOf(componentsDir, match[1]);
            // The specifier query is how @lwc/rollup-plugin learns an aliased module's namespace
            // (here `c`), which names its custom element c-<bundle>.
            return entry ? `${entry}?specifier=${encodeURIComponent(source)}` : null;
        },
        load(id) {
            if (id !== REGISTRY_VIRTUAL) return null;
            if (existsSync(componentsDir)) this.addWatchFile(componentsDir);
            const bundles = listBundles(componentsDir).filter((b) => b.renders);
            const imports = bundles.map((b, i) => `import C${i} from 'c/${b.name}';`);
            const entries = bundles.map((b, i) => `    ${JSON.stringify(b.tagName)}: C${i}`);
            return `${imports.join('\n')}\nexport default Object.freeze({\n${entries.join(',\n')}\n});\n`;
        }
    };
}
