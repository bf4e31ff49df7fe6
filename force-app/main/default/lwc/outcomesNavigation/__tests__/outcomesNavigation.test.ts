import { contactRolesPage, opensInPlace, opportunityPage } from 'c/outcomesNavigation';

describe('c/outcomesNavigation', () => {
    it('an Opportunity record page and its Contact Roles related list, as the navigation service names them', () => {
        expect(opportunityPage('006A')).toEqual({
            type: 'standard__recordPage',
            attributes: { recordId: '006A', objectApiName: 'Opportunity', actionName: 'view' }
        });
        expect(contactRolesPage('006A')).toEqual({
            type: 'standard__recordRelationshipPage',
            attributes: {
                recordId: '006A',
                objectApiName: 'Opportunity',
                relationshipApiName: 'OpportunityContactRoles',
                actionName: 'view'
            }
        });
    });

    it.each([
        ['a plain primary click', {}, true],
        ['Ctrl-click', { ctrlKey: true }, false],
        ['Cmd-click', { metaKey: true }, false],
        ['Shift-click', { shiftKey: true }, false],
        ['a middle click', { button: 1 }, false]
    ])('%s navigates in place: %s', (_case, init, expected) => {
        expect(opensInPlace(new MouseEvent('click', init))).toBe(expected);
    });
});
