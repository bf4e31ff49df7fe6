import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem } from '../../../core/problems';
import { verifyProject } from '../verify';
import { DefectBench, inject, verifyCopy, type Injection } from './defects-harness';

/**
 * Deploy defects the verifier must catch (issue 15, item 3): each is planted in a copy of a
 * project, and the verifier must report an error at the planted file and line whose message says
 * what is wrong. The base project is this repository; the same table runs over any SFDX project
 * whose files contain the text each injection replaces.
 */

const REPO = join(__dirname, '..', '..', '..');
const SRC = 'force-app/main/default';
const KPI = `${SRC}/objects/Customer_KPI__c`;
const OPP = `${SRC}/objects/Opportunity`;
const BASELINE_RULE = `${KPI}/validationRules/Baseline_Date_Required.validationRule-meta.xml`;
const THRESHOLD = `${OPP}/fields/Customer_Metrics_Threshold__c.field-meta.xml`;
const THRESHOLD_FORMULA = '$CustomMetadata.Customer_Outcomes_Setting__mdt.Default.Metrics_Expected_Probability__c / 100';
const OPP_PAGE = `${SRC}/flexipages/Customer_Outcomes_Opportunity_Record_Page.flexipage-meta.xml`;
const LABELS = `${SRC}/labels/CustomLabels.labels-meta.xml`;
const USER_PERMSET = `${SRC}/permissionsets/Customer_Outcomes_User.permissionset-meta.xml`;
/** The permission set's first <fieldPermissions> block, read from the project (moved by a defect below). */
const FIRST_FIELD_PERMISSION = ((m) => {
    if (!m) throw new Error(`${USER_PERMSET} has no <fieldPermissions>`);
    return m[0];
})(/ {4}<fieldPermissions>\n[\s\S]*?<\/fieldPermissions>\n/.exec(readFileSync(join(REPO, USER_PERMSET), 'utf8')));

interface Defect {
    /** The test name: the kind of defect. */
    name: string;
    inject: Injection | Injection[];
    /** What the error message must say. */
    message: RegExp;
    /** Reported as a warning rather than an error (see the test's comment). */
    severity?: 'warning';
}

/** A minimal valid custom field file around the given elements (for planting new fields). */
const fieldFile = (body: string): string =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">\n${body}\n</CustomField>\n`;

