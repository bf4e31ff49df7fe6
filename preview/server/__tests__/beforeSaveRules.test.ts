import { reachableThroughTrigger, readWonOnTable, type WonOnCase } from '../../../core/cases/wonOn';
import { wonOnAfterSave } from '../store/beforeSaveRules';
import { isWonStage } from '../../../core/metadata/opportunity-stages';
import { addDays } from '../../../core/dates';
import { openStore, refusalOf, removeTempDirs, TODAY } from './support';

/**
 * The preview's twin of OpportunityFollowUpTrigger, tested against the same case table as the
 * generated Apex test class (core/cases/won-on.json → OpportunityWonOnCasesTest.cls).
 */

const table = readWonOnTable();

function day(offset: number | null | undefined): string | null {
    if (offset === null || offset === undefined) return null;
    return addDays(TODAY, offset);
}

const won = (stage: string): boolean => isWonStage(stage) === true;
const rows = table.cases.map((row) => [row.case, row] as [string, WonOnCase]);

afterAll(removeTempDirs);

describe('Won_On__c: the rule (wonOnAfterSave), row by row', () => {
    it.each(rows)('%s', (_case, row) => {
        const after = wonOnAfterSave({
            wonNow: won(row.after),
            wonBefore: row.before === null ? null : won(row.before),
            wonOnBefore: day(row.wonOnBefore),
            today: TODAY
        });
        expect(after).toBe(day(row.expected));
    });
});

describe('Won_On__c: through the store write path (create, update), row by row', () => {
    // The store can start from any day (a write's `today` option), so only a won deal with a blank
    // Won On (won before the package was installed) cannot be set up through the write path.
    const reachable = rows.filter(([, row]) => row.before === null || !won(row.before) || row.wonOnBefore !== null);

    it('covers every row the generated Apex test runs through the trigger, and more', () => {
        const apexReachable = table.cases.filter(reachableThroughTrigger).map((r) => r.case);
        expect(reachable.map(([name]) => name)).toEqual(expect.arrayContaining(apexReachable));
        expect(reachable.length).toBeGreaterThan(apexReachable.length);
    });

    it.each(reachable)('%s', (_case, row) => {
        const { store } = openStore({ dataFile: null });
        const written = row.wonOnWritten !== undefined ? { Won_On__c: day(row.wonOnWritten) } : {};
        let saved;
        if (row.before === null) {
            saved = store.create(
                'Opportunity',
                { Name: row.case, StageName: row.after, CloseDate: day(row.closeDate), ...written },
                { mode: 'system' }
            );
        } else {
            const first = store.create(
                'Opportunity',
                { Name: row.case, StageName: row.before, CloseDate: day(row.closeDate) },
                { mode: 'system', today: day(row.wonOnBefore ?? 0) ?? TODAY }
            );
            expect(first.Won_On__c).toBe(day(row.wonOnBefore));
            saved = store.update(first.Id, { StageName: row.after, ...written }, { mode: 'system' });
        }
        expect(saved.Won_On__c).toBe(day(row.expected));
    });

    it('a rep cannot write Won On (read-only in the permission sets)', () => {
        const { store } = openStore({ dataFile: null });
        const deal = store.create('Opportunity', { Name: 'Won today', StageName: 'Closed Won', CloseDate: day(90) });
        expect(deal.Won_On__c).toBe(TODAY);
        const errors = refusalOf(() => store.update(deal.Id, { Won_On__c: day(-100) }));
        expect(errors).toEqual([expect.objectContaining({ field: 'Won_On__c', errorCode: 'INVALID_FIELD_FOR_INSERT_UPDATE' })]);
        expect(store.get(deal.Id)?.record.Won_On__c).toBe(TODAY);
    });
});
