import type { VerifyContext } from '../context';
import { ofType } from '../context';
import { closest } from '../../../core/suggest';
import { elementNamed, elementText } from '../../../core/xml';

/**
 * Rule 4 (global value sets): a picklist field whose <valueSet> names a global value set in
 * <valueSetName> needs that set among the project's globalValueSets/ (Metadata API Developer
 * Guide, "GlobalValueSet": a global value set is its own component, and "ValueSet" in
 * "CustomField": valueSetName "the name of the global value set"
 * https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_globalvalueset.htm,
 * https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/customfield.htm).
 * A deploy fails when the set is neither in the package nor in the org; a package that ships its
 * picklist fields ships the sets they use.
 */
export function checkGlobalValueSets(ctx: VerifyContext): void {
    const { report } = ctx;
    const sets = new Map(ofType(ctx, 'GlobalValueSet').map((f) => [(f.kind?.name ?? '').toLowerCase(), f.kind?.name ?? '']));
    for (const f of ofType(ctx, 'CustomField')) {
        const valueSet = elementNamed(f.root, 'valueSet');
        const nameEl = elementNamed(valueSet, 'valueSetName');
        const name = elementText(valueSet, 'valueSetName');
        if (!nameEl || !name) continue;
        report.reference();
        if (sets.has(name.toLowerCase())) continue;
        const near = closest(name, sets.values());
        report.error(
            f.path,
            nameEl,
            `${f.kind?.object ?? '?'}.${f.kind?.name ?? '?'} uses global value set ${name}, which is not in globalValueSets/${near ? `; did you mean ${near}?` : ''}`,
            `Add globalValueSets/${name}.globalValueSet-meta.xml or fix the name`
        );
    }
}
