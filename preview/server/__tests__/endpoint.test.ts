import { clientConfig, handleGraphQL } from '../graphqlEndpoint';
import { closePreviewData, previewData } from '../dataService';
import { projectModel, TODAY } from './support';

describe('the dev server endpoint', () => {
    beforeAll(() => {
        // One in-memory store for this file: the repository's .preview-data stays untouched.
        previewData({ model: projectModel(), dataFile: null, today: TODAY, timeZone: 'UTC', log: () => undefined });
    });
    afterAll(closePreviewData);

    it('answers POST /graphql bodies from the store, with a per-request today', async () => {
        const query = `query s { uiapi { query { Opportunity(where: { Name: { eq: "Brightwater Health Partners - Patient Billing Service Desk" } }) { edges { node { Follow_Up_Status__c { value } } } } } } }`;
        const status = async (today?: string): Promise<unknown> =>
            (
                (await handleGraphQL({ query, operationName: 's' }, today ? { today } : {})) as {
                    data: { uiapi: { query: { Opportunity: { edges: { node: { Follow_Up_Status__c: { value: string } } }[] } } } };
                }
            ).data.uiapi.query.Opportunity.edges[0]?.node.Follow_Up_Status__c.value;
        expect(await status()).toBe('Due soon');
        expect(await status('2026-07-01')).toBe('Overdue');
    });

    it('hands the browser the running user and every object key prefix', () => {
        const config = clientConfig();
        expect(config.userId).toMatch(/^005\w{15}$/);
        expect(config.keyPrefixes).toMatchObject({ '001': 'Account', '006': 'Opportunity' });
        expect(Object.values(config.keyPrefixes ?? {})).toEqual(
            expect.arrayContaining(['Customer_Goal__c', 'Customer_KPI__c', 'KPI_Measurement__c', 'Success_Check_In__c'])
        );
    });
});
