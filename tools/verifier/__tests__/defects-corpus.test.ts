import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { walkFiles } from '../context';
import { packageDirectories } from '../../../core/metadata/sfdx-project';
import { formatProblem, type Problem } from '../../../core/problems';
import { DefectBench, inject, verifyCopy, type Injection, type Planted } from './defects-harness';

/**
 * The defect injections of defects.test.ts, planted in copies of projects this package did not
 * shape: the committed corpus written from the Metadata API guide (test/verifier-docs-corpus), and
 * public SFDX projects where a developer has them (test/verifier-corpus, git-ignored, or
 * VERIFIER_CORPUS). Each injection is built from the project's own files (its first formula field,
 * validation rule, layout, ...); a project that has no such file cannot take that kind.
 */
const ROOT = join(__dirname, '..', '..', '..');
const CORPUS = process.env.VERIFIER_CORPUS ?? join(ROOT, 'test', 'verifier-corpus');
const projectsIn = (dir: string): string[] =>
    existsSync(dir)
        ? readdirSync(dir)
              .map((name) => join(dir, name))
              .filter((d) => existsSync(join(d, 'sfdx-project.json')))
        : [];
const projects = [...projectsIn(join(ROOT, 'test', 'verifier-docs-corpus')), ...projectsIn(CORPUS)];

interface GenericDefect {
    name: string;
    /** The injection for a project (paths relative to it), or undefined when the project has nothing to plant it in. */
    build(files: ProjectFiles): Injection | undefined;
    message: RegExp;
}

/** The project's metadata files (relative paths) and their text, read once. */
class ProjectFiles {
    private readonly texts = new Map<string, string>();
    readonly paths: string[];

    constructor(readonly dir: string) {
        this.paths = packageDirectories(dir)
            .flatMap((d) => walkFiles(d))
            .map((p) => relative(dir, p).split('\\').join('/'))
            .filter((p) => !p.includes('/__tests__/'));
    }

    text(path: string): string {
        let t = this.texts.get(path);
        if (t === undefined) {
            t = readFileSync(join(this.dir, path), 'utf8');
            this.texts.set(path, t);
        }
        return t;
    }

    /** The first file with the suffix whose text matches. */
    find(suffix: string, pattern: RegExp): { path: string; match: RegExpExecArray } | undefined {
        for (const path of this.paths) {
            if (!path.endsWith(suffix)) continue;
            const match = pattern.exec(this.text(path));
            if (match) return { path, match };
        }
        return undefined;
    }
}

const MISSING = 'Missing_Field_Xyz__c';

const GENERIC: GenericDefect[] = [
    {
        name: 'formula with an unbalanced parenthesis',
        build: (p) => {
            const hit = p.find('.field-meta.xml', /<formula>/);
            return hit && { file: hit.path, find: '<formula>', text: '<formula>(', at: '<formula>(' };
        },
        message: /parenthes/
    },
    {
        name: 'formula calling an unknown function',
        build: (p) => {
            const hit = p.find('.field-meta.xml', /<formula>([\s\S]*?)<\/formula>/);
            return hit && { file: hit.path, find: hit.match[0], text: `<formula>IF(ISBLNKK(NULL), NULL, ${hit.match[1] ?? ''})</formula>` };
        },
        message: /unknown function ISBLNKK/
    },
    {
        name: 'validation rule naming a missing field',
        build: (p) => {
            const hit = p.find('.validationRule-meta.xml', /<errorConditionFormula>([\s\S]*?)<\/errorConditionFormula>/);
            return (
                hit && {
                    file: hit.path,
                    find: hit.match[0],
                    text: `<errorConditionFormula>ISBLANK(${MISSING}) || (${hit.match[1] ?? ''})</errorConditionFormula>`
                }
            );
        },
        message: new RegExp(MISSING)
    },
    {
        name: 'page layout naming a missing field',
        build: (p) => {
            const hit = p.find('.layout-meta.xml', /<field>[A-Za-z0-9_]+__c<\/field>/);
            return hit && { file: hit.path, find: hit.match[0], text: `<field>${MISSING}</field>` };
        },
        message: new RegExp(MISSING)
    },
    {
        name: 'permission set naming a missing field',
        build: (p) => {
            const hit = p.find('.permissionset-meta.xml', /<field>([A-Za-z0-9_]+)\.[A-Za-z0-9_]+__c<\/field>/);
            return hit && { file: hit.path, find: hit.match[0], text: `<field>${hit.match[1] ?? ''}.${MISSING}</field>` };
        },
        message: new RegExp(MISSING)
    },
    {
        name: 'list view naming a missing field',
        build: (p) => {
            const hit = p.find('.listView-meta.xml', /<columns>[A-Za-z0-9_]+__c<\/columns>/);
            return hit && { file: hit.path, find: hit.match[0], text: `<columns>${MISSING}</columns>` };
        },
        message: new RegExp(MISSING)
    },
    {
        name: 'custom metadata record setting an unknown field',
        build: (p) => {
            const hit = p.find('.md-meta.xml', /<field>[A-Za-z0-9_]+__c<\/field>/);
            return hit && { file: hit.path, find: hit.match[0], text: `<field>${MISSING}</field>` };
        },
        message: new RegExp(MISSING)
    },
    {
        name: 'flexipage placing a missing component by its bare name',
        build: (p) => {
            const hit = p.find('.flexipage-meta.xml', /<componentName>[^<]+<\/componentName>/);
            return hit && { file: hit.path, find: hit.match[0], text: '<componentName>missingCardXyz</componentName>' };
        },
        message: /missingCardXyz.*not a bundle/
    },
    {
        name: 'tab for a missing object',
        build: (p) => {
            const tab = p.paths.find((path) => path.endsWith('.tab-meta.xml'));
            if (!tab) return undefined;
            return {
                file: join(dirname(tab), 'Missing_Object_Xyz__c.tab-meta.xml').split('\\').join('/'),
                text: [
                    '<?xml version="1.0" encoding="UTF-8"?>',
                    '<CustomTab xmlns="http://soap.sforce.com/2006/04/metadata">',
                    '    <customObject>true</customObject>',
                    '    <motif>Custom48: Trophy</motif>',
                    '</CustomTab>',
                    ''
                ].join('\n'),
                at: '<customObject>'
            };
        },
        message: /object Missing_Object_Xyz__c does not exist/
    }
];

