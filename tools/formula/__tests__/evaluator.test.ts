import { join } from 'node:path';
import { loadProject } from '../../../core/metadata/project';
import { checkValidationRules, evaluateField, evaluateFormula, evaluateRecordFormulas, FormulaError, type FormulaContext } from '..';

/** Unit tests of the evaluator itself; the package's truth tables are in test/data-model. */

const TODAY = '2026-06-15';

const TYPES: Record<string, string> = {
    Num__c: 'Number',
    Other__c: 'Number',
    Pct__c: 'Percent',
    Amount__c: 'Currency',
    Day__c: 'Date',
    Other_Day__c: 'Date',
    Stamp__c: 'DateTime',
    Other_Stamp__c: 'DateTime',
    Name: 'Text',
    Kind__c: 'Picklist',
    Flag__c: 'Checkbox'
};

function ctx(record: Record<string, unknown> = {}, extra: Partial<FormulaContext> = {}): FormulaContext {
    return {
        record,
        today: TODAY,
        fieldType: (name) => TYPES[name],
        customMetadata: (path) =>
            (({ 'Policy__mdt.Default.Days__c': 30, 'Policy__mdt.Default.Off__c': null }) as Record<string, unknown>)[path],
        treatBlanksAs: 'BlankAsBlank',
        ...extra
    };
}

const run = (formula: string, record: Record<string, unknown> = {}, extra: Partial<FormulaContext> = {}): unknown =>
    evaluateFormula(formula, ctx(record, extra));

function errorOf(fn: () => unknown): FormulaError {
    try {
        fn();
    } catch (error) {
        if (error instanceof FormulaError) return error;
        throw error;
    }
    throw new Error('expected a FormulaError');
}

describe('laziness: only the branch taken is evaluated', () => {
    it.each([
        ['IF(TRUE, 1, 1 / 0)', 1],
        ['IF(FALSE, 1 / 0, 2)', 2],
        ['IF(FALSE, NOSUCHFUNCTION(1), 3)', 3],
        ['AND(FALSE, 1 / 0 > 1)', false],
        ['OR(TRUE, 1 / 0 > 1)', true],
        ['CASE(2, 1, 1 / 0, 2, 20, 1 / 0)', 20],
        ['CASE(9, 1, 1 / 0, 2, 1 / 0, 99)', 99],
        ['BLANKVALUE(5, 1 / 0)', 5],
        ['NULLVALUE(5, 1 / 0)', 5],
        ['IF(ISBLANK(Num__c), 0, Num__c / Other__c)', 0]
    ])('%s = %p', (formula, expected) => {
        expect(run(formula)).toBe(expected);
    });

    it('still evaluates the branch taken, so its errors surface', () => {
        expect(errorOf(() => run('IF(TRUE, 1 / 0, 1)')).kind).toBe('DivisionByZero');
    });
});

describe('blanks', () => {
    it.each([
        ['Num__c + 1', {}, 'BlankAsBlank', null],
        ['Num__c + 1', {}, 'BlankAsZero', 1],
        ['Num__c * 2', { Num__c: null }, 'BlankAsBlank', null],
        ['Num__c / 2', {}, 'BlankAsZero', 0],
        ['ISBLANK(Num__c)', {}, 'BlankAsBlank', true],
        // The org: "Treat blank fields as zeroes" gives blank numbers the value 0, so ISBLANK is false.
        ['ISBLANK(Num__c)', {}, 'BlankAsZero', false],
        ['ISBLANK(Num__c)', { Num__c: 0 }, 'BlankAsBlank', false],
        ['ISBLANK(Day__c)', {}, 'BlankAsZero', true],
        ['Day__c + 1', {}, 'BlankAsZero', null],
        ['Day__c - Other_Day__c', { Day__c: '2026-01-01' }, 'BlankAsBlank', null],
        ['Num__c > 1', {}, 'BlankAsBlank', false],
        ['Num__c < 1', {}, 'BlankAsBlank', false],
        ['Num__c < 1', {}, 'BlankAsZero', true],
        ['Num__c = Other__c', {}, 'BlankAsBlank', true],
        ['Num__c = 1', {}, 'BlankAsBlank', false],
        ['ISBLANK(Name)', { Name: '' }, 'BlankAsBlank', true],
        ['ISNULL(Name)', {}, 'BlankAsBlank', false],
        ['Name & "!"', {}, 'BlankAsBlank', '!'],
        ['Name = ""', { Name: null }, 'BlankAsBlank', true],
        ['BLANKVALUE(Num__c, 7)', {}, 'BlankAsBlank', 7],
        ['NULLVALUE(Num__c, 7)', {}, 'BlankAsBlank', 7],
        ['MAX(Num__c, 3)', {}, 'BlankAsBlank', null],
        ['MAX(Num__c, 3)', {}, 'BlankAsZero', 3],
        ['MIN(Num__c, 3)', {}, 'BlankAsZero', 0],
        ['IF(Flag__c, 1, 2)', {}, 'BlankAsBlank', 2],
        ['ISPICKVAL(Kind__c, "")', {}, 'BlankAsBlank', true],
        ['TEXT(Num__c)', {}, 'BlankAsBlank', null]
    ] as const)('%s with %j (%s) = %p', (formula, record, mode, expected) => {
        expect(run(formula, { ...record }, { treatBlanksAs: mode })).toBe(expected);
    });

    it('maps a blank checkbox result to false and blank text to null', () => {
        expect(run('IF(ISBLANK(Num__c), NULL, TRUE)', {}, { returnType: 'Checkbox' })).toBe(false);
        expect(run('IF(ISBLANK(Num__c), "", "x")', {}, { returnType: 'Text' })).toBeNull();
    });
});

