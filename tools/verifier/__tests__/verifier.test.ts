import { cleanUp, edit, read, remove, SRC, VALID, verify, verifyWith, write } from './helpers';

const FIELDS = `${SRC}/objects/Goal__c/fields`;
const STEP_FIELDS = `${SRC}/objects/Step__c/fields`;
const COMPONENT = `${SRC}/lwc/goalPanel/goalPanel.ts`;

afterAll(cleanUp);

/** Exactly one error, matching `pattern`, in a file whose path contains `file`. */
function expectOneError(errors: string[], file: string, pattern: RegExp): void {
    const matching = errors.filter((e) => pattern.test(e));
    if (matching.length === 0) throw new Error(`no error matched ${pattern}; got:\n${errors.join('\n') || '(no errors)'}`);
    expect(matching[0]).toContain(file);
}

describe('valid fixture', () => {
    it('passes with zero errors and zero warnings', () => {
        const { errors, warnings, result } = verify(VALID);
        expect(errors).toEqual([]);
        expect(warnings).toEqual([]);
        expect(result.files).toBeGreaterThan(25);
        expect(result.references).toBeGreaterThan(80);
    });
});

describe('well-formedness and known elements', () => {
    it('reports malformed XML with file, line, column and the parser reason', () => {
        const { errors } = verifyWith((d) => edit(d, `${FIELDS}/Budget__c.field-meta.xml`, '</label>', '</labl>'));
        expectOneError(errors, 'Budget__c.field-meta.xml:6:', /malformed XML: Expected closing tag 'label'/);
    });

    it('reports a misspelled element and suggests the right one', () => {
        const { errors } = verifyWith((d) => edit(d, `${FIELDS}/Note__c.field-meta.xml`, /<length>80<\/length>/, '<lenght>80</lenght>'));
        expectOneError(errors, 'Note__c.field-meta.xml:7:5', /unknown element <lenght> in CustomField; did you mean length\?/);
    });

    it('reports an unknown element nested deep inside a type', () => {
        const { errors } = verifyWith((d) =>
            edit(d, `${FIELDS}/Status__c.field-meta.xml`, '<fullName>Done</fullName>', '<fullname>Done</fullname>')
        );
        expectOneError(errors, 'Status__c.field-meta.xml', /unknown element <fullname> in CustomValue; did you mean fullName\?/);
    });

    it('reports a bad enumeration value with the closest valid one', () => {
        const { errors } = verifyWith((d) =>
            edit(d, `${STEP_FIELDS}/Effort__c.field-meta.xml`, '<type>Number</type>', '<type>Numbr</type>')
        );
        expectOneError(errors, 'Effort__c.field-meta.xml', /bad value "Numbr" for <type> in CustomField; did you mean Number\?/);
    });

    it('reports a bad list view filter scope', () => {
        const { errors } = verifyWith((d) =>
            edit(d, `${SRC}/objects/Goal__c/listViews/Open_Goals.listView-meta.xml`, 'Everything', 'Everyone')
        );
        expectOneError(errors, 'Open_Goals.listView-meta.xml', /bad value "Everyone" for <filterScope> in ListView/);
    });

    it('warns when elements are out of schema order', () => {
        const { errors, warnings } = verifyWith((d) =>
            edit(
                d,
                `${FIELDS}/Note__c.field-meta.xml`,
                /(<description>.*<\/description>)\n(\s*)(<inlineHelpText>.*<\/inlineHelpText>)/,
                '$3\n$2$1'
            )
        );
        expect(errors).toEqual([]);
        expect(warnings.join('\n')).toMatch(/element <description> is out of order in CustomField: it should come before <inlineHelpText>/);
    });

    it("reports a single-valued element given twice at the second, in the Metadata API's words", () => {
        const { errors } = verifyWith((d) =>
            edit(d, `${FIELDS}/Note__c.field-meta.xml`, '<length>80</length>', '<length>80</length>\n    <length>120</length>')
        );
        expectOneError(errors, 'Note__c.field-meta.xml:8:5', /<length> duplicated at this location in type CustomField/);
        expect(errors.filter((e) => /duplicated/.test(e))).toHaveLength(1);
    });

    it('leaves a repeated unknown element to the unknown-element check', () => {
        const { errors } = verifyWith((d) =>
            edit(d, `${FIELDS}/Note__c.field-meta.xml`, /<length>80<\/length>/, '<lenght>80</lenght>\n    <lenght>80</lenght>')
        );
        expect(errors.filter((e) => /unknown element <lenght>/.test(e))).toHaveLength(2);
        expect(errors.filter((e) => /duplicated/.test(e))).toEqual([]);
    });

    it('accepts list elements interleaved in a type whose element order is free (LWC targetConfig)', () => {
        const { errors, warnings } = verifyWith((d) =>
            edit(
                d,
                `${SRC}/lwc/goalPanel/goalPanel.js-meta.xml`,
                '</objects>',
                '</objects>\n            <property name="title" type="String" label="Title" />'
            )
        );
        expect(errors).toEqual([]);
        expect(warnings).toEqual([]);
    });

    it('checks the new FlexiPage and LWC elements from the overlay', () => {
        const { errors } = verifyWith((d) =>
            edit(
                d,
                `${SRC}/flexipages/Goal_Record_Page.flexipage-meta.xml`,
                '<identifier>c_goalPanel</identifier>',
                '<identifer>c_goalPanel</identifer>'
            )
        );
        expectOneError(
            errors,
            'Goal_Record_Page.flexipage-meta.xml',
            /unknown element <identifer> in ComponentInstance; did you mean identifier\?/
        );
    });

    it('reports an unknown attribute on an LWC targetConfig property', () => {
        const { errors } = verifyWith((d) => edit(d, `${SRC}/lwc/goalPanel/goalPanel.js-meta.xml`, 'default="5"', 'defualt="5"'));
        expectOneError(errors, 'goalPanel.js-meta.xml', /unknown attribute defualt on <property>; did you mean default\?/);
    });
});

