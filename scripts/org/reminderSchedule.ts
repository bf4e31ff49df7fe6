/**
 * Schedules the daily follow-up reminder job (Apex FollowUpReminderJob) for `npm run setup`,
 * idempotently, and unschedules it for `npm run setup -- --unschedule-reminders`. The job's name,
 * class and schedule are read from the Apex class, so setup looks for exactly what the class
 * schedules. Scheduling runs anonymous Apex (Tooling API executeAnonymous) as the connected user:
 * the job runs daily at 06:00 in that user's time zone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Connection } from './jsforce';
import type { Io } from './cli';
import { queryAll, soqlString } from './connection';

export interface ReminderJobFacts {
    className: string;
    jobName: string;
    cron: string;
}

/** JOB_NAME and DAILY_AT_SIX of FollowUpReminderJob.cls. */
export function reminderJobFacts(root: string): ReminderJobFacts {
    const className = 'FollowUpReminderJob';
    const source = readFileSync(join(root, 'force-app', 'main', 'default', 'classes', `${className}.cls`), 'utf8');
    const constant = (name: string): string => {
        const match = new RegExp(`static final String ${name} = '([^']*)';`).exec(source);
        if (!match) throw new Error(`${className}.cls has no String constant ${name}`);
        return match[1]!;
    };
    return { className, jobName: constant('JOB_NAME'), cron: constant('DAILY_AT_SIX') };
}

export interface ScheduledJob {
    id: string;
    nextFireTime: string | null;
    state: string;
}

export type SchedulePlan =
    | { action: 'keep'; job: ScheduledJob }
    | { action: 'schedule'; apex: string }
    | { action: 'unschedule'; jobs: ScheduledJob[]; apex: string }
    | { action: 'nothing to unschedule' };

const apexString = (s: string): string => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** What setup does given the jobs already scheduled under the job's name. */
export function planReminderSchedule(facts: ReminderJobFacts, existing: ScheduledJob[], unschedule: boolean): SchedulePlan {
    if (unschedule) {
        if (!existing.length) return { action: 'nothing to unschedule' };
        return { action: 'unschedule', jobs: existing, apex: existing.map((job) => `System.abortJob(${apexString(job.id)});`).join('\n') };
    }
    const [job] = existing;
    if (job) return { action: 'keep', job };
    return {
        action: 'schedule',
        apex: `System.schedule(${apexString(facts.jobName)}, ${apexString(facts.cron)}, new ${facts.className}());`
    };
}

async function scheduledJobs(conn: Connection, facts: ReminderJobFacts): Promise<ScheduledJob[]> {
    const rows = await queryAll(
        conn,
        `SELECT Id, NextFireTime, State FROM CronTrigger WHERE CronJobDetail.Name = ${soqlString(facts.jobName)}`
    );
    return rows.map((r) => ({
        id: String(r.Id),
        nextFireTime: typeof r.NextFireTime === 'string' ? r.NextFireTime : null,
        state: String(r.State)
    }));
}

interface AnonymousResult {
    compiled: boolean;
    success: boolean;
    compileProblem: string | null;
    exceptionMessage: string | null;
    line: number;
}

/** Runs anonymous Apex; throws with the compile problem or the exception when it fails. */
async function executeAnonymous(conn: Connection, apex: string): Promise<void> {
    const result = await conn.request<AnonymousResult>(`/tooling/executeAnonymous?anonymousBody=${encodeURIComponent(apex)}`);
    if (!result.compiled) throw new Error(`anonymous Apex did not compile (line ${result.line}): ${result.compileProblem ?? ''}`);
    if (!result.success) throw new Error(`anonymous Apex failed: ${result.exceptionMessage ?? ''}`);
}

export const HOW_TO_STOP =
    'To stop the reminders: Setup → Scheduled Jobs → Del next to the job, or npm run setup -- --unschedule-reminders (switch them off without unscheduling: uncheck "Send follow-up reminders" in the Customer Outcomes Setting Default record).';

/** Schedules (or unschedules) the job and says what it did; returns 0 when done, 1 when the org refused. */
export async function applyReminderSchedule(conn: Connection, io: Io, unschedule: boolean): Promise<number> {
    const facts = reminderJobFacts(io.root);
    const plan = planReminderSchedule(facts, await scheduledJobs(conn, facts), unschedule);
    try {
        switch (plan.action) {
            case 'keep':
                io.out.line(
                    `Reminders: "${facts.jobName}" is already scheduled (${plan.job.state}); next run ${plan.job.nextFireTime ?? 'not set'}.`
                );
                io.out.line(HOW_TO_STOP);
                return 0;
            case 'schedule': {
                await executeAnonymous(conn, plan.apex);
                const [job] = await scheduledJobs(conn, facts);
                io.out.line(
                    `Reminders: scheduled "${facts.jobName}" daily at 06:00 (your time zone); next run ${job?.nextFireTime ?? 'unknown'}.`
                );
                io.out.line(HOW_TO_STOP);
                return 0;
            }
            case 'unschedule':
                await executeAnonymous(conn, plan.apex);
                io.out.line(`Reminders: unscheduled "${facts.jobName}" (${plan.jobs.length} job${plan.jobs.length === 1 ? '' : 's'}).`);
                return 0;
            case 'nothing to unschedule':
                io.out.line(`Reminders: "${facts.jobName}" is not scheduled; nothing to unschedule.`);
                return 0;
        }
    } catch (error) {
        io.out.error(`Reminders: ${(error as Error).message} (deploy first: npm run deploy -- --target-org <alias>).`);
        return 1;
    }
}
