import '#test/jest/installLabels';
import { labelValues } from '#test/jest/metadata';
import { expectedProblems, LABEL_FILLS, noteOf, readKpiReadingTable } from '#test/jest/kpiReadingCases';
import type { KpiReadingCase } from '#test/jest/kpiReadingCases';
import FIELD_FACTS from 'c/outcomesFieldFacts';
import { formatLabel } from 'c/outcomesFormat';
import { validateMeasurement } from 'c/outcomesValidation';

/**
 * The reading form's half of core/cases/kpi-reading.json: every row through validateMeasurement, the
 * check the Account panel's reading form runs before it saves. The other half is the generated Apex
 * test KpiReadingCasesTest (the Log a KPI Reading action on the same rows): a row that passes here and
 * fails there, or the reverse, means the form and the action no longer check a reading the same way.
 */
const TODAY = '2026-03-02';
const KPI_ID = 'a02000000000001AAA';
/** The source the form starts with: its KPI's own (measurementForm's connectedCallback). */
const KPI_SOURCE = 'Survey';

const VALUE = FIELD_FACTS['KPI_Measurement__c.Value__c'];
const NOTE = FIELD_FACTS['KPI_Measurement__c.Note__c'];
/** What fills each label's {0}: the fields' metadata (c/outcomesFieldFacts, generated from the objects). */
const FILLS = { integerDigits: VALUE.precision - VALUE.scale, scale: VALUE.scale, length: NOTE.length };

function addDays(iso: string, days: number): string {
    const date = new Date(`${iso}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + days);
    return date.toISOString().slice(0, 10);
}

/** The form's fields as the row fills them, over the form's defaults (today, the KPI's source, not confirmed). */
function formValues(row: KpiReadingCase) {
    return {
        kpiId: KPI_ID,
        Value__c: row.value ?? '',
        Measured_On__c: addDays(TODAY, row.measuredOn ?? 0),
        Source__c: row.source ?? KPI_SOURCE,
        Customer_Confirmed__c: row.confirmed === true,
        Note__c: noteOf(row) ?? ''
    };
}

const labels = labelValues();

/** What the form's check must give for a row: the draft it saves, or the message on each field and no draft. */
function expectedOutcome(row: KpiReadingCase) {
    if (row.expected === 'valid') {
        return {
            errors: {},
            draft: {
                kpiId: KPI_ID,
                value: Number(row.value),
                measuredOn: addDays(TODAY, row.measuredOn ?? 0),
                source: row.source ?? KPI_SOURCE,
                confirmed: row.confirmed === true,
                note: noteOf(row)?.trim() || null
            }
        };
    }
    const errors = Object.fromEntries(
        expectedProblems(row).map(([field, label]) => {
            const fill = LABEL_FILLS[label];
            const text = labels[label] ?? `(no label ${label})`;
            return [field, fill === null ? text : formatLabel(text, FILLS[fill])];
        })
    );
    return { errors, draft: null };
}

const table = readKpiReadingTable();

describe('kpi-reading.json through the reading form’s validation', () => {
    it('has valid rows, refused rows and rows a validation rule refuses in the org', () => {
        expect(table.cases.filter((row) => row.expected === 'valid').length).toBeGreaterThan(5);
        expect(table.cases.filter((row) => row.expected !== 'valid').length).toBeGreaterThan(5);
        expect(table.cases.some((row) => row.dbRule)).toBe(true);
    });

    it.each(table.cases.map((row) => [row.case, row] as const))('%s', (_name, row) => {
        expect(validateMeasurement(formValues(row), TODAY)).toEqual(expectedOutcome(row));
    });
});
