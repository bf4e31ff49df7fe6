/**
 * A local stand-in for the few Salesforce REST endpoints the org commands use, on 127.0.0.1:
 *   GET    /services/oauth2/userinfo
 *   GET    /services/data/vXX.X/query?q=            (a small SOQL subset, below)
 *   GET    /services/data/vXX.X/tooling/query?q=
 *   POST   /services/data/vXX.X/composite            (POST /sobjects/<Type> subrequests, @{ref.id}, allOrNone)
 *   POST   /services/data/vXX.X/composite/sobjects   (create, allOrNone false)
 *   DELETE /services/data/vXX.X/composite/sobjects?ids=…&allOrNone=false
 *   GET    /services/data/vXX.X/ui-api/object-info/<Object>   (uiApiUnsupported answers 400)
 *   POST   /services/data/vXX.X/graphql
 *   POST   /services/data/vXX.X/tooling/runTestsAsynchronous
 *   GET    /services/data/vXX.X/tooling/executeAnonymous?anonymousBody=   (System.schedule and System.abortJob only)
 * Every request must carry `Authorization: Bearer <token>`; each is recorded (method, path,
 * headers, parsed body) for the tests to assert on. SOQL subset: SELECT a, b.c FROM T
 * [WHERE x IN ('…') AND y = '…' AND z = null] [ORDER BY f [ASC|DESC], …] [LIMIT n].
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Rec = Record<string, unknown> & { Id: string };

export interface Captured {
    method: string;
    path: string;
    search: URLSearchParams;
    headers: IncomingHttpHeaders;
    body: unknown;
    raw: string;
}

const PREFIX: Record<string, string> = {
    Account: '001',
    Contact: '003',
    Opportunity: '006',
    OpportunityContactRole: '00K',
    User: '005',
    PermissionSet: '0PS',
    PermissionSetAssignment: '0Pa',
    Profile: '00e',
    ObjectPermissions: '110',
    FieldPermissions: '01k',
    Customer_Goal__c: 'a01',
    Customer_KPI__c: 'a02',
    Success_Check_In__c: 'a03',
    KPI_Measurement__c: 'a04',
    Customer_Outcomes_Setting__mdt: 'm00',
    ApexClass: '01p',
    ApexTrigger: '01q',
    ApexTestResult: '07M',
    ApexTestRunResult: '05m',
    ApexCodeCoverageAggregate: '715',
    CronJobDetail: '08a',
    CronTrigger: '08e'
};

/** Deleting a parent deletes these children (master-detail; an account's contacts and deals). */
const CASCADE: Record<string, [string, string][]> = {
    Account: [
        ['Contact', 'AccountId'],
        ['Opportunity', 'AccountId'],
        ['Customer_Goal__c', 'Account__c']
    ],
    Opportunity: [
        ['OpportunityContactRole', 'OpportunityId'],
        ['Success_Check_In__c', 'Opportunity__c']
    ],
    Contact: [['OpportunityContactRole', 'ContactId']],
    Customer_Goal__c: [['Customer_KPI__c', 'Customer_Goal__c']],
    Customer_KPI__c: [['KPI_Measurement__c', 'Customer_KPI__c']]
};

/** Reference fields checked on create (the id must exist). */
const REFERENCES: Record<string, string[]> = {
    Contact: ['AccountId'],
    Opportunity: ['AccountId'],
    OpportunityContactRole: ['OpportunityId', 'ContactId'],
    Customer_Goal__c: ['Account__c', 'Originating_Opportunity__c', 'Stakeholder__c'],
    Customer_KPI__c: ['Customer_Goal__c'],
    Success_Check_In__c: ['Opportunity__c', 'Customer_Contact__c'],
    KPI_Measurement__c: ['Customer_KPI__c', 'Check_In__c'],
    PermissionSetAssignment: ['AssigneeId', 'PermissionSetId']
};

export interface ApiError {
    errorCode: string;
    message: string;
    fields?: string[];
}

