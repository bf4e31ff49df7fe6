import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
    loadSamplePlan,
    materializePlan,
    readPlan,
    readRecordsFile,
    resolveRelativeDate,
    type LoadedPlanEntry,
    type SampleRecord
} from '../relativeDates';
import { epochDayOf, isoOfEpochDay, utcToday } from '../../../core/dates';

const PLAN_DIR = path.resolve(__dirname, '..', '..', '..', 'data', 'sample');

// ---------------------------------------------------------------------------------------------
// Contract, hard-coded from ../shared/DESIGN.md §4 (the metadata verifier cross-checks the XML).
// ---------------------------------------------------------------------------------------------
const PLAN_ORDER = [
    'Account',
    'Contact',
    'Opportunity',
    'OpportunityContactRole',
    'Customer_Goal__c',
    'Customer_KPI__c',
    'Success_Check_In__c',
    'KPI_Measurement__c'
];

const MEASUREMENT_SOURCES = ['Customer report', 'System data', 'Survey', 'Invoice or billing data', 'Other'];
const PICKLISTS: Record<string, Record<string, readonly string[]>> = {
    Customer_Goal__c: {
        Level__c: ['Company', 'Department', 'Individual'],
        Category__c: ['Revenue growth', 'Cost reduction', 'Productivity', 'Risk and compliance', 'Customer experience', 'Other'],
        Status__c: ['Proposed', 'Confirmed by customer', 'In progress', 'Achieved', 'Missed', 'Abandoned']
    },
    Customer_KPI__c: {
        Direction__c: ['Increase', 'Decrease'],
        Measurement_Source__c: MEASUREMENT_SOURCES
    },
    KPI_Measurement__c: {
        Source__c: MEASUREMENT_SOURCES
    },
    Success_Check_In__c: {
        Type__c: ['Call', 'Meeting', 'Business review', 'Email', 'Site visit'],
        Implementation_Status__c: ['Not started', 'On track', 'At risk', 'Blocked', 'Live'],
        Customer_Sentiment__c: ['Positive', 'Neutral', 'Concerned']
    },
    // Standard values of a new org.
    Opportunity: {
        StageName: [
            'Prospecting',
            'Qualification',
            'Needs Analysis',
            'Value Proposition',
            'Id. Decision Makers',
            'Perception Analysis',
            'Proposal/Price Quote',
            'Negotiation/Review',
            'Closed Won',
            'Closed Lost'
        ]
    },
    OpportunityContactRole: {
        Role: [
            'Business User',
            'Decision Maker',
            'Economic Buyer',
            'Economic Decision Maker',
            'Evaluator',
            'Executive Sponsor',
            'Influencer',
            'Technical Buyer',
            'Other'
        ]
    }
};

/** Standard stage → probability defaults. */
const STAGE_PROBABILITY: Record<string, number> = {
    Prospecting: 10,
    Qualification: 10,
    'Needs Analysis': 20,
    'Value Proposition': 50,
    'Id. Decision Makers': 60,
    'Perception Analysis': 70,
    'Proposal/Price Quote': 75,
    'Negotiation/Review': 90,
    'Closed Won': 100,
    'Closed Lost': 0
};

/** Policy defaults (Customer_Outcomes_Setting__mdt.Default). */
const POLICY = {
    firstCheckInDays: 30,
    cadenceDays: 90,
    dueSoonDays: 14,
    followUpPeriodDays: 365,
    onTrackTolerance: 10,
    metricsExpectedProbability: 40
};

/** Every reference field the sample may use, and the object it points to. */
const REFERENCE_FIELDS: Record<string, Record<string, string>> = {
    Contact: { AccountId: 'Account' },
    Opportunity: { AccountId: 'Account' },
    OpportunityContactRole: { OpportunityId: 'Opportunity', ContactId: 'Contact' },
    Customer_Goal__c: { Account__c: 'Account', Originating_Opportunity__c: 'Opportunity', Stakeholder__c: 'Contact' },
    Customer_KPI__c: { Customer_Goal__c: 'Customer_Goal__c' },
    Success_Check_In__c: { Opportunity__c: 'Opportunity', Customer_Contact__c: 'Contact' },
    KPI_Measurement__c: { Customer_KPI__c: 'Customer_KPI__c', Check_In__c: 'Success_Check_In__c' }
};