describe('per-type field rules', () => {
    it('requires precision on a Number field', () => {
        const { errors } = verifyWith((d) => edit(d, `${FIELDS}/Budget__c.field-meta.xml`, /\s*<precision>18<\/precision>/, ''));
        expectOneError(errors, 'Budget__c.field-meta.xml', /Goal__c\.Budget__c: a Number field needs <precision>/);
    });

    it('rejects a scale above the precision', () => {
        const { errors } = verifyWith((d) => edit(d, `${STEP_FIELDS}/Effort__c.field-meta.xml`, '<scale>1</scale>', '<scale>7</scale>'));
        expectOneError(errors, 'Effort__c.field-meta.xml', /scale 7 must be between 0 and the precision 5/);
    });

    it('requires a Text length of 1 to 255', () => {
        const { errors } = verifyWith((d) => edit(d, `${FIELDS}/Note__c.field-meta.xml`, '<length>80</length>', '<length>300</length>'));
        expectOneError(errors, 'Note__c.field-meta.xml', /Text length 300 is outside 1–255/);
    });

    it('rejects duplicate picklist values', () => {
        const { errors } = verifyWith((d) =>
            edit(d, `${FIELDS}/Status__c.field-meta.xml`, '<fullName>Done</fullName>', '<fullName>open</fullName>')
        );
        expectOneError(errors, 'Status__c.field-meta.xml', /picklist value "open" is listed twice/);
    });

    it('requires help text on every custom field', () => {
        const { errors } = verifyWith((d) => edit(d, `${FIELDS}/Note__c.field-meta.xml`, /\s*<inlineHelpText>.*<\/inlineHelpText>/, ''));
        expectOneError(errors, 'Note__c.field-meta.xml', /Goal__c\.Note__c: has no <inlineHelpText>/);
    });

    it('rejects a formula returning a type formulas cannot return', () => {
        const { errors } = verifyWith((d) =>
            edit(d, `${FIELDS}/Budget_Label__c.field-meta.xml`, '<type>Text</type>', '<type>Picklist</type>')
        );
        expectOneError(errors, 'Budget_Label__c.field-meta.xml', /formula fields cannot return Picklist/);
    });

    it('requires relationshipName on a lookup', () => {
        const { errors } = verifyWith((d) =>
            edit(d, `${FIELDS}/Opportunity__c.field-meta.xml`, /\s*<relationshipName>Goals<\/relationshipName>/, '')
        );
        expectOneError(errors, 'Opportunity__c.field-meta.xml', /a Lookup field needs <relationshipName>/);
    });

    it('reports a lookup to an unknown object', () => {
        const { errors } = verifyWith((d) =>
            edit(
                d,
                `${FIELDS}/Opportunity__c.field-meta.xml`,
                '<referenceTo>Opportunity</referenceTo>',
                '<referenceTo>Oportunity</referenceTo>'
            )
        );
        expectOneError(errors, 'Opportunity__c.field-meta.xml', /lookup to unknown object Oportunity; did you mean Opportunity\?/);
    });

    it('reports a duplicate field API name (case-insensitive)', () => {
        const { errors } = verifyWith((d) => {
            const copy = read(d, `${FIELDS}/Note__c.field-meta.xml`).replace(
                '<fullName>Note__c</fullName>',
                '<fullName>note__c</fullName>'
            );
            write(d, `${FIELDS}/note__c.field-meta.xml`, copy);
        });
        expectOneError(
            errors,
            'field-meta.xml',
            /duplicate field API name note__c on Goal__c: also defined in .*Note__c\.field-meta\.xml/i
        );
    });

    it('reports an invalid field API name', () => {
        const { errors } = verifyWith((d) => {
            const copy = read(d, `${FIELDS}/Note__c.field-meta.xml`).replace(
                '<fullName>Note__c</fullName>',
                '<fullName>Bad__Name__c</fullName>'
            );
            write(d, `${FIELDS}/Bad__Name__c.field-meta.xml`, copy);
        });
        expectOneError(errors, 'Bad__Name__c.field-meta.xml', /field API name Bad__Name__c must not contain two consecutive underscores/);
    });

    it('requires a detail object to be ControlledByParent', () => {
        const { errors } = verifyWith((d) => edit(d, `${SRC}/objects/Step__c/Step__c.object-meta.xml`, 'ControlledByParent', 'ReadWrite'));
        expectOneError(errors, 'Step__c.object-meta.xml', /is the detail of Goal__c but its sharingModel is ReadWrite/);
    });
});