export class FakeOrg {
    readonly requests: Captured[] = [];
    readonly store = new Map<string, Map<string, Rec>>();
    version = '66.0';
    userinfo: Record<string, unknown> = {
        user_id: '005000000000001AAA',
        organization_id: '00D000000000001EAA',
        preferred_username: 'admin@co.example',
        zoneinfo: 'America/Los_Angeles'
    };
    /** Fields the org computes (formulas, roll-ups), added when a record is read. */
    computed?: (sobject: string, record: Rec, org: FakeOrg) => Record<string, unknown>;
    /** Makes a create fail: return an error for this record. */
    failCreate?: (sobject: string, body: Record<string, unknown>) => ApiError | undefined;
    /** The GraphQL answer; default: data with an edge for each `where Id eq` root. */
    graphql?: (body: { query: string; variables?: Record<string, unknown>; operationName?: string }) => unknown;
    /**
     * Objects UI API does not support here. The message is the one an org gave for Task
     * ("Object Task is not supported in UI API", shliachtx/lwc-listview#37); the error code is assumed.
     */
    uiApiUnsupported = new Set<string>();
    /** Status values ApexTestRunResult goes through, one per poll. */
    testRunStatuses = ['Queued', 'Processing', 'Completed'];
    /** Answers anonymous Apex instead of the stand-in (a compile problem, an exception). */
    anonymousApex?: (
        body: string
    ) => { compiled: boolean; success: boolean; compileProblem?: string; exceptionMessage?: string } | undefined;
    /** ApexTestResult rows to answer for a run. */
    testResults: { className: string; methodName: string; outcome: string; message?: string }[] = [];

    private server?: Server;
    private counter = 0;
    private clock = Date.parse('2026-01-01T00:00:00Z');
    private runs = new Map<string, number>();

    constructor(readonly token: string) {}

    get url(): string {
        const address = this.server?.address() as AddressInfo | null;
        if (!address) throw new Error('not started');
        return `http://127.0.0.1:${address.port}`;
    }

    async start(): Promise<this> {
        this.server = createServer((req, res) => {
            let raw = '';
            req.setEncoding('utf8');
            req.on('data', (chunk: string) => (raw += chunk));
            req.on('end', () => {
                const url = new URL(req.url ?? '/', 'http://127.0.0.1');
                let body: unknown;
                try {
                    body = raw ? JSON.parse(raw) : undefined;
                } catch {
                    body = raw;
                }
                this.requests.push({
                    method: req.method ?? '',
                    path: url.pathname,
                    search: url.searchParams,
                    headers: req.headers,
                    body,
                    raw
                });
                const send = (status: number, payload: unknown): void => {
                    res.writeHead(status, { 'content-type': 'application/json;charset=UTF-8' });
                    res.end(JSON.stringify(payload));
                };
                if (req.headers.authorization !== `Bearer ${this.token}`) {
                    send(401, [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]);
                    return;
                }
                try {
                    const [status, payload] = this.route(req.method ?? 'GET', url, body);
                    send(status, payload);
                } catch (error) {
                    send(400, [{ errorCode: 'MALFORMED_QUERY', message: (error as Error).message }]);
                }
            });
        });
        await new Promise<void>((done) => this.server!.listen(0, '127.0.0.1', done));
        return this;
    }

    async stop(): Promise<void> {
        await new Promise<void>((done) => this.server?.close(() => done()));
    }

    // ------------------------------------------------------------------------------------
    // Store

    insert(sobject: string, fields: Record<string, unknown>): Rec {
        this.counter += 1;
        this.clock += 1000;
        const id = `${PREFIX[sobject] ?? 'a99'}${String(this.counter).padStart(15, '0')}`;
        const record: Rec = { ...fields, Id: id, CreatedDate: new Date(this.clock).toISOString().replace('Z', '+0000') };
        const table = this.store.get(sobject) ?? new Map<string, Rec>();
        table.set(id, record);
        this.store.set(sobject, table);
        return record;
    }