/** Date fields: the only fields that hold relative date tokens. */
const DATE_FIELDS: Record<string, readonly string[]> = {
    Opportunity: ['CloseDate'],
    Customer_Goal__c: ['Target_Date__c'],
    // Rebased_On__c: package-maintained, but the sample shows a KPI a manager re-based after the win (issue 20).
    Customer_KPI__c: ['Baseline_Date__c', 'Target_Date__c', 'Rebased_On__c'],
    Success_Check_In__c: ['Check_In_Date__c', 'Next_Check_In_Date__c'],
    KPI_Measurement__c: ['Measured_On__c']
};

/** Fields the platform or the package maintains: never in sample data. */
const FORBIDDEN_FIELDS: Record<string, readonly string[]> = {
    '*': ['Id', 'CurrencyIsoCode', 'CreatedDate', 'LastModifiedDate', 'OwnerId'],
    Opportunity: [
        'Probability',
        'IsWon',
        'IsClosed',
        'Last_Check_In_Date__c',
        'Check_In_Count__c',
        'Next_Follow_Up_Due__c',
        'Follow_Up_Status__c',
        'Customer_Metrics_Expected__c'
    ],
    Customer_Goal__c: ['KPI_Count__c'],
    Customer_KPI__c: [
        'Current_Value__c',
        'Current_As_Of__c',
        'Progress__c',
        'Expected_Progress__c',
        'KPI_Status__c',
        'Last_Measured_On__c',
        'Measurement_Count__c'
    ],
    KPI_Measurement__c: ['Name'],
    Success_Check_In__c: ['Name']
};

const REQUIRED_FIELDS: Record<string, readonly string[]> = {
    Account: ['Name'],
    Contact: ['LastName', 'AccountId'],
    Opportunity: ['Name', 'AccountId', 'StageName', 'CloseDate', 'Amount'],
    OpportunityContactRole: ['OpportunityId', 'ContactId', 'Role'],
    Customer_Goal__c: ['Name', 'Account__c', 'Level__c', 'Category__c', 'Status__c'],
    Customer_KPI__c: ['Name', 'Customer_Goal__c', 'Unit__c', 'Direction__c', 'Measurement_Source__c'],
    Success_Check_In__c: ['Opportunity__c', 'Check_In_Date__c', 'Summary__c', 'Type__c'],
    KPI_Measurement__c: ['Customer_KPI__c', 'Value__c', 'Measured_On__c']
};

const MAX_LENGTHS: Record<string, Record<string, number>> = {
    Opportunity: { Name: 120, NextStep: 255 },
    Customer_Goal__c: { Name: 80 }, // a custom object's Name field holds at most 80 characters
    Customer_KPI__c: { Name: 80, Unit__c: 20 },
    Success_Check_In__c: { Next_Step__c: 255 },
    KPI_Measurement__c: { Note__c: 255 }
};

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------
const epochDay = (iso: string): number => epochDayOf(iso) ?? NaN;
const fromEpochDay = isoOfEpochDay;

function rawFiles(): { sobject: string; file: string; records: SampleRecord[] }[] {
    return readPlan(PLAN_DIR).flatMap((entry) =>
        entry.files.map((file) => ({
            sobject: entry.sobject,
            file,
            records: readRecordsFile(path.join(PLAN_DIR, file), entry.sobject)
        }))
    );
}

function fieldsOf(record: SampleRecord): string[] {
    return Object.keys(record).filter((key) => key !== 'attributes');
}

function str(record: SampleRecord, field: string): string | undefined {
    const value = record[field];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') throw new Error(`${record.attributes.referenceId}.${field} is not a string`);
    return value;
}

function num(record: SampleRecord, field: string): number | undefined {
    const value = record[field];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'number') throw new Error(`${record.attributes.referenceId}.${field} is not a number`);
    return value;
}

function ref(record: SampleRecord, field: string): string | undefined {
    const value = str(record, field);
    return value === undefined ? undefined : value.replace(/^@/, '');
}

class Sample {
    readonly byType = new Map<string, SampleRecord[]>();
    readonly byRef = new Map<string, SampleRecord>();

