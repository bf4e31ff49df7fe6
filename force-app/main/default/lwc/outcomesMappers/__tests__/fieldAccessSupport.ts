/**
 * Helpers for the field-access tests (issue 11; not a test itself): which fields the panels'
 * queries mark `@optional`, read from the query documents themselves, and a fixture as a user
 * without access to some fields receives it (the org leaves such fields out of the response).
 */
import { Kind, parse, visit } from 'graphql';

/** Names of the fields a query marks @optional, and of those it asks for without it. */
export function optionalFieldsOf(query: unknown): { optional: Set<string>; required: Set<string> } {
    const optional = new Set<string>();
    const required = new Set<string>();
    visit(parse(String(query)), {
        [Kind.FIELD](node) {
            const name = node.name.value;
            if (node.directives?.some((d) => d.name.value === 'optional')) optional.add(name);
            else required.add(name);
        }
    });
    return { optional, required };
}

/**
 * The query's @optional fields, checked to be safe to strip by name anywhere in a response: no
 * field of that name is asked for without @optional elsewhere in the query.
 */
export function strippableOptionalFields(query: unknown): string[] {
    const { optional, required } = optionalFieldsOf(query);
    const clash = [...optional].filter((name) => required.has(name));
    if (clash.length) throw new Error(`fields both optional and required in the query: ${clash.join(', ')}`);
    return [...optional].sort();
}

/** A deep copy of a JSON response without the named keys, at any depth. */
export function withoutFields<T>(data: T, names: Iterable<string>): T {
    const drop = new Set(names);
    const strip = (value: unknown): unknown => {
        if (Array.isArray(value)) return value.map(strip);
        if (value === null || typeof value !== 'object') return value;
        return Object.fromEntries(
            Object.entries(value)
                .filter(([key]) => !drop.has(key))
                .map(([key, v]) => [key, strip(v)])
        );
    };
    const stripped: unknown = strip(data);
    return stripped as typeof data;
}

/** How many times any of the named keys occurs in a response (a stripped fixture has none). */
export function countFields(data: unknown, names: Iterable<string>): number {
    const wanted = new Set(names);
    let count = 0;
    const walk = (value: unknown): void => {
        if (Array.isArray(value)) value.forEach(walk);
        else if (value !== null && typeof value === 'object')
            for (const [key, v] of Object.entries(value)) {
                if (wanted.has(key)) count += 1;
                walk(v);
            }
    };
    walk(data);
    return count;
}
