import { text } from '../../../core/xml';
import type { VerifyContext } from '../context';

/** Names of the package's own components by type (tabs, apps, classes, flexipages, reports, ...), lower case → as written. */
const cache = new WeakMap<VerifyContext, Map<string, Map<string, string>>>();

export function componentNames(ctx: VerifyContext, type: string): Map<string, string> {
    let byType = cache.get(ctx);
    if (!byType) {
        byType = new Map();
        cache.set(ctx, byType);
    }
    const cached = byType.get(type);
    if (cached) return cached;
    const names = new Map<string, string>();
    for (const f of ctx.files) {
        if (f.kind?.type !== type) continue;
        const name =
            type === 'CustomField' || type === 'ListView' || type === 'RecordType' || type === 'CompactLayout'
                ? `${f.kind.object}.${f.kind.name}`
                : f.kind.name;
        names.set(name.toLowerCase(), name);
    }
    byType.set(type, names);
    return names;
}

/** Custom settings of the project: custom objects with <customSettingsType> (List or Hierarchy). */
export function customSettingNames(ctx: VerifyContext): string[] {
    return [...ctx.model.objects.values()].filter((o) => o.doc && text(o.doc.root, 'customSettingsType')).map((o) => o.apiName);
}