    constructor(entries: LoadedPlanEntry[]) {
        for (const entry of entries) {
            const list = this.byType.get(entry.sobject) ?? [];
            list.push(...entry.records);
            this.byType.set(entry.sobject, list);
            for (const record of entry.records) this.byRef.set(record.attributes.referenceId, record);
        }
    }

    all(sobject: string): SampleRecord[] {
        return this.byType.get(sobject) ?? [];
    }

    get(refId: string | undefined): SampleRecord {
        const record = refId === undefined ? undefined : this.byRef.get(refId);
        if (!record) throw new Error(`unknown reference ${String(refId)}`);
        return record;
    }
}

type FollowUpCase = 'Overdue' | 'Due soon' | 'Not due' | 'Complete' | 'Past follow-up period';

/** Independent, simple restatement of the follow-up policy for a won deal. */
function followUp(sample: Sample, opp: SampleRecord, today: string): { state: FollowUpCase; due?: string } {
    const close = str(opp, 'CloseDate') as string;
    if (opp.Follow_Up_Complete__c === true) return { state: 'Complete' };
    if (epochDay(close) < epochDay(today) - POLICY.followUpPeriodDays) return { state: 'Past follow-up period' };
    const checkIns = sample
        .all('Success_Check_In__c')
        .filter((c) => ref(c, 'Opportunity__c') === opp.attributes.referenceId)
        .map((c) => epochDay(str(c, 'Check_In_Date__c') as string));
    const dueDay = checkIns.length === 0 ? epochDay(close) + POLICY.firstCheckInDays : Math.max(...checkIns) + POLICY.cadenceDays;
    const due = fromEpochDay(dueDay);
    const t = epochDay(today);
    if (dueDay < t) return { state: 'Overdue', due };
    if (dueDay <= t + POLICY.dueSoonDays) return { state: 'Due soon', due };
    return { state: 'Not due', due };
}

type KpiStatus = 'Missing baseline or target' | 'Not measured' | 'Achieved' | 'On track' | 'At risk' | 'Off track';

/** Independent restatement of DESIGN §4's KPI status, current value = latest measurement. */
function kpiStatus(sample: Sample, kpi: SampleRecord): KpiStatus {
    const baseline = num(kpi, 'Baseline_Value__c');
    const target = num(kpi, 'Target_Value__c');
    if (baseline === undefined || target === undefined) return 'Missing baseline or target';
    const readings = sample
        .all('KPI_Measurement__c')
        .filter((m) => ref(m, 'Customer_KPI__c') === kpi.attributes.referenceId)
        .sort((a, b) => epochDay(str(a, 'Measured_On__c') as string) - epochDay(str(b, 'Measured_On__c') as string));
    const latest = readings[readings.length - 1];
    if (!latest) return 'Not measured';
    const current = num(latest, 'Value__c') as number;
    const progress = ((current - baseline) / (target - baseline)) * 100;
    if (progress >= 100) return 'Achieved';
    if (progress < 0) return 'Off track';
    const start = epochDay(str(kpi, 'Baseline_Date__c') as string);
    const end = epochDay(str(kpi, 'Target_Date__c') as string);
    const asOf = epochDay(str(latest, 'Measured_On__c') as string);
    const expected = Math.min(100, Math.max(0, ((asOf - start) / (end - start)) * 100));
    return progress >= expected - POLICY.onTrackTolerance ? 'On track' : 'At risk';
}

