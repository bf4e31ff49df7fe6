import '#test/jest/installLabels';
import { Kind, parse, visit } from 'graphql';
import { fieldNames, picklistValues } from '#test/jest/metadata';
import {
    logCheckInMutation,
    markFollowUpCompleteMutation,
    mutationErrors,
    recordMeasurementMutation,
    reopenFollowUpMutation,
    saveGoalMutation,
    saveKpiMutation
} from 'c/outcomesMutations';
import readingError from '../../opportunityOutcomes/__tests__/data/logCheckInReadingError.json';
import goalRuleError from '../../opportunityOutcomes/__tests__/data/goalRuleError.json';
import type { CheckInDraft, GoalDraft, KpiDraft } from 'c/outcomesValidation';

const OPPORTUNITY = '006Hs0000000028AAE';
const DSO = 'a0CHs0000000091AAE';
const UNAPPLIED = 'a0CHs0000000092AAE';

const checkIn: CheckInDraft = {
    checkInDate: '2026-03-02',
    type: 'Call',
    contactId: '003Hs0000000009AAE',
    implementationStatus: 'Live',
    sentiment: 'Positive',
    summary: 'DSO down to 55 <img src=x onerror=alert(1)>',
    nextStep: null,
    nextCheckInDate: '2026-06-01',
    readings: [
        { kpiId: DSO, value: 55, confirmed: true },
        { kpiId: UNAPPLIED, value: 120.5, confirmed: false }
    ]
};

/** Variables a document declares and uses: a GraphQL server rejects unused or undeclared ones. */
function variableUse(text: string): { declared: string[]; used: string[] } {
    const declared: string[] = [];
    const used: string[] = [];
    visit(parse(text), {
        VariableDefinition(node) {
            declared.push(node.variable.name.value);
            return false;
        },
        Variable(node) {
            used.push(node.name.value);
        }
    });
    return { declared: declared.sort(), used: [...new Set(used)].sort() };
}

/** Field names set by each aliased operation's inline input object. */
function inlineInputFields(text: string): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    visit(parse(text), {
        Field(node) {
            const input = node.arguments?.find((a) => a.name.value === 'input');
            if (!node.alias || input?.value.kind !== Kind.OBJECT) return;
            const record = input.value.fields[0];
            if (record?.value.kind === Kind.OBJECT) out[node.alias.value] = record.value.fields.map((f) => f.name.value);
        }
    });
    return out;
}

