import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProject } from '../../../core/metadata/project';
import { findApexFiles } from '../../../core/apex-files';
import { checkSoql } from '../soql';

const model = loadProject(join(__dirname, '../../../force-app/main/default'));

/** Writes one class with the given method body and checks it; returns "line message" per problem. */
function check(body: string): string[] {
    const dir = mkdtempSync(join(tmpdir(), 'soql-'));
    const file = join(dir, 'Probe.cls');
    writeFileSync(file, `public with sharing class Probe {\n    public void run(Set<Id> ids) {\n${body}\n    }\n}\n`);
    return checkSoql([file], model).problems.map((p) => `${p.line} ${p.message}`);
}

describe('static SOQL against the data model', () => {
    it("finds nothing wrong in the package's own Apex", () => {
        const result = checkSoql(findApexFiles(join(__dirname, '../../../force-app')), model);
        expect(result.queries).toBeGreaterThanOrEqual(10);
        expect(result.problems).toEqual([]);
    });

    it('accepts fields, parent paths, child subqueries, aliases and platform fields that exist', () => {
        expect(
            check(`        List<Customer_KPI__c> kpis = [
            SELECT Id, Name, Customer_Goal__r.Originating_Opportunity__r.StageName, k.Target_Value__c,
                (SELECT Value__c FROM Measurements__r ORDER BY Measured_On__c DESC, CreatedDate DESC)
            FROM Customer_KPI__c k
            WHERE Id IN :ids AND Customer_Goal__r.Account__r.Name != null
            ORDER BY LastModifiedDate];`)
        ).toEqual([]);
    });

    it('names a misspelt field in SELECT at its line', () => {
        expect(check(`        List<Customer_KPI__c> kpis = [SELECT Id,\n            Current_Valu__c FROM Customer_KPI__c];`)).toEqual([
            expect.stringMatching(
                /^4 SOQL on Customer_KPI__c names Current_Valu__c: Customer_KPI__c has no field Current_Valu__c; did you mean Current_Value__c\?/
            )
        ]);
    });

    it('names a misspelt field in WHERE and ORDER BY', () => {
        const problems = check(`        Object o = [SELECT Id FROM Customer_KPI__c WHERE Baseline_Valeu__c > 0 ORDER BY Target_Dat__c];`);
        expect(problems).toHaveLength(2);
        expect(problems[0]).toMatch(/Baseline_Valeu__c/);
        expect(problems[1]).toMatch(/Target_Dat__c/);
    });

    it('names a misspelt parent relationship and a misspelt field of a child subquery', () => {
        const problems = check(
            `        Object o = [SELECT Customer_Gaol__r.Name, (SELECT Valeu__c FROM Measurements__r) FROM Customer_KPI__c];`
        );
        expect(problems).toEqual([
            expect.stringMatching(/Customer_Gaol__r\.Name: Customer_KPI__c has no parent relationship Customer_Gaol__r/),
            expect.stringMatching(/Valeu__c: KPI_Measurement__c has no field Valeu__c/)
        ]);
    });

    it('names an unknown custom object and an unknown child relationship', () => {
        expect(check(`        Object o = [SELECT Id FROM Customer_Gaol__c];`)).toEqual([
            expect.stringMatching(/FROM Customer_Gaol__c: the object does not exist/)
        ]);
        expect(check(`        Object o = [SELECT Id, (SELECT Id FROM Measurement__r) FROM Customer_KPI__c];`)).toEqual([
            expect.stringMatching(/subquery FROM Measurement__r: Customer_KPI__c has no child relationship/)
        ]);
    });

    it('judges custom names on standard objects, and leaves standard names it has no catalogue for alone', () => {
        expect(check(`        Object o = [SELECT Id, Follow_Up_Complet__c FROM Opportunity];`)).toEqual([
            expect.stringMatching(/Opportunity has no field Follow_Up_Complet__c/)
        ]);
        expect(check(`        Object o = [SELECT Id, PermissionsModifyAllData FROM PermissionSet WHERE Name = 'x'];`)).toEqual([]);
    });
});