if (projects.length === 0)
    console.warn(
        `verifier defects: no public projects under ${relative(join(__dirname, '..', '..', '..'), CORPUS)}; the corpus plantings are not run`
    );

/**
 * Injections grouped so that no two in a group touch the same file: each group is planted in one
 * copy and verified once (the checks are per file, so defects in different files do not mask each
 * other), which keeps a large project's run short.
 */
function groups(injections: { defect: GenericDefect; injection: Injection }[]): { defect: GenericDefect; injection: Injection }[][] {
    const out: { defect: GenericDefect; injection: Injection }[][] = [];
    for (const item of injections) {
        const group = out.find((g) => !g.some((other) => other.injection.file === item.injection.file));
        if (group) group.push(item);
        else out.push([item]);
    }
    return out;
}

for (const dir of projects) describeProject(dir);

function describeProject(dir: string): void {
    describe(`deploy defects planted in corpus project ${basename(dir)}`, () => {
        const bench = new DefectBench(dir);
        const files = new ProjectFiles(dir);
        afterAll(() => bench.cleanUp());

        const planned: { defect: GenericDefect; injection: Injection }[] = [];
        const unplantable: string[] = [];
        for (const defect of GENERIC) {
            const injection = defect.build(files);
            if (injection) planned.push({ defect, injection });
            else unplantable.push(defect.name);
        }
        // A kind the project has no file for (e.g. no reports) has nothing to plant in; the copy of this
        // project (defects.test.ts) plants every kind.
        it(`has files to plant defects in (none for: ${unplantable.join(', ') || 'nothing'})`, () => {
            expect(planned.length).toBeGreaterThan(0);
        });
        for (const group of groups(planned)) {
            let results: Map<GenericDefect, { planted: Planted; errors: Problem[] }> | undefined;
            const run = (): Map<GenericDefect, { planted: Planted; errors: Problem[] }> => {
                if (results) return results;
                const copy = bench.copy();
                const planted = group.map(({ defect, injection }) => [defect, inject(copy, injection)] as const);
                const errors = verifyCopy(copy);
                results = new Map(planted.map(([defect, at]) => [defect, { planted: at, errors }]));
                return results;
            };
            for (const { defect } of group) {
                it(defect.name, () => {
                    const { planted, errors } = run().get(defect)!;
                    const caught = errors.filter(
                        (p) => p.file === planted.file && p.line === planted.line && defect.message.test(p.message)
                    );
                    if (caught.length === 0)
                        throw new Error(
                            `expected an error at ${planted.file}:${planted.line} matching ${defect.message}; the verifier reported:\n${errors.map(formatProblem).join('\n')}`
                        );
                });
            }
        }
    });
}
