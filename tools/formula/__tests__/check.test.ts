import { analyzeFormula, type FormulaEnvironment } from '../check';
import { formulonArity, functionCatalogue, lookupFunction, type ValueType } from '../functions';
import { parseFormulaText, unbalancedParenthesis } from '../syntax';
import { closest } from '../../../core/suggest';

/** Field types of a made-up object, as the verifier gives them from the model. */
const TYPES: Record<string, ValueType> = {
    amount: 'number',
    probability: 'number',
    closedate: 'date',
    createddate: 'datetime',
    name: 'text',
    stagename: 'picklist',
    iswon: 'checkbox',
    isclosed: 'checkbox',
    account__r: 'text',
    'account.name': 'text',
    'account.industry': 'picklist',
    'owner:user.email': 'text',
    interests__c: 'multipicklist',
    unit__c: 'text',
    start__c: 'time',
    '$label.greeting': 'text',
    '$permission.can_approve': 'checkbox'
};
const env: FormulaEnvironment = { typeOf: (name) => TYPES[name.toLowerCase()] };
const analyze = (formula: string): ReturnType<typeof analyzeFormula> => analyzeFormula(formula, env, closest);
const messages = (formula: string): string[] => analyze(formula).findings.map((f) => f.message);

describe('valid formulas are accepted (no finding)', () => {
    // Forms from Salesforce Help, "Formula Operators and Functions by Context" and "Examples of
    // Advanced Formula Fields" (https://help.salesforce.com/s/articleView?id=platform.useful_advanced_formulas.htm).
    const valid: [string, string, ValueType | 'null' | undefined][] = [
        ['IF with text branches', 'IF(Amount > 1000, "Large", "Small")', 'text'],
        ['nested IF, NULL branch', 'IF(ISBLANK(Amount), NULL, Amount * Probability)', 'number'],
        ['ISPICKVAL and TEXT on a picklist', 'ISPICKVAL(StageName, "Closed Won") || TEXT(StageName) = "Prospecting"', 'checkbox'],
        ['CASE on a picklist with an else', 'CASE(StageName, "Prospecting", 1, "Closed Won", 3, 0)', 'number'],
        ['CASE on a cross-object picklist', 'CASE(Account.Industry, "Banking", "Finance", "Other")', 'text'],
        ['BLANKVALUE and NULLVALUE', 'BLANKVALUE(Amount, 0) + NULLVALUE(Probability, 0)', 'number'],
        ['IMAGE and HYPERLINK', 'HYPERLINK("/" & Account__r, IMAGE("/img/samples/flag_green.gif", "green", 12, 12), "_self")', 'text'],
        ['REGEX', 'NOT(REGEX(Name, "[A-Z]{3}-[0-9]{4}"))', 'checkbox'],
        [
            'VLOOKUP',
            'VLOOKUP($ObjectType.Zip_Code__c.Fields.City__c, $ObjectType.Zip_Code__c.Fields.Name, LEFT(Name, 5)) <> Name',
            'checkbox'
        ],
        [
            'globals',
            '$User.Id = $Profile.Id || $Setup.App_Settings__c.Enabled__c || $Organization.Name = "Acme" || $Permission.Can_Approve',
            'checkbox'
        ],
        ['$Label and $CustomMetadata', '$Label.Greeting & " " & TEXT($CustomMetadata.Policy__mdt.Default.Days__c)', 'text'],
        ['polymorphic owner', 'Owner:User.Email & ""', 'text'],
        ['date arithmetic', 'CloseDate - TODAY() > 30 && DATEVALUE(CreatedDate) < CloseDate + 7', 'checkbox'],
        ['datetime minus datetime', 'NOW() - CreatedDate', 'number'],
        ['time plus milliseconds', 'Start__c + 3600000', 'time'],
        ['unary minus before a parenthesis', '-(Amount - 5) * -1', 'number'],
        ['comments', '/* weighted */ Amount * Probability /* (percent) */', 'number'],
        ['operators && || ! != ==', '!(IsWon && IsClosed) || Amount != 0 || Amount == 1', 'checkbox'],
        ['text concatenation with +', 'Name + " (" + Unit__c + ")"', 'text'],
        ['escaped quotes', '"say \\"hi\\"" & \'it\\\'s\'', 'text'],
        ['INCLUDES on a multi-select picklist', 'INCLUDES(Interests__c, "Golf")', 'checkbox'],
        ['validation-rule functions', 'AND(ISCHANGED(StageName), NOT(ISNEW()), TEXT(PRIORVALUE(StageName)) = "Closed Won")', 'checkbox'],
        ['lower-case function names', 'if(isblank(amount), 0, round(amount, 2))', 'number'],
        ['LOWER and UPPER with a locale', 'UPPER(Name, "en_US") & LOWER(Name, "tr")', 'text'],
        ['newer functions', 'ISOWEEK(CloseDate) + DAYOFYEAR(CloseDate) + UNIXTIMESTAMP(CreatedDate)', 'number'],
        ['ADDMONTHS', 'ADDMONTHS(CloseDate, 12)', undefined],
        ['unknown field types are not judged', 'IF(Mystery__c > Other__c + 1, Mystery__c, Amount)', undefined]
    ];
    it.each(valid)('%s', (_name, formula, result) => {
        const analysis = analyze(formula);
        expect(analysis.findings).toEqual([]);
        expect(analysis.result).toBe(result);
    });
});

