/** Closest-name suggestions for "did you mean" hints. */

function editDistance(a: string, b: string): number {
    const s = a.toLowerCase();
    const t = b.toLowerCase();
    let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
    for (let i = 1; i <= s.length; i++) {
        const cur = [i];
        for (let j = 1; j <= t.length; j++) {
            const cost = s[i - 1] === t[j - 1] ? 0 : 1;
            cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
        }
        prev = cur;
    }
    return prev[t.length] ?? 0;
}

/** The candidate closest to `name`, when it is close enough to be a plausible typo. */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
    let best: string | undefined;
    let bestScore = Infinity;
    const lower = name.toLowerCase();
    for (const c of candidates) {
        if (c === name) continue;
        const cl = c.toLowerCase();
        let score = editDistance(name, c);
        if (cl === lower) score = 0;
        else if (cl.includes(lower) || lower.includes(cl)) score = Math.min(score, Math.abs(cl.length - lower.length) / 2 + 1);
        if (score < bestScore) {
            bestScore = score;
            best = c;
        }
    }
    if (best === undefined) return undefined;
    const limit = Math.max(2, Math.ceil(Math.max(name.length, best.length) * 0.4));
    return bestScore <= limit ? best : undefined;
}

/** " Did you mean X?" or an empty string. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
    const c = closest(name, candidates);
    return c ? `; did you mean ${c}?` : '';
}