describe('dates', () => {
    it.each([
        ['Day__c + 1', '2026-01-31', '2026-02-01'],
        ['Day__c + 1', '2026-02-28', '2026-03-01'],
        ['Day__c + 1', '2024-02-28', '2024-02-29'],
        ['Day__c + 1', '2026-12-31', '2027-01-01'],
        ['Day__c + 30', '2026-01-31', '2026-03-02'],
        ['Day__c - 1', '2026-03-01', '2026-02-28'],
        ['Day__c - 1', '2024-03-01', '2024-02-29'],
        ['Day__c + 365', '2024-01-01', '2024-12-31'],
        // Daylight saving changes do not exist in date arithmetic.
        ['Day__c + 1', '2026-03-29', '2026-03-30'],
        ['Day__c + 1', '2026-10-25', '2026-10-26'],
        ['Day__c + $CustomMetadata.Policy__mdt.Default.Days__c', '2026-01-31', '2026-03-02']
    ])('%s with Day__c = %s is %s', (formula, day, expected) => {
        expect(run(formula, { Day__c: day }, { returnType: 'Date' })).toBe(expected);
    });

    it.each([
        ['2026-03-01', '2026-02-01', 28],
        ['2024-03-01', '2024-02-01', 29],
        ['2027-01-01', '2026-12-31', 1],
        ['2026-01-01', '2026-12-31', -364],
        ['2026-06-15', '2026-06-15', 0]
    ])('%s minus %s is %i days', (day, other, expected) => {
        expect(run('Day__c - Other_Day__c', { Day__c: day, Other_Day__c: other })).toBe(expected);
    });

    it('reads TODAY() from the context, never from the clock', () => {
        expect(run('TODAY()', {}, { today: '2030-02-28' })).toBe('2030-02-28');
        expect(run('TODAY() - Day__c', { Day__c: '2026-06-01' })).toBe(14);
        expect(run('Day__c > TODAY()', { Day__c: '2026-06-16' })).toBe(true);
        expect(run('Day__c > TODAY()', { Day__c: '2026-06-15' })).toBe(false);
    });

    it('supports DATE, YEAR, MONTH, DAY, WEEKDAY', () => {
        expect(run('DATE(2024, 2, 29)')).toBe('2024-02-29');
        expect(run('YEAR(Day__c) * 10000 + MONTH(Day__c) * 100 + DAY(Day__c)', { Day__c: '2026-06-15' })).toBe(20260615);
        expect(run('WEEKDAY(Day__c)', { Day__c: '2026-06-14' })).toBe(1); // a Sunday
        expect(errorOf(() => run('DATE(2026, 2, 29)')).kind).toBe('Type');
    });

    it('refuses fractional days on a Date rather than guessing', () => {
        expect(errorOf(() => run('Day__c + 1.5', { Day__c: '2026-01-01' })).kind).toBe('Unsupported');
    });

    it('subtracts date/times in fractional days', () => {
        expect(
            run('Stamp__c - Other_Stamp__c', { Stamp__c: '2026-06-15T12:00:00.000Z', Other_Stamp__c: '2026-06-15T00:00:00.000+0000' })
        ).toBe(0.5);
        expect(run('Stamp__c + 1', { Stamp__c: '2026-02-28T23:00:00Z' }, { returnType: 'DateTime' })).toBe('2026-03-01T23:00:00.000Z');
    });
});

