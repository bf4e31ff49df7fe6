import '#test/jest/installLabels';
import { fieldLabel, labelValues, validationRules } from '#test/jest/metadata';
import COMMON_LABELS from 'c/outcomesLabels';
import FORM_LABELS from 'c/outcomesLabelsForms';
import OPPORTUNITY_LABELS from 'c/outcomesLabelsOpportunity';
import {
    COST_NUMBER,
    KPI_NUMBER,
    isIsoDate,
    parseDecimal,
    showFieldErrors,
    toFormErrors,
    validateCheckIn,
    validateGoal,
    validateKpi,
    validateMeasurement
} from 'c/outcomesValidation';

/** The text of the forms and of the Opportunity panel (which asks for the close reason a rule requires). */
const LABELS = { ...COMMON_LABELS, ...FORM_LABELS, ...OPPORTUNITY_LABELS };

const TODAY = '2026-03-02';

describe('the forms repeat the validation rules word for word', () => {
    it.each(validationRules().map((rule) => [rule.name, rule.message]))('%s', (name, message) => {
        expect(Object.values(labelValues())).toContain(message);
        expect(Object.values(LABELS)).toContain(message);
    });
});

// issue 20 ui
describe("the future-date messages name the fields as the forms label them: the fields' metadata label", () => {
    /** [rule, the fields it names: object, field API name]. The forms show each field's label from the org (getObjectInfo). */
    const named: [string, [string, string][]][] = [
        [
            'Check_In_Date_Not_In_Future',
            [
                ['Success_Check_In__c', 'Check_In_Date__c'],
                ['Success_Check_In__c', 'Next_Check_In_Date__c']
            ]
        ],
        ['Measured_On_Not_In_Future', [['KPI_Measurement__c', 'Measured_On__c']]]
    ];
    it.each(named)('%s', (name, fields) => {
        const message = validationRules().find((rule) => rule.name === name)?.message ?? '';
        for (const [object, field] of fields) {
            const label = fieldLabel(object, field) ?? '';
            expect(label).toBeTruthy();
            // The message writes the label in sentence case ("Check-in date"): the same words.
            expect(message.toLowerCase()).toContain(label.toLowerCase());
        }
    });
});

describe('parseDecimal', () => {
    it.each([
        ['42', 42],
        ['3.5', 3.5],
        ['-0.25', -0.25],
        ['1,234.5', 1234.5],
        [' 12 ', 12],
        ['.5', 0.5],
        ['99999999999.9999', 99999999999.9999],
        ['12,345,678,901,234', 12345678901234],
        ['0012.50', 12.5]
    ])('reads %p as %p', (text, value) => {
        expect(parseDecimal(text, KPI_NUMBER)).toEqual({ ok: true, value });
    });

    it('reads blank as no value', () => {
        expect(parseDecimal('', KPI_NUMBER)).toEqual({ ok: true, value: null });
        expect(parseDecimal(undefined, KPI_NUMBER)).toEqual({ ok: true, value: null });
    });

    it.each(['forty', '12abc', '1e5', '1,23', '12.3.4', '--1', '<img src=x onerror=alert(1)>', '4O'])(
        'rejects %p as not a number',
        (text) => {
            expect(parseDecimal(text, KPI_NUMBER)).toEqual({ ok: false, message: 'Enter a number, such as 42 or 3.5.' });
        }
    );

    it('rejects more decimals than the field keeps, rather than rounding', () => {
        expect(parseDecimal('1.23456', KPI_NUMBER)).toEqual({ ok: false, message: 'Use at most 4 decimal places.' });
        expect(parseDecimal('10.123', COST_NUMBER)).toEqual({ ok: false, message: 'Use at most 2 decimal places.' });
    });

    it('rejects numbers beyond the field precision', () => {
        expect(parseDecimal('123456789012345', KPI_NUMBER)).toEqual({
            ok: false,
            message: 'Enter a number with at most 14 digits before the decimal point.'
        });
        expect(parseDecimal('0000000000000001', KPI_NUMBER)).toEqual({ ok: true, value: 1 });
    });

    it('rejects a number the field holds but a double cannot carry exactly, rather than sending another', () => {
        const message = "Use at most 15 significant digits: a longer number can't be saved exactly.";
        // 18 digits fit Number(18, 4); as a double they would reach the org as 99999999999999.98.
        expect(parseDecimal('99999999999999.9999', KPI_NUMBER)).toEqual({ ok: false, message });
        expect(parseDecimal('12345678901234.5678', KPI_NUMBER)).toEqual({ ok: false, message });
        expect(parseDecimal('9007199254740993', COST_NUMBER)).toEqual({ ok: false, message });
        // Sixteen digits that a double does hold exactly are sent as typed.
        expect(parseDecimal('1234567890123456', COST_NUMBER)).toEqual({ ok: true, value: 1234567890123456 });
    });

    it('rejects a negative cost of doing nothing', () => {
        expect(parseDecimal('-5', COST_NUMBER)).toEqual({ ok: false, message: 'Enter zero or more.' });
    });
});

