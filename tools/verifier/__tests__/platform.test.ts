import { mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { cleanUp, copyFixture, edit, remove, SRC, verify, verifyWith, write } from './helpers';

/**
 * Each relaxation made so that real projects pass still catches the real defect: the platform's
 * names are accepted, a misspelt one is not; policy rules are off without the opt-in file.
 */
afterAll(cleanUp);

const LAYOUT = `${SRC}/layouts/Goal__c-Goal Layout.layout-meta.xml`;
const PS = `${SRC}/permissionsets/Fixture_User.permissionset-meta.xml`;
const LOOKUP = `${SRC}/objects/Goal__c/fields/Opportunity__c.field-meta.xml`;

const matching = (lines: string[], re: RegExp): string[] => lines.filter((l) => re.test(l));

describe('policy rules', () => {
    it('run where .customer-outcomes-verifier.json opts in', () => {
        const { errors } = verifyWith((d) => edit(d, LOOKUP, /\s*<relationshipLabel>Goals<\/relationshipLabel>/, ''));
        expect(matching(errors, /needs <relationshipLabel>/)).toHaveLength(1);
    });

    it('stay off without the file, while deploy rules still run', () => {
        const { errors } = verifyWith((d) => {
            remove(d, '.customer-outcomes-verifier.json');
            edit(d, LOOKUP, /\s*<relationshipLabel>Goals<\/relationshipLabel>/, '');
            edit(d, LOOKUP, /\s*<description>[^<]*<\/description>/, '');
            edit(d, LOOKUP, '<referenceTo>Opportunity</referenceTo>', '<referenceTo>Opportunityy</referenceTo>');
        });
        expect(matching(errors, /relationshipLabel|has no <description>/)).toEqual([]);
        expect(matching(errors, /lookup to unknown object Opportunityy/)).toHaveLength(1);
    });

    it('report a config file that is not valid', () => {
        const { errors } = verifyWith((d) => write(d, '.customer-outcomes-verifier.json', '{"policy": "yes"}'));
        expect(matching(errors, /customer-outcomes-verifier\.json is ignored/)).toHaveLength(1);
    });
});

describe("the platform's own fields", () => {
    it('accept OwnerId and the audit fields on a custom object, not a misspelt field', () => {
        const { errors } = verifyWith((d) =>
            edit(
                d,
                LAYOUT,
                '<field>Status__c</field>',
                '<field>OwnerId</field>\n            </layoutItems>\n            <layoutItems>\n                <behavior>Edit</behavior>\n                <field>OwnerIdd</field>'
            )
        );
        // The only error is the misspelt field: OwnerId itself resolves.
        expect(errors).toHaveLength(1);
        expect(errors[0]).toMatch(/places field OwnerIdd, which is not a field of Goal__c/);
    });

    it('accept standard fields from the catalogue, not unknown ones', () => {
        const { errors } = verifyWith((d) =>
            edit(
                d,
                PS,
                '<fieldPermissions>',
                '<fieldPermissions>\n        <editable>false</editable>\n        <field>Account.Rating</field>\n        <readable>true</readable>\n    </fieldPermissions>\n    <fieldPermissions>\n        <editable>false</editable>\n        <field>Account.Ratingg</field>\n        <readable>true</readable>\n    </fieldPermissions>\n    <fieldPermissions>'
            )
        );
        expect(errors).toHaveLength(1);
        expect(errors[0]).toMatch(/names field Account\.Ratingg, which does not exist/);
    });
});

describe('folder layout', () => {
    it('loads objects from nested folders and from every package directory', () => {
        const dir = copyFixture();
        // Objects under force-app/main/sales/objects, the app's Opportunity lookup in a second package directory.
        mkdirSync(join(dir, 'force-app/main/sales'), { recursive: true });
        renameSync(join(dir, SRC, 'objects'), join(dir, 'force-app/main/sales/objects'));
        write(
            dir,
            'sfdx-project.json',
            JSON.stringify({ packageDirectories: [{ path: 'force-app', default: true }, { path: 'extra' }], sourceApiVersion: '66.0' })
        );
        mkdirSync(join(dir, 'extra/things/objects/Goal__c/fields'), { recursive: true });
        write(
            dir,
            'extra/things/objects/Goal__c/fields/Owner_Note__c.field-meta.xml',
            '<?xml version="1.0" encoding="UTF-8"?>\n<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">\n    <fullName>Owner_Note__c</fullName>\n    <description>A note.</description>\n    <inlineHelpText>A note.</inlineHelpText>\n    <label>Owner Note</label>\n    <length>80</length>\n    <type>Text</type>\n</CustomField>\n'
        );
        const { errors } = verify(dir);
        expect(errors).toEqual([]);
        edit(dir, LAYOUT, '<field>Status__c</field>', '<field>Owner_Note__c</field>');
        expect(verify(dir).errors).toEqual([]);
        edit(dir, LAYOUT, '<field>Owner_Note__c</field>', '<field>Owner_Notes__c</field>');
        expect(matching(verify(dir).errors, /places field Owner_Notes__c/)).toHaveLength(1);
    });
});

describe('automatic custom-object report types', () => {
    const REPORT = `${SRC}/reports/Fixture_Reports/Goals_Auto.report-meta.xml`;
    const report = (columns: string[]): string =>
        `<?xml version="1.0" encoding="UTF-8"?>\n<Report xmlns="http://soap.sforce.com/2006/04/metadata">\n${columns
            .map((c) => `    <columns>\n        <field>${c}</field>\n    </columns>\n`)
            .join(
                ''
            )}    <description>Goals.</description>\n    <format>Tabular</format>\n    <name>Goals Auto</name>\n    <reportType>CustomEntity$Goal__c</reportType>\n    <scope>organization</scope>\n    <showDetails>true</showDetails>\n</Report>\n`;

    it('accept the object and its standard columns', () => {
        const { errors } = verifyWith((d) => write(d, REPORT, report(['CUST_NAME', 'CUST_OWNER_NAME', 'Goal__c.Status__c'])));
        expect(errors).toEqual([]);
    });

    it('check every column against the object', () => {
        const { errors } = verifyWith((d) => write(d, REPORT, report(['CUST_NAME', 'Goal__c.Statuss__c'])));
        expect(matching(errors, /names column Goal__c\.Statuss__c/)).toHaveLength(1);
    });

    it('report an object that does not exist', () => {
        const { errors } = verifyWith((d) =>
            write(d, REPORT, report(['CUST_NAME']).replace('CustomEntity$Goal__c', 'CustomEntity$Gaol__c'))
        );
        expect(matching(errors, /CustomEntity\$Gaol__c/)).toHaveLength(1);
    });
});

describe('standard tabs', () => {
    const APP = `${SRC}/applications/Fixture_App.app-meta.xml`;

    it("accept a standard object's tab and standard-WaveHomeLightning, not a misspelt one", () => {
        const { errors } = verifyWith((d) => {
            edit(
                d,
                APP,
                '<tabs>standard-report</tabs>',
                '<tabs>standard-report</tabs>\n    <tabs>standard-Campaign</tabs>\n    <tabs>standard-WaveHomeLightning</tabs>'
            );
            edit(
                d,
                PS,
                '<tabSettings>',
                '<tabSettings>\n        <tab>standard-Acount</tab>\n        <visibility>Visible</visibility>\n    </tabSettings>\n    <tabSettings>'
            );
        });
        expect(errors).toHaveLength(1);
        expect(errors[0]).toMatch(/standard tab standard-Acount/);
    });
});

describe('lookups to User', () => {
    it('need no relationship label, even under policy (other lookups: see "policy rules")', () => {
        const { errors } = verifyWith((d) => {
            edit(d, LOOKUP, /\s*<relationshipLabel>Goals<\/relationshipLabel>/, '');
            edit(d, LOOKUP, '<referenceTo>Opportunity</referenceTo>', '<referenceTo>User</referenceTo>');
        });
        expect(matching(errors, /relationshipLabel/)).toEqual([]);
    });
});

describe('elements newer than the WSDL', () => {
    const FLOW = `${SRC}/flows/Goal_Flow.flow-meta.xml`;
    const flow = (extra: string): string =>
        `<?xml version="1.0" encoding="UTF-8"?>\n<Flow xmlns="http://soap.sforce.com/2006/04/metadata">\n    <apiVersion>66.0</apiVersion>\n    <areMetricsLoggedToDataCloud>false</areMetricsLoggedToDataCloud>\n    <environments>Default</environments>\n${extra}    <label>Goal Flow</label>\n    <processType>AutoLaunchedFlow</processType>\n    <recordLookups>\n        <name>Find_Goal</name>\n        <label>Find Goal</label>\n        <locationX>0</locationX>\n        <locationY>0</locationY>\n        <filterLogic>and</filterLogic>\n        <getFirstRecordOnly>true</getFirstRecordOnly>\n        <object>Goal__c</object>\n        <storeOutputAutomatically>true</storeOutputAutomatically>\n    </recordLookups>\n    <runInMode>SystemModeWithSharing</runInMode>\n    <status>Draft</status>\n</Flow>\n`;

    it('accept apiVersion, environments, filterLogic and runInMode in a flow', () => {
        const { errors } = verifyWith((d) => {
            mkdirSync(join(d, SRC, 'flows'), { recursive: true });
            write(d, FLOW, flow(''));
        });
        expect(errors).toEqual([]);
    });

    it('still report a misspelt element', () => {
        const { errors } = verifyWith((d) => {
            mkdirSync(join(d, SRC, 'flows'), { recursive: true });
            write(d, FLOW, flow('    <apiVersio>66.0</apiVersio>\n'));
        });
        expect(errors).toHaveLength(1);
        expect(errors[0]).toMatch(/unknown element <apiVersio> in Flow; did you mean apiVersion\?/);
    });
});

describe('custom settings', () => {
    const OBJECT = `${SRC}/objects/Goal__c/Goal__c.object-meta.xml`;

    it('need no plural label, name field or sharing model; a custom object does', () => {
        const strip = (d: string): void => {
            edit(d, OBJECT, /\s*<nameField>[\s\S]*?<\/nameField>/, '');
            edit(d, OBJECT, /\s*<pluralLabel>Goals<\/pluralLabel>/, '');
        };
        const asObject = verifyWith(strip).errors;
        expect(matching(asObject, /has no <pluralLabel>/)).toHaveLength(1);
        expect(matching(asObject, /has no <nameField>/)).toHaveLength(1);
        const asSetting = verifyWith((d) => {
            strip(d);
            edit(d, OBJECT, '<deploymentStatus>', '<customSettingsType>Hierarchy</customSettingsType>\n    <deploymentStatus>');
        }).errors;
        expect(matching(asSetting, /has no <pluralLabel>|has no <nameField>/)).toEqual([]);
    });
});

describe('columns a report defines', () => {
    const REPORT = `${SRC}/reports/Fixture_Reports/Effort_by_Goal.report-meta.xml`;
    const formula =
        '<customDetailFormulas>\n        <calculatedFormula>1</calculatedFormula>\n        <dataType>Double</dataType>\n        <developerName>CDF1</developerName>\n        <label>One</label>\n        <scale>0</scale>\n    </customDetailFormulas>\n    <description>';

    it('resolve a row-level formula column by its developer name, not an undefined one', () => {
        const ok = verifyWith((d) => {
            edit(d, REPORT, '<description>', formula);
            edit(d, REPORT, '<columns>', '<columns>\n        <field>CDF1</field>\n    </columns>\n    <columns>');
        }).errors;
        expect(ok).toEqual([]);
        const bad = verifyWith((d) => {
            edit(d, REPORT, '<description>', formula);
            edit(d, REPORT, '<columns>', '<columns>\n        <field>CDF2</field>\n    </columns>\n    <columns>');
        }).errors;
        expect(bad).toHaveLength(1);
        expect(bad[0]).toMatch(/names column CDF2/);
    });
});

describe('Tooling API namespace', () => {
    it('is a warning, not an error; another namespace is an error', () => {
        const LABELS = `${SRC}/labels/CustomLabels.labels-meta.xml`;
        const tooling = verifyWith((d) =>
            edit(d, LABELS, 'xmlns="http://soap.sforce.com/2006/04/metadata"', 'xmlns="urn:metadata.tooling.soap.sforce.com"')
        );
        expect(tooling.errors).toEqual([]);
        expect(matching(tooling.warnings, /uses the Tooling API namespace/)).toHaveLength(1);
        const other = verifyWith((d) => edit(d, LABELS, 'xmlns="http://soap.sforce.com/2006/04/metadata"', 'xmlns="urn:example"'));
        expect(matching(other.errors, /lacks xmlns/)).toHaveLength(1);
    });
});

describe('related-list columns through a parent lookup', () => {
    it("resolve the parent's fields, by lookup field or by parent object name, and report a missing one", () => {
        const ok = verifyWith((d) =>
            edit(
                d,
                LAYOUT,
                '<fields>Done__c</fields>',
                '<fields>Done__c</fields>\n        <fields>Goal__c.Status__c</fields>\n        <fields>Goal__c.NAME</fields>'
            )
        ).errors;
        expect(ok).toEqual([]);
        const bad = verifyWith((d) =>
            edit(d, LAYOUT, '<fields>Done__c</fields>', '<fields>Done__c</fields>\n        <fields>Goal__c.Statuss__c</fields>')
        ).errors;
        expect(bad).toHaveLength(1);
        expect(bad[0]).toMatch(/names Statuss__c, which is not a field of Goal__c/);
    });
});

describe('standard field files', () => {
    const field = (name: string): string =>
        `<?xml version="1.0" encoding="UTF-8"?>\n<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">\n    <fullName>${name}</fullName>\n    <trackHistory>false</trackHistory>\n</CustomField>\n`;

    it('customise a standard field of a standard object; a name that is no standard field still errors', () => {
        const ok = verifyWith((d) => {
            mkdirSync(join(d, SRC, 'objects/Contact/fields'), { recursive: true });
            write(d, `${SRC}/objects/Contact/fields/AccountId.field-meta.xml`, field('AccountId'));
            // Birthdate: known from the standard-object catalogue, not from standard-objects.json.
            write(d, `${SRC}/objects/Contact/fields/Birthdate.field-meta.xml`, field('Birthdate'));
        }).errors;
        expect(ok).toEqual([]);
        const bad = verifyWith((d) => {
            mkdirSync(join(d, SRC, 'objects/Contact/fields'), { recursive: true });
            write(d, `${SRC}/objects/Contact/fields/AccountIdd.field-meta.xml`, field('AccountIdd'));
        }).errors;
        expect(bad).toHaveLength(1);
        expect(bad[0]).toMatch(/AccountIdd is not a standard field of Contact/);
    });
});

describe('Close Case layouts', () => {
    it('lay out Case fields under the CaseClose name; an unknown object still errors', () => {
        const layout = (fieldName: string): string =>
            `<?xml version="1.0" encoding="UTF-8"?>\n<Layout xmlns="http://soap.sforce.com/2006/04/metadata">\n    <layoutSections>\n        <editHeading>true</editHeading>\n        <label>Case Information</label>\n        <layoutColumns>\n            <layoutItems>\n                <behavior>Edit</behavior>\n                <field>${fieldName}</field>\n            </layoutItems>\n        </layoutColumns>\n        <style>OneColumn</style>\n    </layoutSections>\n</Layout>\n`;
        const ok = verifyWith((d) => write(d, `${SRC}/layouts/CaseClose-Close Case Layout.layout-meta.xml`, layout('Status'))).errors;
        expect(ok).toEqual([]);
        const bad = verifyWith((d) => write(d, `${SRC}/layouts/CaseClosed-Close Case Layout.layout-meta.xml`, layout('Status'))).errors;
        expect(bad).toHaveLength(1);
        expect(bad[0]).toMatch(/is for object CaseClosed, which does not exist/);
    });
});

describe('automatic report types of a parent and its custom child', () => {
    const REPORT = `${SRC}/reports/Fixture_Reports/Goals_Auto.report-meta.xml`;
    const report = (type: string, columns: string[]): string =>
        `<?xml version="1.0" encoding="UTF-8"?>\n<Report xmlns="http://soap.sforce.com/2006/04/metadata">\n${columns
            .map((c) => `    <columns>\n        <field>${c}</field>\n    </columns>\n`)
            .join(
                ''
            )}    <description>Goals.</description>\n    <format>Tabular</format>\n    <name>Goals Auto</name>\n    <reportType>${type}</reportType>\n    <scope>organization</scope>\n    <showDetails>true</showDetails>\n</Report>\n`;

    it('accept a master and its detail (CustomEntityCustomEntity$) and check their columns', () => {
        const ok = verifyWith((d) =>
            write(d, REPORT, report('CustomEntityCustomEntity$Goal__c$Step__c', ['CUST_NAME', 'CHILD_NAME', 'Step__c.Effort__c']))
        ).errors;
        expect(ok).toEqual([]);
        const bad = verifyWith((d) =>
            write(d, REPORT, report('CustomEntityCustomEntity$Goal__c$Step__c', ['CHILD_NAME', 'Step__c.Efort__c']))
        ).errors;
        expect(bad).toHaveLength(1);
        expect(bad[0]).toMatch(/names column Step__c\.Efort__c/);
    });

    it('accept a standard parent with its custom child (OpportunityCustomEntity$) and its list of columns', () => {
        const ok = verifyWith((d) =>
            write(d, REPORT, report('OpportunityCustomEntity$Goal__c', ['OPPORTUNITY_NAME', 'CHILD_NAME', 'Goal__c.Status__c']))
        ).errors;
        expect(ok).toEqual([]);
        const bad = verifyWith((d) => write(d, REPORT, report('AccountCustomEntity$Goal__c', ['CHILD_NAME']))).errors;
        expect(bad).toHaveLength(1);
        expect(bad[0]).toMatch(/AccountCustomEntity\$Goal__c/);
    });
});

describe('geolocation components', () => {
    // SOAP API Developer Guide, "Compound Field Considerations and Limitations"
    // (https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/compound_fields_limitations.htm):
    // a geolocation field's parts are read by appending __latitude__s / __longitude__s to its name.
    const GOAL_FIELDS = `${SRC}/objects/Goal__c/fields`;
    const STEP_FIELDS = `${SRC}/objects/Step__c/fields`;
    const field = (name: string, body: string): string =>
        `<?xml version="1.0" encoding="UTF-8"?>\n<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">\n    <fullName>${name}</fullName>\n${body}\n</CustomField>\n`;
    const withSite = (d: string, formula: string): void => {
        remove(d, '.customer-outcomes-verifier.json');
        write(
            d,
            `${GOAL_FIELDS}/Site__c.field-meta.xml`,
            field(
                'Site__c',
                '    <displayLocationInDecimal>true</displayLocationInDecimal>\n    <label>Site</label>\n    <scale>5</scale>\n    <type>Location</type>'
            )
        );
        write(
            d,
            `${STEP_FIELDS}/Site_Latitude__c.field-meta.xml`,
            field(
                'Site_Latitude__c',
                `    <formula>${formula}</formula>\n    <label>Site Latitude</label>\n    <precision>18</precision>\n    <scale>5</scale>\n    <type>Number</type>`
            )
        );
    };

    it('resolve __Latitude__s and __Longitude__s of a Location field, also across a relationship; not a misspelt part', () => {
        const ok = verifyWith((d) => withSite(d, 'Goal__r.Site__Latitude__s + Goal__r.Site__Longitude__s')).errors;
        expect(ok).toEqual([]);
        const bad = verifyWith((d) => withSite(d, 'Goal__r.Site__Latitud__s')).errors;
        expect(bad).toHaveLength(1);
        expect(bad[0]).toMatch(/names Goal__r\.Site__Latitud__s: Goal__c has no field Site__Latitud__s; did you mean Site__Latitude__s\?/);
    });

    it('exist only for Location fields', () => {
        const bad = verifyWith((d) => withSite(d, 'Goal__r.Budget__Latitude__s')).errors;
        expect(bad).toHaveLength(1);
        expect(bad[0]).toMatch(/Goal__c has no field Budget__Latitude__s/);
    });
});

describe('owner spans', () => {
    // Salesforce Help, "What Is a Cross-Object Formula?" ("Using the Owner Field"): where a queue may own
    // the record (custom objects, Lead, Case), a formula names the owner's type: Owner:User.Email,
    // Owner:Queue.QueueEmail.
    const FORMULA = `${SRC}/objects/Goal__c/fields/Owner_Email__c.field-meta.xml`;
    const ownerFormula = (d: string, formula: string): void => {
        remove(d, '.customer-outcomes-verifier.json');
        write(
            d,
            FORMULA,
            `<?xml version="1.0" encoding="UTF-8"?>\n<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">\n    <fullName>Owner_Email__c</fullName>\n    <formula>${formula}</formula>\n    <label>Owner Email</label>\n    <type>Text</type>\n</CustomField>\n`
        );
    };

    it('accept Owner:User and Owner:Queue on a custom object', () => {
        const { errors } = verifyWith((d) => ownerFormula(d, 'IF(ISBLANK(Owner:User.Id), Owner:Queue.QueueEmail, Owner:User.Email)'));
        expect(errors).toEqual([]);
    });

    it('report an owner type the field cannot hold, and a field the queue does not have', () => {
        const wrongType = verifyWith((d) => ownerFormula(d, 'Owner:Account.Name')).errors;
        expect(wrongType).toHaveLength(1);
        expect(wrongType[0]).toMatch(/Goal__c\.OwnerId cannot point to Account/);
        const wrongField = verifyWith((d) => ownerFormula(d, 'Owner:Queue.QueueMail')).errors;
        expect(wrongField).toHaveLength(1);
        expect(wrongField[0]).toMatch(/Queue has no field QueueMail; did you mean QueueEmail\?/);
    });

    it('offer no queue on a detail object, which has no owner', () => {
        const { errors } = verifyWith((d) => {
            ownerFormula(d, 'Owner:Queue.QueueEmail');
            renameSync(join(d, FORMULA), join(d, `${SRC}/objects/Step__c/fields/Owner_Email__c.field-meta.xml`));
        });
        expect(errors).toHaveLength(1);
        expect(errors[0]).toMatch(/Step__c has no parent relationship Owner/);
    });
});

describe('hierarchy custom settings, custom permissions and dependent picklists', () => {
    // Salesforce Help, "Access Custom Settings with Code": formulas read hierarchy custom settings as
    // $Setup.Setting__c.Field__c, not list ones. Visualforce Developer Guide, "$Permission": the user's access
    // to the org's custom permissions. Metadata API Developer Guide, meta_permissionset.htm: customPermissions,
    // customSettingAccesses. customfield.htm (ValueSet): controllingField and valueSettings.
    const OBJECTS = `${SRC}/objects`;
    const xml = (root: string, body: string): string =>
        `<?xml version="1.0" encoding="UTF-8"?>\n<${root} xmlns="http://soap.sforce.com/2006/04/metadata">\n${body}\n</${root}>\n`;
    const withSettings = (d: string, kind = 'Hierarchy'): void => {
        remove(d, '.customer-outcomes-verifier.json');
        mkdirSync(join(d, `${OBJECTS}/Prefs__c/fields`), { recursive: true });
        write(
            d,
            `${OBJECTS}/Prefs__c/Prefs__c.object-meta.xml`,
            xml(
                'CustomObject',
                `    <customSettingsType>${kind}</customSettingsType>\n    <label>Prefs</label>\n    <visibility>Public</visibility>`
            )
        );
        write(
            d,
            `${OBJECTS}/Prefs__c/fields/Limit__c.field-meta.xml`,
            xml(
                'CustomField',
                '    <fullName>Limit__c</fullName>\n    <label>Limit</label>\n    <precision>5</precision>\n    <scale>0</scale>\n    <type>Number</type>'
            )
        );
        mkdirSync(join(d, `${SRC}/customPermissions`), { recursive: true });
        write(
            d,
            `${SRC}/customPermissions/Approve_Goals.customPermission-meta.xml`,
            xml('CustomPermission', '    <label>Approve Goals</label>')
        );
    };
    const formula = (d: string, expression: string, type = 'Checkbox'): void =>
        write(
            d,
            `${OBJECTS}/Goal__c/fields/Check__c.field-meta.xml`,
            xml(
                'CustomField',
                `    <fullName>Check__c</fullName>\n    <formula>${expression}</formula>\n    <label>Check</label>\n    <type>${type}</type>`
            )
        );

    it('accept $Setup of a hierarchy setting and $Permission of a custom permission', () => {
        const { errors } = verifyWith((d) => {
            withSettings(d);
            formula(d, '$Permission.Approve_Goals &amp;&amp; Budget__c &gt; $Setup.Prefs__c.Limit__c');
        });
        expect(errors).toEqual([]);
    });

    it('report a misspelt setting field, a list setting and a misspelt permission', () => {
        const field = verifyWith((d) => {
            withSettings(d);
            formula(d, 'Budget__c &gt; $Setup.Prefs__c.Limitt__c');
        }).errors;
        expect(field).toHaveLength(1);
        expect(field[0]).toMatch(/names \$Setup\.Prefs__c\.Limitt__c, which is not a field of Prefs__c; did you mean Limit__c\?/);
        const list = verifyWith((d) => {
            withSettings(d, 'List');
            formula(d, 'Budget__c &gt; $Setup.Prefs__c.Limit__c');
        }).errors;
        expect(list).toHaveLength(1);
        expect(list[0]).toMatch(/\$Setup\.Prefs__c, which is not a hierarchy custom setting .*list custom setting/);
        const permission = verifyWith((d) => {
            withSettings(d);
            formula(d, '$Permission.Approve_Goal');
        }).errors;
        expect(permission).toHaveLength(1);
        expect(permission[0]).toMatch(
            /\$Permission\.Approve_Goal, which is not a custom permission in the package; did you mean Approve_Goals\?/
        );
    });

    it("accept a managed package's namespaced setting and permission", () => {
        const { errors } = verifyWith((d) => {
            withSettings(d);
            formula(d, '$Permission.pkg__Approve &amp;&amp; Budget__c &gt; $Setup.pkg__Prefs__c.pkg__Limit__c');
        });
        expect(errors).toEqual([]);
    });

    it('check custom permissions and custom settings a permission set names', () => {
        const grant = (name: string, setting: string) => (d: string) => {
            withSettings(d);
            edit(
                d,
                PS,
                '<fieldPermissions>',
                `<customPermissions>\n        <enabled>true</enabled>\n        <name>${name}</name>\n    </customPermissions>\n    <customSettingAccesses>\n        <enabled>true</enabled>\n        <name>${setting}</name>\n    </customSettingAccesses>\n    <fieldPermissions>`
            );
        };
        expect(verifyWith(grant('Approve_Goals', 'Prefs__c')).errors).toEqual([]);
        const bad = verifyWith(grant('Approve_Goal', 'Goal__c')).errors;
        expect(bad).toHaveLength(2);
        expect(bad.join('\n')).toMatch(/names custom permission Approve_Goal, which is not in the package; did you mean Approve_Goals\?/);
        expect(bad.join('\n')).toMatch(/grants custom setting Goal__c, which is not a custom setting in the package/);
    });

    it('check the controlling field of a dependent picklist and its controlling values', () => {
        const dependent = (controlling: string, value: string) => (d: string) => {
            remove(d, '.customer-outcomes-verifier.json');
            write(
                d,
                `${OBJECTS}/Goal__c/fields/Reason__c.field-meta.xml`,
                xml(
                    'CustomField',
                    `    <fullName>Reason__c</fullName>\n    <label>Reason</label>\n    <type>Picklist</type>\n    <valueSet>\n        <controllingField>${controlling}</controllingField>\n        <valueSetDefinition>\n            <value>\n                <fullName>Won</fullName>\n                <default>false</default>\n                <label>Won</label>\n            </value>\n        </valueSetDefinition>\n        <valueSettings>\n            <controllingFieldValue>${value}</controllingFieldValue>\n            <valueName>Won</valueName>\n        </valueSettings>\n    </valueSet>`
                )
            );
        };
        expect(verifyWith(dependent('Status__c', 'Done')).errors).toEqual([]);
        const field = verifyWith(dependent('Statuss__c', 'Done')).errors;
        expect(field).toHaveLength(1);
        expect(field[0]).toMatch(/controllingField Statuss__c is not a field of Goal__c; did you mean Status__c\?/);
        const value = verifyWith(dependent('Status__c', 'Closed')).errors;
        expect(value).toHaveLength(1);
        expect(value[0]).toMatch(/controllingFieldValue "Closed" is not a value of Goal__c\.Status__c/);
    });
});