describe('logCheckInMutation', () => {
    const request = logCheckInMutation(OPPORTUNITY, checkIn);
    const text = String(request.query);

    it('creates the check-in, then one measurement per reading, all or none', () => {
        expect(text).toContain('uiapi(input: { allOrNone: true })');
        expect(text).toContain('checkIn: Success_Check_In__cCreate(input: $checkIn)');
        expect(text.match(/KPI_Measurement__cCreate/g)).toHaveLength(2);
        expect(text.indexOf('checkIn: Success_Check_In__cCreate')).toBeLessThan(text.indexOf('m0: KPI_Measurement__cCreate'));
        expect(text.indexOf('m0:')).toBeLessThan(text.indexOf('m1:'));
    });

    it('chains every measurement to the new check-in with @{checkIn}', () => {
        expect(text.match(/Check_In__c: "@\{checkIn\}"/g)).toHaveLength(2);
        expect(request.variables).toMatchObject({
            m0Kpi: DSO,
            m0Value: 55,
            m0Confirmed: true,
            m1Kpi: UNAPPLIED,
            m1Value: 120.5,
            m1Confirmed: false,
            measuredOn: '2026-03-02'
        });
    });

    it('sends the check-in fields as a variable, user text never inside the document', () => {
        expect(request.variables.checkIn).toEqual({
            Success_Check_In__c: {
                Opportunity__c: OPPORTUNITY,
                Check_In_Date__c: '2026-03-02',
                Type__c: 'Call',
                Customer_Contact__c: '003Hs0000000009AAE',
                Implementation_Status__c: 'Live',
                Customer_Sentiment__c: 'Positive',
                Summary__c: 'DSO down to 55 <img src=x onerror=alert(1)>',
                Next_Check_In_Date__c: '2026-06-01'
            }
        });
        expect(text).not.toContain('onerror');
        expect(text).not.toContain(DSO);
    });

    it('is a valid document: every variable declared is used and every one used is declared', () => {
        const { declared, used } = variableUse(text);
        expect(declared).toEqual(used);
        expect(Object.keys(request.variables).sort()).toEqual(declared);
    });

    it('names only fields that exist on KPI_Measurement__c', () => {
        const fields = inlineInputFields(text);
        const known = fieldNames('KPI_Measurement__c');
        for (const alias of ['m0', 'm1']) for (const field of fields[alias] ?? []) expect(known).toContain(field);
        expect(fields.m0).toEqual(['Customer_KPI__c', 'Value__c', 'Measured_On__c', 'Customer_Confirmed__c', 'Check_In__c']);
    });

    it('records which KPI each operation reads, to put a failure on its field', () => {
        expect(request.operations).toEqual({
            checkIn: { object: 'Success_Check_In__c' },
            m0: { object: 'KPI_Measurement__c', kpiId: DSO, reading: true },
            m1: { object: 'KPI_Measurement__c', kpiId: UNAPPLIED, reading: true }
        });
    });

    it('without readings creates the check-in alone and declares no unused variable', () => {
        const alone = logCheckInMutation(OPPORTUNITY, { ...checkIn, readings: [] });
        const { declared, used } = variableUse(String(alone.query));
        expect(declared).toEqual(['checkIn']);
        expect(used).toEqual(['checkIn']);
        expect(Object.keys(alone.variables)).toEqual(['checkIn']);
    });
});

