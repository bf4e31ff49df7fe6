/**
 * Lightning Data Service hands components read-only data: writing to a wired value throws in
 * the org. Freezing what the adapters emit makes the preview fail the same way instead of
 * letting a component that mutates wired data work here and break there.
 */
export function deepFreeze<T>(value: T): T {
    if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
        Object.freeze(value);
        for (const child of Object.values(value as Record<string, unknown>)) deepFreeze(child);
    }
    return value;
}
