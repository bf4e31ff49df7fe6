import { getObject } from '../../core/metadata/project';
import { checkValidationRules } from '../../tools/formula';
import { loadModel, TODAY } from './support';

/**
 * Every validation rule passing and failing, evaluated from the errorConditionFormula in
 * objects/<Object>/validationRules/*.validationRule-meta.xml with today frozen at 2026-06-15.
 * Each row lists the rules expected to fire (none: the record saves).
 */

const model = loadModel();
// A new record (priorRecord null) saved by a rep (no custom permissions), unless a table says otherwise.
const AS_NEW_BY_REP = { priorRecord: null, customPermissions: [] };
const fired = (objectName: string, record: Record<string, unknown>): string[] =>
    checkValidationRules(model, objectName, record, TODAY, AS_NEW_BY_REP)
        .map((f) => f.rule)
        .sort();

const KPI = {
    Name: 'Days sales outstanding',
    Direction__c: 'Increase',
    Baseline_Value__c: 100,
    Baseline_Date__c: '2026-01-01',
    Target_Value__c: 200,
    Target_Date__c: '2026-12-31'
};

describe('Customer_KPI__c validation rules', () => {
    it.each([
        ['valid Increase KPI', {}, []],
        ['valid Decrease KPI', { Direction__c: 'Decrease', Target_Value__c: 50 }, []],
        ['new KPI with only a name', { Baseline_Value__c: null, Baseline_Date__c: null, Target_Value__c: null, Target_Date__c: null }, []],
        ['baseline date without values', { Baseline_Value__c: null, Target_Value__c: null, Target_Date__c: null }, []],
        ['baseline only, with its date', { Target_Value__c: null, Target_Date__c: null }, []],
        ['target equals baseline', { Target_Value__c: 100 }, ['Target_Must_Differ_From_Baseline']],
        ['target equals baseline at zero', { Baseline_Value__c: 0, Target_Value__c: 0 }, ['Target_Must_Differ_From_Baseline']],
        [
            'target equals baseline on a Decrease KPI',
            { Direction__c: 'Decrease', Target_Value__c: 100 },
            ['Target_Must_Differ_From_Baseline']
        ],
        ['Increase KPI with target below baseline', { Target_Value__c: 99 }, ['Increase_Target_Above_Baseline']],
        ['Decrease KPI with target above baseline', { Direction__c: 'Decrease', Target_Value__c: 101 }, ['Decrease_Target_Below_Baseline']],
        ['no direction: either side is accepted', { Direction__c: null, Target_Value__c: 50 }, []],
        ['target date on the baseline date', { Target_Date__c: '2026-01-01' }, ['Target_Date_After_Baseline_Date']],
        ['target date before the baseline date', { Target_Date__c: '2025-12-31' }, ['Target_Date_After_Baseline_Date']],
        ['target date the day after the baseline date', { Target_Date__c: '2026-01-02' }, []],
        ['baseline value without its date', { Baseline_Date__c: null }, ['Baseline_Date_Required']],
        ['target value without its date', { Target_Date__c: null }, ['Target_Date_Required']],
        [
            'wrong side and wrong dates at once',
            { Target_Value__c: 90, Target_Date__c: '2025-06-01' },
            ['Increase_Target_Above_Baseline', 'Target_Date_After_Baseline_Date']
        ]
    ] as const)('%s', (_case, change, expected) => {
        expect(fired('Customer_KPI__c', { ...KPI, ...change })).toEqual([...expected].sort());
    });
});

describe('KPI_Measurement__c validation rules', () => {
    it.each([
        ['measured today', TODAY, []],
        ['measured yesterday', '2026-06-14', []],
        ['measured years ago', '2019-02-28', []],
        ['measured tomorrow', '2026-06-16', ['Measured_On_Not_In_Future']],
        ['date blank (the required check reports it)', null, []]
    ] as const)('%s', (_case, measuredOn, expected) => {
        expect(fired('KPI_Measurement__c', { Value__c: 42, Measured_On__c: measuredOn })).toEqual(expected);
    });
});

