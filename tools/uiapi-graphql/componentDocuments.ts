import { join, relative } from 'node:path';
import { ComponentLoader } from '../../core/components/loader';
import { componentModules, importsGql } from '../../core/components/modules';
import { platformGql, resolvePlatformDocument } from '../../core/uiapi/platformParser';

/**
 * Every GraphQL document the package's components can send, built by the components' own code
 * (their built .js, the file that deploys, run by core/components/loader.ts)
 * with the platform's `gql` (the LDS parser's tag, which `lightning/graphql` exports): the
 * documents their modules export (fragments, wire queries, fixed mutations, the Home list's two
 * scopes), and the documents built per call (the check-in mutation, one operation per reading,
 * chained to the check-in with "@{checkIn}"), with the requests their builders return.
 *
 * Goal and KPI edits are not GraphQL (LDS updateRecord, c/outcomesRecordUpdates), so no update
 * mutation is built per changed field set.
 */

export interface ComponentDocument {
    /** e.g. "outcomesQueries.OPPORTUNITY_OUTCOMES_QUERY", "outcomesMutations.logCheckInMutation (2 readings)". */
    name: string;
    /** Repository-relative module file. */
    file: string;
    /** The platform `gql` reference the component hands to the wire or to executeMutation. */
    reference: object;
    /** How it is sent: a wire query, an executeMutation request, or a fragment library (interpolated into others). */
    sentAs: 'wire' | 'executeMutation' | 'fragments';
    /** The variables the component's own builder returns, when it has one. */
    variables?: Record<string, unknown>;
    operationName?: string;
}

type Exports = Record<string, unknown>;

const OPPORTUNITY_ID = '006000000000001AAA';
const ACCOUNT_ID = '001000000000001AAA';
const GOAL_ID = 'a00000000000001AAA';
const KPI_IDS = ['a01000000000001AAA', 'a01000000000002AAA', 'a01000000000003AAA'];
const CONTACT_ID = '003000000000001AAA';

interface MutationRequest {
    query: object;
    variables: Record<string, unknown>;
    operationName: string;
}

function call(exports: Exports, name: string, ...args: unknown[]): MutationRequest {
    const fn = exports[name];
    if (typeof fn !== 'function') throw new Error(`c/outcomesMutations no longer exports ${name}: update componentDocuments.ts`);
    return (fn as (...a: unknown[]) => MutationRequest)(...args);
}

/** A check-in as the form hands it over; `full` sets every optional field, else they are blank. */
function checkInDraft(readings: number, full: boolean): Record<string, unknown> {
    return {
        checkInDate: '2026-03-02',
        type: full ? 'Call' : null,
        contactId: full ? CONTACT_ID : null,
        implementationStatus: full ? 'On track' : null,
        sentiment: full ? 'Positive' : null,
        summary: 'Reviewed the quarter',
        nextStep: full ? 'Send the report' : null,
        nextCheckInDate: full ? '2026-06-02' : null,
        readings: KPI_IDS.slice(0, readings).map((kpiId, i) => ({ kpiId, value: 10 + i, confirmed: i % 2 === 0 }))
    };
}

/** The requests c/outcomesMutations builds per call, over the shapes that change the document or its variables. */
function mutationRequests(exports: Exports): [string, MutationRequest][] {
    const goal = {
        id: null,
        name: 'Cut onboarding time',
        level: 'Company',
        category: 'Productivity',
        status: 'In progress',
        stakeholderId: CONTACT_ID,
        whyItMatters: 'Faster revenue',
        costOfInaction: 50000,
        targetDate: '2026-12-31'
    };
    const kpi = {
        id: null,
        goalId: GOAL_ID,
        name: 'Days to onboard',
        unit: 'days',
        direction: 'Decrease',
        baselineValue: 30,
        baselineDate: '2026-01-01',
        targetValue: 10,
        targetDate: '2026-12-31',
        source: 'Customer report'
    };
    const requests: [string, MutationRequest][] = [
        ['saveGoalMutation', call(exports, 'saveGoalMutation', goal, ACCOUNT_ID, OPPORTUNITY_ID)],
        ['saveKpiMutation', call(exports, 'saveKpiMutation', kpi)],
        ['markFollowUpCompleteMutation', call(exports, 'markFollowUpCompleteMutation', OPPORTUNITY_ID)],
        ['markFollowUpCompleteMutation (with a reason)', call(exports, 'markFollowUpCompleteMutation', OPPORTUNITY_ID, 'Customer churned')],
        ['reopenFollowUpMutation', call(exports, 'reopenFollowUpMutation', OPPORTUNITY_ID)],
        [
            'recordMeasurementMutation',
            call(exports, 'recordMeasurementMutation', {
                kpiId: KPI_IDS[0],
                value: 12.5,
                measuredOn: '2026-03-02',
                source: 'Customer report',
                confirmed: true,
                note: 'From the QBR'
            })
        ]
    ];
    for (const readings of [0, 1, 2, 3])
        for (const full of [false, true])
            requests.push([
                `logCheckInMutation (${readings} reading${readings === 1 ? '' : 's'}, ${full ? 'every field' : 'blank optional fields'})`,
                call(exports, 'logCheckInMutation', OPPORTUNITY_ID, checkInDraft(readings, full))
            ]);
    return requests;
}

/** The component's own variables builder for a wire query: `<operationName, lower camel>Variables`. */
function wireVariables(exports: Exports, operationName: string): Record<string, unknown> | undefined {
    const builder = exports[`${operationName.charAt(0).toLowerCase()}${operationName.slice(1)}Variables`];
    if (typeof builder !== 'function') return undefined;
    const id = operationName.startsWith('Account') ? ACCOUNT_ID : OPPORTUNITY_ID;
    return (builder as (...a: unknown[]) => Record<string, unknown>)(...(builder.length ? [id] : []));
}

export function componentDocuments(root: string): ComponentDocument[] {
    const lwcDir = join(root, 'force-app', 'main', 'default', 'lwc');
    const loader = new ComponentLoader(lwcDir, { gql: platformGql });
    const documents: ComponentDocument[] = [];
    for (const path of componentModules(lwcDir).filter(importsGql)) {
        const exports = loader.load(path);
        const file = relative(root, path).split('\\').join('/');
        const module = file.split('/').pop()?.replace(/\.js$/, '') ?? file;
        for (const [name, value] of Object.entries(exports)) {
            const resolved = resolvePlatformDocument(value);
            if (!resolved) continue;
            const reference = value as object;
            if ('error' in resolved) {
                documents.push({ name: `${module}.${name}`, file, reference, sentAs: 'wire' });
                continue;
            }
            const operation = resolved.document.definitions.find((d) => d.kind === 'OperationDefinition');
            if (!operation || operation.kind !== 'OperationDefinition') {
                documents.push({ name: `${module}.${name}`, file, reference, sentAs: 'fragments' });
                continue;
            }
            const operationName = operation.name?.value;
            const variables = operation.operation === 'query' && operationName ? wireVariables(exports, operationName) : undefined;
            documents.push({
                name: `${module}.${name}`,
                file,
                reference,
                sentAs: operation.operation === 'mutation' ? 'executeMutation' : 'wire',
                ...(variables ? { variables } : {}),
                ...(operationName ? { operationName } : {})
            });
        }
        if (module === 'outcomesMutations') {
            for (const [name, request] of mutationRequests(exports))
                documents.push({
                    name: `${module}.${name}`,
                    file,
                    reference: request.query,
                    sentAs: 'executeMutation',
                    variables: request.variables,
                    operationName: request.operationName
                });
        }
    }
    return documents;
}