describe('isIsoDate', () => {
    it('accepts real calendar dates only', () => {
        expect(isIsoDate('2026-02-28')).toBe(true);
        expect(isIsoDate('2026-02-30')).toBe(false);
        expect(isIsoDate('02/03/2026')).toBe(false);
    });
});

describe('validateKpi', () => {
    const valid = {
        goalId: 'a0B1',
        Name: 'Days sales outstanding',
        Unit__c: 'days',
        Direction__c: 'Decrease',
        Baseline_Value__c: '60',
        Baseline_Date__c: '2025-12-12',
        Target_Value__c: '40',
        Target_Date__c: '2026-12-17'
    };

    it('accepts a complete KPI and returns typed values', () => {
        const { errors, draft } = validateKpi(valid);
        expect(errors).toEqual({});
        expect(draft).toMatchObject({
            goalId: 'a0B1',
            direction: 'Decrease',
            baselineValue: 60,
            targetValue: 40,
            baselineDate: '2025-12-12'
        });
    });

    it('Target_Must_Differ_From_Baseline', () => {
        expect(validateKpi({ ...valid, Target_Value__c: '60' }).errors.Target_Value__c).toBe(LABELS.errTargetEqualsBaseline);
    });

    it('Decrease_Target_Below_Baseline and Increase_Target_Above_Baseline', () => {
        expect(validateKpi({ ...valid, Target_Value__c: '70' }).errors.Target_Value__c).toBe(LABELS.errDecreaseTarget);
        expect(validateKpi({ ...valid, Direction__c: 'Increase' }).errors.Target_Value__c).toBe(LABELS.errIncreaseTarget);
    });

    it('Baseline_Date_Required and Target_Date_Required', () => {
        const { errors, draft } = validateKpi({ ...valid, Baseline_Date__c: '', Target_Date__c: '' });
        expect(draft).toBeNull();
        expect(errors).toEqual({ Baseline_Date__c: LABELS.errBaselineDate, Target_Date__c: LABELS.errTargetDate });
    });

    it('Target_Date_After_Baseline_Date', () => {
        expect(validateKpi({ ...valid, Target_Date__c: '2025-12-12' }).errors.Target_Date__c).toBe(LABELS.errTargetDateAfter);
    });

    it('needs a name and a direction; text is not a number', () => {
        const { errors } = validateKpi({ ...valid, Name: '  ', Direction__c: '', Baseline_Value__c: 'sixty' });
        expect(errors).toMatchObject({
            Name: 'Complete this field.',
            Direction__c: 'Complete this field.',
            Baseline_Value__c: 'Enter a number, such as 42 or 3.5.'
        });
    });

    it('keeps the unit within 20 characters', () => {
        expect(validateKpi({ ...valid, Unit__c: 'tickets per agent per week' }).errors.Unit__c).toBe('Use at most 20 characters.');
    });

    it('allows a KPI with neither baseline nor target yet', () => {
        const { draft } = validateKpi({ goalId: 'a0B1', Name: 'NPS', Direction__c: 'Increase' });
        expect(draft).toMatchObject({ baselineValue: null, targetValue: null, baselineDate: null });
    });
});

describe('validateGoal', () => {
    it('Individual_Goal_Needs_Stakeholder', () => {
        expect(validateGoal({ Name: 'Clear the backlog', Level__c: 'Individual', Stakeholder__c: '' }).errors).toEqual({
            Stakeholder__c: LABELS.errStakeholder
        });
        expect(validateGoal({ Name: 'Clear the backlog', Level__c: 'Individual', Stakeholder__c: '003A' }).draft).toMatchObject({
            level: 'Individual',
            stakeholderId: '003A'
        });
    });

    it('needs a name of at most 80 characters and a sensible cost', () => {
        const { errors } = validateGoal({ Name: 'x'.repeat(81), Cost_Of_Inaction__c: '12,5' });
        expect(errors).toEqual({ Name: 'Use at most 80 characters.', Cost_Of_Inaction__c: 'Enter a number, such as 42 or 3.5.' });
    });

    it('keeps markup and non-Latin text as typed', () => {
        const { draft } = validateGoal({ Name: '<img src=x onerror=alert(1)> 削減 تقليل', Level__c: 'Company' });
        expect(draft?.name).toBe('<img src=x onerror=alert(1)> 削減 تقليل');
    });
});