    all(sobject: string): Rec[] {
        return [...(this.store.get(sobject)?.values() ?? [])];
    }

    count(): number {
        return [...this.store.entries()]
            .filter(([t]) => PREFIX[t] && /^(Account|Contact|Opportunity|OpportunityContactRole|.*__c)$/.test(t))
            .reduce((n, [, m]) => n + m.size, 0);
    }

    find(id: string): { sobject: string; record: Rec } | undefined {
        for (const [sobject, table] of this.store) {
            const record = table.get(id);
            if (record) return { sobject, record };
        }
        return undefined;
    }

    delete(id: string): boolean {
        const found = this.find(id);
        if (!found) return false;
        this.store.get(found.sobject)!.delete(id);
        for (const [child, field] of CASCADE[found.sobject] ?? []) {
            for (const r of this.all(child)) if (r[field] === id) this.delete(r.Id);
        }
        return true;
    }

    /** Requests whose method and path match (path may be a suffix after /vXX.X). */
    calls(method: string, pathSuffix: string): Captured[] {
        return this.requests.filter((r) => r.method === method && r.path.endsWith(pathSuffix));
    }

    // ------------------------------------------------------------------------------------
    // Routes

    private route(method: string, url: URL, body: unknown): [number, unknown] {
        const base = `/services/data/v${this.version}`;
        const path = url.pathname;
        if (method === 'GET' && path === '/services/oauth2/userinfo') return [200, this.userinfo];
        if (method === 'GET' && (path === `${base}/query` || path === `${base}/tooling/query`))
            return [200, this.query(url.searchParams.get('q') ?? '')];
        if (method === 'POST' && path === `${base}/composite`)
            return this.composite(
                body as {
                    allOrNone?: boolean;
                    compositeRequest: { method: string; url: string; referenceId: string; body: Record<string, unknown> }[];
                }
            );
        if (method === 'POST' && path === `${base}/composite/sobjects`)
            return this.createCollection(body as { allOrNone?: boolean; records: Record<string, unknown>[] });
        if (method === 'DELETE' && path === `${base}/composite/sobjects`) return this.deleteCollection(url.searchParams);
        const objectInfo = new RegExp(`^${base.replace('.', '\\.')}/ui-api/object-info/(\\w+)$`).exec(path);
        if (method === 'GET' && objectInfo) {
            const object = objectInfo[1]!;
            return this.uiApiUnsupported.has(object)
                ? [400, [{ errorCode: 'INVALID_TYPE', message: `Object ${object} is not supported in UI API` }]]
                : [200, { apiName: object, fields: {}, childRelationships: [] }];
        }
        if (method === 'POST' && path === `${base}/graphql`)
            return [
                200,
                this.graphql
                    ? this.graphql(body as { query: string })
                    : this.defaultGraphql(body as { query: string; variables?: Record<string, unknown> })
            ];
        if (method === 'POST' && path === `${base}/tooling/runTestsAsynchronous`) return this.runTests();
        if (method === 'GET' && path === `${base}/tooling/executeAnonymous`)
            return this.executeAnonymous(url.searchParams.get('anonymousBody') ?? '');
        return [404, [{ errorCode: 'NOT_FOUND', message: `The requested resource does not exist: ${method} ${path}` }]];
    }

