/** Small statistics for benchmark samples. */

function sorted(values: readonly number[]): number[] {
    return [...values].sort((a, b) => a - b);
}

/** The p-th percentile (0-100), nearest-rank on the sorted samples. */
export function percentile(values: readonly number[], p: number): number {
    const s = sorted(values);
    if (s.length === 0) return Number.NaN;
    const rank = Math.ceil((p / 100) * s.length);
    return s[Math.min(s.length - 1, Math.max(0, rank - 1))] ?? Number.NaN;
}

/** Median: the mean of the two middle samples when their count is even. */
export function median(values: readonly number[]): number {
    const s = sorted(values);
    if (s.length === 0) return Number.NaN;
    const mid = Math.floor(s.length / 2);
    return s.length % 2 ? (s[mid] ?? Number.NaN) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

export function round(value: number, decimals = 2): number {
    if (!Number.isFinite(value)) return value;
    const f = 10 ** decimals;
    return Math.round(value * f) / f;
}
