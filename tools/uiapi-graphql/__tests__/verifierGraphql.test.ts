import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { cleanUp, edit, read, SRC, verifyWith, write } from '../../verifier/__tests__/helpers';

/**
 * The verifier's GraphQL rule (tools/verifier/refs/graphql.ts) through the one validator: documents
 * assembled as the platform's gql assembles them (interpolated documents, also from other modules),
 * documents completed at run time, and the checks beyond the schema. Runs on copies of the
 * verifier's valid fixture (which passes with 0 errors and 0 warnings: verifier.test.ts).
 */

const COMPONENT = `${SRC}/lwc/goalPanel/goalPanel.ts`;

afterAll(cleanUp);

function matching(lines: string[], pattern: RegExp): string[] {
    return lines.filter((l) => pattern.test(l));
}

describe('documents as the platform builds them', () => {
    it('a fragment spread whose fragment is not interpolated is unknown (the platform appends only interpolated documents)', () => {
        const { errors } = verifyWith((d) => edit(d, COMPONENT, /\$\{GOAL_FIELDS\}/, ''));
        expect(
            matching(errors, /goalPanel\.ts:27:\d+ GraphQL Validation error of type ValidationError: Unknown fragment "GoalFields"/)
        ).toHaveLength(1);
    });

    it('resolves a fragment imported from another module, and locates its errors in that module', () => {
        const fragment = `import { gql } from 'lightning/graphql';\n\nexport const GOAL_FIELDS = gql\`\n    fragment GoalFields on Goal__c {\n        Name {\n            value\n        }\n    }\n\`;\n`;
        const moved = (d: string): void => {
            write(d, `${SRC}/lwc/goalPanel/goalFields.ts`, fragment);
            edit(d, COMPONENT, /const GOAL_FIELDS = gql`[\s\S]*?`;\n/, '');
            edit(
                d,
                COMPONENT,
                "import TITLE from '@salesforce/label/c.Goal_Panel_Title';",
                "import TITLE from '@salesforce/label/c.Goal_Panel_Title';\nimport { GOAL_FIELDS } from './goalFields';"
            );
        };
        expect(matching(verifyWith(moved).errors, /GraphQL/)).toEqual([]);
        const { errors } = verifyWith((d) => {
            moved(d);
            edit(d, `${SRC}/lwc/goalPanel/goalFields.ts`, 'Name {', 'Nam {');
        });
        expect(matching(errors, /GraphQL/)).toEqual([
            expect.stringMatching(
                /^error force-app\/main\/default\/lwc\/goalPanel\/goalFields\.ts:5:9 GraphQL Validation error of type FieldUndefined: Field 'Nam' in type 'Goal__c' is undefined/
            )
        ]);
    });

    it('a subscription (UI API has no subscription root; graphql-js 16 leaves that to execution, the validator does not)', () => {
        const { errors } = verifyWith((d) => edit(d, COMPONENT, 'query Goals(', 'subscription Goals('));
        expect(matching(errors, /GraphQL/)).toEqual([
            expect.stringMatching(
                /goalPanel\.ts:20:\d+ GraphQL Validation error of type ValidationError: Schema is not configured to execute subscription operation\./
            )
        ]);
    });

    it('uiapi.objectInfos, which the generated schema does not model, is left out with a warning (not a false error)', () => {
        const objectInfos =
            '\nexport const INFO = gql`\n    query Info {\n        uiapi {\n            objectInfos(apiNames: ["Goal__c"]) {\n                ApiName\n            }\n        }\n    }\n`;\n';
        const { errors, warnings } = verifyWith((d) =>
            edit(d, COMPONENT, /\nexport default class/, `${objectInfos}\nexport default class`)
        );
        expect(matching(errors, /GraphQL/)).toEqual([]);
        expect(
            matching(warnings, /uiapi\.objectInfos is not in the schema generated from the metadata; this selection was not checked/)
        ).toHaveLength(1);
    });

    it('an unknown argument', () => {
        const { errors } = verifyWith((d) => edit(d, COMPONENT, 'Steps__r(first: 20)', 'Steps__r(frist: 20)'));
        expect(
            matching(errors, /goalPanel\.ts:37:\d+ GraphQL Validation error of type UnknownArgument: Unknown field argument frist/)
        ).toHaveLength(1);
    });
});