    /** A stand-in for the two statements setup runs: System.schedule(name, cron, new X()) and System.abortJob(id). */
    private executeAnonymous(body: string): [number, unknown] {
        const answer = { line: -1, column: -1, compileProblem: null, exceptionMessage: null, exceptionStackTrace: null };
        const injected = this.anonymousApex?.(body);
        if (injected) return [200, { ...answer, ...injected }];
        for (const statement of body.split('\n').filter(Boolean)) {
            const schedule = /^System\.schedule\('([^']*)', '([^']*)', new \w+\(\)\);$/.exec(statement);
            const abort = /^System\.abortJob\('(\w+)'\);$/.exec(statement);
            if (schedule) {
                const detail = this.insert('CronJobDetail', { Name: schedule[1], JobType: '7' });
                this.insert('CronTrigger', {
                    CronJobDetailId: detail.Id,
                    CronExpression: schedule[2],
                    State: 'WAITING',
                    NextFireTime: '2026-01-02T14:00:00.000+0000'
                });
            } else if (abort) this.delete(abort[1]!);
            else
                return [
                    200,
                    { ...answer, compiled: false, success: false, line: 1, compileProblem: `unsupported statement: ${statement}` }
                ];
        }
        return [200, { ...answer, compiled: true, success: true }];
    }

    private composite(body: {
        allOrNone?: boolean;
        compositeRequest: { method: string; url: string; referenceId: string; body: Record<string, unknown> }[];
    }): [number, unknown] {
        const subs = body.compositeRequest;
        if (!Array.isArray(subs) || subs.length > 25)
            return [400, [{ errorCode: 'INVALID_INPUT', message: 'composite: 1 to 25 subrequests' }]];
        const created: Rec[] = [];
        const refs = new Map<string, string>();
        const responses: { body: unknown; httpStatusCode: number; referenceId: string }[] = [];
        let failedAt = -1;
        subs.forEach((sub, index) => {
            if (failedAt >= 0) return;
            const match = new RegExp(`^/services/data/v${this.version.replace('.', '\\.')}/sobjects/(\\w+)$`).exec(sub.url);
            const error = (e: ApiError): void => {
                failedAt = index;
                responses.push({ body: [e], httpStatusCode: 400, referenceId: sub.referenceId });
            };
            if (sub.method !== 'POST' || !match)
                return error({ errorCode: 'NOT_FOUND', message: `unsupported subrequest ${sub.method} ${sub.url}` });
            const sobject = match[1]!;
            const fields: Record<string, unknown> = {};
            for (const [k, v] of Object.entries(sub.body)) {
                const ref = typeof v === 'string' ? /^@\{(\w+)\.id\}$/.exec(v) : null;
                if (ref) {
                    if (!refs.has(ref[1]!))
                        return error({
                            errorCode: 'INVALID_REFERENCE',
                            message: `Invalid reference specified. No value for ${ref[1]}.id found in ${sub.referenceId}.`
                        });
                    fields[k] = refs.get(ref[1]!);
                } else fields[k] = v;
            }
            for (const field of REFERENCES[sobject] ?? []) {
                const id = fields[field];
                if (id !== undefined && id !== null && !this.find(String(id))) {
                    return error({ errorCode: 'INVALID_CROSS_REFERENCE_KEY', message: `invalid cross reference id`, fields: [field] });
                }
            }
            const injected = this.failCreate?.(sobject, fields);
            if (injected) return error(injected);
            const record = this.insert(sobject, fields);
            created.push(record);
            refs.set(sub.referenceId, record.Id);
            responses.push({ body: { id: record.Id, success: true, errors: [] }, httpStatusCode: 201, referenceId: sub.referenceId });
        });
        if (failedAt >= 0 && body.allOrNone) {
            for (const r of created) this.delete(r.Id);
            return [
                200,
                {
                    compositeResponse: subs.map((sub, i) =>
                        i === failedAt
                            ? responses[i]
                            : {
                                  body: [
                                      {
                                          errorCode: 'PROCESSING_HALTED',
                                          message: 'The transaction was rolled back since another operation in the same transaction failed.'
                                      }
                                  ],
                                  httpStatusCode: 400,
                                  referenceId: sub.referenceId
                              }
                    )
                }
            ];
        }
        return [200, { compositeResponse: responses }];
    }

