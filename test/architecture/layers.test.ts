import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';

/**
 * The import direction (eslint.config.js, import/no-restricted-paths) holds: files planted inside
 * the repository tree, linted with the project's own config, fail where they cross a layer and
 * pass where they do not. Each planted file is removed whatever the outcome.
 */

const ROOT = resolve(__dirname, '..', '..');
// The project's flat config, handed to ESLint directly: ESLint loads a config file by dynamic
// import, which Jest's module sandbox does not offer.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const projectConfig = require(join(ROOT, 'eslint.config.js')) as ESLint.Options['overrideConfig'];
const RULE = 'import/no-restricted-paths';

async function lintPlanted(relativePath: string, source: string): Promise<ESLint.LintResult> {
    const file = join(ROOT, relativePath);
    writeFileSync(file, source);
    try {
        const [result] = await new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: projectConfig }).lintFiles([file]);
        if (!result) throw new Error(`ESLint returned no result for ${relativePath}`);
        return result;
    } finally {
        rmSync(file, { force: true });
    }
}

const layerErrors = (result: ESLint.LintResult): string[] => result.messages.filter((m) => m.ruleId === RULE).map((m) => m.message);

describe('import direction', () => {
    jest.setTimeout(120_000);

    it('refuses core/ importing the preview, even a type', async () => {
        const result = await lintPlanted(
            'core/__planted_upward__.ts',
            [
                "import { previewData } from '../preview/server/dataService';",
                "import type { PreviewStore } from '../preview/server/store/store';",
                'export const planted: [typeof previewData, PreviewStore | undefined] = [previewData, undefined];',
                ''
            ].join('\n')
        );
        const errors = layerErrors(result);
        expect(errors).toHaveLength(2);
        expect(errors[0]).toContain('core/ is the bottom layer');
    });

    it('refuses one tool importing another, scripts importing test/ and the preview importing the verifier', async () => {
        const tool = await lintPlanted(
            'tools/apex-check/__planted_sideways__.ts',
            "import { verifyProject } from '../verifier/verify';\nexport const planted = verifyProject;\n"
        );
        expect(layerErrors(tool)).toEqual([expect.stringContaining('A tool depends on core/, not on another tool')]);
        const script = await lintPlanted(
            'scripts/__planted_test_import__.ts',
            "import { DOCUMENTED_MODULES } from '../test/platform/documentedExports';\nexport const planted = DOCUMENTED_MODULES;\n"
        );
        expect(layerErrors(script)).toEqual([expect.stringContaining('Nothing outside test/ imports test/')]);
        const preview = await lintPlanted(
            'preview/server/__planted_verifier__.ts',
            "import { verifyProject } from '../../tools/verifier/verify';\nexport const planted = verifyProject;\n"
        );
        expect(layerErrors(preview)).toEqual([expect.stringContaining('preview/ does not import the verifier')]);
    });

    it('passes a file that imports only within its layer and below', async () => {
        const result = await lintPlanted(
            'tools/formula/__planted_clean__.ts',
            [
                "import { addDays } from '../../core/dates';",
                "import { loadProject } from '../../core/metadata/project';",
                "import { FormulaError } from './errors';",
                'export const planted = [addDays, loadProject, FormulaError];',
                ''
            ].join('\n')
        );
        expect(result.messages).toEqual([]);
    });
});
