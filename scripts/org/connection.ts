/**
 * Which org a command talks to, and a jsforce connection to it.
 *
 * 1. --target-org <alias|username>: the Salesforce CLI's stored authorization, read in-process with
 *    @salesforce/core (it ships with @salesforce/cli); the token is refreshed if it has expired.
 * 2. Otherwise SF_INSTANCE_URL + SF_ACCESS_TOKEN (CI). SF_ACCESS_TOKEN is also the variable
 *    `sf org login access-token --no-prompt` reads, so the same two variables serve the sf-driven
 *    commands (deploy).
 * 3. Otherwise: NoOrgError, one line, exit 2. Nothing is attempted.
 *
 * The token is registered with the Output so that it is masked wherever it could appear.
 */
import { Connection } from './jsforce';
import { NoOrgError, type Io } from './cli';

export const CONNECT_HINT =
    'run `sf org login web --alias co-dev` and pass --target-org co-dev, or set SF_INSTANCE_URL and SF_ACCESS_TOKEN.';
export const DEV_HUB_HINT = 'run `sf org login web --set-default-dev-hub --alias co-devhub` and pass --target-dev-hub co-devhub.';

export function noOrgMessage(reason?: string): string {
    return `No Salesforce org connected${reason ? ` (${reason})` : ''}: ${CONNECT_HINT}`;
}

export function noDevHubMessage(reason?: string): string {
    return `No Dev Hub connected${reason ? ` (${reason})` : ''}: ${DEV_HUB_HINT}`;
}

export interface OrgAuth {
    instanceUrl: string;
    accessToken: string;
    /** How the user named the org: the alias/username, or "SF_INSTANCE_URL" for environment auth. */
    label: string;
    source: 'cli' | 'env';
    /** The CLI alias or username (source "cli"), what `sf --target-org` takes. */
    targetOrg?: string;
    username?: string;
}

/** Reads the CLI's stored authorization for an alias or username. Throws when there is none. */
export type CliAuthLoader = (
    aliasOrUsername: string,
    env: NodeJS.ProcessEnv
) => Promise<{ instanceUrl: string; accessToken: string; username?: string }>;

/** @salesforce/core, loaded only when --target-org is given (it takes a few hundred ms). */
export const loadCliAuth: CliAuthLoader = async (aliasOrUsername) => {
    const core = await import('@salesforce/core');
    const org = await core.Org.create({ aliasOrUsername });
    try {
        await org.refreshAuth();
    } catch (error) {
        throw new Error(`the stored authorization for ${aliasOrUsername} no longer works (${(error as Error).message}); log in again`);
    }
    const connection = org.getConnection();
    if (!connection.accessToken || !connection.instanceUrl) throw new Error(`no access token stored for ${aliasOrUsername}`);
    return { instanceUrl: connection.instanceUrl, accessToken: connection.accessToken, username: org.getUsername() };
};

/** http:// only for this machine (tests); a real org is https. */
function checkInstanceUrl(value: string, from: string): string {
    let url: URL;
    try {
        url = new URL(value);
    } catch {
        throw new NoOrgError(noOrgMessage(`${from} "${value}" is not a URL`));
    }
    const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
        throw new NoOrgError(noOrgMessage(`${from} must be an https:// My Domain URL`));
    }
    return url.origin;
}

/**
 * Resolves the org from --target-org, else from the environment. Throws NoOrgError (exit 2)
 * when there is none or its authorization cannot be read.
 */
export async function resolveOrg(targetOrg: string | undefined, io: Io, loader: CliAuthLoader = loadCliAuth): Promise<OrgAuth> {
    io.out.addSecret(io.env.SF_ACCESS_TOKEN?.trim());
    if (targetOrg !== undefined) {
        let auth: Awaited<ReturnType<CliAuthLoader>>;
        try {
            auth = await loader(targetOrg, io.env);
        } catch (error) {
            const message = (error as Error).message.replace(/\.$/, '');
            throw new NoOrgError(
                noOrgMessage(
                    /No authorization information found/i.test(message)
                        ? `no authorization found for "${targetOrg}"`
                        : io.out.redact(message)
                )
            );
        }
        io.out.addSecret(auth.accessToken);
        return {
            instanceUrl: checkInstanceUrl(auth.instanceUrl, `the instance URL stored for ${targetOrg}`),
            accessToken: auth.accessToken,
            label: targetOrg,
            source: 'cli',
            targetOrg,
            username: auth.username
        };
    }
    const instanceUrl = io.env.SF_INSTANCE_URL?.trim();
    const accessToken = io.env.SF_ACCESS_TOKEN?.trim();
    if (!instanceUrl && !accessToken) throw new NoOrgError(noOrgMessage());
    if (!instanceUrl) throw new NoOrgError(noOrgMessage('SF_ACCESS_TOKEN is set but SF_INSTANCE_URL is not'));
    if (!accessToken) throw new NoOrgError(noOrgMessage('SF_INSTANCE_URL is set but SF_ACCESS_TOKEN is not'));
    return { instanceUrl: checkInstanceUrl(instanceUrl, 'SF_INSTANCE_URL'), accessToken, label: 'SF_INSTANCE_URL', source: 'env' };
}

