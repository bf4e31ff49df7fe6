import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { accessNeeds } from '../accessCheck';
import { EXIT_FAILED, EXIT_OK, REPO_ROOT, runCommand } from '../cli';
import { main as setupMain } from '../setup';
import { FakeOrg } from './fakeOrg';
import { captureIo, TOKEN } from './helpers';

/** A profile and the permission set it owns (PermissionSet.IsOwnedByProfile), with Opportunity Edit or not. */
function profile(fake: FakeOrg, name: string, opportunityEdit: boolean): string {
    const id = fake.insert('Profile', { Name: name }).Id;
    const owned = fake.insert('PermissionSet', { Name: `X00e_${name.replace(/\W/g, '')}`, IsOwnedByProfile: true, ProfileId: id }).Id;
    fake.insert('ObjectPermissions', {
        ParentId: owned,
        SobjectType: 'Opportunity',
        PermissionsRead: true,
        PermissionsEdit: opportunityEdit
    });
    return id;
}

/** The Opportunity fields the user permission set lets reps edit, read from its XML. */
const USER_SET_XML = readFileSync(
    join(REPO_ROOT, 'force-app', 'main', 'default', 'permissionsets', 'Customer_Outcomes_User.permissionset-meta.xml'),
    'utf8'
);
const REP_EDITED_OPPORTUNITY_FIELDS = [
    ...USER_SET_XML.matchAll(/<fieldPermissions>\s*<editable>true<\/editable>\s*<field>(Opportunity\.[^<]+)<\/field>/g)
].map((m) => m[1]!);
const FIELD_NEEDS = accessNeeds(REPO_ROOT, 'Customer_Outcomes_User').filter((n) => n.kind === 'field');
/** "editing <label> (<field>)" for each field reps edit, as setup names them. */
const EDITING = FIELD_NEEDS.map((n) => n.for.join('; ')).join('; ');

/** What a deploy of the package's permission set puts in the org for the Opportunity fields reps write. */
function followUpFieldEdit(fake: FakeOrg, permissionSetId: string, editable = true): void {
    for (const field of REP_EDITED_OPPORTUNITY_FIELDS) {
        fake.insert('FieldPermissions', {
            ParentId: permissionSetId,
            SobjectType: 'Opportunity',
            Field: field,
            PermissionsRead: true,
            PermissionsEdit: editable
        });
    }
}

