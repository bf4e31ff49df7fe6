/**
 * The panels' Jest fixtures are the preview's answers to the panels' own queries over the sample
 * data (scripts/fixtures/panelFixtures.ts). A query, mapper-facing field, sample record or
 * preview rule that changes without `npm run fixtures:panels` leaves them stale: this fails then.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LWC, generatePanelFixtures } from '../fixtures/panelFixtures';

const fixtures = generatePanelFixtures();

describe('the committed panel fixtures', () => {
    it.each(fixtures.map((f) => [f.path, f.text]))('%s is what the generator writes today (run npm run fixtures:panels)', (path, text) => {
        expect(readFileSync(join(LWC, path), 'utf8')).toBe(text);
    });

    it('a panel fixture folder holds only generated files (a hand-written one would go unchecked)', () => {
        const generated = new Set(fixtures.map((f) => f.path));
        for (const bundle of new Set(fixtures.map((f) => f.path.split('/')[0]!))) {
            const dir = join(LWC, bundle, '__tests__', 'data');
            for (const file of readdirSync(dir)) expect(generated).toContain(`${bundle}/__tests__/data/${file}`);
        }
    });

    it('two runs give the same bytes (fixed today and clock)', () => {
        expect(generatePanelFixtures()).toEqual(fixtures);
    });
});
