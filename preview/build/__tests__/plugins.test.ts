import { join } from 'node:path';
import { loadProject } from '../../../core/metadata/project';
import { SOURCE_DIR } from '../paths';
import { listBundles, tagNameOf } from '../plugins/components';
import { customLabels } from '../plugins/labels';
import { readLabels } from '../../../core/metadata/labels';
import { parseSchemaReference, schemaProblem } from '../plugins/schema';

const FIXTURES = join(__dirname, 'fixtures');

describe('preview build plugins', () => {
    it('names package components as the platform does', () => {
        expect(tagNameOf('opportunityOutcomes')).toBe('c-opportunity-outcomes');
        expect(tagNameOf('followUpsDue')).toBe('c-follow-ups-due');
    });

    it('lists bundles, telling renderable components from service modules', () => {
        expect(listBundles(join(FIXTURES, 'lwc')).map((b) => [b.tagName, b.renders])).toEqual([
            ['c-kpi-format', false],
            ['c-opportunity-outcomes', true]
        ]);
        expect(listBundles(join(FIXTURES, 'no-such-dir'))).toEqual([]);
    });

    it('reads custom labels with entities decoded', () => {
        expect(readLabels(join(FIXTURES, 'labels/CustomLabels.labels-meta.xml')).get('Fixture_Title')).toBe(
            'Preview fixture & base components'
        );
        expect(readLabels(join(FIXTURES, 'missing.xml')).size).toBe(0);
    });

    it('fails the build naming a custom label that does not exist', () => {
        const plugin = customLabels(join(FIXTURES, 'labels/CustomLabels.labels-meta.xml'));
        const context = {
            addWatchFile: () => undefined,
            error: (message: string) => {
                throw new Error(message);
            }
        };
        const hook = <T extends unknown[]>(fn: unknown, ...args: T) => (fn as (...a: T) => unknown).call(context, ...args);
        hook(plugin.buildStart, {});
        expect(hook(plugin.resolveId, '@salesforce/label/c.Fixture_Title', '/x/y.ts')).toBe('\0salesforce-label:Fixture_Title');
        expect(hook(plugin.resolveId, '@salesforce/label/LightningControl.required', '/x/y.ts')).toBeNull();
        expect(() => hook(plugin.resolveId, '@salesforce/label/c.No_Such_Label', '/x/y.ts')).toThrow(
            '@salesforce/label/c.No_Such_Label (imported by /x/y.ts): no custom label named "No_Such_Label"'
        );
    });

    it('accepts schema imports the data model has and names what is wrong otherwise', () => {
        const model = loadProject(SOURCE_DIR);
        const problem = (path: string) => schemaProblem(model, parseSchemaReference(path));
        expect(parseSchemaReference('Opportunity.Account.Name')).toEqual({ objectApiName: 'Opportunity', fieldApiName: 'Account.Name' });
        expect(problem('Opportunity')).toBeUndefined();
        expect(problem('Opportunity.StageName')).toBeUndefined();
        expect(problem('Opportunity.Account.Name')).toBeUndefined();
        expect(problem('Opportunity.Owner.Name')).toBeUndefined();
        expect(problem('Customer_KPI__c.Customer_Goal__r.Name')).toBeUndefined();
        expect(problem('Opportunity.No_Such__c')).toBe('unknown field Opportunity.No_Such__c');
        expect(problem('Opportunity.Nope.Name')).toBe('unknown relationship Opportunity.Nope');
        expect(problem('Nothing__c')).toBe('unknown object Nothing__c');
    });
});