// ---------------------------------------------------------------------------------------------
// Relative date tokens
// ---------------------------------------------------------------------------------------------
describe('resolveRelativeDate', () => {
    it.each([
        ['TODAY', '2025-03-01', '2025-03-01'],
        ['TODAY-45', '2025-03-01', '2025-01-15'],
        ['TODAY+30', '2025-01-31', '2025-03-02'],
        ['TODAY+1', '2024-12-31', '2025-01-01'],
        ['TODAY-1', '2025-01-01', '2024-12-31'],
        ['TODAY-1', '2025-03-01', '2025-02-28'],
        ['TODAY-1', '2024-03-01', '2024-02-29'],
        ['TODAY+1', '2024-02-28', '2024-02-29'],
        ['TODAY+365', '2024-01-01', '2024-12-31'],
        ['TODAY+366', '2024-01-01', '2025-01-01'],
        ['TODAY-400', '2025-06-15', '2024-05-11'],
        ['TODAY+0', '2025-07-04', '2025-07-04'],
        ['TODAY-0', '2025-07-04', '2025-07-04'],
        ['TODAY+31', '2025-03-31', '2025-05-01']
    ])('%s on %s is %s', (token, today, expected) => {
        expect(resolveRelativeDate(token, today)).toBe(expected);
    });

    it('uses the UTC calendar day of a Date', () => {
        expect(resolveRelativeDate('TODAY', new Date('2025-06-30T23:30:00Z'))).toBe('2025-06-30');
        expect(resolveRelativeDate('TODAY+1', new Date('2025-06-30T23:30:00Z'))).toBe('2025-07-01');
        // 20:30 in New York (UTC-4) on 30 June is already 1 July in UTC.
        expect(resolveRelativeDate('TODAY', new Date('2025-06-30T20:30:00-04:00'))).toBe('2025-07-01');
    });

    it.each(['Northwind Logistics', '', '2025-01-01', 'TODAY we agreed the baseline', 'Today', 'today+3', '@AccNorthwind'])(
        'returns non-token %p unchanged',
        (value) => {
            expect(resolveRelativeDate(value, '2025-03-01')).toBe(value);
        }
    );

    it.each([
        'TODAY+x',
        'TODAY+',
        'TODAY-',
        'TODAY + 3',
        'TODAY +3',
        'TODAY+1.5',
        'TODAY+-3',
        'TODAYS',
        'TODAY+1234567',
        'TODAY+3d',
        ' TODAY'
    ])('throws a clear error for malformed token %p', (token) => {
        expect(() => resolveRelativeDate(token, '2025-03-01')).toThrow(/Malformed relative date .*TODAY\+N/);
    });

    it.each(['2025-02-29', '2025-13-01', '2025-00-10', '01/02/2025', '2025-1-1', ''])('rejects today %p', (today) => {
        expect(() => resolveRelativeDate('TODAY', today)).toThrow(/Invalid "today"/);
    });

    it('rejects an invalid Date', () => {
        expect(() => resolveRelativeDate('TODAY', new Date('not a date'))).toThrow(/Invalid "today"/);
    });
});