describe('defects are found at their offset', () => {
    it('an extra closing parenthesis, at that parenthesis', () => {
        expect(unbalancedParenthesis('AND(a, b))')).toEqual({ offset: 9, message: expect.stringMatching(/no matching \(/) as string });
    });

    it('a parenthesis never closed, at that parenthesis', () => {
        const f = 'IF(a, (b + c, d)';
        expect(unbalancedParenthesis(f)?.offset).toBe(2);
    });

    it('parentheses inside text literals and comments do not count', () => {
        expect(unbalancedParenthesis('LEFT("(", 1) /* ) */')).toBeUndefined();
    });

    it('an unknown function, with the closest known one', () => {
        const [finding] = analyze('IF(ISBLNK(Amount), 0, 1)').findings;
        expect(finding).toMatchObject({ offset: 3, message: 'unknown function ISBLNK; did you mean ISBLANK?' });
    });

    it('a wrong argument count', () => {
        expect(messages('IF(IsWon, 1)')).toEqual([
            "incorrect number of parameters for function 'IF()': it expects 3 arguments, received 2"
        ]);
        expect(messages('LEFT(Name)')).toEqual([
            "incorrect number of parameters for function 'LEFT()': it expects 2 arguments, received 1"
        ]);
        expect(messages('TODAY(1)')).toEqual(["incorrect number of parameters for function 'TODAY()': it expects 0 arguments, received 1"]);
    });

    it('text where a number is needed', () => {
        const [finding] = analyze('Amount - Unit__c').findings;
        expect(finding?.offset).toBe(9);
        expect(finding?.message).toMatch(/operator '-': expected Number, received Text \(Unit__c\)/);
        expect(messages('ROUND(Name, 2)')).toEqual([expect.stringMatching(/'ROUND\(\)': expected Number, received Text/) as string]);
        expect(messages('Name & Amount')).toEqual([expect.stringMatching(/operator '&': expected Text, received Number/) as string]);
    });

    it('IF branches of different types', () => {
        expect(messages('IF(IsWon, Amount, "none")')).toEqual([
            expect.stringMatching(/'IF\(\)': expected Number, received Text/) as string
        ]);
    });

    it('a picklist outside the functions that take one', () => {
        expect(messages('StageName = "Closed Won"')).toEqual([expect.stringMatching(/StageName is a Picklist field/) as string]);
        expect(messages('LEN(StageName) > 0')).toEqual([expect.stringMatching(/can't be used in LEN\(\)/) as string]);
    });

    it('the result type is inferred for the return type check', () => {
        expect(analyze('TEXT(Amount)').result).toBe('text');
        expect(analyze('Amount > 0').result).toBe('checkbox');
        expect(analyze('CloseDate + 1').result).toBe('date');
    });

    it('a syntax error the grammar and formulon both refuse', () => {
        expect(messages('Amount + * 2')).toEqual([expect.stringMatching(/^syntax error/) as string]);
        expect(parseFormulaText('Amount +').ok).toBe(false);
    });
});

describe('function catalogue', () => {
    it('derives argument counts from formulon where it implements the function', () => {
        expect(formulonArity('IF')).toEqual([3, 3]);
        expect(formulonArity('CASE')).toEqual([4, Infinity]);
        expect(formulonArity('FIND')).toEqual([2, 3]);
        expect(formulonArity('ISOWEEK')).toBeUndefined();
        expect(lookupFunction('mid')).toMatchObject({ min: 3, max: 3, source: 'formulon' });
    });

    it('takes the reference for functions formulon lacks, and leaves unsure counts open', () => {
        expect(lookupFunction('ISCHANGED')).toMatchObject({ min: 1, max: 1, source: 'reference' });
        expect(lookupFunction('URLFOR')).toMatchObject({ min: 0, max: Infinity, source: 'open' });
    });

    it('knows every function the evaluator delegates or implements', () => {
        for (const name of [
            'ABS',
            'BEGINS',
            'BR',
            'CASESAFEID',
            'CONTAINS',
            'HYPERLINK',
            'IMAGE',
            'INCLUDES',
            'REGEX',
            'SUBSTITUTE',
            'TEXT',
            'VALUE',
            'ADDMONTHS',
            'DATEVALUE',
            'NOW'
        ])
            expect(functionCatalogue().has(name)).toBe(true);
    });
});