describe('goal, KPI and follow-up writes', () => {
    const goal: GoalDraft = {
        id: null,
        name: 'Cut DSO to 40 days',
        level: 'Company',
        category: 'Cost reduction',
        status: 'Proposed',
        stakeholderId: null,
        whyItMatters: null,
        costOfInaction: 250000,
        targetDate: '2026-12-17'
    };

    it('creates a goal on the deal and its account, leaving blanks to the org defaults', () => {
        const request = saveGoalMutation(goal, '001Hs0000000001AAE', OPPORTUNITY);
        expect(String(request.query)).toContain('Customer_Goal__cCreate(input: $input)');
        expect(String(request.query)).toContain('allOrNone: true');
        expect(request.variables).toEqual({
            input: {
                Customer_Goal__c: {
                    Name: 'Cut DSO to 40 days',
                    Level__c: 'Company',
                    Category__c: 'Cost reduction',
                    Status__c: 'Proposed',
                    Cost_Of_Inaction__c: 250000,
                    Target_Date__c: '2026-12-17',
                    Account__c: '001Hs0000000001AAE',
                    Originating_Opportunity__c: OPPORTUNITY
                }
            }
        });
    });

    it('creates KPIs under their goal', () => {
        const kpi: KpiDraft = {
            id: null,
            goalId: 'a0BHs0000000075AAE',
            name: 'Days sales outstanding',
            unit: 'days',
            direction: 'Decrease',
            baselineValue: 60,
            baselineDate: '2025-12-12',
            targetValue: 40,
            targetDate: '2026-12-17',
            source: null
        };
        const create = saveKpiMutation(kpi);
        expect(String(create.query)).toContain('Customer_KPI__cCreate(input: $input)');
        expect(create.variables).toMatchObject({
            input: { Customer_KPI__c: { Customer_Goal__c: 'a0BHs0000000075AAE', Baseline_Value__c: 60, Target_Value__c: 40 } }
        });
    });

    it('records one reading on its own, its errors on its own fields', () => {
        const request = recordMeasurementMutation({
            kpiId: DSO,
            value: 57.25,
            measuredOn: '2026-03-01',
            source: 'System data',
            confirmed: false,
            note: null
        });
        expect(String(request.query)).toContain('measurement: KPI_Measurement__cCreate(input: $input)');
        expect(String(request.query)).toContain('allOrNone: true');
        expect(request.variables).toEqual({
            input: {
                KPI_Measurement__c: {
                    Customer_KPI__c: DSO,
                    Value__c: 57.25,
                    Measured_On__c: '2026-03-01',
                    Source__c: 'System data',
                    Customer_Confirmed__c: false
                }
            }
        });
        const errors = mutationErrors(
            [
                {
                    message: 'future',
                    path: ['uiapi', 'measurement'],
                    extensions: { fieldErrors: { Measured_On__c: [{ message: "Measured on can't be in the future." }] } }
                }
            ],
            request
        );
        expect(errors.fields).toEqual({ Measured_On__c: "Measured on can't be in the future." });
    });

    it('marks follow-up complete on the opportunity, with the reason when one is given', () => {
        const request = markFollowUpCompleteMutation(OPPORTUNITY);
        expect(String(request.query)).toContain('OpportunityUpdate(input: $input)');
        expect(request.variables).toEqual({ input: { Id: OPPORTUNITY, Opportunity: { Follow_Up_Complete__c: true } } });
        const [reason] = picklistValues('Opportunity', 'Follow_Up_Closed_Reason__c');
        expect(markFollowUpCompleteMutation(OPPORTUNITY, reason!.value).variables).toEqual({
            input: { Id: OPPORTUNITY, Opportunity: { Follow_Up_Complete__c: true, Follow_Up_Closed_Reason__c: reason!.value } }
        });
    });

    it('reopens follow-up: complete and the reason cleared in one update', () => {
        const request = reopenFollowUpMutation(OPPORTUNITY);
        expect(request.operationName).toBe('ReopenFollowUp');
        expect(request.variables).toEqual({
            input: { Id: OPPORTUNITY, Opportunity: { Follow_Up_Complete__c: false, Follow_Up_Closed_Reason__c: null } }
        });
    });
});

describe('every field a write sends exists on its object', () => {
    // The verifier checks field names written inline in gql documents; values sent as variables it
    // cannot see, so this checks them against the same metadata.
    function sentFields(input: unknown, object: string): string[] {
        const record: unknown = Reflect.get(Reflect.get(input ?? {}, 'input') ?? input ?? {}, object);
        return Object.keys(record && typeof record === 'object' ? record : {});
    }

    it.each([
        [
            'Customer_Goal__c',
            saveGoalMutation(
                {
                    id: null,
                    name: 'n',
                    level: 'Company',
                    category: 'Other',
                    status: 'Proposed',
                    stakeholderId: '003A',
                    whyItMatters: 'w',
                    costOfInaction: 1,
                    targetDate: '2026-01-01'
                },
                '001A',
                OPPORTUNITY
            ).variables
        ],
        [
            'Customer_KPI__c',
            saveKpiMutation({
                id: null,
                goalId: 'g',
                name: 'n',
                unit: 'u',
                direction: 'Increase',
                baselineValue: 1,
                baselineDate: '2026-01-01',
                targetValue: 2,
                targetDate: '2026-02-01',
                source: 'Survey'
            }).variables
        ],
        ['Success_Check_In__c', { input: logCheckInMutation(OPPORTUNITY, { ...checkIn, nextStep: 'n' }).variables.checkIn }],
        [
            'KPI_Measurement__c',
            recordMeasurementMutation({ kpiId: DSO, value: 1, measuredOn: '2026-01-01', source: 'Survey', confirmed: true, note: 'n' })
                .variables
        ]
    ])('%s', (object, variables) => {
        const sent = sentFields(variables, object);
        expect(sent.length).toBeGreaterThan(3);
        for (const field of sent) expect(fieldNames(object)).toContain(field);
    });

    it.each([
        ['mark complete', markFollowUpCompleteMutation(OPPORTUNITY, 'Other').variables],
        ['reopen', reopenFollowUpMutation(OPPORTUNITY).variables]
    ])('Opportunity (%s)', (_case, variables) => {
        const sent = sentFields(variables, 'Opportunity');
        expect(sent).toEqual(['Follow_Up_Complete__c', 'Follow_Up_Closed_Reason__c']);
        for (const field of sent) expect(fieldNames('Opportunity')).toContain(field);
    });
});