const DEFECTS: Defect[] = [
    // ---- formulas: syntax, functions, types, limits
    {
        name: 'formula with an unbalanced parenthesis (an extra closing one)',
        inject: {
            file: `${KPI}/fields/Progress__c.field-meta.xml`,
            find: '(Target_Value__c - Baseline_Value__c)\n)</formula>',
            text: '(Target_Value__c - Baseline_Value__c)\n))</formula>',
            at: '))</formula>'
        },
        message: /parenthes/i
    },
    {
        name: 'formula with an unbalanced parenthesis (one never closed)',
        inject: { file: THRESHOLD, find: THRESHOLD_FORMULA, text: `(${THRESHOLD_FORMULA}` },
        message: /parenthes/i
    },
    {
        name: 'formula calling an unknown function',
        inject: { file: BASELINE_RULE, find: 'ISBLANK(Baseline_Date__c)', text: 'ISBLNK(Baseline_Date__c)' },
        message: /unknown function ISBLNK.*did you mean ISBLANK/i
    },
    {
        name: 'formula calling an unknown function (formula text starting on the line after its tag)',
        inject: [
            { file: BASELINE_RULE, find: '<errorConditionFormula>AND(', text: '<errorConditionFormula>\n\n  AND(' },
            { file: BASELINE_RULE, find: 'ISBLANK(Baseline_Date__c)', text: 'ISBLNK(Baseline_Date__c)' }
        ],
        message: /unknown function ISBLNK/
    },
    {
        name: 'formula calling a function with the wrong number of arguments',
        inject: { file: BASELINE_RULE, find: 'ISBLANK(Baseline_Date__c)', text: 'ISBLANK(Baseline_Date__c, Baseline_Value__c)' },
        message: /ISBLANK.*expects 1 argument.*2/i
    },
    {
        name: 'formula using text where a number is needed',
        inject: {
            file: `${KPI}/fields/Progress__c.field-meta.xml`,
            find: '(Current_Value__c - Baseline_Value__c) /',
            text: '(Current_Value__c - Unit__c) /'
        },
        message: /Text.*number|number.*Text/i
    },
    {
        name: 'formula comparing a picklist outside ISPICKVAL, TEXT, CASE or ISBLANK',
        inject: { file: BASELINE_RULE, find: 'ISBLANK(Baseline_Date__c)', text: 'Direction__c = "Increase"' },
        message: /picklist/i
    },
    {
        name: 'formula returning Text on a Percent field',
        inject: { file: THRESHOLD, find: THRESHOLD_FORMULA, text: `TEXT(${THRESHOLD_FORMULA})` },
        message: /returns Text.*Percent/i
    },
    {
        name: 'formula over the 3,900-character limit',
        inject: {
            file: THRESHOLD,
            find: THRESHOLD_FORMULA,
            text: `${THRESHOLD_FORMULA}${' + 0'.repeat(1000)}`
        },
        message: /3,?900 characters/
    },
    {
        name: 'formula naming a missing field',
        inject: {
            file: `${KPI}/fields/Progress__c.field-meta.xml`,
            find: '(Current_Value__c - Baseline_Value__c) /',
            text: '(Current_Value__c - Baseline_Valu__c) /'
        },
        message: /Baseline_Valu__c.*did you mean Baseline_Value__c/
    },
    {
        name: 'validation rule naming a missing field',
        inject: { file: BASELINE_RULE, find: 'ISBLANK(Baseline_Date__c)', text: 'ISBLANK(Baseline_Dat__c)' },
        message: /Baseline_Dat__c/
    },
    {
        name: 'validation rule showing its message on a missing field',
        inject: {
            file: BASELINE_RULE,
            find: '<errorDisplayField>Baseline_Date__c</errorDisplayField>',
            text: '<errorDisplayField>Baseline_Dte__c</errorDisplayField>'
        },
        message: /Baseline_Dte__c, which is not a field/
    },
    {
        name: 'formula naming a missing custom metadata record',
        inject: { file: THRESHOLD, find: '.Default.', text: '.Defualt.' },
        message: /record Customer_Outcomes_Setting__mdt\.Defualt/
    },

    // ---- reports, report types, dashboards
    {
        name: 'report on a custom report type naming a missing field',
        inject: {
            file: `${SRC}/reports/Customer_Outcomes/Check_Ins_This_Quarter.report-meta.xml`,
            find: '<field>Opportunity.Success_Check_Ins__r$Type__c</field>',
            text: '<field>Opportunity.Success_Check_Ins__r$Typ__c</field>'
        },
        message: /Typ__c/
    },
    {
        name: 'report on an automatic custom object report type naming a missing field',
        inject: {
            file: `${SRC}/reports/Customer_Outcomes/KPIs_By_Unit.report-meta.xml`,
            text: [
                '<?xml version="1.0" encoding="UTF-8"?>',
                '<Report xmlns="http://soap.sforce.com/2006/04/metadata">',
                '    <columns>',
                '        <field>CUST_NAME</field>',
                '    </columns>',
                '    <columns>',
                '        <field>Customer_KPI__c.Unti__c</field>',
                '    </columns>',
                '    <description>KPIs and their units.</description>',
                '    <format>Tabular</format>',
                '    <name>KPIs By Unit</name>',
                '    <reportType>CustomEntity$Customer_KPI__c</reportType>',
                '    <scope>organization</scope>',
                '    <showDetails>true</showDetails>',
                '</Report>',
                ''
            ].join('\n'),
            at: 'Customer_KPI__c.Unti__c'
        },
        message: /Unti__c/
    },
    {
        name: 'report type naming a missing field',
        inject: {
            file: `${SRC}/reportTypes/Customer_KPIs_with_Measurements.reportType-meta.xml`,
            find: '<field>Unit__c</field>',
            text: '<field>Unti__c</field>'
        },
        message: /Unti__c/
    },
    {
        name: 'dashboard naming a missing report column',
        inject: {
            file: `force-app-dashboard/main/default/dashboards/Customer_Outcomes/Customer_Outcomes.dashboard-meta.xml`,
            find: 'Account.Customer_Goals__r.KPIs__r$Progress__c',
            text: 'Account.Customer_Goals__r.KPIs__r$Progres__c'
        },
        message: /Progres__c/
    },

    // ---- pages, layouts, list views, permission sets
    {
        name: 'flexipage placing a missing component as c:name',
        inject: {
            file: OPP_PAGE,
            find: '<componentName>c:opportunityOutcomes</componentName>',
            text: '<componentName>c:opportunityOutcome</componentName>'
        },
        message: /opportunityOutcome.*not a bundle/
    },
    {
        name: 'flexipage placing a missing component by its bare name',
        inject: {
            file: OPP_PAGE,
            find: '<componentName>c:opportunityOutcomes</componentName>',
            text: '<componentName>opportunityOutcome</componentName>'
        },
        message: /opportunityOutcome.*not a bundle/
    },
    {
        name: 'quick action opening a missing LWC',
        inject: {
            file: `${SRC}/quickActions/Opportunity.Log_Check_In.quickAction-meta.xml`,
            find: '<lightningWebComponent>checkInQuickAction</lightningWebComponent>',
            text: '<lightningWebComponent>checkInQuickActions</lightningWebComponent>'
        },
        message: /checkInQuickActions.*not a bundle under lwc\/.*did you mean checkInQuickAction/
    },
    {
        name: 'quick action opening a missing Aura component',
        inject: {
            file: `${SRC}/quickActions/Opportunity.Log_Check_In_Mobile.quickAction-meta.xml`,
            find: '<lightningComponent>c:checkInQuickActionMobile</lightningComponent>',
            text: '<lightningComponent>c:checkInQuickActionMobil</lightningComponent>'
        },
        message: /checkInQuickActionMobil.*not a bundle under aura\//
    },
    {
        name: 'flexipage showing a missing field',
        inject: {
            file: OPP_PAGE,
            find: '        <name>header</name>',
            text: [
                '        <itemInstances>',
                '            <fieldInstance>',
                '                <fieldItem>Record.Amont</fieldItem>',
                '                <identifier>RecordAmontField</identifier>',
                '            </fieldInstance>',
                '        </itemInstances>',
                '        <name>header</name>'
            ].join('\n'),
            at: '<fieldItem>'
        },
        message: /Record\.Amont.*did you mean Record\.Amount/
    },
    {
        name: 'page layout naming a missing field',
        inject: {
            file: `${SRC}/layouts/Customer_KPI__c-Customer KPI Layout.layout-meta.xml`,
            find: '<field>Unit__c</field>',
            text: '<field>Unti__c</field>'
        },
        message: /Unti__c/
    },
    {
        name: 'compact layout naming a missing field',
        inject: {
            file: `${KPI}/compactLayouts/Customer_KPI_Compact.compactLayout-meta.xml`,
            find: '<fields>Unit__c</fields>',
            text: '<fields>Unti__c</fields>'
        },
        message: /Unti__c/
    },
    {
        name: 'list view naming a missing field',
        inject: { file: `${KPI}/listViews/All.listView-meta.xml`, find: '<columns>Unit__c</columns>', text: '<columns>Unti__c</columns>' },
        message: /Unti__c/
    },
    {
        name: 'permission set naming a missing field',
        inject: {
            file: `${SRC}/permissionsets/Customer_Outcomes_User.permissionset-meta.xml`,
            find: '<field>Customer_Goal__c.Category__c</field>',
            text: '<field>Customer_Goal__c.Categry__c</field>'
        },
        message: /Categry__c/
    },

    // ---- components
    {
        name: 'LWC @salesforce/schema import naming a missing field',
        inject: {
            file: `${SRC}/lwc/kpiRow/kpiRow.ts`,
            find: "import LABELS from 'c/outcomesLabels';",
            text: "import LABELS from 'c/outcomesLabels';\nimport UNIT_FIELD from '@salesforce/schema/Customer_KPI__c.Unti__c';",
            at: 'import UNIT_FIELD'
        },
        message: /Unti__c/
    },
    {
        name: 'GraphQL query naming a missing field',
        inject: { file: `${SRC}/lwc/outcomesQueries/outcomesQueries.ts`, find: 'Baseline_Value__c {', text: 'Baseline_Valu__c {' },
        message: /Baseline_Valu__c/
    },

    // ---- fields and objects
    {
        name: 'roll-up summary over a lookup instead of a master-detail',
        inject: {
            file: `${SRC}/objects/Success_Check_In__c/fields/Reading_Count__c.field-meta.xml`,
            text: fieldFile(
                [
                    '    <fullName>Reading_Count__c</fullName>',
                    '    <description>Readings logged with this check-in.</description>',
                    '    <externalId>false</externalId>',
                    '    <inlineHelpText>How many readings were logged with this check-in.</inlineHelpText>',
                    '    <label>Reading Count</label>',
                    '    <summaryForeignKey>KPI_Measurement__c.Check_In__c</summaryForeignKey>',
                    '    <summaryOperation>count</summaryOperation>',
                    '    <trackTrending>false</trackTrending>',
                    '    <type>Summary</type>'
                ].join('\n')
            ),
            at: '<summaryForeignKey>'
        },
        message: /Lookup.*master-detail/
    },
    {
        name: 'picklist naming a missing global value set',
        inject: {
            file: `${SRC}/objects/Customer_Goal__c/fields/Category__c.field-meta.xml`,
            find: /<restricted>true<\/restricted>\n\s*<valueSetDefinition>[\s\S]*<\/valueSetDefinition>/,
            text: '<restricted>true</restricted>\n        <valueSetName>Goal_Categories</valueSetName>',
            at: '<valueSetName>'
        },
        message: /global value set Goal_Categories/
    },
    {
        name: 'lookup to a missing object',
        inject: {
            file: `${SRC}/objects/KPI_Measurement__c/fields/Check_In__c.field-meta.xml`,
            find: '<referenceTo>Success_Check_In__c</referenceTo>',
            text: '<referenceTo>Success_CheckIn__c</referenceTo>'
        },
        message: /unknown object Success_CheckIn__c/
    },
    {
        name: 'tab for a missing object',
        inject: {
            file: `${SRC}/tabs/Customer_Risk__c.tab-meta.xml`,
            text: [
                '<?xml version="1.0" encoding="UTF-8"?>',
                '<CustomTab xmlns="http://soap.sforce.com/2006/04/metadata">',
                '    <customObject>true</customObject>',
                '    <description>Customer risks.</description>',
                '    <motif>Custom48: Trophy</motif>',
                '</CustomTab>',
                ''
            ].join('\n'),
            at: '<customObject>'
        },
        message: /object Customer_Risk__c does not exist/
    },
    {
        name: 'custom metadata record setting an unknown field',
        inject: {
            file: `${SRC}/customMetadata/Customer_Outcomes_Setting.Default.md-meta.xml`,
            find: '<field>Due_Soon_Days__c</field>',
            text: '<field>Due_Soon_Dayz__c</field>'
        },
        message: /Due_Soon_Dayz__c, which is not a field/
    },

    // ---- XML structure
    {
        name: 'misspelt element',
        inject: {
            file: THRESHOLD,
            find: /<inlineHelpText>(.*)<\/inlineHelpText>/,
            text: '<inlineHelpTxt>Deals at or above this probability should record how the customer is measured.</inlineHelpTxt>'
        },
        message: /unknown element <inlineHelpTxt>.*did you mean inlineHelpText/
    },
    {
        // The Metadata API's XSD declares each type's elements as a sequence; whether a deploy
        // refuses elements out of that order is unverified in an org, so the verifier warns.
        name: 'misordered element',
        inject: {
            file: THRESHOLD,
            find: /(<inlineHelpText>.*<\/inlineHelpText>)\n(\s*)(<label>.*<\/label>)/,
            text: '<label>Customer Metrics Threshold</label>\n    <inlineHelpText>Deals at or above this probability should record how the customer is measured.</inlineHelpText>',
            at: '<inlineHelpText>'
        },
        message: /out of order/,
        severity: 'warning'
    },
    // The Metadata API refuses a repeated element with "Element {http://soap.sforce.com/2006/04/metadata}<name>
    // duplicated at this location in type <Type>" (Salesforce Help 000383335 shows it for Profile).
    {
        // A merge that drops one label's closing and opening tags: the second label's children run
        // into the first <labels>. Reported once, at the second <fullName>.
        name: 'two custom labels run into one <labels> element',
        inject: { file: LABELS, find: /^ {4}<\/labels>\n {4}<labels>\n(?= {8}<fullName>)/m, text: '' },
        message: /<fullName> duplicated at this location in type CustomLabel: .*two entries have run into one <labels>/
    },
    {
        name: 'single-valued element given twice (a field with two <label>)',
        inject: {
            file: THRESHOLD,
            find: '</label>',
            text: '</label>\n    <label>Metrics Threshold</label>',
            at: '<label>Metrics Threshold'
        },
        message: /<label> duplicated at this location in type CustomField/
    },
    {
        // A list element may repeat, but in one run: here one <fieldPermissions> moved after <tabSettings>.
        name: 'list element whose run is broken by other elements',
        inject: [
            { file: USER_PERMSET, find: FIRST_FIELD_PERMISSION, text: '' },
            { file: USER_PERMSET, find: '</PermissionSet>', text: `${FIRST_FIELD_PERMISSION}</PermissionSet>`, at: '<fieldPermissions>' }
        ],
        message: /<fieldPermissions> duplicated at this location in type PermissionSet: .*must follow each other/
    }
];

