/**
 * Strips TypeScript with Babel before the LWC compiler sees the code. Decorators are only
 * parsed (version 2023-11) and left in place: @api/@track/@wire are the LWC compiler's job.
 */
import { transformAsync } from '@babel/core';
import type { Plugin } from 'rollup';

export function typescript(): Plugin {
    return {
        name: 'preview-typescript',
        async transform(code, id) {
            const file = id.split('?', 1)[0] ?? id;
            if (!file.endsWith('.ts') || file.endsWith('.d.ts') || id.startsWith('\0')) return null;
            const result = await transformAsync(code, {
                filename: file,
                babelrc: false,
                configFile: false,
                sourceMaps: true,
                presets: [[require.resolve('@babel/preset-typescript'), { allowDeclareFields: true, onlyRemoveTypeImports: false }]],
                plugins: [[require.resolve('@babel/plugin-syntax-decorators'), { version: '2023-11' }]]
            });
            if (!result?.code) throw new Error(`${file}: Babel produced no output`);
            return { code: result.code, map: result.map ?? null };
        }
    };
}
