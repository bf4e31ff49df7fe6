/**
 * What the preview's store holds of what the forms write, read through GraphQL (not from the
 * screen): a refused form must leave these unchanged, an accepted one must add exactly what was typed.
 */
import { graphql, type Connection } from '../../../preview/harness/requests';
import type { RunningPreview } from '../../../preview/harness/runningPreview';

export interface StoredGoal {
    name: string;
    whyItMatters: string | null;
    cost: number | null;
}

/** The goals captured on a deal, by name. */
export async function storedGoals(preview: RunningPreview, opportunityId: string): Promise<StoredGoal[]> {
    const data = await graphql<{
        Customer_Goal__c: Connection<{
            Name: { value: string };
            Why_It_Matters__c: { value: string | null };
            Cost_Of_Inaction__c: { value: number | null };
        }>;
    }>(
        preview,
        `{ uiapi { query { Customer_Goal__c(where: { Originating_Opportunity__c: { eq: "${opportunityId}" } }, orderBy: { Name: { order: ASC } }, first: 200) {
            edges { node { Name { value } Why_It_Matters__c { value } Cost_Of_Inaction__c { value } } } } } } }`
    );
    return data.Customer_Goal__c.edges.map(({ node }) => ({
        name: node.Name.value,
        whyItMatters: node.Why_It_Matters__c.value,
        cost: node.Cost_Of_Inaction__c.value
    }));
}

export interface StoredKpi {
    name: string;
    unit: string | null;
    baseline: number | null;
    target: number | null;
}

/** The KPIs of the goals captured on a deal, by name. */
export async function storedKpis(preview: RunningPreview, opportunityId: string): Promise<StoredKpi[]> {
    const data = await graphql<{
        Customer_KPI__c: Connection<{
            Name: { value: string };
            Unit__c: { value: string | null };
            Baseline_Value__c: { value: number | null };
            Target_Value__c: { value: number | null };
        }>;
    }>(
        preview,
        `{ uiapi { query { Customer_KPI__c(where: { Customer_Goal__r: { Originating_Opportunity__c: { eq: "${opportunityId}" } } }, orderBy: { Name: { order: ASC } }, first: 200) {
            edges { node { Name { value } Unit__c { value } Baseline_Value__c { value } Target_Value__c { value } } } } } } }`
    );
    return data.Customer_KPI__c.edges.map(({ node }) => ({
        name: node.Name.value,
        unit: node.Unit__c.value,
        baseline: node.Baseline_Value__c.value,
        target: node.Target_Value__c.value
    }));
}

/** The KPI names of the goals captured on a deal, sorted. */
export async function kpiNames(preview: RunningPreview, opportunityId: string): Promise<string[]> {
    return (await storedKpis(preview, opportunityId)).map((kpi) => kpi.name);
}

export interface FollowUpRecords {
    /** Each check-in's summary and next step, oldest first. */
    checkIns: { summary: string; nextStep: string | null }[];
    /** Every reading of the deal's KPIs: value and date, sorted. */
    readings: string[];
}

/** A deal's check-ins and every reading of its KPIs: what a refused or failed check-in must not have added. */
export async function followUpRecords(preview: RunningPreview, opportunityId: string): Promise<FollowUpRecords> {
    const data = await graphql<{
        Success_Check_In__c: Connection<{ Summary__c: { value: string }; Next_Step__c: { value: string | null } }>;
        KPI_Measurement__c: Connection<{ Value__c: { value: number }; Measured_On__c: { value: string } }>;
    }>(
        preview,
        `{ uiapi { query {
            Success_Check_In__c(where: { Opportunity__c: { eq: "${opportunityId}" } }, orderBy: { CreatedDate: { order: ASC } }, first: 200) {
                edges { node { Summary__c { value } Next_Step__c { value } } } }
            KPI_Measurement__c(where: { Customer_KPI__r: { Customer_Goal__r: { Originating_Opportunity__c: { eq: "${opportunityId}" } } } }, first: 2000) {
                edges { node { Value__c { value } Measured_On__c { value } } } totalCount }
        } } }`
    );
    return {
        checkIns: data.Success_Check_In__c.edges.map(({ node }) => ({ summary: node.Summary__c.value, nextStep: node.Next_Step__c.value })),
        readings: data.KPI_Measurement__c.edges.map(({ node }) => `${node.Value__c.value} on ${node.Measured_On__c.value}`).sort()
    };
}

/** Every reading of an account's KPIs ("<KPI>: <value> on <date>"), sorted. */
export async function accountReadings(preview: RunningPreview, accountId: string): Promise<string[]> {
    const data = await graphql<{
        KPI_Measurement__c: Connection<{
            Value__c: { value: number };
            Measured_On__c: { value: string };
            Customer_KPI__r: { Name: { value: string } };
        }>;
    }>(
        preview,
        `{ uiapi { query { KPI_Measurement__c(where: { Customer_KPI__r: { Customer_Goal__r: { Account__c: { eq: "${accountId}" } } } }, first: 2000) {
            edges { node { Value__c { value } Measured_On__c { value } Customer_KPI__r { Name { value } } } } } } } }`
    );
    return data.KPI_Measurement__c.edges
        .map(({ node }) => `${node.Customer_KPI__r.Name.value}: ${node.Value__c.value} on ${node.Measured_On__c.value}`)
        .sort();
}
