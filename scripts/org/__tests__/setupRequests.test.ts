import { EXIT_FAILED, EXIT_OK, runCommand } from '../cli';
import { main as setupMain } from '../setup';
import { FakeOrg } from './fakeOrg';
import { captureIo, TOKEN } from './helpers';

describe('setup against a local fake of the REST API', () => {
    let fake: FakeOrg;
    let userSet: string;
    let rep1: string;

    const setup = async (args: string[]): Promise<{ code: number; out: string; err: string }> => {
        const { io, stdout, stderr } = captureIo({ SF_INSTANCE_URL: fake.url, SF_ACCESS_TOKEN: TOKEN });
        const code = await runCommand(setupMain, args, io, 'npm run setup');
        return { code, out: stdout.join(''), err: stderr.join('') };
    };

    beforeEach(async () => {
        fake = await new FakeOrg(TOKEN).start();
        userSet = fake.insert('PermissionSet', { Name: 'Customer_Outcomes_User' }).Id;
        fake.insert('PermissionSet', { Name: 'Customer_Outcomes_Manager' });
        rep1 = fake.insert('User', { Username: 'rep1@acme.com', IsActive: true }).Id;
        fake.insert('User', { Username: 'rep2@acme.com', IsActive: true });
        fake.insert('User', { Username: 'gone@acme.com', IsActive: false });
        fake.insert('User', { Username: 'admin@co.example', IsActive: true });
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
            "SELECT Id, Username, IsActive FROM User WHERE Username IN ('rep1@acme.com', 'rep2@acme.com')",
            expect.stringMatching(
                /^SELECT AssigneeId, PermissionSetId FROM PermissionSetAssignment WHERE PermissionSetId IN \(.+\) AND AssigneeId IN \(.+\)$/
            )
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

    it('an org connected but no --permission-set is a usage error', async () => {
        const { code, err } = await setup([]);
        expect(code).toBe(EXIT_FAILED);
        expect(err).toContain('--permission-set is required');
    });
});