describe('numbers: decimal arithmetic and percent conversion', () => {
    it.each([
        ['0.3 - 0.1', 0.2],
        ['0.1 + 0.2', 0.3],
        ['1.1 * 3', 3.3],
        ['1 / 3 * 3', 1],
        ['2 ^ 10', 1024],
        ['2 ^ -2', 0.25],
        ['ROUND(1.005, 2)', 1.01],
        ['ROUND(-1.5, 0)', -2],
        ['ROUND(2.5, 0)', 3],
        ['ROUND(1250, -2)', 1300],
        ['ABS(0 - 4)', 4],
        ['FLOOR(2.7)', 2],
        ['MOD(7, 3)', 1]
    ])('%s = %p', (formula, expected) => {
        expect(run(formula)).toBe(expected);
    });

    it('reads a Percent field as a fraction (the API says 40, the formula sees 0.4)', () => {
        expect(run('Pct__c', { Pct__c: 40 })).toBe(0.4);
        expect(run('Pct__c', { Pct__c: 33.3 })).toBe(0.333);
        expect(run('Pct__c >= 0.4', { Pct__c: 40 })).toBe(true);
        expect(run('Pct__c >= 0.4', { Pct__c: 39.99 })).toBe(false);
        expect(run('Pct__c * 100', { Pct__c: 12.5 })).toBe(12.5);
    });

    it('reads numbers given as numeric text (sample data files)', () => {
        expect(run('Num__c + 1', { Num__c: '41.5' })).toBe(42.5);
        expect(errorOf(() => run('Num__c + 1', { Num__c: '41.5x' })).kind).toBe('Type');
    });

    it('prints numbers in TEXT() without exponent', () => {
        expect(run('TEXT(Num__c)', { Num__c: 0.0000001 })).toBe('0.0000001');
        expect(run('TEXT(Num__c)', { Num__c: 40 })).toBe('40');
    });

    it('throws DivisionByZero for x / 0', () => {
        expect(errorOf(() => run('Num__c / 0', { Num__c: 1 })).kind).toBe('DivisionByZero');
    });
});

describe('text, picklists and delegated functions', () => {
    it.each([
        ['TEXT(Kind__c)', { Kind__c: 'Decrease' }, 'Decrease'],
        ['ISPICKVAL(Kind__c, "Decrease")', { Kind__c: 'Decrease' }, true],
        ['ISPICKVAL(Kind__c, "Increase")', { Kind__c: 'Decrease' }, false],
        ['CASE(Kind__c, "Increase", 1, "Decrease", -1, 0)', { Kind__c: 'Decrease' }, -1],
        ['CASE(Kind__c, "Increase", 1, "Decrease", -1, 0)', {}, 0],
        ['LEN(Name)', { Name: 'Acme' }, 4],
        ['LEN(Name)', {}, 0],
        ['UPPER(Name) & "-" & LOWER(Name)', { Name: 'Ab' }, 'AB-ab'],
        ['BEGINS(Name, "Ac")', { Name: 'Acme' }, true],
        ['TEXT(Day__c)', { Day__c: '2026-02-01' }, '2026-02-01'],
        ['"a" + "b"', {}, 'ab']
    ])('%s with %j = %p', (formula, record, expected) => {
        expect(run(formula, record)).toBe(expected);
    });

    it('refuses a picklist outside ISPICKVAL, CASE, TEXT and ISBLANK, as the org does', () => {
        expect(errorOf(() => run('Kind__c = "Decrease"', { Kind__c: 'Decrease' })).kind).toBe('Type');
    });

    it('ignores /* comments */ but not comment-like text in strings', () => {
        expect(run('/* progress */ 1 + /* more */ 2')).toBe(3);
        expect(run('"/* not a comment */"')).toBe('/* not a comment */');
    });
});

