/**
 * Writes c/outcomesFieldFacts: the lengths, precision and scale of the fields the forms check
 * before anything is sent (c/outcomesValidation), and the API values and default of each picklist
 * the components name in their logic (a new goal's Level, "Individual" needs a stakeholder, which
 * way a KPI improves), generated from the objects' XML through the same
 * reading the preview's getObjectInfo stand-in serves (core/metadata/ui-field.ts). The checks stay
 * synchronous: no request waits for a limit. A field added to a form's checks: add it to FIELDS,
 * then run this script and `npm run build`.
 *
 *   npm run field:facts              writes the module
 *   npm run field:facts -- --check   fails when the committed module differs from a fresh generation
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { getField, getObject, loadProject } from '../core/metadata/project';
import { uiFieldFacts } from '../core/metadata/ui-field';

const SOURCE = resolve(__dirname, '..', 'force-app', 'main', 'default');
const BUNDLE = 'outcomesFieldFacts';
const DIR = join(SOURCE, 'lwc', BUNDLE);

/** Object.Field the forms validate: text by length, numbers by precision and scale. */
export const FIELDS = [
    'Customer_Goal__c.Name',
    'Customer_Goal__c.Why_It_Matters__c',
    'Customer_Goal__c.Cost_Of_Inaction__c',
    'Customer_KPI__c.Name',
    'Customer_KPI__c.Unit__c',
    'Customer_KPI__c.Baseline_Value__c',
    'Customer_KPI__c.Target_Value__c',
    'Success_Check_In__c.Summary__c',
    'Success_Check_In__c.Next_Step__c',
    'KPI_Measurement__c.Value__c',
    'KPI_Measurement__c.Note__c'
] as const;

export type FieldFact = { length: number } | { precision: number; scale: number };

/** Each field's limit: { length } for text, { precision, scale } for numbers. */
export function fieldFacts(sourceDir = SOURCE): Record<string, FieldFact> {
    const model = loadProject(sourceDir);
    const facts: Record<string, FieldFact> = {};
    for (const ref of FIELDS) {
        const [objectName = '', fieldName = ''] = ref.split('.');
        const object = getObject(model, objectName);
        const field = getField(model, objectName, fieldName);
        if (!object || !field) throw new Error(`field-facts: ${ref} is not in ${sourceDir}`);
        const { length, precision, scale } = uiFieldFacts(object, field);
        if (precision) facts[ref] = { precision, scale };
        else if (length) facts[ref] = { length };
        else throw new Error(`field-facts: ${ref} has neither a length nor a precision`);
    }
    return facts;
}

/** Picklists whose values the components name in code (labels still come from the org at run time). */
const PICKLISTS = [
    'Customer_Goal__c.Level__c',
    'Customer_Goal__c.Status__c',
    'Customer_KPI__c.Direction__c',
    'Success_Check_In__c.Type__c',
    'Success_Check_In__c.Customer_Sentiment__c'
] as const;

interface PicklistFact {
    /** Each API value keyed by itself, so code names a value as `LEVEL.values.Individual` and a renamed value fails typecheck. */
    values: Record<string, string>;
    /** The value the XML marks <default>true</default>; null when none is. */
    defaultValue: string | null;
}

export function picklistFacts(sourceDir = SOURCE): Record<string, PicklistFact> {
    const model = loadProject(sourceDir);
    const facts: Record<string, PicklistFact> = {};
    for (const ref of PICKLISTS) {
        const [objectName = '', fieldName = ''] = ref.split('.');
        const field = getField(model, objectName, fieldName);
        if (!field?.picklistValues?.length) throw new Error(`field-facts: ${ref} is not a picklist in ${sourceDir}`);
        facts[ref] = {
            values: Object.fromEntries(field.picklistValues.map((v) => [v, v])),
            defaultValue: field.defaultPicklistValue ?? null
        };
    }
    return facts;
}

function moduleSource(facts: Record<string, FieldFact>, picklists: Record<string, PicklistFact>): string {
    return [
        '// Generated from force-app/main/default/objects by scripts/generate-field-facts.ts: do not edit.',
        '// Run `npm run field:facts` after changing a field the forms check.',
        '',
        '/** Lengths (text) and precision/scale (numbers) of the fields the forms check, by Object.Field. */',
        `const FIELD_FACTS = Object.freeze(${JSON.stringify(facts)});`,
        '',
        'export default FIELD_FACTS;',
        '',
        '/** API values (each keyed by itself) and the default of the picklists the components name in code, by Object.Field. */',
        `export const PICKLISTS = Object.freeze(${JSON.stringify(picklists)});`,
        '',
        "/** A picklist's API values as a type: a literal the XML does not hold fails typecheck, at no runtime cost (`import type`). */",
        "export type PicklistValue<F extends keyof typeof PICKLISTS> = keyof (typeof PICKLISTS)[F]['values'];",
        ''
    ].join('\n');
}

const META = `<?xml version="1.0" encoding="UTF-8" ?>
<LightningComponentBundle xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>66.0</apiVersion>
    <description>Field limits and the picklist values components name, generated from the objects' XML.</description>
    <isExposed>false</isExposed>
</LightningComponentBundle>
`;

export async function generatedFiles(): Promise<{ path: string; content: string }[]> {
    const ts = join(DIR, `${BUNDLE}.ts`);
    // Loaded here, not at the top: the facts themselves (fieldFacts) are read by Jest suites, where prettier's ESM cannot load.
    const { format, resolveConfig } = await import('prettier');
    return [
        { path: ts, content: await format(moduleSource(fieldFacts(), picklistFacts()), { ...(await resolveConfig(ts)), filepath: ts }) },
        { path: join(DIR, `${BUNDLE}.js-meta.xml`), content: META }
    ];
}

async function main(): Promise<void> {
    const check = process.argv.includes('--check');
    const stale: string[] = [];
    for (const { path, content } of await generatedFiles()) {
        if (existsSync(path) && readFileSync(path, 'utf8') === content) continue;
        if (check) stale.push(path);
        else {
            mkdirSync(DIR, { recursive: true });
            writeFileSync(path, content);
        }
    }
    if (stale.length) {
        console.error(`field:facts: generated field facts are stale or missing (run npm run field:facts):\n  ${stale.join('\n  ')}`);
        process.exit(1);
    }
    console.log(check ? 'field:facts: up to date' : `field:facts: written (${FIELDS.length} fields)`);
}

if (require.main === module) void main();
