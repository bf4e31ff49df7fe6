/**
 * Makes the preview's /graphql fail on purpose (preview/server/faults.ts): the next `times`
 * requests for an operation fail as a dropped connection, an HTTP 500 or an org GraphQL error.
 */
import type { FaultKind } from '../../../preview/server/faults';
import type { RunningPreview } from '../../../preview/harness/runningPreview';

export type { FaultKind } from '../../../preview/server/faults';

export async function injectFault(preview: RunningPreview, operationName: string, kind: FaultKind, times = 1): Promise<void> {
    const response = await fetch(new URL('__preview/faults', preview.url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ operationName, kind, times })
    });
    if (!response.ok) throw new Error(`fault not queued: HTTP ${response.status} ${await response.text()}`);
}

/** What the preview's lightning/graphql stand-in reports for each fault (preview/client/platform/transport.ts). */
export const FAULT_MESSAGES: Record<FaultKind, RegExp> = {
    network: /The connection to the preview server was lost: TypeError/,
    http500: /The preview server answered 500 Internal Server Error without JSON\./,
    graphql: /An unexpected error occurred\. Please include this ErrorId if you contact support/
};

/**
 * The browser logs each failed request ("Failed to load resource: ..."): expected here, so only
 * the other console errors count.
 */
export function unexpectedConsoleErrors(consoleErrors: string[]): string[] {
    return consoleErrors.filter((message) => !/^Failed to load resource: /.test(message));
}
