import type { VerifyContext } from '../context';
import { ofType } from '../context';
import { closest } from '../../../core/suggest';
import { elementNamed, elementText } from '../../../core/xml';
import { bundles } from './lwc-bundles';
import { auraBundles, projectComponentName } from './flexipages';

/**
 * Rule 4 (quick actions): the component a custom action opens is in the project. A
 * LightningWebComponent action names an LWC bundle that targets lightning__RecordAction; a
 * LightningComponent action names an Aura bundle (c:name). Metadata API Developer Guide,
 * "QuickAction" (lightningWebComponent, lightningComponent).
 */
export function checkQuickActions(ctx: VerifyContext): void {
    const lwc = bundles(ctx);
    const aura = auraBundles(ctx);
    for (const f of ofType(ctx, 'QuickAction')) {
        const root = f.root;
        const owner = `quick action ${f.kind?.name ?? ''}`;
        const type = elementText(root, 'type');
        if (type === 'LightningWebComponent') {
            const name = elementText(root, 'lightningWebComponent') ?? '';
            const at = elementNamed(root, 'lightningWebComponent') ?? root;
            ctx.report.reference();
            const bundle = lwc.get(name);
            if (!bundle) {
                const near = closest(name, lwc.keys());
                ctx.report.error(
                    f.path,
                    at,
                    `${owner} opens ${name}, which is not a bundle under lwc/${near ? `; did you mean ${near}?` : ''}`
                );
            } else if (!bundle.targets.includes('lightning__RecordAction'))
                ctx.report.error(
                    f.path,
                    at,
                    `${owner} opens ${name}, which does not target lightning__RecordAction`,
                    `Add <target>lightning__RecordAction</target> to ${name}.js-meta.xml`
                );
        } else if (type === 'LightningComponent') {
            const name = elementText(root, 'lightningComponent') ?? '';
            const bundleName = projectComponentName(name);
            if (bundleName === undefined) continue; // another namespace's component
            ctx.report.reference();
            if (!aura.has(bundleName.toLowerCase()))
                ctx.report.error(
                    f.path,
                    elementNamed(root, 'lightningComponent') ?? root,
                    `${owner} opens ${name}, which is not a bundle under aura/`,
                    'Create the Aura component (implementing force:lightningQuickAction) or fix its name'
                );
        }
    }
}
