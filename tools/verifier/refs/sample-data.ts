import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { getObject, type FieldModel, type ObjectModel } from '../../../core/metadata/project';
import type { VerifyContext } from '../context';
import { ISO_DATE, ISO_DATE_TIME, ISO_LOCAL_DATE_TIME } from '../../../core/dates';
import { walkFiles } from '../context';
import { closest } from '../../../core/suggest';
import { fieldNamesOf, objectNames } from '../../../core/metadata/resolve';

/**
 * Rule 4 (sample data): every data/**\/*plan*.json (sf data import tree plan) entry names an
 * existing object and existing files; every record's type matches and exists; every field exists,
 * is writable and holds a value of its type (picklist values among the field's values; dates ISO or
 * relative tokens like TODAY-30; references "@RefId" to a record saved earlier, of the right object);
 * required fields are present; reference ids are unique.
 */

const DATE_TOKEN = /^TODAY([+-]\d+)?$/;
const DATETIME_TOKEN = /^(TODAY|NOW)([+-]\d+)?(T\d{2}:\d{2}(:\d{2})?(Z)?)?$/;
const NOT_WRITABLE_SYSTEM = new Set([
    'id',
    'createddate',
    'createdbyid',
    'lastmodifieddate',
    'lastmodifiedbyid',
    'systemmodstamp',
    'isdeleted',
    'isclosed',
    'iswon'
]);

interface PlanEntry {
    sobject?: string;
    saveRefs?: boolean;
    resolveRefs?: boolean;
    files?: string[];
}

interface SampleRecord {
    attributes?: { type?: string; referenceId?: string };
    [field: string]: unknown;
}

class SampleDataChecker {
    /** referenceId (lower case) → object API name, for records whose entry saves refs. */
    private readonly saved = new Map<string, string>();
    private readonly allIds = new Map<string, string>();
    private text = '';
    private file = '';

    constructor(private readonly ctx: VerifyContext) {}

    private lineOf(needle: string, from = 0): number | undefined {
        const at = this.text.indexOf(needle, from);
        return at < 0 ? undefined : this.text.slice(0, at).split('\n').length;
    }

    private offsetOf(needle: string, from = 0): number {
        const at = this.text.indexOf(needle, from);
        return at < 0 ? from : at;
    }

    private read(file: string): unknown {
        const text = readFileSync(file, 'utf8');
        this.text = text;
        this.file = file;
        try {
            return JSON.parse(text);
        } catch (e) {
            const m = /position (\d+)/.exec((e as Error).message);
            const line = m ? text.slice(0, Number(m[1])).split('\n').length : undefined;
            this.ctx.report.error(file, line, `malformed JSON: ${(e as Error).message}`, 'Fix the JSON syntax');
            return undefined;
        }
    }

    checkPlan(planFile: string): void {
        const plan = this.read(planFile);
        if (plan === undefined) return;
        if (!Array.isArray(plan)) {
            this.ctx.report.error(
                planFile,
                1,
                'a data plan must be a JSON array of { sobject, saveRefs, resolveRefs, files }',
                'See sf data import tree --plan'
            );
            return;
        }
        const entries = plan as PlanEntry[];
        entries.forEach((entry, i) => {
            this.text = readFileSync(planFile, 'utf8');
            this.file = planFile;
            const object = entry.sobject ? getObject(this.ctx.model, entry.sobject) : undefined;
            this.ctx.report.reference();
            if (!object) {
                const near = closest(entry.sobject ?? '', objectNames(this.ctx.model));
                this.ctx.report.error(
                    planFile,
                    this.lineOf(`"${entry.sobject ?? 'sobject'}"`),
                    `plan entry ${i + 1} names object ${entry.sobject ?? '(none)'}, which does not exist${near ? `; did you mean ${near}?` : ''}`,
                    'Fix "sobject"'
                );
            }
            for (const rel of entry.files ?? []) {
                const file = join(dirname(planFile), rel);
                if (!existsSync(file)) {
                    this.ctx.report.error(
                        planFile,
                        this.lineOf(`"${rel}"`),
                        `plan entry ${i + 1} names file ${rel}, which does not exist`,
                        'Fix the path (relative to the plan)'
                    );
                    continue;
                }
                this.checkRecordsFile(file, entry, object);
                this.text = readFileSync(planFile, 'utf8');
                this.file = planFile;
            }
        });
    }

