/**
 * The package's components as the benchmark reads them: the built `.js` that deploys, run by the
 * one Node component loader (core/components/loader.ts, with its text `gql`), so the benchmark
 * uses the query constants and variable builders the panels really ship, without a copy of
 * their text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ComponentLoader, type ModuleExports } from '../../core/components/loader';

export const ROOT = join(__dirname, '..', '..');
const COMPONENTS_DIR = join(ROOT, 'force-app', 'main', 'default', 'lwc');

const loader = new ComponentLoader(COMPONENTS_DIR);

/** The built module of c/<bundle>, as it deploys. */
export function componentSource(bundle: string): string | undefined {
    const file = join(COMPONENTS_DIR, bundle, `${bundle}.js`);
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** A panel the benchmark can measure: its built module and its template. */
export function bundleExists(bundle: string): boolean {
    return existsSync(join(COMPONENTS_DIR, bundle, `${bundle}.js`)) && existsSync(join(COMPONENTS_DIR, bundle, `${bundle}.html`));
}

/** The exports of c/<bundle>'s built module. */
export function loadComponentModule(bundle: string): ModuleExports {
    return loader.loadBundle(bundle);
}

/** `query Name(` → Name: how requests are told apart in the browser. */
export function operationName(query: string): string | undefined {
    return /\b(?:query|mutation)\s+(\w+)/.exec(query)?.[1];
}