describe('mutationErrors', () => {
    const request = logCheckInMutation(OPPORTUNITY, checkIn);

    it('puts a reading failure on that KPI reading', () => {
        const errors = mutationErrors(readingError.errors, request);
        expect(errors.fields).toEqual({
            [`Value__c:${UNAPPLIED}`]: 'Value: value outside of valid range on numeric field: 123456789012345'
        });
        expect(errors.form).toBeNull();
    });

    it('puts a validation rule failure on its display field', () => {
        const errors = mutationErrors(
            goalRuleError.errors,
            saveGoalMutation(
                {
                    id: null,
                    name: 'x',
                    level: 'Individual',
                    category: null,
                    status: null,
                    stakeholderId: null,
                    whyItMatters: null,
                    costOfInaction: null,
                    targetDate: null
                },
                '001A',
                OPPORTUNITY
            )
        );
        expect(Object.keys(errors.fields)).toEqual(['Stakeholder__c']);
    });

    it('reads field errors given as a list, and a reading date failure onto the check-in date', () => {
        const errors = mutationErrors(
            [
                {
                    message: 'bad date',
                    path: ['uiapi', 'm0'],
                    extensions: { fieldErrors: [{ field: 'Measured_On__c', message: 'Measured On can\u2019t be in the future.' }] }
                }
            ],
            request
        );
        expect(errors.fields).toEqual({ Check_In_Date__c: 'Measured On can\u2019t be in the future.' });
    });

    it('keeps an error without a field at the top', () => {
        const errors = mutationErrors(
            [{ message: 'Check-ins are closed for this deal.', path: ['uiapi', 'checkIn'] }, { message: 'Network error' }],
            request
        );
        expect(errors).toEqual({ fields: {}, form: 'Check-ins are closed for this deal. Network error' });
    });
});

