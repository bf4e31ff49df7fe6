import { resolve } from 'node:path';
import { ESLint } from 'eslint';

/**
 * The components are parsed by typescript-eslint's parser (eslint.config.js), not the LWC config's
 * Babel parser: the LWC platform rules must still fire on planted code, and a type-only import
 * from another bundle must lint clean (the reason the components could not import types before).
 */

const ROOT = resolve(__dirname, '..', '..');
const FILE = resolve(ROOT, 'force-app/main/default/lwc/lintProbe/lintProbe.ts');
// The project's config, loaded here rather than by ESLint (its loader's dynamic import needs ESM support Jest lacks).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config: ESLint.Options['overrideConfig'] = require('../../eslint.config.js');
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: config });

async function ruleIds(source: string): Promise<string[]> {
    const [result] = await eslint.lintText(source, { filePath: FILE });
    return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

const COMPONENT = (body: string, imports = ''): string => `import { LightningElement, api } from 'lwc';
${imports}
export default class LintProbe extends LightningElement {
    @api label = '';
${body}
}
`;

describe('LWC rules under the typescript-eslint parser', () => {
    it('the file is linted with the components config (TypeScript parser)', async () => {
        const config = (await eslint.calculateConfigForFile(FILE)) as { languageOptions?: { parser?: { meta?: { name?: string } } } };
        expect(config.languageOptions?.parser?.meta?.name).toBe('typescript-eslint/parser');
    });

    it('@lwc/lwc/no-api-reassignments reports an @api property assigned inside the component', async () => {
        const ids = await ruleIds(COMPONENT(`    connectedCallback(): void {\n        this.label = 'changed';\n    }`));
        expect(ids).toContain('@lwc/lwc/no-api-reassignments');
    });

    it('@lwc/lwc/no-inner-html reports innerHTML', async () => {
        const ids = await ruleIds(COMPONENT(`    renderedCallback(): void {\n        this.template.host.innerHTML = this.label;\n    }`));
        expect(ids).toContain('@lwc/lwc/no-inner-html');
    });

    it('@lwc/lwc/no-document-query reports document.querySelector', async () => {
        const ids = await ruleIds(COMPONENT(`    renderedCallback(): void {\n        document.querySelector('div');\n    }`));
        expect(ids).toContain('@lwc/lwc/no-document-query');
    });

    it('`import type` from another bundle lints clean, with the type used only in annotations', async () => {
        const source = COMPONENT(
            `    @api kpi: KpiView | null = null;\n\n    get name(): string {\n        return this.kpi?.name ?? this.label;\n    }`,
            "import type { KpiView } from 'c/outcomesMappers';"
        );
        expect(await ruleIds(source)).toEqual([]);
    });

    it('an unused type import is still reported (the unused-variable rule sees type-only bindings)', async () => {
        const ids = await ruleIds(COMPONENT('', "import type { KpiView } from 'c/outcomesMappers';"));
        expect(ids).toContain('@typescript-eslint/no-unused-vars');
    });
});
