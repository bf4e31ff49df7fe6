import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem } from '../../../core/problems';
import { verifyProject } from '../verify';

/**
 * Zero false errors on real metadata: public, deployable SFDX projects must pass the deploy rules.
 * They do not opt in to this package's policy rules, so only what the org would refuse may be
 * reported as an error. The projects are other people's work, so they are not committed here: a
 * developer fetches them into test/verifier-corpus (git-ignored; see tools/verifier/README.md) or
 * points VERIFIER_CORPUS at a folder of them. Without one, this suite says so and is skipped; the
 * committed corpus built from the Metadata API guide's examples runs everywhere (docsCorpus.test.ts).
 */
const CORPUS = process.env.VERIFIER_CORPUS ?? join(__dirname, '..', '..', '..', 'test', 'verifier-corpus');
const projects = existsSync(CORPUS)
    ? readdirSync(CORPUS, { withFileTypes: true })
          .filter((d) => d.isDirectory())
          .map((d) => d.name)
          .sort()
    : [];
if (projects.length === 0) console.warn(`verifier corpus: no public projects under ${CORPUS}; the public-corpus suite is skipped`);
const describeIfCorpus = projects.length > 0 ? describe : describe.skip;

describeIfCorpus('verifier corpus of public projects', () => {
    it('holds at least six projects', () => {
        expect(projects.length).toBeGreaterThanOrEqual(6);
    });

    it.each(projects)('%s: no errors', (name) => {
        const result = verifyProject(join(CORPUS, name));
        const errors = result.problems.filter((p) => p.severity === 'error').map(formatProblem);
        expect(errors).toEqual([]);
        // The checks did run: every project has metadata files and cross references.
        expect(result.files).toBeGreaterThan(50);
        expect(result.references).toBeGreaterThan(100);
    });
});