describe('mutationErrors: a write refused for lack of access says what the rep lacks', () => {
    const checkInRequest = logCheckInMutation(OPPORTUNITY, checkIn);
    const completeRequest = markFollowUpCompleteMutation(OPPORTUNITY);
    const OPPORTUNITY_EDIT =
        "You don't have edit access to this opportunity, which this needs. Ask your Salesforce admin for Edit on Opportunities (profile or permission set) and edit access to this deal (owner, opportunity team or sharing).";
    const RECORD =
        "You don't have the access this save needs. Ask your Salesforce admin for edit access to this record and read access to the records it links to.";

    it('a check-in refused on its master opportunity (cross-reference, by message) needs Edit on the opportunity', () => {
        const errors = mutationErrors(
            [
                {
                    message: 'insufficient access rights on cross-reference id: 006Hs0000000028',
                    path: ['uiapi', 'checkIn'],
                    extensions: { classification: 'DataFetchingException' }
                },
                {
                    message: 'The transaction was rolled back since another operation in the same transaction failed.',
                    path: ['uiapi', 'm0'],
                    extensions: { errorCode: 'PROCESSING_HALTED' }
                }
            ],
            checkInRequest
        );
        expect(errors.fields).toEqual({});
        expect(errors.form).toBe(
            `${OPPORTUNITY_EDIT} The transaction was rolled back since another operation in the same transaction failed.`
        );
    });

    it('reads the status code alone (extensions.errorCode, or a field error entry) whatever the wording', () => {
        expect(
            mutationErrors(
                [
                    {
                        message: 'Zugriff verweigert',
                        path: ['uiapi', 'opportunity'],
                        extensions: { errorCode: 'INSUFFICIENT_ACCESS_OR_READONLY' }
                    }
                ],
                completeRequest
            ).form
        ).toBe(OPPORTUNITY_EDIT);
        const onField = mutationErrors(
            [
                {
                    message: 'refused',
                    path: ['uiapi', 'opportunity'],
                    extensions: {
                        fieldErrors: {
                            Follow_Up_Complete__c: [{ message: 'refused', errorCode: 'INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY' }]
                        }
                    }
                }
            ],
            completeRequest
        );
        expect(onField).toEqual({ fields: {}, form: OPPORTUNITY_EDIT });
    });

    it('"mark complete" without Edit on Opportunity: the mutation is not in the user\'s schema', () => {
        const errors = mutationErrors(
            [
                {
                    message:
                        "Validation error of type FieldUndefined: Field 'OpportunityUpdate' in type 'UIAPIMutations' is undefined @ 'uiapi/opportunity'",
                    extensions: { classification: 'ValidationError' }
                }
            ],
            completeRequest
        );
        expect(errors).toEqual({ fields: {}, form: OPPORTUNITY_EDIT });
    });

    it('without the package permission set: names the object in words', () => {
        const errors = mutationErrors(
            [
                {
                    message:
                        "Validation error of type FieldUndefined: Field 'Success_Check_In__cCreate' in type 'UIAPIMutations' is undefined"
                }
            ],
            checkInRequest
        );
        expect(errors.form).toBe(
            "You don't have permission to save Success Check In records. Ask your Salesforce admin to assign you the Customer Outcomes User permission set."
        );
    });

    it('without edit on the field written: names the field', () => {
        const errors = mutationErrors(
            [
                {
                    message:
                        "Validation error (WrongType@[uiapi/opportunity]) : argument 'input.Opportunity' with value 'ObjectValue{objectFields=[ObjectField{name='Follow_Up_Complete__c', value=BooleanValue{value=true}}]}' contains a field not in 'OpportunityUpdateRepresentation': 'Follow_Up_Complete__c'"
                }
            ],
            completeRequest
        );
        expect(errors.form).toBe(
            "You can't edit the field Opportunity.Follow_Up_Complete__c, which this needs. Ask your Salesforce admin for edit access to it (the Customer Outcomes User permission set grants it)."
        );
    });

    it('a refusal on another object (a reading) asks for access to the record, not to the opportunity', () => {
        const errors = mutationErrors(
            [
                {
                    message: 'insufficient access rights on object id',
                    path: ['uiapi', 'm0'],
                    extensions: { errorCode: 'INSUFFICIENT_ACCESS_OR_READONLY' }
                }
            ],
            checkInRequest
        );
        expect(errors).toEqual({ fields: {}, form: RECORD });
    });

    it('leaves other failures as the org worded them: a rule, a missing query field, a lookup to a deleted record', () => {
        const errors = mutationErrors(
            [
                { message: "Validation error of type FieldUndefined: Field 'Foo__c' in type 'Opportunity' is undefined" },
                {
                    message: 'invalid cross reference id',
                    path: ['uiapi', 'checkIn'],
                    extensions: { errorCode: 'INVALID_CROSS_REFERENCE_KEY' }
                },
                { message: 'entity is deleted', path: ['uiapi', 'opportunity'], extensions: { errorCode: 'ENTITY_IS_DELETED' } }
            ],
            checkInRequest
        );
        expect(errors.form).toBe(
            "Validation error of type FieldUndefined: Field 'Foo__c' in type 'Opportunity' is undefined invalid cross reference id entity is deleted"
        );
    });
});