// ---------------------------------------------------------------------------------------------
// The plan and its files, as stored
// ---------------------------------------------------------------------------------------------
describe('data/sample plan', () => {
    const files = rawFiles();

    it('lists the objects in dependency order, one file each, in sf data import tree format', () => {
        const plan = readPlan(PLAN_DIR);
        expect(plan.map((entry) => entry.sobject)).toEqual(PLAN_ORDER);
        plan.forEach((entry, index) => {
            expect(entry.files).toEqual([`${entry.sobject}.json`]);
            expect(entry.saveRefs).toBe(true);
            expect(entry.resolveRefs).toBe(index > 0);
        });
    });

    it('keeps every file within the 200-record limit of the sObject tree API', () => {
        for (const file of files) {
            expect(file.records.length).toBeGreaterThan(0);
            expect(file.records.length).toBeLessThanOrEqual(200);
        }
    });

    it('uses unique, API-safe reference ids', () => {
        const ids = files.flatMap((file) => file.records.map((record) => record.attributes.referenceId));
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(id).toMatch(/^[A-Za-z][A-Za-z0-9_]{0,79}$/);
    });

    it('resolves every "@ref" to a record of the right type loaded earlier', () => {
        const loaded = new Map<string, string>(); // referenceId → sobject, of earlier plan entries
        for (const file of files) {
            const refFields = REFERENCE_FIELDS[file.sobject] ?? {};
            for (const record of file.records) {
                for (const field of fieldsOf(record)) {
                    const value = record[field];
                    const isRef = typeof value === 'string' && value.startsWith('@');
                    if (field in refFields) {
                        expect({ field, isRef }).toEqual({ field, isRef: true });
                    }
                    if (!isRef) continue;
                    const where = `${file.sobject}.${record.attributes.referenceId}.${field} = ${String(value)}`;
                    expect({ where, knownReferenceField: field in refFields }).toEqual({ where, knownReferenceField: true });
                    expect({ where, type: loaded.get(value.slice(1)) }).toEqual({ where, type: refFields[field] });
                }
            }
            for (const record of file.records) loaded.set(record.attributes.referenceId, file.sobject);
        }
    });

    it('writes every date as a relative token, and nothing else', () => {
        const token = /^TODAY([+-]\d+)?$/;
        for (const file of files) {
            const dateFields = DATE_FIELDS[file.sobject] ?? [];
            for (const record of file.records) {
                for (const field of fieldsOf(record)) {
                    const value = record[field];
                    const where = `${file.sobject}.${record.attributes.referenceId}.${field}`;
                    if (dateFields.includes(field)) {
                        expect({ where, value, ok: typeof value === 'string' && token.test(value) }).toEqual({ where, value, ok: true });
                    } else if (typeof value === 'string') {
                        expect({ where, looksRelative: /^\s*TODAY/i.test(value) || /^\d{4}-\d{2}-\d{2}/.test(value) }).toEqual({
                            where,
                            looksRelative: false
                        });
                    }
                }
            }
        }
    });

    it('leaves out formula, roll-up, auto-number and Apex-maintained fields', () => {
        for (const file of files) {
            const forbidden = [...(FORBIDDEN_FIELDS['*'] ?? []), ...(FORBIDDEN_FIELDS[file.sobject] ?? [])];
            for (const record of file.records) {
                const present = fieldsOf(record).filter((field) => forbidden.includes(field));
                expect({ ref: record.attributes.referenceId, present }).toEqual({ ref: record.attributes.referenceId, present: [] });
            }
        }
    });

    it('fills the required fields', () => {
        for (const file of files) {
            for (const record of file.records) {
                const missing = (REQUIRED_FIELDS[file.sobject] ?? []).filter((field) => {
                    const value = record[field];
                    return value === undefined || value === null || value === '';
                });
                expect({ ref: record.attributes.referenceId, missing }).toEqual({ ref: record.attributes.referenceId, missing: [] });
            }
        }
    });

    it('uses only picklist values allowed by DESIGN.md', () => {
        for (const file of files) {
            const picklists = PICKLISTS[file.sobject] ?? {};
            for (const record of file.records) {
                for (const [field, allowed] of Object.entries(picklists)) {
                    const value = record[field];
                    if (value === undefined) continue;
                    expect({ where: `${record.attributes.referenceId}.${field}`, value, allowed: allowed.includes(String(value)) }).toEqual(
                        {
                            where: `${record.attributes.referenceId}.${field}`,
                            value,
                            allowed: true
                        }
                    );
                }
            }
        }
    });

    it('fits text into the field lengths', () => {
        for (const file of files) {
            const limits = MAX_LENGTHS[file.sobject] ?? {};
            for (const record of file.records) {
                for (const [field, max] of Object.entries(limits)) {
                    const value = str(record, field);
                    if (value !== undefined) expect(value.length).toBeLessThanOrEqual(max);
                }
            }
        }
    });

    it('does not set Probability or currency, and gives every opportunity an account, amount and close date', () => {
        const opps = files.find((file) => file.sobject === 'Opportunity')?.records ?? [];
        expect(opps).toHaveLength(17);
        for (const opp of opps) {
            expect(opp.Probability).toBeUndefined();
            expect(opp.CurrencyIsoCode).toBeUndefined();
            expect(typeof opp.Amount).toBe('number');
            expect(opp.AccountId).toMatch(/^@Acc/);
        }
    });
});

