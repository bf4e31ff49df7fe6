import { elementTree, parseXmlText } from '../../../core/xml';
import { formulaReferences, picklistTests } from '../refs/formula-tokens';
import { typeSpec } from '../schema';
import { closest } from '../../../core/suggest';

describe('formula references', () => {
    it('finds merge fields and skips functions, literals, comments and keywords', () => {
        const refs = formulaReferences(
            'IF(AND(NOT(ISBLANK(Target__c)), Customer_Goal__r.Account__r.Name <> "x.y"), TRUE, /* Old__c */ $CustomMetadata.S__mdt.Default.F__c * 0.5)'
        );
        expect(refs.map((r) => r.text)).toEqual(['Target__c', 'Customer_Goal__r.Account__r.Name', '$CustomMetadata.S__mdt.Default.F__c']);
    });

    it('finds ISPICKVAL tests', () => {
        expect(picklistTests('ISPICKVAL(Direction__c, \'Increase\') || ISPICKVAL( Status__c , "Done" )')).toEqual([
            { field: 'Direction__c', value: 'Increase', offset: 0 },
            { field: 'Status__c', value: 'Done', offset: 39 }
        ]);
    });
});

describe('schema', () => {
    it('merges jsforce with the overlay, base type first', () => {
        const field = typeSpec('CustomField');
        expect(field?.order[0]).toBe('fullName');
        expect(field?.props.get('summaryOperation')?.optional).toBe(true);
        expect(typeSpec('FlexiPageRegion')?.props.get('itemInstances')?.array).toBe(true);
        expect(typeSpec('ReportFolder')?.props.get('accessType')?.owner).toBe('Folder');
    });
});

describe('element tree', () => {
    it('keeps document order, positions, attributes and decoded text', () => {
        const root = elementTree(
            parseXmlText('x.xml', '<?xml version="1.0"?>\n<A x="1">\n  <b>1 &lt; 2</b>\n  <c><![CDATA[<d>]]></c>\n</A>')
        );
        expect(root.name).toBe('A');
        expect(root.attributes).toEqual({ x: '1' });
        expect(root.children.map((c) => [c.name, c.text, c.line, c.column])).toEqual([
            ['b', '1 < 2', 3, 3],
            ['c', '<d>', 4, 3]
        ]);
    });
});

describe('suggestions', () => {
    it('suggests a close name and nothing for an unrelated one', () => {
        expect(closest('Budjet__c', ['Budget__c', 'Status__c'])).toBe('Budget__c');
        expect(closest('Completely_Different__c', ['Budget__c', 'Status__c'])).toBeUndefined();
    });
});
