import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateQueryTypes, OUTPUT } from '../generate-graphql-types';

/**
 * The generated GraphQL result types (npm run graphql:types) are what the queries and the metadata
 * give: the committed file equals a fresh run, and a change to a query changes the output (so
 * `--check` in npm test fails until the file is regenerated).
 */

const ROOT = resolve(__dirname, '..', '..');
const QUERIES = 'force-app/main/default/lwc/outcomesQueries/outcomesQueries.ts';

/** A copy of the parts of the repository the generator reads, with outcomesQueries.ts changed by `plant`. */
function plantedCopy(plant: (source: string) => string): string {
    const dir = mkdtempSync(join(tmpdir(), 'graphql-types-'));
    cpSync(join(ROOT, 'force-app'), join(dir, 'force-app'), { recursive: true });
    // The source and its built .js alike (the component loader reads either, depending on the importer).
    for (const file of [join(dir, QUERIES), join(dir, QUERIES.replace(/\.ts$/, '.js'))]) {
        const planted = plant(readFileSync(file, 'utf8'));
        expect(planted).not.toBe(readFileSync(file, 'utf8'));
        writeFileSync(file, planted);
    }
    return dir;
}

describe('generated GraphQL result types', () => {
    // That the committed file equals a fresh run is `npm run graphql:types -- --check` (npm test; it formats with Prettier).
    // Only one generation per test file: the platform's gql keeps the fragments it has seen, by name, for the process.
    const committed = readFileSync(join(ROOT, OUTPUT), 'utf8');

    it('types @optional fields as possibly absent, others as present, and a field one variant of the Home query lacks as optional', () => {
        expect(committed).toMatch(/Title\?: \{ value: string \| null \} \| null/);
        expect(committed).toMatch(/KPI_Status__c: \{ value: string \| null \} \| null/);
        expect(committed).toMatch(/Owner\?: \{/);
    });

    it('a field added to a query appears in the output (so the committed file no longer passes --check)', () => {
        const dir = plantedCopy((s) =>
            s.replace(
                /Title @optional \{\s*value\s*\}/,
                'Title @optional {\n            value\n        }\n        Email {\n            value\n        }'
            )
        );
        try {
            const text = generateQueryTypes(dir);
            expect(committed).not.toMatch(/Email/);
            expect(text).toMatch(/export type ContactFields = \{[^\n]*Email: \{ value: string \| null;? \} \| null/);
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    }, 60_000);
});