describe('errors are explicit', () => {
    it.each([
        ['NOSUCHFUNCTION(1)', 'NOSUCHFUNCTION()'],
        ['VLOOKUP(1, 2, 3)', 'VLOOKUP()'],
        ['ISCHANGED(Num__c)', 'ISCHANGED()'],
        ['PRIORVALUE(Num__c)', 'PRIORVALUE()'],
        ['NOW()', 'NOW()'],
        ['ADDMONTHS(Day__c, 1)', 'ADDMONTHS()'],
        ['GETSESSIONID()', 'GETSESSIONID()']
    ])('%s throws an Unsupported error naming %s', (formula, name) => {
        const error = errorOf(() => run(formula, { Day__c: '2026-01-31', Num__c: 1 }));
        expect(error.kind).toBe('Unsupported');
        expect(error.message).toContain(name);
    });

    it('refuses globals other than $CustomMetadata', () => {
        const error = errorOf(() => run('$User.Id = "x"'));
        expect(error.kind).toBe('Unsupported');
        expect(error.message).toContain('$User');
    });

    it('reports unknown fields and unknown custom metadata', () => {
        expect(errorOf(() => run('Unknown__c + 1')).kind).toBe('Reference');
        expect(errorOf(() => run('$CustomMetadata.Policy__mdt.Default.Nope__c')).kind).toBe('Reference');
    });

    it('reports syntax errors', () => {
        expect(errorOf(() => run('IF(TRUE, 1')).kind).toBe('Syntax');
        expect(errorOf(() => run('')).kind).toBe('Syntax');
    });

    it('checks the result type against the field type', () => {
        expect(errorOf(() => run('TODAY()', {}, { returnType: 'Text' })).kind).toBe('Type');
        expect(errorOf(() => run('Day__c + "x"', { Day__c: '2026-01-01' })).kind).toBe('Type');
    });

    it('treats an unknown field type by the JavaScript value when the record has the field', () => {
        expect(run('Loose__c + 1', { Loose__c: 2 })).toBe(3);
        expect(run('Loose__c + 1', { Loose__c: '2026-01-31' })).toBe('2026-02-01');
        expect(run('IF(Loose__c, "y", "n")', { Loose__c: true })).toBe('y');
        expect(run('ISBLANK(Loose__c)', { Loose__c: null })).toBe(true);
    });
});

describe('cross-field references', () => {
    const formulas: Record<string, { formula: string; returnType: string; treatBlanksAs?: string }> = {
        Double__c: { formula: 'Num__c * 2', returnType: 'Number', treatBlanksAs: 'BlankAsBlank' },
        Quad__c: { formula: 'Double__c * 2', returnType: 'Number', treatBlanksAs: 'BlankAsBlank' },
        Loop_A__c: { formula: 'Loop_B__c + 1', returnType: 'Number' },
        Loop_B__c: { formula: 'Loop_C__c + 1', returnType: 'Number' },
        Loop_C__c: { formula: 'Loop_A__c + 1', returnType: 'Number' }
    };
    const withFormulas = { fieldFormula: (name: string) => formulas[name] };

    it('evaluates the referenced formula instead of reading a stale value from the record', () => {
        expect(run('Quad__c', { Num__c: 3, Double__c: 999, Quad__c: 999 }, withFormulas)).toBe(12);
    });

    it('detects cycles and names the loop', () => {
        const error = errorOf(() => run('Loop_A__c', {}, { ...withFormulas, fieldName: 'Start__c' }));
        expect(error.kind).toBe('Cycle');
        expect(error.message).toContain('Loop_A__c → Loop_B__c → Loop_C__c → Loop_A__c');
    });

    it('supports ISNEW, ISCHANGED and PRIORVALUE when the prior record is given', () => {
        expect(run('ISNEW()', {}, { priorRecord: null })).toBe(true);
        expect(run('ISCHANGED(Num__c)', { Num__c: 2 }, { priorRecord: { Num__c: 1 } })).toBe(true);
        expect(run('ISCHANGED(Num__c)', { Num__c: 1 }, { priorRecord: { Num__c: 1 } })).toBe(false);
        expect(run('PRIORVALUE(Num__c)', { Num__c: 2 }, { priorRecord: { Num__c: 1 } })).toBe(1);
    });
});

describe("$Permission: the running user's custom permissions", () => {
    const granted = new Set(['rebase_kpis']);
    const withPermissions = { hasPermission: (name: string) => granted.has(name.toLowerCase()) };

    it('is true only for a permission the user has (any case)', () => {
        expect(run('$Permission.Rebase_KPIs', {}, withPermissions)).toBe(true);
        expect(run('$Permission.REBASE_KPIS', {}, withPermissions)).toBe(true);
        expect(run('$Permission.Approve_Goals', {}, withPermissions)).toBe(false);
        expect(run('NOT($Permission.Approve_Goals) && Num__c > 1', { Num__c: 2 }, withPermissions)).toBe(true);
    });

    it("is refused, not guessed, without the user's permissions in the context", () => {
        const error = errorOf(() => run('$Permission.Rebase_KPIs'));
        expect(error.kind).toBe('Unsupported');
        expect(error.message).toContain('$Permission.Rebase_KPIs');
    });
});

