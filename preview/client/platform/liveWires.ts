/**
 * Every connected data wire (graphql, getRecord) registers here, so a record change announced
 * through notifyRecordUpdateAvailable or a uiRecordApi write re-runs the queries on the page,
 * as the org's shared record cache does.
 */
export interface RefreshableWire {
    refresh(): Promise<void>;
    /** Whether this wire reads the record; undefined means it cannot tell (GraphQL queries). */
    readsRecord?(recordId: string): boolean;
}

const live = new Set<RefreshableWire>();

export function registerWire(wire: RefreshableWire): void {
    live.add(wire);
}

export function unregisterWire(wire: RefreshableWire): void {
    live.delete(wire);
}

/** Refreshes the wires that may show any of the records (all GraphQL wires, matching getRecord wires). */
export async function refreshWiresFor(recordIds: readonly string[]): Promise<void> {
    const targets = [...live].filter((wire) => !wire.readsRecord || recordIds.some((id) => wire.readsRecord?.(id)));
    await Promise.all(targets.map((wire) => wire.refresh()));
}

/** Re-runs every live wire (RefreshEvent). */
export async function refreshAllWires(): Promise<void> {
    await Promise.all([...live].map((wire) => wire.refresh()));
}
