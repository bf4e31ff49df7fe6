import { buildRecordQuery, toRecordRepresentation } from '../recordQuery';

describe('getRecord over GraphQL', () => {
    it('selects each field as a value object and each relationship as a nested record', () => {
        const { query, variables } = buildRecordQuery('Opportunity', '006x', [
            { objectApiName: 'Opportunity', segments: ['Name'] },
            { objectApiName: 'Opportunity', segments: ['Account', 'Name'] }
        ]);
        expect(query.replace(/\s+/g, ' ')).toContain(
            'Opportunity(where: { Id: { eq: $recordId } }, first: 1) { edges { node { Id Name { value displayValue } Account { __typename Id Name { value displayValue } } } } }'
        );
        expect(variables).toEqual({ recordId: '006x' });
    });

    it('turns the answer into the org record representation', () => {
        const data = {
            uiapi: {
                query: {
                    Opportunity: {
                        edges: [
                            {
                                node: {
                                    Id: '006x',
                                    Name: { value: 'Deal', displayValue: 'Deal' },
                                    Account: { __typename: 'Account', Id: '001x', Name: { value: 'Acme', displayValue: null } }
                                }
                            }
                        ]
                    }
                }
            }
        };
        const record = toRecordRepresentation('Opportunity', data);
        expect(record?.fields.Name).toEqual({ value: 'Deal', displayValue: 'Deal' });
        expect(record?.fields.Account?.displayValue).toBe('Acme');
        expect(record?.fields.Account?.value).toEqual({
            apiName: 'Account',
            id: '001x',
            fields: { Id: { value: '001x', displayValue: null }, Name: { value: 'Acme', displayValue: null } }
        });
        expect(toRecordRepresentation('Opportunity', { uiapi: { query: { Opportunity: { edges: [] } } } })).toBeUndefined();
    });
});
