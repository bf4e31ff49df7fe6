import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordActions } from '../plugins/recordActions';

const NS = 'xmlns="http://soap.sforce.com/2006/04/metadata"';

/** A dynamic action, with the visibility rule `{!$Client.FormFactor} <operator> <value>` when given. */
type PageAction = string | [name: string, operator: string, formFactor: string];

function page(object: string, actions: PageAction[], type = 'RecordPage'): string {
    const items = actions
        .map((a) =>
            typeof a === 'string'
                ? `<valueListItems><value>${a}</value></valueListItems>`
                : `<valueListItems><value>${a[0]}</value><visibilityRule><criteria><leftValue>{!$Client.FormFactor}</leftValue>` +
                  `<operator>${a[1]}</operator><rightValue>${a[2]}</rightValue></criteria></visibilityRule></valueListItems>`
        )
        .join('');
    return `<?xml version="1.0" encoding="UTF-8"?><FlexiPage ${NS}><flexiPageRegions><itemInstances><componentInstance>
        <componentInstanceProperties><name>actionNames</name><valueList>${items}</valueList></componentInstanceProperties>
        <componentName>force:highlightsPanel</componentName></componentInstance></itemInstances><name>header</name><type>Region</type></flexiPageRegions>
        <masterLabel>P</masterLabel><sobjectType>${object}</sobjectType><type>${type}</type></FlexiPage>`;
}

function action(label: string, type: string, component?: string): string {
    const element = type === 'LightningComponent' ? 'lightningComponent' : 'lightningWebComponent';
    return `<?xml version="1.0" encoding="UTF-8"?><QuickAction ${NS}><label>${label}</label>${
        component ? `<${element}>${component}</${element}>` : ''
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
                    {
                        name: 'Opportunity.Second',
                        label: 'Second one',
                        tagName: 'c-second-action',
                        formFactors: ['Large', 'Medium', 'Small']
                    },
                    { name: 'Opportunity.First', label: 'First one', tagName: 'c-first-action', formFactors: ['Large', 'Medium', 'Small'] }
                ]
            });
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });

    it("keeps each action's form factors from its {!$Client.FormFactor} visibility rule; an Aura action opens the LWC its .cmp hosts", () => {
        const dir = mkdtempSync(join(tmpdir(), 'record-actions-'));
        try {
            for (const sub of ['flexipages', 'quickActions', 'aura/wrapper']) mkdirSync(join(dir, sub), { recursive: true });
            writeFileSync(
                join(dir, 'flexipages', 'Deal.flexipage-meta.xml'),
                page('Opportunity', [
                    ['Opportunity.Desk', 'NE', 'Small'],
                    ['Opportunity.Phone', 'EQUAL', 'Small']
                ])
            );
            writeFileSync(
                join(dir, 'quickActions', 'Opportunity.Desk.quickAction-meta.xml'),
                action('Desk', 'LightningWebComponent', 'deskAction')
            );
            writeFileSync(
                join(dir, 'quickActions', 'Opportunity.Phone.quickAction-meta.xml'),
                action('Phone', 'LightningComponent', 'c:wrapper')
            );
            writeFileSync(
                join(dir, 'aura', 'wrapper', 'wrapper.cmp'),
                '<aura:component implements="force:lightningQuickActionWithoutHeader"><div><c:hostedAction recordId="{!v.recordId}" /></div></aura:component>'
            );
            expect(recordActions(dir)).toEqual({
                Opportunity: [
                    { name: 'Opportunity.Desk', label: 'Desk', tagName: 'c-desk-action', formFactors: ['Large', 'Medium'] },
                    { name: 'Opportunity.Phone', label: 'Phone', tagName: 'c-hosted-action', formFactors: ['Small'] }
                ]
            });
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });

    it("reads the package's Opportunity page: Log check-in off phones, its mobile app twin on phones, both opening c-check-in-quick-action", () => {
        expect(recordActions().Opportunity).toEqual([
            expect.objectContaining({
                name: 'Opportunity.Log_Check_In',
                tagName: 'c-check-in-quick-action',
                formFactors: ['Large', 'Medium']
            }),
            expect.objectContaining({ name: 'Opportunity.Log_Check_In_Mobile', tagName: 'c-check-in-quick-action', formFactors: ['Small'] })
        ]);
    });
});