describe('formulas, validation rules and roll-ups', () => {
    it('reports a formula naming a missing field, with a suggestion', () => {
        const { errors } = verifyWith((d) => edit(d, `${FIELDS}/Budget_Label__c.field-meta.xml`, 'IF(Budget__c &gt;', 'IF(Budjet__c &gt;'));
        expectOneError(
            errors,
            'Budget_Label__c.field-meta.xml',
            /formula of Goal__c\.Budget_Label__c names Budjet__c: Goal__c has no field Budjet__c; did you mean Budget__c\?/
        );
    });

    it('follows relationship paths in formulas', () => {
        const { errors } = verifyWith((d) =>
            edit(d, `${FIELDS}/Budget_Label__c.field-meta.xml`, 'Opportunity__r.Account.Name', 'Opportunity__r.Acount.Name')
        );
        expectOneError(
            errors,
            'Budget_Label__c.field-meta.xml',
            /names Opportunity__r\.Acount\.Name: Opportunity has no parent relationship Acount; did you mean Account\?/
        );
    });

    it('reports $CustomMetadata naming a missing field', () => {
        const { errors } = verifyWith((d) =>
            edit(d, `${FIELDS}/Budget_Label__c.field-meta.xml`, 'Default.Threshold__c', 'Default.Treshold__c')
        );
        expectOneError(
            errors,
            'Budget_Label__c.field-meta.xml',
            /names Fixture_Setting__mdt\.Treshold__c, which is not a field of Fixture_Setting__mdt; did you mean Threshold__c\?/
        );
    });

    it('reports $CustomMetadata naming a missing record', () => {
        const { errors } = verifyWith((d) => edit(d, `${FIELDS}/Budget_Label__c.field-meta.xml`, '.Default.', '.Defualt.'));
        expectOneError(
            errors,
            'Budget_Label__c.field-meta.xml',
            /names record Fixture_Setting__mdt\.Defualt, which does not exist; did you mean Default\?/
        );
    });

    it('reports ISPICKVAL with a value the picklist does not have', () => {
        const { errors } = verifyWith((d) =>
            edit(
                d,
                `${FIELDS}/Budget_Label__c.field-meta.xml`,
                'ISPICKVAL(Status__c, &quot;Done&quot;)',
                'ISPICKVAL(Status__c, &quot;Finished&quot;)'
            )
        );
        expectOneError(errors, 'Budget_Label__c.field-meta.xml', /"Finished" is not a value of Goal__c\.Status__c/);
    });

    it('reports a validation rule naming a missing field and a missing error field', () => {
        const rule = `${SRC}/objects/Goal__c/validationRules/Budget_Not_Negative.validationRule-meta.xml`;
        const { errors } = verifyWith((d) => {
            edit(d, rule, 'Budget__c &lt; 0', 'Budgit__c &lt; 0');
            edit(d, rule, '<errorDisplayField>Budget__c</errorDisplayField>', '<errorDisplayField>Budgit__c</errorDisplayField>');
        });
        expectOneError(
            errors,
            'Budget_Not_Negative.validationRule-meta.xml',
            /validation rule Goal__c\.Budget_Not_Negative names Budgit__c/
        );
        expectOneError(
            errors,
            'Budget_Not_Negative.validationRule-meta.xml',
            /shows its message on Budgit__c, which is not a field of Goal__c; did you mean Budget__c\?/
        );
    });

    it('reports a roll-up whose foreign key is not a master-detail to the parent', () => {
        const { errors } = verifyWith((d) =>
            edit(
                d,
                `${FIELDS}/Total_Effort__c.field-meta.xml`,
                '<summaryForeignKey>Step__c.Goal__c</summaryForeignKey>',
                '<summaryForeignKey>Step__c.Effort__c</summaryForeignKey>'
            )
        );
        expectOneError(
            errors,
            'Total_Effort__c.field-meta.xml',
            /summaryForeignKey Step__c\.Effort__c is a Number, but roll-ups need a master-detail field; did you mean Step__c\.Goal__c\?/
        );
    });

    it('reports a roll-up summing a field that cannot be summed', () => {
        const { errors } = verifyWith((d) =>
            edit(
                d,
                `${FIELDS}/Total_Effort__c.field-meta.xml`,
                '<summarizedField>Step__c.Effort__c</summarizedField>',
                '<summarizedField>Step__c.Due_Date__c</summarizedField>'
            )
        );
        expectOneError(errors, 'Total_Effort__c.field-meta.xml', /can't sum Step__c\.Due_Date__c: it is Date/);
    });
});

describe('permission sets, layouts, list views', () => {
    const PS = `${SRC}/permissionsets/Fixture_User.permissionset-meta.xml`;

    it('reports a permission set naming a missing field', () => {
        const { errors } = verifyWith((d) => edit(d, PS, '<field>Goal__c.Budget__c</field>', '<field>Goal__c.Budgett__c</field>'));
        expectOneError(
            errors,
            'Fixture_User.permissionset-meta.xml:6:9',
            /permission set Fixture_User names field Goal__c\.Budgett__c, which does not exist; did you mean Goal__c\.Budget__c\?/
        );
    });

    it('reports field permissions on a required (master-detail) field', () => {
        const { errors } = verifyWith((d) => edit(d, PS, '<field>Step__c.Effort__c</field>', '<field>Step__c.Goal__c</field>'));
        expectOneError(errors, 'Fixture_User.permissionset-meta.xml', /sets field permissions on required field Step__c\.Goal__c/);
    });

    // Moved from error to warning: trailheadapps/coral-cloud's Coral_Cloud_Admin deploys edit access on a formula field.
    it('warns about an editable formula field', () => {
        const { errors, warnings } = verifyWith((d) =>
            edit(d, PS, /<editable>false<\/editable>(\s*<field>Goal__c\.Budget_Label__c)/, '<editable>true</editable>$1')
        );
        expect(errors).toEqual([]);
        expect(warnings.filter((w) => /makes Goal__c\.Budget_Label__c editable, but it is a formula field/.test(w))).toHaveLength(1);
    });

    it('reports a detail object readable without its master', () => {
        const { errors } = verifyWith((d) =>
            edit(
                d,
                PS,
                /<objectPermissions>(?:(?!<\/objectPermissions>)[\s\S])*<object>Goal__c<\/object>[\s\S]*?<\/objectPermissions>\s*/,
                ''
            )
        );
        expectOneError(errors, 'Fixture_User.permissionset-meta.xml', /grants read on Step__c but not on its master Goal__c/);
    });

    it('reports a layout placing a missing field and a related list named by relationship', () => {
        const layout = `${SRC}/layouts/Goal__c-Goal Layout.layout-meta.xml`;
        const { errors } = verifyWith((d) => {
            edit(d, layout, '<field>Budget__c</field>', '<field>Budgit__c</field>');
            edit(d, layout, '<relatedList>Step__c.Goal__c</relatedList>', '<relatedList>Steps__r</relatedList>');
        });
        expectOneError(
            errors,
            'Goal Layout.layout-meta.xml',
            /layout Goal__c-Goal Layout places field Budgit__c, which is not a field of Goal__c; did you mean Budget__c\?/
        );
        expectOneError(
            errors,
            'Goal Layout.layout-meta.xml',
            /names related list Steps__r by relationship name.*Write <relatedList>Step__c\.Goal__c<\/relatedList>/
        );
    });

    it('reports a list view column, standard token and filter value that do not exist', () => {
        const view = `${SRC}/objects/Goal__c/listViews/Open_Goals.listView-meta.xml`;
        const { errors } = verifyWith((d) => {
            edit(d, view, '<columns>Budget__c</columns>', '<columns>Budgets__c</columns>');
            edit(d, view, '<columns>CREATED_DATE</columns>', '<columns>CREATED_DAT</columns>');
            edit(d, view, '<value>Open</value>', '<value>Opened</value>');
        });
        expectOneError(
            errors,
            'Open_Goals.listView-meta.xml',
            /names Budgets__c, which is not a field of Goal__c; did you mean Budget__c\?/
        );
        expectOneError(
            errors,
            'Open_Goals.listView-meta.xml',
            /names CREATED_DAT, which is not a known standard column of Goal__c; did you mean CREATED_DATE\?/
        );
        expectOneError(
            errors,
            'Open_Goals.listView-meta.xml',
            /filters Status__c on "Opened", which is not one of its values; did you mean "Open"\?/
        );
    });

    it('reports a compact layout field that does not exist', () => {
        const { errors } = verifyWith((d) =>
            edit(
                d,
                `${SRC}/objects/Goal__c/compactLayouts/Goal_Compact.compactLayout-meta.xml`,
                '<fields>Status__c</fields>',
                '<fields>State__c</fields>'
            )
        );
        expectOneError(
            errors,
            'Goal_Compact.compactLayout-meta.xml',
            /compact layout Goal__c\.Goal_Compact names State__c, which is not a field of Goal__c/
        );
    });
});

describe('components: GraphQL, schema imports, pages', () => {
    it('reports a GraphQL query naming a missing field, on the file line', () => {
        const { errors } = verifyWith((d) => edit(d, COMPONENT, 'Budget__c {', 'Budgett__c {'));
        expectOneError(
            errors,
            'goalPanel.ts:28:29',
            /GraphQL Validation error of type FieldUndefined: Field 'Budgett__c' in type 'Goal__c' is undefined @ 'uiapi\/query\/Goal__c\/edges\/node\/Budgett__c'; did you mean Budget__c\?/
        );
    });

    it('reports a missing child relationship, filter field and fragment field', () => {
        const { errors } = verifyWith((d) => {
            edit(d, COMPONENT, 'Steps__r(first: 20)', 'Step__r(first: 20)');
            edit(d, COMPONENT, 'Status__c: { eq: "Open" }', 'State__c: { eq: "Open" }');
            edit(d, COMPONENT, /Status__c \{\n(\s*)value/, 'Stat__c {\n$1value');
        });
        expectOneError(
            errors,
            'goalPanel.ts:37:29',
            /FieldUndefined: Field 'Step__r' in type 'Goal__c' is undefined .*did you mean Steps__r\?/
        );
        expectOneError(
            errors,
            'goalPanel.ts:23',
            /argument 'where' .* contains a field not in 'Goal__c_Filter': 'State__c'.*did you mean Status__c/
        );
        expectOneError(errors, 'goalPanel.ts:13', /FieldUndefined: Field 'Stat__c' in type 'Goal__c' is undefined/);
    });

    it('reports a mutation writing a roll-up and an unknown object', () => {
        const { errors } = verifyWith((d) => {
            edit(d, COMPONENT, 'Goal__c: { Status__c: "Done" }', 'Goal__c: { Total_Effort__c: 3 }');
            edit(d, COMPONENT, 'Step__cCreate(input: { Step__c:', 'Stepp__cCreate(input: { Stepp__c:');
        });
        expectOneError(
            errors,
            'goalPanel.ts',
            /contains a field not in 'Goal__cUpdateRepresentation': 'Total_Effort__c' .*\(Goal__c\.Total_Effort__c is not writable: Summary\)/
        );
        expectOneError(
            errors,
            'goalPanel.ts',
            /FieldUndefined: Field 'Stepp__cCreate' in type 'UIAPIMutations' is undefined .*did you mean Step__cCreate/
        );
    });

    it('reports aggregate queries naming a missing field or function', () => {
        const { errors } = verifyWith((d) => {
            edit(d, COMPONENT, 'groupBy: { Done__c:', 'groupBy: { Finished__c:');
            edit(d, COMPONENT, /sum \{/, 'total {');
        });
        expectOneError(errors, 'goalPanel.ts', /argument 'groupBy' .* contains a field not in 'Step__c_GroupBy': 'Finished__c'/);
        expectOneError(
            errors,
            'goalPanel.ts',
            /FieldUndefined: Field 'total' in type 'AggregateFieldValue' is undefined @ 'uiapi\/aggregate\/Step__c\/edges\/node\/aggregate\/Effort__c\/total'/
        );
    });

    it('reports GraphQL syntax errors with the file line', () => {
        const { errors } = verifyWith((d) => edit(d, COMPONENT, 'first: 50) {', 'first: 50 {'));
        expectOneError(errors, 'goalPanel.ts:23', /GraphQL syntax error: Invalid Syntax : Expected Name, found "\{"/);
    });

    it('reports an @salesforce/schema import with a broken relationship path', () => {
        const { errors } = verifyWith((d) =>
            edit(d, COMPONENT, 'Goal__c.Opportunity__r.Account.Name', 'Goal__c.Opportunity__c.Account.Name')
        );
        expectOneError(
            errors,
            'goalPanel.ts:4',
            /import @salesforce\/schema\/Goal__c\.Opportunity__c\.Account\.Name: Goal__c has no parent relationship Opportunity__c; did you mean Opportunity__r\?/
        );
    });

    it('reports a flexipage naming a missing component', () => {
        const { errors } = verifyWith((d) =>
            edit(d, `${SRC}/flexipages/Goal_Record_Page.flexipage-meta.xml`, 'c:goalPanel', 'c:goalPanell')
        );
        expectOneError(
            errors,
            'Goal_Record_Page.flexipage-meta.xml',
            /places component c:goalPanell, which is not a bundle under lwc\/; did you mean c:goalPanel\?/
        );
    });

    it('reports a flexipage property the component does not declare', () => {
        const { errors } = verifyWith((d) =>
            edit(d, `${SRC}/flexipages/Goal_Record_Page.flexipage-meta.xml`, '<name>maxGoals</name>', '<name>maxGoal</name>')
        );
        expectOneError(
            errors,
            'Goal_Record_Page.flexipage-meta.xml',
            /sets property maxGoal on c:goalPanel, which its js-meta.xml does not declare for lightning__RecordPage; did you mean maxGoals\?/
        );
    });
});

describe('reports and dashboards', () => {
    it('reports a report naming a missing column', () => {
        const { errors } = verifyWith((d) =>
            edit(d, `${SRC}/reports/Fixture_Reports/Effort_by_Goal.report-meta.xml`, 'Goal__c$Status__c', 'Goal__c$Stage__c')
        );
        expectOneError(
            errors,
            'Effort_by_Goal.report-meta.xml',
            /names column Goal__c\$Stage__c, which report type Goals_with_Steps__c does not offer; did you mean Goal__c\$Status__c\?/
        );
    });

    it('reports a report type joining a missing relationship', () => {
        const { errors } = verifyWith((d) =>
            edit(
                d,
                `${SRC}/reportTypes/Goals_with_Steps.reportType-meta.xml`,
                '<relationship>Steps__r</relationship>',
                '<relationship>Step__r</relationship>'
            )
        );
        expectOneError(
            errors,
            'Goals_with_Steps.reportType-meta.xml',
            /joins Goal__c to Step__r, which is not a child relationship of Goal__c; did you mean Steps__r\?/
        );
    });

    it('reports a dashboard naming a missing report', () => {
        const { errors } = verifyWith((d) =>
            edit(
                d,
                `${SRC}/dashboards/Fixture_Dashboards/Goals_Dashboard.dashboard-meta.xml`,
                'Fixture_Reports/Effort_by_Goal',
                'Fixture_Reports/Effort_By_Goals'
            )
        );
        expectOneError(
            errors,
            'Goals_Dashboard.dashboard-meta.xml',
            /shows report Fixture_Reports\/Effort_By_Goals, which does not exist; did you mean Fixture_Reports\/Effort_by_Goal\?/
        );
    });
});

describe('reports, report types, dashboards, pages and apps: the rules added for the manager surfaces', () => {
    const STD_REPORT = `${SRC}/reports/Fixture_Reports/Open_Deals_Without_Goals.report-meta.xml`;
    const CRT_REPORT = `${SRC}/reports/Fixture_Reports/Effort_by_Goal.report-meta.xml`;
    const REPORT_TYPE = `${SRC}/reportTypes/Goals_with_Steps.reportType-meta.xml`;
    const DASHBOARD = `${SRC}/dashboards/Fixture_Dashboards/Goals_Dashboard.dashboard-meta.xml`;
    const PAGE = `${SRC}/flexipages/Goal_Record_Page.flexipage-meta.xml`;

    it('checks standard report type columns against the checked-in list, with a suggestion', () => {
        const { errors } = verifyWith((d) => edit(d, STD_REPORT, '<field>OPPORTUNITY_NAME</field>', '<field>OPPORTUNITY_NAM</field>'));
        expectOneError(
            errors,
            'Open_Deals_Without_Goals.report-meta.xml',
            /names column OPPORTUNITY_NAM, which standard report type Opportunity does not offer; did you mean OPPORTUNITY_NAME\?/
        );
    });

    it('reports a standard report type the list does not have', () => {
        const { errors } = verifyWith((d) =>
            edit(d, STD_REPORT, '<reportType>Opportunity</reportType>', '<reportType>Opportunities</reportType>')
        );
        expectOneError(
            errors,
            'Open_Deals_Without_Goals.report-meta.xml',
            /uses standard report type Opportunities, which core\/reports\/standard-report-types.json does not list; did you mean Opportunity\?/
        );
    });

    it('resolves custom fields of a standard report type as Object.Field__c', () => {
        const { errors } = verifyWith((d) =>
            edit(
                d,
                STD_REPORT,
                '<field>CLOSE_DATE</field>',
                '<field>CLOSE_DATE</field>\n    </columns>\n    <columns>\n        <field>Opportunity.Budjet__c</field>'
            )
        );
        expectOneError(
            errors,
            'Open_Deals_Without_Goals.report-meta.xml',
            /names column Opportunity.Budjet__c: Opportunity has no field Budjet__c/
        );
    });

    it('reports a grouping that is also a column', () => {
        const { errors } = verifyWith((d) =>
            edit(
                d,
                STD_REPORT,
                '<field>OPPORTUNITY_NAME</field>',
                '<field>OPPORTUNITY_NAME</field>\n    </columns>\n    <columns>\n        <field>FULL_NAME</field>'
            )
        );
        expectOneError(errors, 'Open_Deals_Without_Goals.report-meta.xml', /groups by FULL_NAME and also lists it as a column/);
    });

    it('reports filter values that do not fit the column: picklist, date literal, checkbox', () => {
        const { errors } = verifyWith((d) => {
            edit(d, CRT_REPORT, '<value>Open</value>', '<value>Opened</value>');
            edit(d, STD_REPORT, '<value>THIS_QUARTER</value>', '<value>THIS_QUATER</value>');
            edit(d, STD_REPORT, '<value>0</value>', '<value>no</value>');
        });
        expectOneError(
            errors,
            'Effort_by_Goal.report-meta.xml',
            /filters Goal__c.Status__c on "Opened", which is not one of its picklist values; did you mean Open\?/
        );
        expectOneError(
            errors,
            'Open_Deals_Without_Goals.report-meta.xml',
            /filters date Opportunity.CloseDate on "THIS_QUATER", which is neither a date/
        );
        expectOneError(errors, 'Open_Deals_Without_Goals.report-meta.xml', /filters checkbox Opportunity.IsClosed on "no"/);
    });

    it('reports Sum over a column that is not a number', () => {
        const { errors } = verifyWith((d) =>
            edit(d, STD_REPORT, '<field>CLOSE_DATE</field>', '<aggregateTypes>Sum</aggregateTypes>\n        <field>CLOSE_DATE</field>')
        );
        expectOneError(errors, 'Open_Deals_Without_Goals.report-meta.xml', /summarizes CLOSE_DATE \(Date\) by Sum/);
    });

    it('reports a cross filter on a wrong id column or a join field that points elsewhere', () => {
        const wrongId = verifyWith((d) => edit(d, STD_REPORT, 'OPPORTUNITY_ID', 'ACCOUNT_ID'));
        expectOneError(
            wrongId.errors,
            'Open_Deals_Without_Goals.report-meta.xml',
            /cross filter joins on ACCOUNT_ID, which is not a record id column of standard report type Opportunity/
        );
        const elsewhere = verifyWith((d) =>
            edit(d, STD_REPORT, '<relatedTable>Goal__c</relatedTable>', '<relatedTable>Step__c</relatedTable>')
        );
        expectOneError(
            elsewhere.errors,
            'Open_Deals_Without_Goals.report-meta.xml',
            /cross filter joins on Step__c.Opportunity__c, which does not exist/
        );
    });

    it('reports a description longer than the org accepts', () => {
        const { errors } = verifyWith((d) =>
            edit(d, STD_REPORT, 'Which open deals closing this quarter have no goal yet?', 'x'.repeat(256))
        );
        expectOneError(
            errors,
            'Open_Deals_Without_Goals.report-meta.xml',
            /has a description of 256 characters; the org accepts at most 255/
        );
    });

    it('reports an inner join after an outer join, and a lookup column that does not resolve', () => {
        const { errors } = verifyWith((d) => {
            edit(d, REPORT_TYPE, '<field>CreatedBy</field>', '<field>CreatedByy</field>');
        });
        expectOneError(
            errors,
            'Goals_with_Steps.reportType-meta.xml',
            /column Goal__c.CreatedByy: Goal__c has no field CreatedByy; did you mean CreatedById\?/
        );
    });

    it('reports a chart without sortBy, a summary the report does not make, and overlapping components', () => {
        const { errors } = verifyWith((d) => {
            edit(d, DASHBOARD, /\s*<sortBy>RowLabelAscending<\/sortBy>/, '');
            edit(d, DASHBOARD, '<aggregate>Sum</aggregate>', '<aggregate>Average</aggregate>');
            edit(d, DASHBOARD, '<columnIndex>6</columnIndex>', '<columnIndex>4</columnIndex>');
        });
        expectOneError(
            errors,
            'Goals_Dashboard.dashboard-meta.xml',
            /chart Effort by goal has no <sortBy>; the org refuses chart components without it/
        );
        expectOneError(
            errors,
            'Goals_Dashboard.dashboard-meta.xml',
            /Open pipeline without goals shows the Average of AMOUNT, which report Fixture_Reports\/Open_Deals_Without_Goals does not summarize that way/
        );
        expectOneError(errors, 'Goals_Dashboard.dashboard-meta.xml', /Open pipeline without goals overlaps Effort by goal/);
    });

    it('reports a page property value its declaration does not allow, and a repeated identifier', () => {
        const range = verifyWith((d) => edit(d, PAGE, '<value>5</value>', '<value>50</value>'));
        expectOneError(
            range.errors,
            'Goal_Record_Page.flexipage-meta.xml',
            /sets c:goalPanel property maxGoals to a value its js-meta.xml does not allow: 50 is above the maximum 20/
        );
        const type = verifyWith((d) => edit(d, PAGE, '<value>5</value>', '<value>five</value>'));
        expectOneError(
            type.errors,
            'Goal_Record_Page.flexipage-meta.xml',
            /property maxGoals to a value its js-meta.xml does not allow: "five" is not a whole number/
        );
        const twice = verifyWith((d) =>
            edit(d, PAGE, '<identifier>c_goalPanel</identifier>', '<identifier>force_highlightsPanel</identifier>')
        );
        expectOneError(twice.errors, 'Goal_Record_Page.flexipage-meta.xml', /uses identifier force_highlightsPanel twice/);
    });

    it('reports a misspelled standard tab in an app', () => {
        const { errors } = verifyWith((d) => edit(d, `${SRC}/applications/Fixture_App.app-meta.xml`, 'standard-report', 'standard-Report'));
        expectOneError(
            errors,
            'Fixture_App.app-meta.xml',
            /lists standard tab standard-Report, which is not a standard tab name the verifier knows; did you mean standard-report\?/
        );
    });
});

describe('sample data', () => {
    it('reports sample data naming a missing field', () => {
        const { errors } = verifyWith((d) => edit(d, 'data/sample/Goal__c.json', '"Budget__c"', '"Budjet__c"'));
        expectOneError(
            errors,
            'data/sample/Goal__c.json:7',
            /record GoalAcme sets Goal__c\.Budjet__c, which does not exist; did you mean Budget__c\?/
        );
    });

    it('reports a picklist value, a bad date and a dangling reference', () => {
        const { errors } = verifyWith((d) => {
            edit(d, 'data/sample/Goal__c.json', '"Status__c": "Open"', '"Status__c": "Active"');
            edit(d, 'data/sample/Step__c.json', '"TODAY-3"', '"yesterday"');
            edit(d, 'data/sample/Step__c.json', '"@GoalAcme"', '"@GoalAcne"');
        });
        expectOneError(errors, 'Goal__c.json', /Goal__c\.Status__c is "Active", which is not one of its values/);
        expectOneError(errors, 'Step__c.json', /Step__c\.Due_Date__c is "yesterday", not a date/);
        expectOneError(errors, 'Step__c.json', /refers to @GoalAcne, which no earlier plan entry saves/);
    });

    it('reports a record setting a computed field and one missing its master', () => {
        const { errors } = verifyWith((d) => {
            edit(d, 'data/sample/Goal__c.json', '"Budget__c": 1200,', '"Budget__c": 1200, "Total_Effort__c": 3,');
            edit(d, 'data/sample/Step__c.json', '"Goal__c": "@GoalAcme",', '');
        });
        expectOneError(errors, 'Goal__c.json', /Goal__c\.Total_Effort__c is not writable \(roll-up\)/);
        expectOneError(errors, 'Step__c.json', /lacks required field Goal__c/);
    });
});

describe('object and file housekeeping', () => {
    it('reports a custom object without a description', () => {
        const { errors } = verifyWith((d) =>
            edit(d, `${SRC}/objects/Goal__c/Goal__c.object-meta.xml`, /\s*<description>.*<\/description>/, '')
        );
        expectOneError(errors, 'Goal__c.object-meta.xml', /Goal__c: has no <description>/);
    });

    it('reports a root element that does not match the file type', () => {
        const { errors } = verifyWith((d) => edit(d, `${FIELDS}/Note__c.field-meta.xml`, /CustomField/g, 'CustomObject'));
        expectOneError(errors, 'Note__c.field-meta.xml', /root element <CustomObject> does not match the file type CustomField/);
    });

    it('counts the fixture files without the deleted one', () => {
        const before = verify(VALID).result.files;
        const { result } = verifyWith((d) => remove(d, `${STEP_FIELDS}/Done__c.field-meta.xml`));
        expect(result.files).toBe(before - 1);
    });
});