describe('Success_Check_In__c validation rules', () => {
    it.each([
        ['check-in today, no next date', TODAY, null, []],
        ['check-in yesterday, next in 90 days', '2026-06-14', '2026-09-12', []],
        ['next check-in the day after', TODAY, '2026-06-16', []],
        ['check-in tomorrow', '2026-06-16', null, ['Check_In_Date_Not_In_Future']],
        ['next check-in on the same day', TODAY, TODAY, ['Next_Check_In_After_Check_In']],
        ['next check-in before the check-in', TODAY, '2026-06-01', ['Next_Check_In_After_Check_In']],
        [
            'check-in tomorrow and next on the same day',
            '2026-06-16',
            '2026-06-16',
            ['Check_In_Date_Not_In_Future', 'Next_Check_In_After_Check_In']
        ],
        ['check-in date blank, next date given', null, '2026-06-01', []]
    ] as const)('%s', (_case, checkInDate, nextDate, expected) => {
        expect(
            fired('Success_Check_In__c', { Check_In_Date__c: checkInDate, Next_Check_In_Date__c: nextDate, Summary__c: 'Call' })
        ).toEqual([...expected].sort());
    });
});

describe('Customer_Goal__c validation rules', () => {
    it.each([
        ['individual goal with a stakeholder', 'Individual', '003000000000001AAA', []],
        ['individual goal without a stakeholder', 'Individual', null, ['Individual_Goal_Needs_Stakeholder']],
        ['company goal without a stakeholder', 'Company', null, []],
        ['department goal without a stakeholder', 'Department', null, []],
        ['level blank', null, null, []]
    ] as const)('%s', (_case, level, stakeholder, expected) => {
        expect(fired('Customer_Goal__c', { Name: 'Cut DSO', Level__c: level, Stakeholder__c: stakeholder })).toEqual(expected);
    });
});

describe('messages', () => {
    const failure = (objectName: string, record: Record<string, unknown>) =>
        checkValidationRules(model, objectName, record, TODAY, AS_NEW_BY_REP)[0];

    it('refuses a target equal to the baseline with a clear message on the target', () => {
        const f = failure('Customer_KPI__c', { ...KPI, Target_Value__c: 100 });
        expect(f?.field).toBe('Target_Value__c');
        expect(f?.message).toMatch(/^Target must differ from baseline/);
    });

    it.each([
        ['Increase', 99, /Increase KPI \(higher is better\), so the target must be above the baseline/],
        ['Decrease', 101, /Decrease KPI \(lower is better\), so the target must be below the baseline/]
    ])('names the direction (%s) when the target is on the wrong side', (direction, target, message) => {
        const f = failure('Customer_KPI__c', { ...KPI, Direction__c: direction, Target_Value__c: target });
        expect(f?.field).toBe('Target_Value__c');
        expect(f?.message).toMatch(message);
    });

    it('shows every rule on a field of its object, with a message under 255 characters', () => {
        for (const objectName of ['Customer_KPI__c', 'KPI_Measurement__c', 'Success_Check_In__c', 'Customer_Goal__c']) {
            const object = getObject(model, objectName);
            expect(object?.validationRules.length).toBeGreaterThan(0);
            for (const rule of object?.validationRules ?? []) {
                expect(rule.active).toBe(true);
                expect(rule.errorDisplayField && object?.fields.has(rule.errorDisplayField.toLowerCase())).toBeTruthy();
                expect(rule.errorMessage.length).toBeGreaterThan(20);
                expect(rule.errorMessage.length).toBeLessThanOrEqual(255);
            }
        }
    });
});

