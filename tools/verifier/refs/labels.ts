import type { VerifyContext } from '../context';
import { ofType } from '../context';
import { labelValuesOf } from '../../../core/metadata/labels';

const cache = new WeakMap<VerifyContext, Map<string, string>>();

/** Custom label names (lower case → as written) from labels/*.labels-meta.xml. */
export function labelNames(ctx: VerifyContext): Map<string, string> {
    const cached = cache.get(ctx);
    if (cached) return cached;
    const names = new Map<string, string>();
    for (const f of ofType(ctx, 'CustomLabels')) {
        if (!f.doc) continue;
        for (const name of labelValuesOf(f.doc).keys()) names.set(name.toLowerCase(), name);
    }
    cache.set(ctx, names);
    return names;
}