// ---------------------------------------------------------------------------------------------
// The story, loaded on several days (it must hold whenever it is loaded)
// ---------------------------------------------------------------------------------------------
describe.each(['2024-02-29', '2024-12-31', '2025-03-01', utcToday()])('the sample story loaded on %s', (today) => {
    const sample = new Sample(loadSamplePlan(PLAN_DIR, today));
    const t = epochDay(today);
    const opps = sample.all('Opportunity');
    const isOpen = (opp: SampleRecord): boolean => !['Closed Won', 'Closed Lost'].includes(String(opp.StageName));
    const won = opps.filter((opp) => opp.StageName === 'Closed Won');

    it('resolves every date to a real calendar date', () => {
        for (const [sobject, fields] of Object.entries(DATE_FIELDS)) {
            for (const record of sample.all(sobject)) {
                for (const field of fields) {
                    const value = str(record, field);
                    if (value !== undefined) expect(fromEpochDay(epochDay(value))).toBe(value);
                }
            }
        }
    });

    it('has no measurement or check-in in the future', () => {
        for (const m of sample.all('KPI_Measurement__c')) expect(epochDay(str(m, 'Measured_On__c') as string)).toBeLessThanOrEqual(t);
        for (const c of sample.all('Success_Check_In__c')) expect(epochDay(str(c, 'Check_In_Date__c') as string)).toBeLessThanOrEqual(t);
    });

    it('closes open deals in the future and closed deals in the past, but for one deal won early (its Close Date still ahead)', () => {
        const wonEarly: string[] = [];
        for (const opp of opps) {
            const close = epochDay(str(opp, 'CloseDate') as string);
            if (isOpen(opp)) expect(close).toBeGreaterThan(t);
            else if (close > t && opp.StageName === 'Closed Won') wonEarly.push(str(opp, 'Name') as string);
            else expect(close).toBeLessThanOrEqual(t);
        }
        expect(wonEarly).toEqual(['Kestrel Precision - Supplier Onboarding Portal']);
    });

    it('logs check-ins only on won deals, after the close, with a contact of that account', () => {
        for (const c of sample.all('Success_Check_In__c')) {
            const opp = sample.get(ref(c, 'Opportunity__c'));
            expect(opp.StageName).toBe('Closed Won');
            expect(epochDay(str(c, 'Check_In_Date__c') as string)).toBeGreaterThanOrEqual(epochDay(str(opp, 'CloseDate') as string));
            const contact = ref(c, 'Customer_Contact__c');
            if (contact) expect(sample.get(contact).AccountId).toBe(opp.AccountId);
        }
    });

    it('keeps people, goals, deals and readings on the same account', () => {
        for (const role of sample.all('OpportunityContactRole')) {
            expect(sample.get(ref(role, 'ContactId')).AccountId).toBe(sample.get(ref(role, 'OpportunityId')).AccountId);
        }
        for (const goal of sample.all('Customer_Goal__c')) {
            const opp = ref(goal, 'Originating_Opportunity__c');
            if (opp) expect(sample.get(opp).AccountId).toBe(goal.Account__c);
            const stakeholder = ref(goal, 'Stakeholder__c');
            if (stakeholder) expect(sample.get(stakeholder).AccountId).toBe(goal.Account__c);
            if (goal.Level__c !== 'Company') expect(stakeholder).toBeDefined();
        }
        for (const m of sample.all('KPI_Measurement__c')) {
            const checkIn = ref(m, 'Check_In__c');
            if (!checkIn) continue;
            const goal = sample.get(ref(sample.get(ref(m, 'Customer_KPI__c')), 'Customer_Goal__c'));
            expect(sample.get(ref(sample.get(checkIn), 'Opportunity__c')).AccountId).toBe(goal.Account__c);
        }
    });

    it('gives most deals contact roles, with one primary contact each', () => {
        const roles = sample.all('OpportunityContactRole');
        const withRoles = new Set(roles.map((role) => ref(role, 'OpportunityId')));
        expect(withRoles.size).toBeGreaterThanOrEqual(Math.ceil(opps.length * 0.75));
        for (const oppRef of withRoles) {
            expect(roles.filter((role) => ref(role, 'OpportunityId') === oppRef && role.IsPrimary === true)).toHaveLength(1);
        }
    });

    it('keeps every KPI consistent with its direction and dates', () => {
        for (const kpi of sample.all('Customer_KPI__c')) {
            const baseline = num(kpi, 'Baseline_Value__c');
            const target = num(kpi, 'Target_Value__c');
            const where = kpi.attributes.referenceId;
            if (baseline !== undefined && target !== undefined) {
                expect({ where, ok: kpi.Direction__c === 'Increase' ? target > baseline : target < baseline }).toEqual({ where, ok: true });
            }
            const baselineDate = str(kpi, 'Baseline_Date__c');
            const targetDate = str(kpi, 'Target_Date__c');
            if (baselineDate !== undefined && targetDate !== undefined) {
                expect(epochDay(targetDate)).toBeGreaterThan(epochDay(baselineDate));
            }
            expect(String(kpi.Unit__c).length).toBeLessThanOrEqual(20);
        }
        const incomplete = sample
            .all('Customer_KPI__c')
            .filter((kpi) => kpi.Baseline_Value__c === undefined || kpi.Target_Value__c === undefined);
        expect(incomplete.length).toBeGreaterThanOrEqual(1);
        expect(sample.all('Customer_KPI__c').some((kpi) => kpi.Direction__c === 'Increase')).toBe(true);
        expect(sample.all('Customer_KPI__c').some((kpi) => kpi.Direction__c === 'Decrease')).toBe(true);
    });

    it('tracks KPIs with histories of 2 to 6 readings, one reading per KPI per day', () => {
        const perKpi = new Map<string, string[]>();
        for (const m of sample.all('KPI_Measurement__c')) {
            const kpi = ref(m, 'Customer_KPI__c') as string;
            perKpi.set(kpi, [...(perKpi.get(kpi) ?? []), str(m, 'Measured_On__c') as string]);
        }
        expect(perKpi.size).toBeGreaterThanOrEqual(5);
        for (const dates of perKpi.values()) {
            expect(dates.length).toBeGreaterThanOrEqual(2);
            expect(dates.length).toBeLessThanOrEqual(6);
            expect(new Set(dates).size).toBe(dates.length);
        }
    });

    it('shows every KPI status: achieved, on track, at risk, off track, not measured, missing baseline or target', () => {
        const statuses = new Set(sample.all('Customer_KPI__c').map((kpi) => kpiStatus(sample, kpi)));
        expect([...statuses].sort()).toEqual(
            ['Achieved', 'At risk', 'Missing baseline or target', 'Not measured', 'Off track', 'On track'].sort()
        );
    });

    it('has won deals whose follow-up is overdue, due soon, not due, complete and past the follow-up period', () => {
        const cases = won.map((opp) => ({ opp: opp.attributes.referenceId, ...followUp(sample, opp, today) }));
        const count = (state: FollowUpCase): number => cases.filter((c) => c.state === state).length;
        expect(count('Overdue')).toBeGreaterThanOrEqual(2);
        expect(count('Due soon')).toBeGreaterThanOrEqual(1);
        expect(count('Not due')).toBeGreaterThanOrEqual(1);
        expect(count('Complete')).toBeGreaterThanOrEqual(1);
        expect(count('Past follow-up period')).toBeGreaterThanOrEqual(1);
        // One overdue deal never had a check-in; another had one, longer ago than the cadence.
        const overdue = cases.filter((c) => c.state === 'Overdue').map((c) => sample.get(c.opp));
        const hasCheckIn = (opp: SampleRecord): boolean =>
            sample.all('Success_Check_In__c').some((c) => ref(c, 'Opportunity__c') === opp.attributes.referenceId);
        expect(overdue.some(hasCheckIn)).toBe(true);
        expect(overdue.some((opp) => !hasCheckIn(opp))).toBe(true);
    });

    it('pins the story: which deal is in which follow-up state, and when it is due', () => {
        const state = (refId: string): { state: FollowUpCase; due?: string } => followUp(sample, sample.get(refId), today);
        expect(state('OppNwArAutomation')).toEqual({ state: 'Overdue', due: fromEpochDay(t - 20) });
        expect(state('OppCrSubscriptionBilling')).toEqual({ state: 'Overdue', due: fromEpochDay(t - 10) });
        expect(state('OppBwServiceDesk')).toEqual({ state: 'Due soon', due: fromEpochDay(t + 10) });
        expect(state('OppKsCloseAutomation')).toEqual({ state: 'Not due', due: fromEpochDay(t + 80) });
        expect(state('OppMrServiceBilling')).toEqual({ state: 'Complete' });
        expect(state('OppAfApAutomation')).toEqual({ state: 'Past follow-up period' });
    });

    it('has two lost deals', () => {
        expect(opps.filter((opp) => opp.StageName === 'Closed Lost')).toHaveLength(2);
    });

    it('flags open deals past the metrics threshold without goals, and has open deals with goals and KPIs', () => {
        const goalsOf = (opp: SampleRecord): SampleRecord[] =>
            sample.all('Customer_Goal__c').filter((g) => ref(g, 'Originating_Opportunity__c') === opp.attributes.referenceId);
        const probability = (opp: SampleRecord): number => {
            const p = STAGE_PROBABILITY[String(opp.StageName)];
            if (p === undefined) throw new Error(`unknown stage ${String(opp.StageName)}`);
            return p;
        };
        const open = opps.filter(isOpen);
        const flagged = open.filter((opp) => probability(opp) >= POLICY.metricsExpectedProbability && goalsOf(opp).length === 0);
        expect(flagged.length).toBeGreaterThanOrEqual(2);
        const measured = open.filter(
            (opp) =>
                probability(opp) >= POLICY.metricsExpectedProbability &&
                goalsOf(opp).some((goal) =>
                    sample
                        .all('Customer_KPI__c')
                        .some(
                            (kpi) =>
                                ref(kpi, 'Customer_Goal__c') === goal.attributes.referenceId &&
                                kpi.Baseline_Value__c !== undefined &&
                                kpi.Target_Value__c !== undefined
                        )
                )
        );
        expect(measured.length).toBeGreaterThanOrEqual(1);
        // Open deals span the early and late stages.
        const stages = new Set(open.map((opp) => String(opp.StageName)));
        for (const stage of ['Needs Analysis', 'Value Proposition', 'Proposal/Price Quote', 'Negotiation/Review']) {
            expect(stages.has(stage)).toBe(true);
        }
        expect(stages.has('Prospecting') || stages.has('Qualification')).toBe(true);
    });

    it('has company, department and individual goals', () => {
        const levels = new Set(sample.all('Customer_Goal__c').map((goal) => goal.Level__c));
        expect(levels).toEqual(new Set(['Company', 'Department', 'Individual']));
    });
});

