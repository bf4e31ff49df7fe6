/**
 * Do the org's formula fields give what the local evaluator (tools/formula) gives, for the same
 * input values? The inputs are read from the org (including roll-ups and the Apex-kept current
 * value), each formula is evaluated locally from force-app's XML with the org user's today and
 * the org's own policy record, and every difference is reported.
 */
import { evaluateField, formulaReferences } from '../../tools/formula';
import { getField, getObject, type ProjectModel } from '../../core/metadata/project';

/** The formulas compared: the follow-up timeline and the KPI status. */
export const FORMULA_CHECKS: { object: string; fields: string[] }[] = [
    {
        object: 'Opportunity',
        fields: [
            'Next_Follow_Up_Due__c',
            'Follow_Up_Status__c',
            'Customer_Metrics_Expected__c',
            'Follow_Up_Start__c',
            'Won_With_Future_Close_Date__c',
            'Closed_Without_Check_In__c'
        ]
    },
    { object: 'Customer_KPI__c', fields: ['Progress__c', 'Expected_Progress__c', 'KPI_Status__c'] }
];

export const POLICY_TYPE = 'Customer_Outcomes_Setting__mdt';
export const POLICY_RECORD = 'Default';

/** The non-formula fields the formulas read, following formula-to-formula references. */
export function inputFields(model: ProjectModel, object: string, fields: string[]): string[] {
    const inputs = new Set<string>();
    const seen = new Set<string>();
    const visit = (name: string): void => {
        const field = getField(model, object, name);
        if (!field) throw new Error(`${object}.${name} is not in force-app`);
        if (seen.has(field.apiName)) return;
        seen.add(field.apiName);
        if (!field.formula) {
            inputs.add(field.apiName);
            return;
        }
        for (const ref of formulaReferences(field.formula)) {
            if (ref.startsWith('$')) continue;
            if (ref.includes('.'))
                throw new Error(`${object}.${field.apiName} reads ${ref}: parent fields are not supported by the parity check`);
            visit(ref);
        }
    };
    fields.forEach(visit);
    return [...inputs].sort();
}

/** The policy fields of the custom metadata type (for the org query). */
export function policyFields(model: ProjectModel): string[] {
    const type = getObject(model, POLICY_TYPE);
    return type
        ? [...type.fields.values()]
              .filter((f) => f.custom)
              .map((f) => f.apiName)
              .sort()
        : [];
}

/** A copy of the model whose Default policy values are the org's. Returns the differences too. */
export function withOrgPolicy(model: ProjectModel, orgValues: Record<string, unknown>): { model: ProjectModel; differences: string[] } {
    const differences: string[] = [];
    const customMetadata = model.customMetadata.map((record) => {
        if (record.type.toLowerCase() !== POLICY_TYPE.toLowerCase() || record.name !== POLICY_RECORD) return record;
        const values = { ...record.values };
        for (const [field, value] of Object.entries(orgValues)) {
            if (!field.endsWith('__c')) continue;
            const local = values[field];
            const org = value === null || value === undefined ? null : String(value);
            if ((local === null || local === undefined ? null : Number(local)) !== (org === null ? null : Number(org)))
                differences.push(`${field}: org ${org ?? 'blank'}, force-app ${local ?? 'blank'}`);
            values[field] = org;
        }
        return { ...record, values };
    });
    return { model: { ...model, customMetadata }, differences };
}

export interface Mismatch {
    object: string;
    id: string;
    name: string;
    field: string;
    org: unknown;
    local: unknown;
}

/** Equal as API values: dates and text exactly (blank = null), numbers to 1e-9, booleans. */
function sameValue(org: unknown, local: unknown): boolean {
    const blank = (v: unknown): boolean => v === null || v === undefined || v === '';
    if (blank(org) || blank(local)) return blank(org) && blank(local);
    if (typeof local === 'number' || typeof org === 'number') {
        const a = Number(org);
        const b = Number(local);
        return Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
    }
    return String(org) === String(local);
}

/** Compares each formula field of each org record with its local evaluation. */
export function compareFormulas(
    model: ProjectModel,
    object: string,
    fields: string[],
    records: Record<string, unknown>[],
    today: string
): Mismatch[] {
    const mismatches: Mismatch[] = [];
    for (const record of records) {
        for (const field of fields) {
            const local = evaluateField(model, object, field, record, today);
            if (!sameValue(record[field], local)) {
                mismatches.push({
                    object,
                    id: String(record.Id),
                    name: String(record.Name ?? record.Id),
                    field,
                    org: record[field] ?? null,
                    local
                });
            }
        }
    }
    return mismatches;
}

/** KPI current value = its latest measurement (latest Measured On, then created, then Id): the Apex rule. */
export function checkCurrentValues(kpis: Record<string, unknown>[], measurementsNewestFirst: Record<string, unknown>[]): Mismatch[] {
    const latest = new Map<string, Record<string, unknown>>();
    for (const m of measurementsNewestFirst) {
        const kpi = String(m.Customer_KPI__c);
        if (!latest.has(kpi)) latest.set(kpi, m);
    }
    const mismatches: Mismatch[] = [];
    for (const kpi of kpis) {
        const reading = latest.get(String(kpi.Id));
        const expected = { Current_Value__c: reading?.Value__c ?? null, Current_As_Of__c: reading?.Measured_On__c ?? null };
        for (const [field, value] of Object.entries(expected)) {
            if (!sameValue(kpi[field], value)) {
                mismatches.push({
                    object: 'Customer_KPI__c',
                    id: String(kpi.Id),
                    name: String(kpi.Name ?? kpi.Id),
                    field,
                    org: kpi[field] ?? null,
                    local: value
                });
            }
        }
    }
    return mismatches;
}
