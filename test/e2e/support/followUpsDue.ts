import { graphql, type Connection } from '../../../preview/harness/requests';
import type { RunningPreview } from '../../../preview/harness/runningPreview';

/** A won deal as Home's Follow-ups Due list shows it, read straight from the store through GraphQL. */
export interface DueDeal {
    Id: string;
    Name: { value: string };
    Follow_Up_Status__c: { value: string };
    Next_Follow_Up_Due__c: { value: string | null };
    Last_Check_In_Date__c: { value: string | null };
    Account: { Name: { value: string } } | null;
    Owner: { Name: { value: string } };
}

/**
 * The won deals due for follow-up (Overdue or Due soon), as stored, in the order the list must
 * show them: due date, then name. The expectations of the Home e2e files, computed independently
 * of the component.
 */
export async function dueDeals(preview: RunningPreview, today?: string): Promise<DueDeal[]> {
    const data = await graphql<{ Opportunity: Connection<DueDeal> }>(
        preview,
        `
            {
                uiapi {
                    query {
                        Opportunity(where: { IsWon: { eq: true } }, first: 2000) {
                            edges {
                                node {
                                    Id
                                    Name {
                                        value
                                    }
                                    Follow_Up_Status__c {
                                        value
                                    }
                                    Next_Follow_Up_Due__c {
                                        value
                                    }
                                    Last_Check_In_Date__c {
                                        value
                                    }
                                    Account {
                                        Name {
                                            value
                                        }
                                    }
                                    Owner {
                                        Name {
                                            value
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        `,
        today
    );
    return data.Opportunity.edges
        .map((e) => e.node)
        .filter((d) => d.Follow_Up_Status__c.value === 'Overdue' || d.Follow_Up_Status__c.value === 'Due soon')
        .sort(
            (a, b) =>
                (a.Next_Follow_Up_Due__c.value ?? '').localeCompare(b.Next_Follow_Up_Due__c.value ?? '') ||
                a.Name.value.localeCompare(b.Name.value)
        );
}