    private createCollection(body: { allOrNone?: boolean; records: Record<string, unknown>[] }): [number, unknown] {
        if (body.records.length > 200) return [400, [{ errorCode: 'EXCEEDED_ID_LIMIT', message: 'more than 200 records' }]];
        return [
            200,
            body.records.map((r) => {
                const { attributes, ...fields } = r as { attributes: { type: string } } & Record<string, unknown>;
                if (
                    attributes.type === 'PermissionSetAssignment' &&
                    this.all('PermissionSetAssignment').some(
                        (a) => a.AssigneeId === fields.AssigneeId && a.PermissionSetId === fields.PermissionSetId
                    )
                ) {
                    return {
                        success: false,
                        errors: [{ statusCode: 'DUPLICATE_VALUE', message: 'Duplicate PermissionSetAssignment', fields: [] }]
                    };
                }
                const injected = this.failCreate?.(attributes.type, fields);
                if (injected)
                    return {
                        success: false,
                        errors: [{ statusCode: injected.errorCode, message: injected.message, fields: injected.fields ?? [] }]
                    };
                return { id: this.insert(attributes.type, fields).Id, success: true, errors: [] };
            })
        ];
    }

    private deleteCollection(search: URLSearchParams): [number, unknown] {
        const ids = (search.get('ids') ?? '').split(',').filter(Boolean);
        if (ids.length > 200) return [400, [{ errorCode: 'EXCEEDED_ID_LIMIT', message: 'more than 200 ids' }]];
        return [
            200,
            ids.map((id) =>
                this.delete(id)
                    ? { id, success: true, errors: [] }
                    : { id, success: false, errors: [{ statusCode: 'ENTITY_IS_DELETED', message: 'entity is deleted', fields: [] }] }
            )
        ];
    }