describe('Customer_KPI__c: baseline and target locked after the win (issue 20)', () => {
    const REBASE = 'Customer_Outcomes_Rebase_KPIs';
    const deal = (isWon: boolean) => ({ Customer_Goal__r: { Originating_Opportunity__r: { IsWon: isWon } } });
    const LOCKS: Record<string, string> = {
        Baseline_Value__c: 'Baseline_Value_Locked_After_Win',
        Baseline_Date__c: 'Baseline_Date_Locked_After_Win',
        Target_Value__c: 'Target_Value_Locked_After_Win',
        Target_Date__c: 'Target_Date_Locked_After_Win'
    };
    const CHANGES: Record<string, unknown> = {
        Baseline_Value__c: 90,
        Baseline_Date__c: '2026-02-01',
        Target_Value__c: 250,
        Target_Date__c: '2027-03-31'
    };
    const check = (change: Record<string, unknown>, options: { won: boolean; isNew?: boolean; permissions?: string[] }) =>
        checkValidationRules(model, 'Customer_KPI__c', { ...KPI, ...deal(options.won), ...change }, TODAY, {
            priorRecord: options.isNew ? null : { ...KPI, ...deal(options.won) },
            customPermissions: options.permissions ?? []
        });

    it.each(Object.keys(LOCKS))('a rep changing %s after the win is refused on that field', (field) => {
        const failures = check({ [field]: CHANGES[field] }, { won: true });
        expect(failures.map((f) => [f.rule, f.field])).toEqual([[LOCKS[field], field]]);
        expect(failures[0]?.message).toMatch(
            /^This deal is won: only a manager can change the (baseline|target)( date)? now\. Ask your manager, or log a reading instead\.$/
        );
    });

    it.each([
        ['a manager (custom permission) after the win', { won: true, permissions: [REBASE] }],
        ['the permission in another case', { won: true, permissions: [REBASE.toUpperCase()] }],
        ['a rep before the win', { won: false }],
        ['a rep creating a KPI after the win', { won: true, isNew: true }]
    ] as const)('%s may change all four', (_case, options) => {
        expect(check(CHANGES, { ...options, permissions: 'permissions' in options ? [...options.permissions] : [] })).toEqual([]);
    });

    it('a rep may change other fields after the win, and save unchanged values', () => {
        expect(check({ Unit__c: 'days', Name: 'DSO' }, { won: true })).toEqual([]);
        expect(check({ Baseline_Value__c: 100 }, { won: true })).toEqual([]);
    });

    it('a KPI whose goal has no originating deal is not locked', () => {
        const failures = checkValidationRules(
            model,
            'Customer_KPI__c',
            { ...KPI, Target_Value__c: 300, Customer_Goal__r: { Originating_Opportunity__r: null } },
            TODAY,
            {
                priorRecord: { ...KPI },
                customPermissions: []
            }
        );
        expect(failures).toEqual([]);
    });
});

describe('Opportunity validation rules: completing follow-up needs a check-in or a reason', () => {
    const WON = { IsWon: true, IsClosed: true, StageName: 'Closed Won', CloseDate: '2026-05-01' };
    it.each([
        // case                                              change                                                                        fired
        [
            'complete with no check-in and no reason',
            { Follow_Up_Complete__c: true, Check_In_Count__c: 0, Follow_Up_Closed_Reason__c: null },
            ['Follow_Up_Complete_Needs_Reason']
        ],
        [
            'complete with no check-in, a reason chosen',
            { Follow_Up_Complete__c: true, Check_In_Count__c: 0, Follow_Up_Closed_Reason__c: 'Customer churned' },
            []
        ],
        [
            'complete after a check-in, no reason',
            { Follow_Up_Complete__c: true, Check_In_Count__c: 1, Follow_Up_Closed_Reason__c: null },
            []
        ],
        [
            'complete after check-ins, with a reason',
            { Follow_Up_Complete__c: true, Check_In_Count__c: 3, Follow_Up_Closed_Reason__c: 'Outcome verified' },
            []
        ],
        [
            'not complete, no check-in, no reason',
            { Follow_Up_Complete__c: false, Check_In_Count__c: 0, Follow_Up_Closed_Reason__c: null },
            []
        ],
        [
            'reopened with a stale reason left',
            { Follow_Up_Complete__c: false, Check_In_Count__c: 0, Follow_Up_Closed_Reason__c: 'Other' },
            []
        ]
    ] as const)('%s', (_case, change, expected) => {
        expect(fired('Opportunity', { ...WON, ...change })).toEqual([...expected].sort());
    });

    it('names the reason field and tells the rep what to do', () => {
        const [failure] = checkValidationRules(
            model,
            'Opportunity',
            { ...WON, Follow_Up_Complete__c: true, Check_In_Count__c: 0, Follow_Up_Closed_Reason__c: null },
            TODAY
        );
        expect(failure).toMatchObject({
            field: 'Follow_Up_Closed_Reason__c',
            message: 'Log a check-in first, or choose why follow-up closes without one.'
        });
    });
});
