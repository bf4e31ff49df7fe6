/**
 * Salesforce-shaped record ids: a three-character key prefix per object, a fixed pod and
 * reserved part, a base-62 counter, and the three-character case-safe suffix the platform
 * appends to make the 18-character form. Ids of one object sort in creation order, which the
 * "latest measurement" rule relies on for its final tie-break (Id DESC), as the org's ids do.
 */

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
/** Pod "5g" and the reserved character "0", as in a real org's ids. */
const INSTANCE = '5g0';
const COUNTER_WIDTH = 9;

/** The platform's 3-character checksum: each 5-character chunk sets one bit per upper-case letter. */
function caseSafeSuffix(id15: string): string {
    let suffix = '';
    for (let chunk = 0; chunk < 3; chunk++) {
        let bits = 0;
        for (let i = 0; i < 5; i++) {
            const c = id15.charCodeAt(chunk * 5 + i);
            if (c >= 65 && c <= 90) bits |= 1 << i;
        }
        suffix += SUFFIX_ALPHABET[bits];
    }
    return suffix;
}

export function makeId(prefix: string, counter: number): string {
    let digits = '';
    let n = counter;
    do {
        digits = BASE62[n % 62] + digits;
        n = Math.floor(n / 62);
    } while (n > 0);
    const id15 = `${prefix}${INSTANCE}${digits.padStart(COUNTER_WIDTH, '0')}`;
    return id15 + caseSafeSuffix(id15);
}

const ID_SHAPE = /^[a-zA-Z0-9]{15}(?:[A-Z0-5]{3})?$/;

/** The 18-character form of a 15- or 18-character id; undefined when the text is not an id. */
export function toId18(id: string): string | undefined {
    if (!ID_SHAPE.test(id)) return undefined;
    const id15 = id.slice(0, 15);
    const expected = id15 + caseSafeSuffix(id15);
    // An 18-character id must carry its own checksum (so a mistyped id is not silently accepted).
    return id.length === 18 && id !== expected ? undefined : expected;
}

/** Standard objects keep the org's prefixes (the client derives object names from them). */
const STANDARD_PREFIXES: Record<string, string> = {
    Account: '001',
    Contact: '003',
    User: '005',
    Opportunity: '006',
    OpportunityContactRole: '00k'
};

function hash(text: string): number {
    let h = 2166136261;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 16777619);
    }
    return h >>> 0;
}

/**
 * Key prefixes for every object. Prefixes already in use (from the persisted store) are kept, so
 * ids stay valid when objects are added; new custom objects get "a" + two characters derived from
 * their API name, so the same object gets the same prefix in every fresh store.
 */
export function assignKeyPrefixes(objectNames: string[], existing: Record<string, string> = {}): Record<string, string> {
    const result: Record<string, string> = {};
    const used = new Set<string>();
    for (const name of objectNames) {
        const prefix = existing[name] ?? STANDARD_PREFIXES[name];
        if (prefix && !used.has(prefix)) {
            result[name] = prefix;
            used.add(prefix);
        }
    }
    for (const name of [...objectNames].sort()) {
        if (result[name]) continue;
        let n = hash(name) % (62 * 62);
        let prefix = '';
        for (let tries = 0; tries < 62 * 62; tries++) {
            prefix = `a${BASE62[Math.floor(n / 62)]}${BASE62[n % 62]}`;
            if (!used.has(prefix)) break;
            n = (n + 1) % (62 * 62);
        }
        result[name] = prefix;
        used.add(prefix);
    }
    return result;
}