describe('multi-level parent paths', () => {
    const record = { Goal__r: { Deal__r: { IsWon: true, CloseDate: '2026-03-01' } } };
    const types: Record<string, string> = { 'Goal__r.Deal__r.IsWon': 'Checkbox', 'Goal__r.Deal__r.CloseDate': 'Date' };
    const typed = { fieldType: (name: string) => types[name] };

    it('reads a grandparent field through nested parents', () => {
        expect(run('Goal__r.Deal__r.IsWon', record, typed)).toBe(true);
        expect(run('TODAY() - Goal__r.Deal__r.CloseDate', record, typed)).toBe(106);
    });

    it('is blank when a parent on the path is blank', () => {
        expect(run('ISBLANK(Goal__r.Deal__r.CloseDate)', { Goal__r: { Deal__r: null } }, typed)).toBe(true);
        expect(run('Goal__r.Deal__r.IsWon', { Goal__r: null }, { ...typed, returnType: 'Checkbox' })).toBe(false);
    });
});

describe('over a project model (fixture)', () => {
    const model = loadProject(join(__dirname, 'fixtures', 'force-app'));

    it('loads the fixture cleanly', () => {
        expect(model.loadErrors).toEqual([]);
    });

    it('returns Percent formulas as the API does (×100) rounded to the field scale', () => {
        expect(evaluateField(model, 'Widget__c', 'Third__c', { Amount__c: 1 }, TODAY)).toBe(33.3);
        expect(evaluateField(model, 'Widget__c', 'Third__c', { Amount__c: 2 }, TODAY)).toBe(66.7);
        expect(evaluateField(model, 'Widget__c', 'Third__c', { Amount__c: null }, TODAY)).toBeNull();
    });

    it('reads custom metadata typed by its field definition (Percent as a fraction)', () => {
        // Rate 10% + Share 12.5% = 22.5%.
        expect(evaluateField(model, 'Widget__c', 'Rate_Plus_Limit__c', { Rate__c: 10 }, TODAY)).toBe(22.5);
        expect(evaluateField(model, 'Widget__c', 'Due__c', { Opened__c: '2026-02-25' }, TODAY)).toBe('2026-03-07');
    });

    it('returns null for a division by zero (the org shows #Error!)', () => {
        expect(evaluateField(model, 'Widget__c', 'Inverse__c', { Amount__c: 0 }, TODAY)).toBeNull();
        expect(evaluateField(model, 'Widget__c', 'Inverse__c', { Amount__c: 4 }, TODAY)).toBe(0.25);
    });

    it('fills every formula field of a record, replacing stale values', () => {
        const record = evaluateRecordFormulas(
            model,
            'Widget__c',
            { Amount__c: 12, Kind__c: 'Big', Opened__c: '2026-01-01', Rate__c: 5, Over_Limit__c: false },
            TODAY
        );
        expect(record).toEqual({
            Amount__c: 12,
            Kind__c: 'Big',
            Opened__c: '2026-01-01',
            Rate__c: 5,
            Third__c: 400,
            Inverse__c: 0.08,
            Rate_Plus_Limit__c: 17.5,
            Over_Limit__c: true,
            Due__c: '2026-01-11',
            Label__c: 'Over Big'
        });
    });

    it('refuses a formula cycle in the model', () => {
        expect(() => evaluateField(model, 'Loop__c', 'A__c', {}, TODAY)).toThrow(/Circular formula reference: A__c → B__c → A__c/);
    });

    it('reports active validation rules that fire, with message and field', () => {
        expect(checkValidationRules(model, 'Widget__c', { Amount__c: -1 }, TODAY)).toEqual([
            { rule: 'Amount_Positive', message: "Amount can't be negative.", field: 'Amount__c' }
        ]);
        expect(checkValidationRules(model, 'Widget__c', { Kind__c: 'Big' }, TODAY)).toEqual([
            { rule: 'Kind_Needs_Amount', message: 'Big widgets need an amount.', field: null }
        ]);
        // A blank amount is not negative: rules do not fire on blanks they do not concern.
        expect(checkValidationRules(model, 'Widget__c', {}, TODAY)).toEqual([]);
    });

    it('reads a changed policy value from the model', () => {
        const changed = loadProject(join(__dirname, 'fixtures', 'force-app'));
        const policy = changed.customMetadata.find((r) => r.type === 'Policy__mdt');
        if (!policy) throw new Error('fixture policy missing');
        policy.values.Limit__c = '20';
        expect(evaluateField(model, 'Widget__c', 'Over_Limit__c', { Amount__c: 12 }, TODAY)).toBe(true);
        expect(evaluateField(changed, 'Widget__c', 'Over_Limit__c', { Amount__c: 12 }, TODAY)).toBe(false);
    });
});
