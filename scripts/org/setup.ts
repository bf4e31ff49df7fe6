/**
 * npm run setup -- --target-org <alias> --permission-set Customer_Outcomes_User [--users a@b.com,c@d.com]
 *
 * Assigns permission sets to users, idempotently: the existing PermissionSetAssignment rows are
 * read first and only the missing pairs are created (sObject Collections, allOrNone false, so one
 * user's problem — an inactive user, a missing licence — does not block the others). Without
 * --users, the connected user is the assignee.
 *
 * Then it checks that each assigned user has the access the permission sets rely on but do not
 * grant (Edit on Opportunity, from the profile: see accessCheck.ts), and prints for each user what
 * is missing and where to grant it. A user missing access makes the command exit 1.
 *
 * Last, it schedules the daily follow-up reminder job (FollowUpReminderJob) unless it is scheduled
 * already, and says how to stop it (reminderSchedule.ts).
 *
 * npm run setup -- --target-org <alias> --unschedule-reminders   only unschedules the reminder job.
 */
import { join } from 'node:path';
import { loadProject } from '../../core/metadata/project';
import type { Connection } from './jsforce';
import { parseCommandLine, TARGET_ORG, usage, type CommandSpec } from './args';
import { apiVersion, EXIT_FAILED, EXIT_OK, runMain, UsageError, type Io } from './cli';
import { chunk, connect, loadCliAuth, queryAll, resolveOrg, soqlList, userInfo, type CliAuthLoader } from './connection';
import { COLLECTION_LIMIT } from './seedPlan';
import { applyReminderSchedule } from './reminderSchedule';
import {
    accessNeeds,
    checkUsersAccess,
    describeMissing,
    describeNeeds,
    mergeNeeds,
    type CheckedUser,
    type UserAccess
} from './accessCheck';

export const PERMISSION_SETS = ['Customer_Outcomes_User', 'Customer_Outcomes_Manager', 'Customer_Outcomes_Admin'];

export const SETUP_SPEC: CommandSpec = {
    command: 'npm run setup',
    summary:
        "Assign the package's permission sets to users (skips assignments that already exist), then schedule the daily follow-up reminder job (once).",
    flags: [
        TARGET_ORG,
        {
            name: 'permission-set',
            short: 'p',
            type: 'string',
            multiple: true,
            valueName: 'name[,name]',
            description: `Permission set API name(s): ${PERMISSION_SETS.join(', ')}. Repeat or comma-separate.`
        },
        {
            name: 'users',
            short: 'u',
            type: 'string',
            multiple: true,
            valueName: 'username[,username]',
            description: 'Usernames to assign (default: the connected user).'
        },
        {
            name: 'unschedule-reminders',
            type: 'boolean',
            description: 'Only unschedule the daily follow-up reminder job (nothing is assigned).'
        }
    ],
    examples: [
        'npm run setup -- --target-org co-dev --permission-set Customer_Outcomes_User --users rep1@acme.com,rep2@acme.com',
        'npm run setup -- --target-org co-dev --permission-set Customer_Outcomes_Admin',
        'npm run setup -- --target-org co-dev --unschedule-reminders'
    ]
};

const API_NAME = /^[A-Za-z][A-Za-z0-9_]{0,79}$/;
const USERNAME = /^[^\s@]+@[^\s@]+$/;

export interface Assignment {
    username: string;
    /** The user, for the access check (absent when the user was not found). */
    user?: CheckedUser;
    permissionSet: string;
    status: 'assigned' | 'already assigned' | 'failed';
    message?: string;
}

