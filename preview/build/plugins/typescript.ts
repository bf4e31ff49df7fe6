/**
 * Strips TypeScript from the preview shell's own modules (preview/client, never deployed) with
 * the same step that builds the components' deployed .js (core/components/compile.ts), before
 * the LWC compiler sees the code. Decorators stay in place: @api/@track/@wire are the LWC
 * compiler's job.
 *
 * The package's components never come through here: the preview runs their built .js
 * (plugins/components.ts). A component .ts reaching the bundle fails the build, naming it.
 */
import { relative, sep } from 'node:path';
import type { Plugin } from 'rollup';
import { stripTypes } from '../../../core/components/compile';

export function typescript(componentsDir: string): Plugin {
    return {
        name: 'preview-typescript',
        transform(code, id) {
            const file = id.split('?', 1)[0] ?? id;
            if (!file.endsWith('.ts') || file.endsWith('.d.ts') || id.startsWith('\0')) return null;
            const rel = relative(componentsDir, file);
            if (!rel.startsWith('..') && !rel.startsWith(sep))
                this.error(
                    `${file}: a component's TypeScript source reached the preview bundle; the preview runs its built .js (npm run build)`
                );
            const { code: js, map } = stripTypes(code, file, { sourceMap: true });
            return { code: js, map: map ?? null };
        }
    };
}