describe('documents completed at run time', () => {
    const dynamic = (selection: string): string =>
        `\nexport function goalsWith(fields: string): unknown {\n    return gql\`\n        query Dynamic($id: ID) {\n            uiapi {\n                query {\n                    Goal__c(where: { Id: { eq: $id } }) {\n                        edges {\n                            node {\n                                ${selection}\n                            }\n                        }\n                    }\n                }\n            }\n        }\n    \`;\n}\n`;
    const add = (text: string) => (d: string) => edit(d, COMPONENT, /\nexport default class/, `${text}\nexport default class`);

    it('a static text that does not parse is a warning (the documents built are checked in tests)', () => {
        const { errors, warnings } = verifyWith(add(dynamic('${fields}')));
        expect(matching(errors, /GraphQL/)).toEqual([]);
        expect(matching(warnings, /GraphQL document is completed at run time and its static text does not parse/)).toHaveLength(1);
    });

    it('its static part is still checked, without the rules that need the whole text', () => {
        const { errors, warnings } = verifyWith(add(dynamic('Budgett__c { value } ${fields}')));
        expect(matching(errors, /GraphQL/)).toEqual([expect.stringMatching(/FieldUndefined: Field 'Budgett__c' in type 'Goal__c'/)]);
        expect(matching(warnings, /GraphQL/)).toEqual([]);
    });
});

describe('checks beyond the schema', () => {
    it('a mutation writing a value outside a restricted picklist', () => {
        const { errors } = verifyWith((d) => edit(d, COMPONENT, 'Status__c: "Done"', 'Status__c: "Finished"'));
        expect(
            matching(
                errors,
                /goalPanel\.ts:66:\d+ mutation sets Goal__c\.Status__c to "Finished", which is not one of its values\. Use one of: Open, Done/
            )
        ).toHaveLength(1);
    });

    it('a semi-join whose ApiName is not a field of the joined object (the schema types it as a string)', () => {
        const join = (apiName: string) => (d: string) =>
            edit(
                d,
                COMPONENT,
                'Status__c: { eq: "Open" }',
                `Status__c: { eq: "Open" }, Id: { inq: { Step__c: { Done__c: { eq: true } }, ApiName: "${apiName}" } }`
            );
        expect(matching(verifyWith(join('Goal__c')).errors, /GraphQL|semi-join/)).toEqual([]);
        expect(matching(verifyWith(join('Goall__c')).errors, /semi-join names Step__c\.Goall__c, which does not exist/)).toHaveLength(1);
    });

    it('allOrNone false is a warning (the product brief: writes are all or nothing)', () => {
        const { errors, warnings } = verifyWith((d) => edit(d, COMPONENT, 'allOrNone: true', 'allOrNone: false'));
        expect(matching(errors, /GraphQL|mutation/)).toEqual([]);
        expect(matching(warnings, /mutation runs with allOrNone false/)).toHaveLength(1);
    });
});

describe('a model the schema generator cannot express', () => {
    it('is a warning that the documents were not checked, not a crash of the verifier', () => {
        const { errors, warnings } = verifyWith((d) => {
            // An object named like one of the schema's shared types: two GraphQL types would share a name.
            mkdirSync(join(d, SRC, 'objects', 'PageInfo'), { recursive: true });
            write(d, `${SRC}/objects/PageInfo/PageInfo.object-meta.xml`, read(d, `${SRC}/objects/Step__c/Step__c.object-meta.xml`));
            edit(d, COMPONENT, 'Budget__c {', 'Budgett__c {');
        });
        expect(
            matching(warnings, /GraphQL documents were not checked: no UI API schema could be generated from the metadata \(.*PageInfo/)
        ).toHaveLength(1);
        expect(matching(errors, /GraphQL/)).toEqual([]);
    });
});