/** Assigns every permission set to every user; returns one line per pair. */
export async function assignPermissionSets(conn: Connection, permissionSets: string[], usernames: string[]): Promise<Assignment[]> {
    const sets = await queryAll(conn, `SELECT Id, Name FROM PermissionSet WHERE Name IN (${soqlList(permissionSets)})`);
    const missingSets = permissionSets.filter((name) => !sets.some((s) => s.Name === name));
    if (missingSets.length) {
        throw new Error(
            `permission set(s) not in the org: ${missingSets.join(', ')} (deploy first: npm run deploy -- --target-org <alias>).`
        );
    }
    const ambiguous = permissionSets.filter((name) => sets.filter((s) => s.Name === name).length > 1);
    if (ambiguous.length) throw new Error(`more than one permission set named ${ambiguous.join(', ')} (namespaces).`);
    const users = await queryAll(
        conn,
        `SELECT Id, Username, IsActive, ProfileId, Profile.Name FROM User WHERE Username IN (${soqlList(usernames)})`
    );
    const byUsername = new Map(users.map((u) => [String(u.Username).toLowerCase(), u]));
    const missingUsers = usernames.filter((u) => !byUsername.has(u.toLowerCase()));
    if (missingUsers.length) throw new Error(`user(s) not found: ${missingUsers.join(', ')} (usernames, not emails).`);

    const setIds = sets.map((s) => String(s.Id));
    const userIds = users.map((u) => String(u.Id));
    const existing = new Set<string>();
    for (const part of chunk(userIds, COLLECTION_LIMIT)) {
        const rows = await queryAll(
            conn,
            `SELECT AssigneeId, PermissionSetId FROM PermissionSetAssignment WHERE PermissionSetId IN (${soqlList(setIds)}) AND AssigneeId IN (${soqlList(part)})`
        );
        for (const row of rows) existing.add(`${row.AssigneeId}:${row.PermissionSetId}`);
    }

    const results: Assignment[] = [];
    const toCreate: { assignment: Assignment; AssigneeId: string; PermissionSetId: string }[] = [];
    for (const username of usernames) {
        const user = byUsername.get(username.toLowerCase())!;
        for (const name of permissionSets) {
            const set = sets.find((s) => s.Name === name)!;
            const profile = user.Profile as { Name?: string } | null | undefined;
            const assignment: Assignment = {
                username: String(user.Username),
                user: {
                    Id: String(user.Id),
                    Username: String(user.Username),
                    ProfileId: typeof user.ProfileId === 'string' ? user.ProfileId : undefined,
                    profileName: profile?.Name
                },
                permissionSet: name,
                status: 'already assigned'
            };
            results.push(assignment);
            if (existing.has(`${user.Id}:${set.Id}`)) continue;
            if (user.IsActive === false) {
                assignment.status = 'failed';
                assignment.message = 'the user is inactive';
                continue;
            }
            toCreate.push({ assignment, AssigneeId: String(user.Id), PermissionSetId: String(set.Id) });
        }
    }
    for (const part of chunk(toCreate, COLLECTION_LIMIT)) {
        const response = await conn.requestPost<{ id?: string; success: boolean; errors?: { statusCode?: string; message?: string }[] }[]>(
            '/composite/sobjects',
            {
                allOrNone: false,
                records: part.map((p) => ({
                    attributes: { type: 'PermissionSetAssignment' },
                    AssigneeId: p.AssigneeId,
                    PermissionSetId: p.PermissionSetId
                }))
            }
        );
        response.forEach((result, i) => {
            const assignment = part[i]!.assignment;
            const duplicate = result.errors?.some((e) => e.statusCode === 'DUPLICATE_VALUE');
            if (result.success) assignment.status = 'assigned';
            else if (duplicate) assignment.status = 'already assigned';
            else {
                assignment.status = 'failed';
                assignment.message = (result.errors ?? []).map((e) => `${e.statusCode ?? ''}: ${e.message ?? ''}`).join('; ');
            }
        });
    }
    return results;
}

export interface SetupDeps {
    loadAuth?: CliAuthLoader;
}