    private checkRecordsFile(file: string, entry: PlanEntry, object: ObjectModel | undefined): void {
        const data = this.read(file) as { records?: SampleRecord[] } | undefined;
        if (data === undefined) return;
        if (!Array.isArray(data.records)) {
            this.ctx.report.error(file, 1, 'a records file must be { "records": [ ... ] }', 'Wrap the records in "records"');
            return;
        }
        const savedHere: [string, string][] = [];
        let cursor = 0;
        for (const record of data.records) cursor = this.checkRecord(record, entry, object, cursor, savedHere);
        if (entry.saveRefs) for (const [id, type] of savedHere) this.saved.set(id, type);
    }

    private checkRecord(
        record: SampleRecord,
        entry: PlanEntry,
        expected: ObjectModel | undefined,
        cursor: number,
        savedHere: [string, string][]
    ): number {
        const { report, model } = this.ctx;
        const refId = record.attributes?.referenceId;
        const type = record.attributes?.type;
        const start = refId ? this.offsetOf(`"${refId}"`, cursor) : cursor;
        const here = this.text.slice(0, start).split('\n').length;
        report.reference();
        const object = type ? getObject(model, type) : undefined;
        if (!type || !object) {
            const near = closest(type ?? '', objectNames(model));
            report.error(
                this.file,
                here,
                `record ${refId ?? ''} has type ${type ?? '(none)'}, which does not exist${near ? `; did you mean ${near}?` : ''}`,
                'Set attributes.type to an object API name'
            );
            return start + 1;
        }
        if (expected && object !== expected)
            report.error(
                this.file,
                here,
                `record ${refId ?? ''} is a ${object.apiName} in a plan entry for ${expected.apiName}`,
                'Put records of one object per plan entry'
            );
        if (!refId)
            report.error(
                this.file,
                here,
                `a ${object.apiName} record has no attributes.referenceId`,
                'Give every record a unique referenceId'
            );
        else {
            const prior = this.allIds.get(refId.toLowerCase());
            if (prior)
                report.error(
                    this.file,
                    here,
                    `referenceId ${refId} is used twice (also in ${report.rel(prior)})`,
                    'Make reference ids unique'
                );
            this.allIds.set(refId.toLowerCase(), this.file);
            savedHere.push([refId.toLowerCase(), object.apiName]);
        }
        const present = new Set<string>();
        for (const [key, v] of Object.entries(record)) {
            if (key === 'attributes') continue;
            const line = this.lineOf(`"${key}"`, start) ?? here;
            if (v && typeof v === 'object' && Array.isArray((v as { records?: unknown }).records)) {
                const rel = object.childRelationships.get(key.toLowerCase());
                report.reference();
                if (!rel) {
                    report.error(
                        this.file,
                        line,
                        `${object.apiName} has no child relationship ${key}`,
                        'Nest child records under the child relationship name (e.g. Contacts)'
                    );
                    continue;
                }
                const childObject = getObject(model, rel.childObject);
                let c = start;
                for (const childRecord of (v as { records: SampleRecord[] }).records)
                    c = this.checkRecord(childRecord, entry, childObject, c, savedHere);
                continue;
            }
            present.add(key.toLowerCase());
            report.reference();
            const field = object.fields.get(key.toLowerCase());
            if (!field) {
                const near = closest(key, fieldNamesOf(object));
                report.error(
                    this.file,
                    line,
                    `record ${refId ?? ''} sets ${object.apiName}.${key}, which does not exist${near ? `; did you mean ${near}?` : ''}`,
                    'Fix the field name or create the field'
                );
                continue;
            }
            this.checkValue(field, v, line, refId ?? '', entry);
        }
        for (const field of object.fields.values()) {
            const needed = (field.required && field.writable && field.defaultValue === undefined) || field.type === 'MasterDetail';
            if (needed && !present.has(field.apiName.toLowerCase()) && !(field.apiName === 'Name' && object.apiName === 'Contact')) {
                report.error(
                    this.file,
                    here,
                    `record ${refId ?? ''} (${object.apiName}) lacks required field ${field.apiName}`,
                    'Add a value; the import fails without it'
                );
            }
        }
        return start + 1;
    }