// ---------------------------------------------------------------------------------------------
// Materializing the plan for the Salesforce CLI
// ---------------------------------------------------------------------------------------------
describe('materializePlan', () => {
    let outDir: string;
    beforeEach(() => {
        outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sample-plan-'));
    });
    afterEach(() => {
        fs.rmSync(outDir, { recursive: true, force: true });
    });

    it('writes the plan and every file with real dates, and nothing else changed', () => {
        const result = materializePlan(PLAN_DIR, outDir, '2025-03-01');
        expect(result.today).toBe('2025-03-01');
        expect(result.planPath).toBe(path.join(outDir, 'plan.json'));
        expect(result.files.map((f) => f.sobject)).toEqual(PLAN_ORDER);
        expect(JSON.parse(fs.readFileSync(result.planPath, 'utf8'))).toEqual(
            JSON.parse(fs.readFileSync(path.join(PLAN_DIR, 'plan.json'), 'utf8'))
        );
        for (const file of result.files) {
            const text = fs.readFileSync(file.file, 'utf8');
            expect(text).not.toMatch(/"TODAY/);
            expect((JSON.parse(text) as { records: unknown[] }).records).toHaveLength(file.records);
        }
        expect(loadSamplePlan(outDir, '1999-01-01')).toEqual(loadSamplePlan(PLAN_DIR, '2025-03-01'));
        const opp = loadSamplePlan(outDir)
            .find((entry) => entry.sobject === 'Opportunity')
            ?.records.find((r) => r.attributes.referenceId === 'OppNwArAutomation');
        expect(opp?.CloseDate).toBe('2025-01-10');
    });

    it('refuses a malformed token, naming the file and field, and writes nothing', () => {
        const badPlanDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bad-plan-'));
        try {
            fs.writeFileSync(
                path.join(badPlanDir, 'plan.json'),
                JSON.stringify([{ sobject: 'Opportunity', saveRefs: true, resolveRefs: false, files: ['Opportunity.json'] }])
            );
            fs.writeFileSync(
                path.join(badPlanDir, 'Opportunity.json'),
                JSON.stringify({
                    records: [{ attributes: { type: 'Opportunity', referenceId: 'OppBad' }, Name: 'Bad', CloseDate: 'TODAY+x' }]
                })
            );
            const target = path.join(outDir, 'nested');
            expect(() => materializePlan(badPlanDir, target, '2025-03-01')).toThrow(
                /Opportunity\.json.*CloseDate.*Malformed relative date "TODAY\+x"/
            );
            expect(fs.existsSync(target)).toBe(false);
        } finally {
            fs.rmSync(badPlanDir, { recursive: true, force: true });
        }
    });
});
