import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formulaOutputs } from '../jest/formulas';

/**
 * GetFollowUpsDueAction names Follow_Up_Status__c's values in Apex (to check a Flow's or an agent's
 * input and to default to the deals due now). Apex cannot read a formula's outputs, so this test
 * reads both: the list in the class must be exactly the formula's literal results (from the field
 * XML), and the default statuses must be among them.
 */
const CLASS = join(__dirname, '..', '..', 'force-app', 'main', 'default', 'classes', 'GetFollowUpsDueAction.cls');
const source = readFileSync(CLASS, 'utf8');

/** The string literals of a `List<String> NAME = new List<String>{ ... }` in the class, constants resolved. */
function listOf(name: string): string[] {
    const constants = new Map([...source.matchAll(/static final String (\w+) = '([^']*)';/g)].map((m) => [m[1], m[2]]));
    const match = new RegExp(`List<String> ${name} = new List<String>\\{([^}]*)\\}`).exec(source);
    if (!match?.[1]) throw new Error(`GetFollowUpsDueAction.cls has no List<String> ${name}`);
    return match[1].split(',').map((item) => {
        const token = item.trim();
        const literal = /^'([^']*)'$/.exec(token);
        const value = literal ? literal[1] : constants.get(token);
        if (value === undefined) throw new Error(`GetFollowUpsDueAction.cls: ${name} holds ${token}, neither a literal nor a constant`);
        return value;
    });
}

describe('Get Follow-Ups Due names the follow-up statuses the formula computes', () => {
    const outputs = formulaOutputs('Opportunity', 'Follow_Up_Status__c');

    it('FOLLOW_UP_STATUSES is exactly Follow_Up_Status__c’s outputs', () => {
        expect(outputs.length).toBeGreaterThan(3);
        expect([...listOf('FOLLOW_UP_STATUSES')].sort()).toEqual(outputs);
    });

    it('the default statuses (the deals due now) are formula outputs: Overdue and Due soon, as the Home list', () => {
        expect(listOf('DEFAULT_STATUSES')).toEqual(['Overdue', 'Due soon']);
        for (const status of listOf('DEFAULT_STATUSES')) expect(outputs).toContain(status);
    });
});
