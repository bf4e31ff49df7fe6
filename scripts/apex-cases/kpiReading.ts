import {
    expectedProblems,
    LABEL_FILLS,
    noteOf,
    type KpiReadingCase,
    type KpiReadingTable,
    type ReadingField,
    type ReadingLabel
} from '../../core/cases/kpiReading';
import { apexString, methodName } from './apex';

/**
 * core/cases/kpi-reading.json → KpiReadingCasesTest.cls: every row through LogKpiReadingAction (one test a
 * row, then all rows in one bulk call), and the rows a validation rule refuses also inserted directly. Every
 * method runs as the rep who logs readings (Customer Outcomes User, owning the account made in @TestSetup).
 * The form's side of the same rows: c/outcomesValidation's kpiReadingCases.test.ts.
 */

const CLASS_NAME = 'KpiReadingCasesTest';

/** The Apex describe constant of each field a problem is reported on. */
const FIELD_CONSTANT: Record<ReadingField, string> = {
    Value__c: 'VALUE_FIELD',
    Measured_On__c: 'MEASURED_ON_FIELD',
    Note__c: 'NOTE_FIELD'
};

/** What fills a label's {0}, from the fields' describe in the org. */
const FILL_EXPRESSION: Record<NonNullable<(typeof LABEL_FILLS)[ReadingLabel]>, string> = {
    integerDigits: 'VALUE_FIELD.getPrecision() - VALUE_FIELD.getScale()',
    scale: 'VALUE_FIELD.getScale()',
    length: 'NOTE_FIELD.getLength()'
};

function noteExpression(row: KpiReadingCase): string | null {
    if (row.noteLength !== undefined) return `'x'.repeat(${row.noteLength})`;
    return row.note === undefined ? null : apexString(row.note);
}

/** Statements building the row's request in a variable `request` (the body of its rowNN() builder). */
function requestLines(row: KpiReadingCase): string[] {
    const lines = ['LogKpiReadingAction.Request request = new LogKpiReadingAction.Request();', 'request.kpiId = kpiId();'];
    lines.push(`request.value = ${row.value === null ? 'null' : `Decimal.valueOf(${apexString(row.value)})`};`);
    if (row.measuredOn !== undefined) lines.push(`request.measuredOn = day(${row.measuredOn});`);
    if (row.source !== undefined) lines.push(`request.source = ${apexString(row.source)};`);
    const note = noteExpression(row);
    if (note !== null) lines.push(`request.note = ${note};`);
    if (row.confirmed !== undefined) lines.push(`request.customerConfirmed = ${row.confirmed};`);
    return lines;
}

function expectedMessage(row: KpiReadingCase): string {
    const problems = expectedProblems(row).map(([field, label]) => {
        const fill = LABEL_FILLS[label];
        const message = fill === null ? `System.Label.${label}` : `fill(System.Label.${label}, ${FILL_EXPRESSION[fill]})`;
        return `problem(${FIELD_CONSTANT[field]}, ${message})`;
    });
    return `notSaved(new List<String>{ ${problems.join(', ')} })`;
}

