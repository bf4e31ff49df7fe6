import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordActions } from '../plugins/recordActions';

const NS = 'xmlns="http://soap.sforce.com/2006/04/metadata"';

function page(object: string, actions: string[], type = 'RecordPage'): string {
    const items = actions.map((a) => `<valueListItems><value>${a}</value></valueListItems>`).join('');
    return `<?xml version="1.0" encoding="UTF-8"?><FlexiPage ${NS}><flexiPageRegions><itemInstances><componentInstance>
        <componentInstanceProperties><name>actionNames</name><valueList>${items}</valueList></componentInstanceProperties>
        <componentName>force:highlightsPanel</componentName></componentInstance></itemInstances><name>header</name><type>Region</type></flexiPageRegions>
        <masterLabel>P</masterLabel><sobjectType>${object}</sobjectType><type>${type}</type></FlexiPage>`;
}

function action(label: string, type: string, component?: string): string {
    return `<?xml version="1.0" encoding="UTF-8"?><QuickAction ${NS}><label>${label}</label>${
        component ? `<lightningWebComponent>${component}</lightningWebComponent>` : ''
    }<type>${type}</type></QuickAction>`;
}

describe('preview:record-actions', () => {
    it("lists the package's LWC quick actions of each record page's highlights panel, in the page's order", () => {
        const dir = mkdtempSync(join(tmpdir(), 'record-actions-'));
        try {
            mkdirSync(join(dir, 'flexipages'));
            mkdirSync(join(dir, 'quickActions'));
            writeFileSync(
                join(dir, 'flexipages', 'Deal.flexipage-meta.xml'),
                page('Opportunity', ['Edit', 'Opportunity.Second', 'Opportunity.Via_Flow', 'Opportunity.First'])
            );
            writeFileSync(join(dir, 'flexipages', 'Home.flexipage-meta.xml'), page('Opportunity', ['Opportunity.First'], 'HomePage'));
            writeFileSync(
                join(dir, 'quickActions', 'Opportunity.First.quickAction-meta.xml'),
                action('First one', 'LightningWebComponent', 'firstAction')
            );
            writeFileSync(
                join(dir, 'quickActions', 'Opportunity.Second.quickAction-meta.xml'),
                action('Second one', 'LightningWebComponent', 'secondAction')
            );
            writeFileSync(join(dir, 'quickActions', 'Opportunity.Via_Flow.quickAction-meta.xml'), action('A flow', 'Flow'));
            expect(recordActions(dir)).toEqual({
                Opportunity: [
                    { name: 'Opportunity.Second', label: 'Second one', tagName: 'c-second-action' },
                    { name: 'Opportunity.First', label: 'First one', tagName: 'c-first-action' }
                ]
            });
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });

    it("reads the package's Opportunity page: Log check-in opens c-check-in-quick-action", () => {
        expect(recordActions().Opportunity).toEqual([
            expect.objectContaining({ name: 'Opportunity.Log_Check_In', tagName: 'c-check-in-quick-action' })
        ]);
    });
});
