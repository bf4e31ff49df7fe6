/**
 * A small seeded pseudo-random generator (mulberry32): the same seed gives the same sequence on
 * every machine and Node version, so generated data sets are reproducible byte for byte.
 */
export class Prng {
    private state: number;

    constructor(seed: number) {
        // Any integer seed; 0 is as good as another once mixed.
        this.state = (Math.trunc(seed) ^ 0x9e3779b9) >>> 0;
    }

    /** A float in [0, 1). */
    next(): number {
        this.state = (this.state + 0x6d2b79f5) >>> 0;
        let t = this.state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    }

    /** An integer in [min, max], both included. */
    int(min: number, max: number): number {
        return min + Math.floor(this.next() * (max - min + 1));
    }

    /** True with probability `p`. */
    chance(p: number): boolean {
        return this.next() < p;
    }

    pick<T>(items: readonly T[]): T {
        if (items.length === 0) throw new Error('pick from an empty list');
        return items[Math.floor(this.next() * items.length)] as T;
    }

    /** One of `items`, chosen in proportion to its weight. */
    weighted<T>(items: readonly (readonly [T, number])[]): T {
        const total = items.reduce((sum, [, weight]) => sum + weight, 0);
        let r = this.next() * total;
        for (const [item, weight] of items) {
            r -= weight;
            if (r < 0) return item;
        }
        const last = items[items.length - 1];
        if (!last) throw new Error('weighted pick from an empty list');
        return last[0];
    }
}