export async function main(argv: string[], io: Io, deps: SetupDeps = {}): Promise<number> {
    const flags = parseCommandLine(SETUP_SPEC, argv, io.env);
    if (flags.help) {
        io.out.line(usage(SETUP_SPEC));
        return EXIT_OK;
    }
    const permissionSets = flags.list('permission-set');
    const badSet = permissionSets.find((p) => !API_NAME.test(p));
    if (badSet) throw new UsageError(`--permission-set "${badSet}" is not an API name (letters, digits, underscores).`);
    const usernames = flags.list('users');
    const badUser = usernames.find((u) => !USERNAME.test(u));
    if (badUser) throw new UsageError(`--users "${badUser}" is not a username (name@domain).`);

    const auth = await resolveOrg(flags.string('target-org'), io, deps.loadAuth ?? loadCliAuth);
    if (flags.boolean('unschedule-reminders')) {
        if (permissionSets.length || usernames.length) throw new UsageError('--unschedule-reminders takes no --permission-set or --users.');
        return (await applyReminderSchedule(connect(auth, apiVersion(io.root)), io, true)) ? EXIT_FAILED : EXIT_OK;
    }
    if (permissionSets.length === 0) throw new UsageError(`--permission-set is required (one or more of ${PERMISSION_SETS.join(', ')}).`);
    const conn = connect(auth, apiVersion(io.root));
    if (usernames.length === 0) {
        const me = await userInfo(conn);
        if (!me.username) throw new Error('cannot tell the connected user: pass --users.');
        usernames.push(me.username);
    }
    const results = await assignPermissionSets(conn, permissionSets, usernames);
    for (const r of results) {
        const line = `${r.permissionSet} → ${r.username}: ${r.status}${r.message ? ` (${r.message})` : ''}`;
        if (r.status === 'failed') io.out.error(line);
        else io.out.line(line);
    }
    const assigned = results.filter((r) => r.status === 'assigned').length;
    const already = results.filter((r) => r.status === 'already assigned').length;
    const failed = results.filter((r) => r.status === 'failed').length;
    io.out.line(`${assigned} assigned, ${already} already assigned, ${failed} failed.`);
    const lacking = await reportAccess(conn, io, results);
    const unscheduled = await applyReminderSchedule(conn, io, false);
    return failed || lacking || unscheduled ? EXIT_FAILED : EXIT_OK;
}

/**
 * Checks the users holding their assignment now against what those permission sets need from the
 * profile; prints one line per gap. Returns how many users lack something.
 */
async function reportAccess(conn: Connection, io: Io, results: Assignment[]): Promise<number> {
    const held = results.filter((r) => r.status !== 'failed' && r.user);
    // Users holding the same permission sets share one check (a few queries, not a few per user).
    const groups = new Map<string, { sets: string[]; users: Map<string, CheckedUser> }>();
    const setsByUser = new Map<string, { user: CheckedUser; sets: string[] }>();
    for (const r of held) {
        const entry = setsByUser.get(r.user!.Id) ?? { user: r.user!, sets: [] };
        entry.sets.push(r.permissionSet);
        setsByUser.set(r.user!.Id, entry);
    }
    for (const { user, sets } of setsByUser.values()) {
        const key = [...sets].sort().join(',');
        const group = groups.get(key) ?? { sets, users: new Map<string, CheckedUser>() };
        group.users.set(user.Id, user);
        groups.set(key, group);
    }
    const model = loadProject(join(io.root, 'force-app', 'main', 'default'));
    const accessList: UserAccess[] = [];
    for (const { sets, users } of groups.values()) {
        const needs = mergeNeeds(sets.map((set) => accessNeeds(io.root, set, model)));
        if (!needs.length) continue;
        try {
            accessList.push(...(await checkUsersAccess(conn, [...users.values()], needs)));
        } catch (error) {
            io.out.error(
                `Could not check the users' access (reading ObjectPermissions and FieldPermissions needs View Setup and Configuration): ${(error as Error).message}`
            );
            return users.size;
        }
    }
    const lacking = accessList.filter((a) => a.missing.length);
    for (const a of accessList) {
        if (!a.missing.length) io.out.line(`${a.username}: has the access the package needs from outside it (${describeNeeds(a.needs)}).`);
        for (const line of describeMissing(a)) io.out.error(line);
    }
    if (accessList.length) {
        io.out.line(
            `Access: ${accessList.length - lacking.length} of ${accessList.length} user(s) ready. A rep also needs Read/Write sharing on each deal (owner, team or sharing rule) to log check-ins and mark follow-up complete there.`
        );
    }
    return lacking.length;
}

if (require.main === module) runMain((argv, io) => main(argv, io), 'npm run setup');
