/**
 * One source for the forms' limits: c/outcomesFieldFacts (generated) says of each field what the
 * preview's getObjectInfo stand-in serves (UI API's length, precision, scale), and a fresh
 * generation equals the committed module (as `npm run field:facts -- --check` does in npm test).
 */
import { objectInfos } from '../../preview/build/plugins/objectInfo';
import { FIELDS, fieldFacts } from '../generate-field-facts';

jest.doMock('preview:object-info', () => ({ __esModule: true, default: objectInfos() }), { virtual: true });
type Limits = { length: number; precision: number; scale: number };
type ObjectInfoAdapter = new (emit: (value: unknown) => void) => { update(config: { objectApiName: string }): void; connect(): void };

/** The committed module's source (.ts: the .js beside it is the deployed ES module build output). */
const FIELD_FACTS = jest.requireActual<{ default: Record<string, Record<string, number>> }>(
    '../../force-app/main/default/lwc/outcomesFieldFacts/outcomesFieldFacts.ts'
).default;
/** The preview's lightning/uiObjectInfoApi, loaded after its virtual module is mocked above. */
const { getObjectInfo } = jest.requireActual<{ getObjectInfo: ObjectInfoAdapter }>('../../preview/client/platform/uiObjectInfoApi');

/** What the stand-in answers a component's getObjectInfo wire with, for one object. */
function served(objectApiName: string): { fields: Record<string, Limits> } {
    let answer: unknown;
    const adapter = new getObjectInfo((value) => (answer = value));
    adapter.update({ objectApiName });
    adapter.connect();
    const data = (answer as { data?: { fields: Record<string, Limits> } }).data;
    if (!data) throw new Error(`the stand-in has no object info for ${objectApiName}`);
    return data;
}

describe('c/outcomesFieldFacts', () => {
    it.each(FIELDS.map((ref) => [ref]))('%s: the limit the stand-in serves', (ref) => {
        const [object = '', field = ''] = ref.split('.');
        const info = served(object).fields[field];
        expect(info).toBeDefined();
        const fact = FIELD_FACTS[ref] ?? {};
        if ('precision' in fact) expect({ precision: info?.precision, scale: info?.scale }).toEqual(fact);
        else expect({ length: info?.length }).toEqual(fact);
    });

    it('equals a fresh generation from the objects', () => {
        expect(FIELD_FACTS).toEqual(fieldFacts());
    });

    it('holds the limits the objects define (Name 80 and TextArea 255 are the platform’s, stated nowhere in the XML)', () => {
        expect(FIELD_FACTS['Customer_Goal__c.Name']).toEqual({ length: 80 });
        expect(FIELD_FACTS['KPI_Measurement__c.Note__c']).toEqual({ length: 255 });
        expect(FIELD_FACTS['Customer_Goal__c.Cost_Of_Inaction__c']).toEqual({ precision: 18, scale: 2 });
    });
});
