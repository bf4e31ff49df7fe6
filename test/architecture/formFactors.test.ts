/**
 * Which page form factors the panels and the Log check-in action declare (LWC Developer Guide,
 * "Configure Your Component for Different Form Factors": record and app pages support Large and
 * Small, Home pages only Large). The panels work at phone width (test/e2e/phone.e2e.ts), so each
 * declares Small wherever its page type allows it. A component whose targets need separate
 * targetConfigs (Home: Large only) repeats its design properties in each: they must stay equal.
 */
import { join } from 'node:path';
import { descendantsNamed, elementTree, elementsNamed, parseXmlFile, type XmlElement } from '../../core/xml';

const LWC = join(__dirname, '../../force-app/main/default/lwc');
const PAGES_WITH_PHONE = new Set(['lightning__RecordPage', 'lightning__AppPage', 'lightning__RecordAction']);

interface TargetConfig {
    targets: string[];
    formFactors: string[];
    properties: string;
}

function targetConfigs(bundle: string): TargetConfig[] {
    const root: XmlElement = elementTree(parseXmlFile(join(LWC, bundle, `${bundle}.js-meta.xml`)));
    return descendantsNamed(root, 'targetConfig').map((config) => ({
        targets: (config.attributes.targets ?? '').split(',').map((t) => t.trim()),
        formFactors: descendantsNamed(config, 'supportedFormFactor').map((f) => f.attributes.type ?? ''),
        properties: JSON.stringify(elementsNamed(config, 'property').map((p) => p.attributes))
    }));
}

describe.each(['opportunityOutcomes', 'accountOutcomes', 'followUpsDue', 'checkInQuickAction'])('%s', (bundle) => {
    const configs = targetConfigs(bundle);

    it('declares Small (phone) and Large on every page type that has both, and only Large on Home', () => {
        expect(configs.length).toBeGreaterThan(0);
        for (const config of configs) {
            const phone = config.targets.every((t) => PAGES_WITH_PHONE.has(t));
            expect({ targets: config.targets, formFactors: config.formFactors.sort() }).toEqual({
                targets: config.targets,
                formFactors: phone ? ['Large', 'Small'] : ['Large']
            });
        }
    });

    it('offers the same design properties on each of its page types', () => {
        expect(new Set(configs.map((c) => c.properties)).size).toBe(1);
    });
});