describe('setup against a local fake of the REST API', () => {
    let fake: FakeOrg;
    let userSet: string;
    let rep1: string;
    let readOnly: string;

    const setup = async (args: string[]): Promise<{ code: number; out: string; err: string }> => {
        const { io, stdout, stderr } = captureIo({ SF_INSTANCE_URL: fake.url, SF_ACCESS_TOKEN: TOKEN });
        const code = await runCommand(setupMain, args, io, 'npm run setup');
        return { code, out: stdout.join(''), err: stderr.join('') };
    };

    beforeEach(async () => {
        fake = await new FakeOrg(TOKEN).start();
        userSet = fake.insert('PermissionSet', { Name: 'Customer_Outcomes_User' }).Id;
        const managerSet = fake.insert('PermissionSet', { Name: 'Customer_Outcomes_Manager' }).Id;
        followUpFieldEdit(fake, userSet);
        followUpFieldEdit(fake, managerSet);
        const standard = profile(fake, 'Standard User', true);
        readOnly = profile(fake, 'Read Only', false);
        rep1 = fake.insert('User', { Username: 'rep1@acme.com', IsActive: true, ProfileId: standard }).Id;
        fake.insert('User', { Username: 'rep2@acme.com', IsActive: true, ProfileId: standard });
        fake.insert('User', { Username: 'gone@acme.com', IsActive: false, ProfileId: standard });
        fake.insert('User', { Username: 'admin@co.example', IsActive: true, ProfileId: standard });
        fake.insert('User', { Username: 'viewer@acme.com', IsActive: true, ProfileId: readOnly });
        fake.insert('PermissionSetAssignment', { AssigneeId: rep1, PermissionSetId: userSet });
    });
    afterEach(() => fake.stop());

    it('reads the existing assignments first and creates only the missing ones, in one sObject Collections request', async () => {
        const { code, out } = await setup([
            '--permission-set',
            'Customer_Outcomes_User,Customer_Outcomes_Manager',
            '--users',
            'rep1@acme.com,rep2@acme.com'
        ]);
        expect(code).toBe(EXIT_OK);
        const queries = fake.calls('GET', '/v66.0/query').map((r) => r.search.get('q'));
        expect(queries).toEqual([
            "SELECT Id, Name FROM PermissionSet WHERE Name IN ('Customer_Outcomes_User', 'Customer_Outcomes_Manager')",
            "SELECT Id, Username, IsActive, ProfileId, Profile.Name FROM User WHERE Username IN ('rep1@acme.com', 'rep2@acme.com')",
            expect.stringMatching(
                /^SELECT AssigneeId, PermissionSetId FROM PermissionSetAssignment WHERE PermissionSetId IN \(.+\) AND AssigneeId IN \(.+\)$/
            ),
            // Then the access check, once for both users (they hold the same sets).
            expect.stringMatching(/^SELECT AssigneeId, PermissionSetId FROM PermissionSetAssignment WHERE AssigneeId IN \(.+\)$/),
            expect.stringMatching(/^SELECT Id, ProfileId FROM PermissionSet WHERE IsOwnedByProfile = true AND ProfileId IN \('00e.+'\)$/),
            expect.stringMatching(
                /^SELECT ParentId, SobjectType, PermissionsEdit FROM ObjectPermissions WHERE ParentId IN \(.+\) AND SobjectType IN \('Opportunity'\)$/
            ),
            expect.stringMatching(
                new RegExp(
                    `^SELECT ParentId, Field, PermissionsEdit FROM FieldPermissions WHERE ParentId IN \\(.+\\) AND Field IN \\(${REP_EDITED_OPPORTUNITY_FIELDS.map((f) => `'${f}'`).join(', ')}\\)$`
                )
            ),
            // Then the reminder job: not scheduled yet (scheduled, then read again for its next run).
            "SELECT Id, NextFireTime, State FROM CronTrigger WHERE CronJobDetail.Name = 'Customer Outcomes follow-up reminders'",
            "SELECT Id, NextFireTime, State FROM CronTrigger WHERE CronJobDetail.Name = 'Customer Outcomes follow-up reminders'"
        ]);
        const posts = fake.calls('POST', '/v66.0/composite/sobjects');
        expect(posts).toHaveLength(1);
        expect(posts[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
        const body = posts[0]!.body as { allOrNone: boolean; records: { attributes: { type: string } }[] };
        expect(body.allOrNone).toBe(false);
        expect(body.records).toHaveLength(3);
        expect(body.records.every((r) => r.attributes.type === 'PermissionSetAssignment')).toBe(true);
        expect(fake.all('PermissionSetAssignment')).toHaveLength(4);
        expect(out).toContain('Customer_Outcomes_User → rep1@acme.com: already assigned');
        expect(out).toContain('Customer_Outcomes_Manager → rep2@acme.com: assigned');
        expect(out).toContain('3 assigned, 1 already assigned, 0 failed.');
        expect(out).toContain(
            `rep2@acme.com: has the access the package needs from outside it (Edit on Opportunity, ${REP_EDITED_OPPORTUNITY_FIELDS.map((f) => `edit access to ${f}`).join(', ')}).`
        );
        expect(out).toContain('Access: 2 of 2 user(s) ready.');
        expect(out).not.toContain(TOKEN);
    });

    it('is idempotent: the second run creates nothing', async () => {
        const args = [
            '--permission-set',
            'Customer_Outcomes_User',
            '--permission-set',
            'Customer_Outcomes_Manager',
            '--users',
            'rep2@acme.com'
        ];
        await setup(args);
        const { code, out } = await setup(args);
        expect(code).toBe(EXIT_OK);
        expect(fake.calls('POST', '/v66.0/composite/sobjects')).toHaveLength(1);
        expect(out).toContain('0 assigned, 2 already assigned, 0 failed.');
    });

    it('without --users assigns the connected user (userinfo)', async () => {
        const { code, out } = await setup(['--permission-set', 'Customer_Outcomes_User']);
        expect(code).toBe(EXIT_OK);
        expect(out).toContain('Customer_Outcomes_User → admin@co.example: assigned');
    });

    it('fails clearly for a permission set not deployed, an unknown user, an inactive user', async () => {
        const missingSet = await setup(['--permission-set', 'Customer_Outcomes_Admin', '--users', 'rep1@acme.com']);
        expect(missingSet.code).toBe(EXIT_FAILED);
        expect(missingSet.err).toContain('permission set(s) not in the org: Customer_Outcomes_Admin (deploy first');
        const unknownUser = await setup(['--permission-set', 'Customer_Outcomes_User', '--users', 'nobody@acme.com']);
        expect(unknownUser.err).toContain('user(s) not found: nobody@acme.com');
        const inactive = await setup(['--permission-set', 'Customer_Outcomes_User', '--users', 'gone@acme.com,rep2@acme.com']);
        expect(inactive.code).toBe(EXIT_FAILED);
        expect(inactive.err).toContain('Customer_Outcomes_User → gone@acme.com: failed (the user is inactive)');
        expect(inactive.out).toContain('Customer_Outcomes_User → rep2@acme.com: assigned');
    });

    describe('the access the permission sets rely on but do not grant (Edit on Opportunity, from the profile)', () => {
        it('derives the needs from force-app: the check-in master-detail and the Opportunity field reps write', () => {
            const needs = accessNeeds(REPO_ROOT, 'Customer_Outcomes_User');
            expect(REP_EDITED_OPPORTUNITY_FIELDS).toContain('Opportunity.Follow_Up_Complete__c');
            const fieldNeeds = REP_EDITED_OPPORTUNITY_FIELDS.map((field) => {
                const need = needs.find((n) => n.kind === 'field' && n.field === field);
                const label = need?.kind === 'field' ? need.fieldLabel : undefined;
                expect(label).toBeTruthy();
                return { kind: 'field', object: 'Opportunity', field, fieldLabel: label, for: [`editing ${label} (${field})`] };
            });
            expect(needs).toEqual([
                {
                    kind: 'object',
                    object: 'Opportunity',
                    objectLabel: 'Opportunity',
                    for: [
                        'saving Success Check-In records (master-detail Success_Check_In__c.Opportunity__c needs Read/Write on the Opportunity)',
                        ...fieldNeeds.flatMap((n) => n.for)
                    ]
                },
                ...fieldNeeds
            ]);
            expect(accessNeeds(REPO_ROOT, 'Not_In_This_Package')).toEqual([]);
        });

        it('needs nothing from the profile when the master-detail only requires Read on the master and no outside field is editable', () => {
            const root = mkdtempSync(join(tmpdir(), 'co-access-'));
            try {
                const src = join(root, 'force-app', 'main', 'default');
                const field = join(src, 'objects', 'Visit__c', 'fields');
                mkdirSync(field, { recursive: true });
                mkdirSync(join(src, 'permissionsets'));
                writeFileSync(
                    join(src, 'objects', 'Visit__c', 'Visit__c.object-meta.xml'),
                    '<?xml version="1.0" encoding="UTF-8"?><CustomObject xmlns="http://soap.sforce.com/2006/04/metadata"><label>Visit</label><pluralLabel>Visits</pluralLabel><sharingModel>ControlledByParent</sharingModel></CustomObject>'
                );
                const masterDetail = (writeRequiresMasterRead: boolean): string =>
                    `<?xml version="1.0" encoding="UTF-8"?><CustomField xmlns="http://soap.sforce.com/2006/04/metadata"><fullName>Opportunity__c</fullName><label>Opportunity</label><referenceTo>Opportunity</referenceTo><relationshipName>Visits</relationshipName><type>MasterDetail</type><writeRequiresMasterRead>${writeRequiresMasterRead}</writeRequiresMasterRead></CustomField>`;
                writeFileSync(join(field, 'Opportunity__c.field-meta.xml'), masterDetail(true));
                writeFileSync(
                    join(src, 'permissionsets', 'Visits.permissionset-meta.xml'),
                    '<?xml version="1.0" encoding="UTF-8"?><PermissionSet xmlns="http://soap.sforce.com/2006/04/metadata"><label>Visits</label><objectPermissions><allowCreate>true</allowCreate><allowDelete>false</allowDelete><allowEdit>true</allowEdit><allowRead>true</allowRead><modifyAllRecords>false</modifyAllRecords><object>Visit__c</object><viewAllRecords>false</viewAllRecords></objectPermissions></PermissionSet>'
                );
                expect(accessNeeds(root, 'Visits')).toEqual([]);
                // The same field requiring Read/Write on the master: now Edit on Opportunity is needed.
                writeFileSync(join(field, 'Opportunity__c.field-meta.xml'), masterDetail(false));
                expect(accessNeeds(root, 'Visits').map((n) => n.kind === 'object' && n.object)).toEqual(['Opportunity']);
            } finally {
                rmSync(root, { recursive: true, force: true });
            }
        });

        it('names a user whose profile grants only Read on Opportunity, what it is needed for and where to grant it; exits 1', async () => {
            const { code, out, err } = await setup([
                '--permission-set',
                'Customer_Outcomes_User',
                '--users',
                'viewer@acme.com,rep2@acme.com'
            ]);
            expect(code).toBe(EXIT_FAILED);
            expect(out).toContain('Customer_Outcomes_User → viewer@acme.com: assigned');
            expect(err).toContain(
                `viewer@acme.com: no Edit on Opportunity, needed for saving Success Check-In records (master-detail Success_Check_In__c.Opportunity__c needs Read/Write on the Opportunity); ${EDITING}. Grant it in Setup → Profiles → Read Only → Object Settings → Opportunity → Edit, or assign a permission set granting Edit on Opportunity`
            );
            expect(err).not.toContain('rep2@acme.com');
            expect(out).toContain('rep2@acme.com: has the access the package needs from outside it');
            expect(out).toContain('Access: 1 of 2 user(s) ready.');
        });

        it('counts Edit granted by any permission set the user holds, not only the profile', async () => {
            const salesEdit = fake.insert('PermissionSet', { Name: 'Sales_Opportunity_Edit' }).Id;
            fake.insert('ObjectPermissions', {
                ParentId: salesEdit,
                SobjectType: 'Opportunity',
                PermissionsRead: true,
                PermissionsEdit: true
            });
            const viewer = fake.all('User').find((u) => u.Username === 'viewer@acme.com')!.Id;
            fake.insert('PermissionSetAssignment', { AssigneeId: viewer, PermissionSetId: salesEdit });
            const { code, out, err } = await setup(['--permission-set', 'Customer_Outcomes_User', '--users', 'viewer@acme.com']);
            expect({ code, err }).toEqual({ code: EXIT_OK, err: '' });
            expect(out).toContain('viewer@acme.com: has the access the package needs from outside it');
        });

        it('names a missing edit permission on the field the rep writes (e.g. the set deployed without it)', async () => {
            for (const row of fake.all('FieldPermissions')) fake.delete(row.Id);
            followUpFieldEdit(fake, userSet, false);
            const { code, err } = await setup(['--permission-set', 'Customer_Outcomes_User', '--users', 'rep2@acme.com']);
            expect(code).toBe(EXIT_FAILED);
            expect(err).toContain(
                'rep2@acme.com: cannot edit the field Follow-Up Complete (Opportunity.Follow_Up_Complete__c), needed for editing Follow-Up Complete (Opportunity.Follow_Up_Complete__c). Grant edit field-level security on it in profile "Standard User" or a permission set'
            );
            expect(err).not.toContain('no Edit on Opportunity');
        });

        it('says so when the org refuses the permission queries, and exits 1', async () => {
            const original = fake.query.bind(fake);
            jest.spyOn(fake, 'query').mockImplementation((soql: string) => {
                if (soql.includes('FROM ObjectPermissions')) throw new Error("sObject type 'ObjectPermissions' is not supported.");
                return original(soql);
            });
            const { code, err } = await setup(['--permission-set', 'Customer_Outcomes_User', '--users', 'rep2@acme.com']);
            expect(code).toBe(EXIT_FAILED);
            expect(err).toContain(
                "Could not check the users' access (reading ObjectPermissions and FieldPermissions needs View Setup and Configuration)"
            );
            expect(err).toContain("sObject type 'ObjectPermissions' is not supported.");
        });
    });

    it('an org connected but no --permission-set is a usage error', async () => {
        const { code, err } = await setup([]);
        expect(code).toBe(EXIT_FAILED);
        expect(err).toContain('--permission-set is required');
    });
});
