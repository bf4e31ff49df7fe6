/**
 * Links the panels draw as real links (NavigationMixin: GenerateUrl gives the href, Navigate opens
 * it in place), shared so each page reference and the click rule are written once.
 */

/** An Opportunity's record page. */
export function opportunityPage(recordId: string): { type: string; attributes: Record<string, unknown> } {
    return { type: 'standard__recordPage', attributes: { recordId, objectApiName: 'Opportunity', actionName: 'view' } };
}

/** An Opportunity's Contact Roles related list, where a rep adds the people involved. */
export function contactRolesPage(recordId: string | undefined): { type: string; attributes: Record<string, unknown> } {
    return {
        type: 'standard__recordRelationshipPage',
        attributes: { recordId, objectApiName: 'Opportunity', relationshipApiName: 'OpportunityContactRoles', actionName: 'view' }
    };
}

/**
 * Whether a click on a link should navigate in place: a plain primary click. With Ctrl, Cmd or
 * Shift, or another button, the browser opens a tab or window as it would for any link.
 */
export function opensInPlace(event: MouseEvent): boolean {
    return !(event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0);
}