/** Assertions on `result` (and the saved record) for one row. */
function assertionLines(row: KpiReadingCase, what: string): string[] {
    if (row.expected !== 'valid') {
        return [
            `Assert.isFalse(result.success, ${apexString(`Refused: ${what}`)});`,
            `Assert.isNull(result.measurementId, ${apexString(`Nothing saved: ${what}`)});`,
            `Assert.areEqual(${expectedMessage(row)}, result.message, ${apexString(`The form's messages: ${what}`)});`
        ];
    }
    const note = noteOf(row)?.trim();
    return [
        `Assert.isTrue(result.success, result.message);`,
        `KPI_Measurement__c saved = savedReading(result.measurementId);`,
        `Assert.isTrue(saved.Value__c == Decimal.valueOf(${apexString(row.value ?? '')}), ${apexString(`Value saved as given: ${what}`)});`,
        `Assert.areEqual(day(${row.measuredOn ?? 0}), saved.Measured_On__c, ${apexString(`Measured on (default today): ${what}`)});`,
        `Assert.areEqual(${row.source === undefined ? 'kpiSource()' : apexString(row.source)}, saved.Source__c, ${apexString(`Source (default the KPI's): ${what}`)});`,
        `Assert.areEqual(${note ? (row.noteLength !== undefined ? noteExpression(row) : apexString(note)) : 'null'}, saved.Note__c, ${apexString(`Note, trimmed: ${what}`)});`,
        `Assert.areEqual(${row.confirmed === true}, saved.Customer_Confirmed__c, ${apexString(`Customer confirmed: ${what}`)});`
    ];
}

const rowName = (index: number): string => `row${String(index + 1).padStart(2, '0')}`;

const indent = (lines: string[], depth = 2): string => lines.map((l) => `${'    '.repeat(depth)}${l}`).join('\n');

export function kpiReadingTestClass(table: KpiReadingTable): string {
    const rows = table.cases;
    const builders = rows.map(
        (row, i) => `
        // ${row.case}
        LogKpiReadingAction.Request ${rowName(i)}() {
${indent(requestLines(row), 3)}
            return request;
        }`
    );
    const methods = rows.map(
        (row, i) => `
    @IsTest
    static void ${methodName(i, row.case)}() {
        LogKpiReadingAction.Request request = new Rows().${rowName(i)}();
        LogKpiReadingAction.Result result;

        System.runAs(rep()) {
            Test.startTest();
            result = LogKpiReadingAction.logReadings(new List<LogKpiReadingAction.Request>{ request })[0];
            Test.stopTest();
        }

${indent(assertionLines(row, row.case))}${row.expected === 'valid' ? '' : `\n        Assert.areEqual(0, [SELECT COUNT() FROM KPI_Measurement__c], ${apexString(`Nothing saved: ${row.case}`)});`}
    }`
    );
    const dbRows = rows.map((row, i) => ({ row, i })).filter(({ row }) => row.dbRule !== undefined);
    const dbMethods = dbRows.map(
        ({ row, i }) => `
    @IsTest
    static void ${methodName(i, `db ${row.case}`)}() {
        // ${row.dbRule} refuses the row in the org itself, with the form's text.
        KPI_Measurement__c reading = new KPI_Measurement__c(Customer_KPI__c = kpiId(), Value__c = Decimal.valueOf(${apexString(row.value ?? '0')}), Measured_On__c = day(${row.measuredOn ?? 0}));

        Database.SaveResult saved;

        System.runAs(rep()) {
            Test.startTest();
            saved = Database.insert(reading, false);
            Test.stopTest();
        }

        Assert.isFalse(saved.isSuccess(), ${apexString(`${row.dbRule} refuses: ${row.case}`)});
        Assert.areEqual(${expectedProblems(row)
            .map(([, label]) => `System.Label.${label}`)
            .join(' + ')}, saved.getErrors()[0].getMessage(), ${apexString(`The rule's message is the form's: ${row.case}`)});
    }`
    );
    return `/**
 * GENERATED by scripts/generate-apex-case-tests.ts (scripts/apex-cases/kpiReading.ts) from core/cases/kpi-reading.json:
 * do not edit by hand; change the table and run \`npm run apex:cases\`. The reading form's validation
 * (c/outcomesValidation) is tested against the same rows in kpiReadingCases.test.ts.
 *
 * Every row runs through LogKpiReadingAction: a valid row is saved as given, a refused row saves nothing and says,
 * per field, the form's message (Custom Labels, their {0} filled from the fields' describe). All rows also run in
 * one bulk call. Rows a validation rule refuses are inserted directly too: the org refuses them with the same text.
 * Every test runs as the rep who logs readings: Customer Outcomes User, owning the account (so its goal and KPI).
 */
@IsTest
private class ${CLASS_NAME} {
    private static final Schema.DescribeFieldResult VALUE_FIELD = Schema.SObjectType.KPI_Measurement__c.fields.Value__c;
    private static final Schema.DescribeFieldResult MEASURED_ON_FIELD = Schema.SObjectType.KPI_Measurement__c.fields.Measured_On__c;
    private static final Schema.DescribeFieldResult NOTE_FIELD = Schema.SObjectType.KPI_Measurement__c.fields.Note__c;
    private static final String REP_ALIAS = 'corcrep';

    @TestSetup
    static void createKpi() {
        User rep = OutcomesActionUsersTest.newUser('Customer_Outcomes_User', REP_ALIAS);
        Account customer = new Account(Name = 'Acme Reading Cases', OwnerId = rep.Id);
        insert customer;
        Customer_Goal__c goal = new Customer_Goal__c(Name = 'Get paid faster', Account__c = customer.Id);
        insert goal;
        List<Schema.PicklistEntry> sources = Schema.SObjectType.Customer_KPI__c.fields.Measurement_Source__c.getPicklistValues();
        insert new Customer_KPI__c(
            Name = 'Days sales outstanding',
            Customer_Goal__c = goal.Id,
            Direction__c = Schema.SObjectType.Customer_KPI__c.fields.Direction__c.getPicklistValues()[0].getValue(),
            Measurement_Source__c = sources[sources.size() - 1].getValue()
        );
    }

    private static User rep() {
        return OutcomesActionUsersTest.savedUser(REP_ALIAS);
    }

    private static Id kpiId() {
        return [SELECT Id FROM Customer_KPI__c LIMIT 1].Id;
    }

    private static String kpiSource() {
        return [SELECT Measurement_Source__c FROM Customer_KPI__c LIMIT 1].Measurement_Source__c;
    }

    private static Date day(Integer offset) {
        return Date.today().addDays(offset);
    }

    private static KPI_Measurement__c savedReading(Id measurementId) {
        return [SELECT Value__c, Measured_On__c, Source__c, Note__c, Customer_Confirmed__c FROM KPI_Measurement__c WHERE Id = :measurementId];
    }

    private static String fill(String label, Integer value) {
        return label.replace('{0}', String.valueOf(value));
    }

    private static String problem(Schema.DescribeFieldResult field, String message) {
        return System.Label.Outcomes_ActionFieldProblem.replace('{0}', field.getLabel()).replace('{1}', message);
    }

    private static String notSaved(List<String> problems) {
        return System.Label.Outcomes_ActionNotSaved.replace('{0}', String.join(problems, ' '));
    }
    // The table's rows as requests (an inner class: the rows grow with the table, the test class's own methods do not).
    private class Rows {${builders.join('\n')}

        List<LogKpiReadingAction.Request> all() {
            return new List<LogKpiReadingAction.Request>{ ${rows.map((_row, i) => `${rowName(i)}()`).join(', ')} };
        }
    }

    // Per row: null when it is saved, else the message refusing it.
    private static List<String> refusals() {
        return new List<String>{
${rows.map((row) => `            ${row.expected === 'valid' ? 'null' : expectedMessage(row)}`).join(',\n')}
        };
    }
${methods.join('\n')}
${dbMethods.join('\n')}

    @IsTest
    static void everyRowInOneBulkCall() {
        List<LogKpiReadingAction.Request> requests = new Rows().all();
        List<String> refusals = refusals();
        List<LogKpiReadingAction.Result> results;

        System.runAs(rep()) {
            Test.startTest();
            results = LogKpiReadingAction.logReadings(requests);
            Test.stopTest();
        }

        Assert.areEqual(${rows.length}, results.size(), 'One result a row');
        for (Integer i = 0; i < refusals.size(); i++) {
            Assert.areEqual(refusals[i] == null, results[i].success, 'Saved or refused in bulk, row ' + (i + 1) + ': ' + results[i].message);
            if (refusals[i] != null) {
                Assert.areEqual(refusals[i], results[i].message, 'The form\\'s messages in bulk, row ' + (i + 1));
            }
        }
        Assert.areEqual(${rows.filter((r) => r.expected === 'valid').length}, [SELECT COUNT() FROM KPI_Measurement__c], 'Only the valid rows are saved');
    }
}
`;
}

/** The generated class and its meta file (unformatted; the generator formats every file). */
