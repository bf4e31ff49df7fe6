/**
 * Every component (force-app lwc .ts, tests included) imports from platform modules only names
 * their documentation lists (test/platform/documentedExports.ts): a name only a stand-in offers
 * would pass Jest and the preview, then fail to compile in the org.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { platformImports, undocumentedImports } from './moduleExports';

const ROOT = resolve(__dirname, '../..');
const LWC_DIR = join(ROOT, 'force-app/main/default/lwc');

function tsFiles(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) return tsFiles(path);
        return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
    });
}

describe('component imports of platform modules', () => {
    const files = tsFiles(LWC_DIR);

    it('reads the components (and finds their platform imports)', () => {
        expect(files.length).toBeGreaterThan(30);
        const modules = new Set(files.flatMap((file) => platformImports(readFileSync(file, 'utf8'), file).map((i) => i.module)));
        expect([...modules]).toEqual(expect.arrayContaining(['lightning/graphql', 'lightning/uiRecordApi', '@salesforce/i18n/locale']));
    });

    it('import only documented names', () => {
        const problems = files.flatMap((file) => undocumentedImports(readFileSync(file, 'utf8'), relative(ROOT, file)));
        expect(problems).toEqual([]);
    });
});

describe('the import check fails on bad input', () => {
    it('flags refreshGraphQL from lightning/graphql, with the line and where it lives', () => {
        const text = "import { LightningElement } from 'lwc';\nimport { graphql, refreshGraphQL } from 'lightning/graphql';\n";
        expect(undocumentedImports(text, 'x.ts')).toEqual([
            expect.stringMatching(/^x\.ts:2 imports refreshGraphQL from lightning\/graphql: .*uiGraphQLApi/)
        ]);
    });

    it('flags an undocumented module, an unknown i18n property, a namespace import and a stub-only name', () => {
        const text = [
            "import { x } from 'lightning/notAModule';",
            "import ZONE from '@salesforce/i18n/zone';",
            "import * as gq from 'lightning/graphql';",
            "import { refresh } from 'lightning/uiRecordApi';",
            "import type { GraphQLResult } from 'lightning/graphql';",
            "import LOCALE from '@salesforce/i18n/locale';"
        ].join('\n');
        const problems = undocumentedImports(text, 'y.ts');
        expect(problems).toHaveLength(4);
        expect(problems.join('\n')).toContain('y.ts:4 imports refresh from lightning/uiRecordApi');
    });
});