    private defaultGraphql(body: { query: string; variables?: Record<string, unknown> }): unknown {
        const id = body.variables?.recordId;
        const root = /\{\s*query\s*\{\s*(\w+)\s*\(/.exec(body.query)?.[1] ?? 'Opportunity';
        const exists = typeof id === 'string' && this.find(id) !== undefined;
        return {
            data: { uiapi: { query: { [root]: { edges: exists || id === undefined ? [{ node: { Id: id ?? 'x' } }] : [] } } } },
            errors: []
        };
    }

    private runTests(): [number, unknown] {
        const jobId = this.insert('AsyncApexJob', {}).Id.replace(/^a99/, '707');
        this.runs.set(jobId, 0);
        this.insert('ApexTestRunResult', { AsyncApexJobId: jobId, Status: 'Queued' });
        for (const t of this.testResults) {
            const cls = this.all('ApexClass').find((c) => c.Name === t.className) ?? this.insert('ApexClass', { Name: t.className });
            this.insert('ApexTestResult', {
                AsyncApexJobId: jobId,
                ApexClassId: cls.Id,
                MethodName: t.methodName,
                Outcome: t.outcome,
                Message: t.message ?? null,
                StackTrace: null
            });
        }
        return [200, jobId];
    }

    // ------------------------------------------------------------------------------------
    // SOQL subset

    query(soql: string): unknown {
        const match = /^SELECT\s+(.+?)\s+FROM\s+(\w+)(?:\s+WHERE\s+(.+?))?(?:\s+ORDER BY\s+(.+?))?(?:\s+LIMIT\s+(\d+))?$/is.exec(
            soql.trim()
        );
        if (!match) throw new Error(`unsupported SOQL: ${soql}`);
        const [, select, sobject, where, orderBy, limit] = match;
        const fields = select!.split(',').map((f) => f.trim());
        let rows = this.all(sobject!);
        if (sobject === 'ApexTestRunResult') rows = rows.map((r) => this.advanceRun(r));
        if (this.computed) rows = rows.map((r) => ({ ...r, ...this.computed!(sobject!, r, this) }));
        if (where) {
            const conditions = splitAnd(where);
            rows = rows.filter((r) => conditions.every((c) => this.matches(r, c)));
        }
        if (orderBy) {
            const keys = orderBy.split(',').map((k) => {
                const [path, dir] = k.trim().split(/\s+/);
                return { path: path!, desc: dir?.toUpperCase() === 'DESC' };
            });
            rows = [...rows].sort((a, b) => {
                for (const k of keys) {
                    const x = this.value(a, k.path);
                    const y = this.value(b, k.path);
                    if (x === y) continue;
                    const order = x === null || x === undefined ? -1 : y === null || y === undefined ? 1 : x < y ? -1 : 1;
                    return k.desc ? -order : order;
                }
                return 0;
            });
        }
        if (limit) rows = rows.slice(0, Number(limit));
        const records = rows.map((r) => {
            const out: Record<string, unknown> = {
                attributes: { type: sobject, url: `/services/data/v${this.version}/sobjects/${sobject}/${r.Id}` }
            };
            for (const f of fields) {
                const parts = f.split('.');
                if (parts.length === 1) out[f] = r[f] ?? null;
                else {
                    const parent = this.parent(r, parts[0]!);
                    out[parts[0]!] = parent
                        ? { attributes: { type: parent.sobject }, [parts[1]!]: parent.record[parts[1]!] ?? null }
                        : null;
                }
            }
            return out;
        });
        return { totalSize: records.length, done: true, records };
    }

    private advanceRun(run: Rec): Rec {
        const polls = (this.runs.get(String(run.AsyncApexJobId)) ?? 0) + 1;
        this.runs.set(String(run.AsyncApexJobId), polls);
        run.Status = this.testRunStatuses[Math.min(polls - 1, this.testRunStatuses.length - 1)];
        return run;
    }

    private parent(record: Rec, relationship: string): { sobject: string; record: Rec } | undefined {
        const field = relationship.endsWith('__r') ? relationship.replace(/__r$/, '__c') : `${relationship}Id`;
        const id = record[field];
        return typeof id === 'string' ? this.find(id) : undefined;
    }

    private value(record: Rec, path: string): unknown {
        const parts = path.split('.');
        if (parts.length === 1) return record[path];
        let current: Rec | undefined = record;
        for (const part of parts.slice(0, -1)) current = current ? this.parent(current, part)?.record : undefined;
        return current?.[parts[parts.length - 1]!];
    }

    private matches(record: Rec, condition: string): boolean {
        const inMatch = /^([\w.]+)\s+IN\s*\((.*)\)$/is.exec(condition);
        if (inMatch) return literals(inMatch[2]!).includes(String(this.value(record, inMatch[1]!)));
        const eq = /^([\w.]+)\s*(=|!=)\s*(null|'(?:\\.|[^'\\])*'|true|false)$/is.exec(condition);
        if (eq) {
            const actual = this.value(record, eq[1]!);
            const expected =
                eq[3]!.toLowerCase() === 'null' ? null : eq[3] === 'true' ? true : eq[3] === 'false' ? false : literals(eq[3]!)[0];
            const same = expected === null ? actual === null || actual === undefined : actual === expected;
            return eq[2] === '=' ? same : !same;
        }
        throw new Error(`unsupported condition: ${condition}`);
    }
}

function splitAnd(where: string): string[] {
    const parts: string[] = [];
    let current = '';
    let quoted = false;
    for (let i = 0; i < where.length; i++) {
        const ch = where[i]!;
        if (ch === '\\' && quoted) {
            current += ch + (where[i + 1] ?? '');
            i += 1;
            continue;
        }
        if (ch === "'") quoted = !quoted;
        if (!quoted && /^\s+AND\s+/i.test(where.slice(i))) {
            parts.push(current.trim());
            current = '';
            i += /^\s+AND\s+/i.exec(where.slice(i))![0].length - 1;
            continue;
        }
        current += ch;
    }
    parts.push(current.trim());
    return parts;
}

function literals(list: string): string[] {
    return [...list.matchAll(/'((?:\\.|[^'\\])*)'/g)].map((m) =>
        m[1]!.replace(/\\(.)/g, (_s, c: string) => (c === 'n' ? '\n' : c === 'r' ? '\r' : c))
    );
}