describe('validateCheckIn', () => {
    const valid = {
        Check_In_Date__c: TODAY,
        Summary__c: 'Went live.',
        Type__c: 'Call',
        readings: { k1: { value: '55', confirmed: true }, k2: { value: '' } }
    };

    it('returns typed values and a reading only for KPIs with a value', () => {
        const { draft } = validateCheckIn(valid, ['k1', 'k2'], TODAY);
        expect(draft).toMatchObject({ checkInDate: TODAY, summary: 'Went live.', readings: [{ kpiId: 'k1', value: 55, confirmed: true }] });
    });

    it('Check_In_Date_Not_In_Future (and so Measured_On_Not_In_Future for its readings)', () => {
        expect(validateCheckIn({ ...valid, Check_In_Date__c: '2026-03-03' }, [], TODAY).errors.Check_In_Date__c).toBe(
            LABELS.errCheckInFuture
        );
    });

    it('Next_Check_In_After_Check_In', () => {
        expect(validateCheckIn({ ...valid, Next_Check_In_Date__c: TODAY }, [], TODAY).errors.Next_Check_In_Date__c).toBe(
            LABELS.errNextCheckInAfter
        );
    });

    it('needs a summary that is not blank', () => {
        expect(validateCheckIn({ ...valid, Summary__c: '   \n ' }, [], TODAY).errors.Summary__c).toBe('Complete this field.');
    });

    it('accepts the 32,768 characters a long text area holds, not one more', () => {
        expect(validateCheckIn({ ...valid, Summary__c: 'a'.repeat(32768) }, [], TODAY).errors).toEqual({});
        expect(validateCheckIn({ ...valid, Summary__c: 'a'.repeat(32769) }, [], TODAY).errors.Summary__c).toBe(
            'Use at most 32768 characters.'
        );
    });

    it('puts a reading that is not a number on that reading', () => {
        const { errors, draft } = validateCheckIn({ ...valid, readings: { k1: { value: 'about 50' } } }, ['k1'], TODAY);
        expect(draft).toBeNull();
        expect(errors).toEqual({ 'Value__c:k1': 'Enter a number, such as 42 or 3.5.' });
        expect(toFormErrors(errors)).toEqual({ fields: errors, form: LABELS.errFixFields });
    });
});

describe('validateMeasurement', () => {
    it('Measured_On_Not_In_Future', () => {
        const { errors, draft } = validateMeasurement({ kpiId: 'k1', Value__c: '55', Measured_On__c: '2026-03-03' }, TODAY);
        expect(draft).toBeNull();
        expect(errors).toEqual({ Measured_On__c: LABELS.errMeasuredFuture });
    });

    it('needs a value and a date; returns a typed reading', () => {
        expect(validateMeasurement({ kpiId: 'k1' }, TODAY).errors).toEqual({
            Value__c: 'Complete this field.',
            Measured_On__c: 'Complete this field.'
        });
        expect(validateMeasurement({ kpiId: 'k1', Value__c: '1.204,5', Measured_On__c: TODAY }, TODAY).errors).toEqual({
            Value__c: 'Enter a number, such as 42 or 3.5.'
        });
        expect(
            validateMeasurement(
                { kpiId: 'k1', Value__c: '55', Measured_On__c: TODAY, Customer_Confirmed__c: true, Source__c: 'Survey' },
                TODAY
            ).draft
        ).toEqual({
            kpiId: 'k1',
            value: 55,
            measuredOn: TODAY,
            source: 'Survey',
            confirmed: true,
            note: null
        });
    });
});

describe('showFieldErrors', () => {
    function input(key: string): HTMLInputElement {
        const el = document.createElement('input');
        el.dataset.key = key;
        document.body.appendChild(el);
        return el;
    }

    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    });

    it('sets each message on its field, clears the others and focuses the first problem', () => {
        const name = input('Name');
        const target = input('Target_Value__c');
        const date = input('Target_Date__c');
        date.setCustomValidity('old message');
        const hadFocus = showFieldErrors(document.body, { Target_Date__c: 'Later, please.', Target_Value__c: 'Differ, please.' });
        expect(hadFocus).toBe(true);
        expect(name.validationMessage).toBe('');
        expect(target.validationMessage).toBe('Differ, please.');
        expect(date.validationMessage).toBe('Later, please.');
        expect(document.activeElement).toBe(target);
    });

    it('reports when no field took a message', () => {
        input('Name');
        expect(showFieldErrors(document.body, { form: 'Network error' })).toBe(false);
    });
});