/** A jsforce connection at the project's API version (sourceApiVersion). */
export function connect(auth: OrgAuth, version: string): Connection {
    return new Connection({ instanceUrl: auth.instanceUrl, accessToken: auth.accessToken, version });
}

/** Who the token belongs to and their time zone (OpenID Connect userinfo). */
export interface UserInfo {
    userId: string;
    username: string;
    organizationId?: string;
    /** IANA zone of the user ("America/Los_Angeles"): TODAY() in formulas is this zone's date. */
    timeZone?: string;
}

export async function userInfo(conn: Connection): Promise<UserInfo> {
    const info = await conn.request<Record<string, unknown>>('/services/oauth2/userinfo');
    const str = (key: string): string | undefined => (typeof info[key] === 'string' ? (info[key] as string) : undefined);
    return {
        userId: str('user_id') ?? '',
        username: str('preferred_username') ?? '',
        organizationId: str('organization_id'),
        timeZone: str('zoneinfo')
    };
}

/** The calendar date in an IANA time zone, 'YYYY-MM-DD'. */
function dateInZone(now: Date, timeZone: string): string {
    const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
    const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
    return `${get('year')}-${get('month')}-${get('day')}`;
}

/**
 * TODAY() as the org evaluates it for this user: formulas use the running user's time zone.
 * The zone comes from userinfo; without it, the User record; the org default as a last resort.
 */
export async function orgToday(conn: Connection, io: Io, info?: UserInfo): Promise<{ today: string; timeZone: string; from: string }> {
    let timeZone = info?.timeZone;
    let from = 'the user (userinfo)';
    if (!timeZone && info?.userId) {
        const rows = await queryAll(conn, `SELECT TimeZoneSidKey FROM User WHERE Id = ${soqlString(info.userId)}`);
        timeZone = rows[0]?.TimeZoneSidKey as string | undefined;
        from = 'the user record';
    }
    if (!timeZone) {
        const rows = await queryAll(conn, 'SELECT TimeZoneSidKey FROM Organization');
        timeZone = rows[0]?.TimeZoneSidKey as string | undefined;
        from = 'the org default (the user time zone was not readable)';
    }
    if (!timeZone) throw new Error("cannot tell the org user's time zone: pass --today YYYY-MM-DD");
    return { today: dateInZone(io.now(), timeZone), timeZone, from };
}

// ---------------------------------------------------------------------------------------------
// SOQL over REST (jsforce request), every page.

export type SoqlRecord = Record<string, unknown>;

interface QueryResponse {
    done: boolean;
    nextRecordsUrl?: string;
    records: SoqlRecord[];
}

/** Runs a SOQL query (REST or Tooling API) and follows nextRecordsUrl to the end. */
export async function queryAll(conn: Connection, soql: string, options: { tooling?: boolean } = {}): Promise<SoqlRecord[]> {
    const base = options.tooling ? '/tooling/query' : '/query';
    let page = await conn.request<QueryResponse>(`${base}?q=${encodeURIComponent(soql)}`);
    const records = [...page.records];
    while (!page.done && page.nextRecordsUrl) {
        page = await conn.request<QueryResponse>(page.nextRecordsUrl);
        records.push(...page.records);
    }
    return records;
}

/** A SOQL string literal. */
export function soqlString(value: string): string {
    return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r')}'`;
}

/** `'a', 'b'` for IN (...). */
export function soqlList(values: Iterable<string>): string {
    return [...values].map(soqlString).join(', ');
}

/** Splits a list for IN (...) clauses (keeps each query well under SOQL's length limit). */
export function chunk<T>(items: readonly T[], size: number): T[][] {
    const chunks: T[][] = [];
    for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
    return chunks;
}