describe('deploy defects the verifier catches (planted in a copy of this project)', () => {
    const bench = new DefectBench(REPO);
    afterAll(() => bench.cleanUp());

    it('control: the un-injected copy has no errors', () => {
        const errors = verifyCopy(bench.copy());
        expect(errors.map(formatProblem)).toEqual([]);
    });

    for (const defect of DEFECTS) {
        it(defect.name, () => {
            const verdict = bench.plant(defect.inject, defect.message, defect.severity ?? 'error');
            if (verdict.caught.length === 0) {
                throw new Error(
                    `expected a ${defect.severity ?? 'error'} at ${verdict.planted.file}:${verdict.planted.line} matching ${defect.message}; the verifier reported:\n${verdict.listing}`
                );
            }
            expect(verdict.caught[0]?.file).toBe(verdict.planted.file);
            expect(verdict.caught[0]?.line).toBe(verdict.planted.line);
        });
    }

    // The valid neighbours of the defects above: the checks that catch them must accept these.
    const VALID: { name: string; inject: Injection[] }[] = [
        {
            name: 'a flexipage placing a project component by its bare name',
            inject: [
                {
                    file: OPP_PAGE,
                    find: '<componentName>c:opportunityOutcomes</componentName>',
                    text: '<componentName>opportunityOutcomes</componentName>'
                }
            ]
        },
        {
            name: 'a picklist naming a global value set the project has',
            inject: [
                {
                    file: `${SRC}/objects/Customer_Goal__c/fields/Category__c.field-meta.xml`,
                    find: /<restricted>true<\/restricted>\n\s*<valueSetDefinition>[\s\S]*<\/valueSetDefinition>/,
                    text: '<restricted>true</restricted>\n        <valueSetName>Goal_Categories</valueSetName>'
                },
                {
                    file: `${SRC}/globalValueSets/Goal_Categories.globalValueSet-meta.xml`,
                    text: [
                        '<?xml version="1.0" encoding="UTF-8"?>',
                        '<GlobalValueSet xmlns="http://soap.sforce.com/2006/04/metadata">',
                        '    <customValue>',
                        '        <fullName>Revenue growth</fullName>',
                        '        <default>false</default>',
                        '        <label>Revenue growth</label>',
                        '    </customValue>',
                        '    <description>Goal categories.</description>',
                        '    <masterLabel>Goal Categories</masterLabel>',
                        '    <sorted>false</sorted>',
                        '</GlobalValueSet>',
                        ''
                    ].join('\n')
                }
            ]
        },
        {
            name: 'a report on an automatic custom object report type',
            inject: [
                {
                    file: `${SRC}/reports/Customer_Outcomes/KPIs_By_Unit.report-meta.xml`,
                    text: [
                        '<?xml version="1.0" encoding="UTF-8"?>',
                        '<Report xmlns="http://soap.sforce.com/2006/04/metadata">',
                        '    <columns>',
                        '        <field>CUST_NAME</field>',
                        '    </columns>',
                        '    <columns>',
                        '        <field>Customer_KPI__c.Unit__c</field>',
                        '    </columns>',
                        '    <description>KPIs and their units.</description>',
                        '    <format>Tabular</format>',
                        '    <name>KPIs By Unit</name>',
                        '    <reportType>CustomEntity$Customer_KPI__c</reportType>',
                        '    <scope>organization</scope>',
                        '    <showDetails>true</showDetails>',
                        '</Report>',
                        ''
                    ].join('\n')
                }
            ]
        },
        {
            name: 'a formula with a comment, operators, a unary minus, a parent field and global merge fields',
            inject: [
                {
                    file: BASELINE_RULE,
                    find: 'ISBLANK(Baseline_Date__c)',
                    text: '/* no date */ ISBLANK(Baseline_Date__c) &amp;&amp; -(Baseline_Value__c) &lt; 0 &amp;&amp; CreatedBy.Id = $User.Id &amp;&amp; $Profile.Name &lt;&gt; $Label.Outcomes_OpenHeading &amp;&amp; NOT(ISPICKVAL(Direction__c, &quot;Increase&quot;))'
                }
            ]
        }
    ];
    it('accepts list elements repeated in one run (custom metadata <values>, permission set <fieldPermissions>, <labels>)', () => {
        const dir = bench.copy();
        const files = [`${SRC}/customMetadata/Customer_Outcomes_Setting.Default.md-meta.xml`, USER_PERMSET, LABELS];
        // Not vacuous: each file repeats its list element.
        for (const f of files)
            expect(readFileSync(join(dir, f), 'utf8').match(/^ {4}<(values|fieldPermissions|labels)>$/gm)?.length).toBeGreaterThan(2);
        const flagged = verifyProject(dir).problems.filter((p) => files.includes(p.file) || /duplicated/.test(p.message));
        expect(flagged.map(formatProblem)).toEqual([]);
    });

    for (const valid of VALID) {
        it(`accepts ${valid.name}`, () => {
            const dir = bench.copy();
            for (const i of valid.inject) inject(dir, i);
            expect(verifyCopy(dir).map(formatProblem)).toEqual([]);
        });
    }

    // An Apex class or trigger naming a missing field or method is the Apex check's (npm run apex:check):
    // tools/apex-check/__tests__/apex-check.test.ts plants them for apex-ls, soql.test.ts inside SOQL.
});