    private checkValue(field: FieldModel, v: unknown, line: number, refId: string, entry: PlanEntry): void {
        const { report, model } = this.ctx;
        const where = `record ${refId} ${field.object}.${field.apiName}`;
        if (!field.writable || NOT_WRITABLE_SYSTEM.has(field.apiName.toLowerCase())) {
            report.error(
                this.file,
                line,
                `${where} is not writable (${field.formula ? 'formula' : field.type === 'Summary' ? 'roll-up' : field.type})`,
                'Remove it from the sample data; the platform computes it'
            );
            return;
        }
        if (v === null) return;
        const s = typeof v === 'string' ? v : undefined;
        switch (field.valueType) {
            case 'Lookup':
            case 'MasterDetail':
            case 'Hierarchy': {
                if (!s?.startsWith('@')) {
                    report.error(
                        this.file,
                        line,
                        `${where} holds ${JSON.stringify(v)}; references must be "@<referenceId>"`,
                        'Point at a record saved earlier in the plan (Ids differ per org)'
                    );
                    return;
                }
                const id = s.slice(1).toLowerCase();
                const type = this.saved.get(id);
                if (!type) {
                    report.error(
                        this.file,
                        line,
                        `${where} refers to ${s}, which no earlier plan entry saves`,
                        'Load the referenced record in an earlier entry with "saveRefs": true'
                    );
                } else if (field.referenceTo && !field.referenceTo.some((t) => t.toLowerCase() === type.toLowerCase())) {
                    report.error(
                        this.file,
                        line,
                        `${where} refers to ${s}, a ${type}, but the field points to ${field.referenceTo.join(', ')}`,
                        'Refer to a record of the right object'
                    );
                }
                if (!entry.resolveRefs)
                    report.error(
                        this.file,
                        line,
                        `${where} uses ${s} but its plan entry lacks "resolveRefs": true`,
                        'Set "resolveRefs": true on the entry'
                    );
                void model;
                return;
            }
            case 'Picklist':
            case 'MultiselectPicklist': {
                if (!field.picklistValues) return;
                const values = field.valueType === 'MultiselectPicklist' ? String(v).split(';') : [String(v)];
                for (const one of values) {
                    if (!field.picklistValues.includes(one)) {
                        const near = closest(one, field.picklistValues);
                        report.error(
                            this.file,
                            line,
                            `${where} is "${one}", which is not one of its values${near ? `; did you mean "${near}"?` : ''}`,
                            `Use one of: ${field.picklistValues.join(', ')}`
                        );
                    }
                }
                return;
            }
            case 'Date':
                if (!(s && (ISO_DATE.test(s) || DATE_TOKEN.test(s))))
                    report.error(
                        this.file,
                        line,
                        `${where} is ${JSON.stringify(v)}, not a date`,
                        'Write YYYY-MM-DD or a relative token like TODAY-30'
                    );
                return;
            case 'DateTime':
                if (!(s && (ISO_DATE_TIME.test(s) || ISO_LOCAL_DATE_TIME.test(s) || DATETIME_TOKEN.test(s) || DATE_TOKEN.test(s))))
                    report.error(
                        this.file,
                        line,
                        `${where} is ${JSON.stringify(v)}, not a date-time`,
                        'Write an ISO date-time or a relative token like TODAY-30'
                    );
                return;
            case 'Number':
            case 'Currency':
            case 'Percent':
                if (typeof v !== 'number' && !(s && /^-?\d+(\.\d+)?$/.test(s)))
                    report.error(this.file, line, `${where} is ${JSON.stringify(v)}, not a number`, 'Write a JSON number');
                return;
            case 'Checkbox':
                if (typeof v !== 'boolean')
                    report.error(this.file, line, `${where} is ${JSON.stringify(v)}, not true or false`, 'Write true or false');
                return;
            default:
                if (s && field.length && s.length > field.length)
                    report.error(
                        this.file,
                        line,
                        `${where} is ${s.length} characters; the field holds ${field.length}`,
                        'Shorten the value'
                    );
        }
    }
}

export function samplePlans(projectDir: string): string[] {
    return walkFiles(join(projectDir, 'data')).filter((f) => /plan[^/\\]*\.json$/i.test(f));
}

export function checkSampleData(ctx: VerifyContext): void {
    const checker = new SampleDataChecker(ctx);
    for (const plan of samplePlans(ctx.projectDir)) checker.checkPlan(plan);
}
