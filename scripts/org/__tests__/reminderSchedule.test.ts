import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT_FAILED, EXIT_OK, REPO_ROOT, runCommand } from '../cli';
import { HOW_TO_STOP, planReminderSchedule, reminderJobFacts } from '../reminderSchedule';
import { main as setupMain } from '../setup';
import { FakeOrg } from './fakeOrg';
import { captureIo, TOKEN } from './helpers';

const FACTS = reminderJobFacts(REPO_ROOT);
const JOB_SOURCE = readFileSync(join(REPO_ROOT, 'force-app/main/default/classes/FollowUpReminderJob.cls'), 'utf8');

describe('the reminder schedule, decided offline', () => {
    it("reads the job's name and daily schedule from the Apex class", () => {
        expect(FACTS.className).toBe('FollowUpReminderJob');
        expect(JOB_SOURCE).toContain(`JOB_NAME = '${FACTS.jobName}'`);
        expect(FACTS.cron).toBe('0 0 6 * * ?');
    });

    it('schedules when no job of that name exists, keeps one that does, unschedules every one on request', () => {
        const job = { id: '08e000000000001AAA', nextFireTime: '2026-01-02T14:00:00.000+0000', state: 'WAITING' };
        expect(planReminderSchedule(FACTS, [], false)).toEqual({
            action: 'schedule',
            apex: `System.schedule('${FACTS.jobName}', '0 0 6 * * ?', new FollowUpReminderJob());`
        });
        expect(planReminderSchedule(FACTS, [job], false)).toEqual({ action: 'keep', job });
        expect(planReminderSchedule(FACTS, [job], true)).toEqual({
            action: 'unschedule',
            jobs: [job],
            apex: `System.abortJob('${job.id}');`
        });
        expect(planReminderSchedule(FACTS, [], true)).toEqual({ action: 'nothing to unschedule' });
    });
});

describe('npm run setup schedules the reminder job against a local fake of the REST API', () => {
    let fake: FakeOrg;
    const setup = async (args: string[]): Promise<{ code: number; out: string; err: string }> => {
        const { io, stdout, stderr } = captureIo({ SF_INSTANCE_URL: fake.url, SF_ACCESS_TOKEN: TOKEN });
        const code = await runCommand(setupMain, args, io, 'npm run setup');
        return { code, out: stdout.join(''), err: stderr.join('') };
    };
    const ASSIGN = ['--permission-set', 'Customer_Outcomes_Admin'];

    beforeEach(async () => {
        fake = await new FakeOrg(TOKEN).start();
        fake.insert('PermissionSet', { Name: 'Customer_Outcomes_Admin' });
        fake.insert('User', { Username: 'admin@co.example', IsActive: true });
    });
    afterEach(() => fake.stop());

    it('schedules once: the second run finds the job and says when it runs next', async () => {
        const first = await setup(ASSIGN);
        expect(first.err).not.toContain('Reminders');
        expect(first.out).toContain(
            `Reminders: scheduled "${FACTS.jobName}" daily at 06:00 (your time zone); next run 2026-01-02T14:00:00.000+0000.`
        );
        expect(first.out).toContain(HOW_TO_STOP);
        const second = await setup(ASSIGN);
        expect(second.out).toContain(
            `Reminders: "${FACTS.jobName}" is already scheduled (WAITING); next run 2026-01-02T14:00:00.000+0000.`
        );
        expect(fake.calls('GET', '/tooling/executeAnonymous')).toHaveLength(1);
        expect(fake.all('CronTrigger')).toHaveLength(1);
    });

    it('--unschedule-reminders aborts the job and assigns nothing; again, says there is nothing to unschedule', async () => {
        await setup(ASSIGN);
        const assignments = fake.calls('POST', '/composite/sobjects').length;
        const stop = await setup(['--unschedule-reminders']);
        expect(stop.code).toBe(EXIT_OK);
        expect(stop.out).toContain(`Reminders: unscheduled "${FACTS.jobName}" (1 job).`);
        expect(fake.all('CronTrigger')).toHaveLength(0);
        expect(fake.calls('POST', '/composite/sobjects')).toHaveLength(assignments);
        const again = await setup(['--unschedule-reminders']);
        expect(again.out).toContain('is not scheduled; nothing to unschedule.');
    });

    it('a class the org does not have fails with the compile problem and exit 1', async () => {
        fake.anonymousApex = () => ({ compiled: false, success: false, compileProblem: 'Invalid type: FollowUpReminderJob' });
        const { code, err } = await setup(ASSIGN);
        expect(code).toBe(EXIT_FAILED);
        expect(err).toContain('Reminders: anonymous Apex did not compile (line -1): Invalid type: FollowUpReminderJob (deploy first');
    });

    it('--unschedule-reminders with --permission-set is a usage error', async () => {
        const { code, err } = await setup(['--unschedule-reminders', ...ASSIGN]);
        expect(code).toBe(EXIT_FAILED);
        expect(err).toContain('--unschedule-reminders takes no --permission-set or --users.');
    });
});
