import { countAll, openStore, recordNamed, removeTempDirs, run, TODAY, type TestStore } from './support';

const LOG_CHECK_IN = `mutation logCheckIn($opp: IdOrRef!, $kpi1: IdOrRef!, $kpi2: IdOrRef!, $day2: Date) {
    uiapi(input: { allOrNone: true }) {
        checkIn: Success_Check_In__cCreate(input: { Success_Check_In__c: { Opportunity__c: $opp, Summary__c: "Quarterly review", Type__c: "Meeting", Check_In_Date__c: "${TODAY}" } }) {
            Record { Id Name { value } }
        }
        first: KPI_Measurement__cCreate(input: { KPI_Measurement__c: { Customer_KPI__c: $kpi1, Value__c: 45, Measured_On__c: "${TODAY}", Check_In__c: "@{checkIn}" } }) {
            Record { Id Value__c { value } Check_In__c { value } }
        }
        second: KPI_Measurement__cCreate(input: { KPI_Measurement__c: { Customer_KPI__c: $kpi2, Value__c: 120, Measured_On__c: $day2, Check_In__c: "@{checkIn}" } }) {
            Record { Id }
        }
    }
}`;

describe('GraphQL mutations', () => {
    let t: TestStore;
    let vars: Record<string, string>;
    beforeEach(() => {
        t = openStore();
        vars = {
            opp: recordNamed(t.store, 'Opportunity', 'Northwind Logistics - Accounts Receivable Automation').Id,
            kpi1: recordNamed(t.store, 'Customer_KPI__c', 'Days sales outstanding').Id,
            kpi2: recordNamed(t.store, 'Customer_KPI__c', 'Unapplied cash items').Id
        };
    });
    afterAll(removeTempDirs);

    it('allOrNone: a check-in and two measurements chained by @{alias} are saved together', () => {
        const response = run(t.engine, LOG_CHECK_IN, { ...vars, day2: TODAY });
        expect(response.errors).toBeUndefined();
        const { checkIn, first, second } = response.data.uiapi;
        expect(checkIn.Record.Name.value).toMatch(/^CI-\d{6}$/);
        expect(first.Record).toEqual({ Id: expect.any(String), Value__c: { value: 45 }, Check_In__c: { value: checkIn.Record.Id } });
        expect(t.store.get(second.Record.Id)?.record.Check_In__c).toBe(checkIn.Record.Id);
        expect(t.store.get(vars.kpi1!)?.record.Current_Value__c).toBe(45);
    });

    it('allOrNone: one failing operation leaves the store as it was and names the operation and field', () => {
        const before = countAll(t.store);
        const kpiBefore = { ...t.store.get(vars.kpi1!)?.record };
        const response = run(t.engine, LOG_CHECK_IN, { ...vars, day2: '2026-07-01' });
        expect(response.data).toEqual({ uiapi: { checkIn: null, first: null, second: null } });
        expect(response.errors).toEqual([
            {
                message: "Measured on can't be in the future. Enter the date the value was measured: today or earlier.",
                locations: [{ line: 9, column: 9 }],
                path: ['uiapi', 'second'],
                extensions: {
                    classification: 'DataFetchingException',
                    operation: 'second',
                    objectApiName: 'KPI_Measurement__c',
                    errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                    fieldErrors: {
                        Measured_On__c: [
                            {
                                message: "Measured on can't be in the future. Enter the date the value was measured: today or earlier.",
                                errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION'
                            }
                        ]
                    }
                }
            }
        ]);
        expect(countAll(t.store)).toEqual(before);
        expect(t.store.get(vars.kpi1!)?.record).toEqual(kpiBefore);
    });

    it('allOrNone false: operations succeed or fail on their own; dependants of a failure fail too', () => {
        const response = run(
            t.engine,
            `mutation { uiapi(input: { allOrNone: false }) {
                bad: Success_Check_In__cCreate(input: { Success_Check_In__c: { Opportunity__c: "${vars.opp}", Summary__c: "x", Check_In_Date__c: "2030-01-01" } }) { Record { Id } }
                dependent: KPI_Measurement__cCreate(input: { KPI_Measurement__c: { Customer_KPI__c: "${vars.kpi1}", Value__c: 50, Check_In__c: "@{bad}" } }) { Record { Id } }
                good: KPI_Measurement__cCreate(input: { KPI_Measurement__c: { Customer_KPI__c: "${vars.kpi1}", Value__c: 50 } }) { Record { Id Measured_On__c { value } } }
            } }`
        );
        expect(response.data.uiapi.bad).toBeNull();
        expect(response.data.uiapi.dependent).toBeNull();
        expect(response.data.uiapi.good.Record.Measured_On__c.value).toBe(TODAY);
        expect(response.errors?.map((e) => [e.path, e.extensions?.errorCode])).toEqual([
            [['uiapi', 'bad'], 'FIELD_CUSTOM_VALIDATION_EXCEPTION'],
            [['uiapi', 'dependent'], 'DEPENDENCY_FAILED']
        ]);
        expect(t.store.get(response.data.uiapi.good.Record.Id)).toBeDefined();
    });

    it('updates and deletes, returning the record as saved (platform-derived fields included)', () => {
        const opp = recordNamed(t.store, 'Opportunity', 'Cobalt Ridge Software - AP Automation');
        const updated = run(
            t.engine,
            `mutation($input: OpportunityUpdateInput!) { uiapi { OpportunityUpdate(input: $input) { Record { Id StageName { value } Probability { value } IsWon { value } IsClosed { value } ForecastCategoryName { value } } } } }`,
            { input: { Id: opp.Id, Opportunity: { StageName: 'Closed Won' } } }
        );
        expect(updated.data.uiapi.OpportunityUpdate.Record).toEqual({
            Id: opp.Id,
            StageName: { value: 'Closed Won' },
            Probability: { value: 100 },
            IsWon: { value: true },
            IsClosed: { value: true },
            ForecastCategoryName: { value: 'Closed' }
        });
        const measurement = [...t.store.records('KPI_Measurement__c')][0];
        const deleted = run(t.engine, `mutation { uiapi { KPI_Measurement__cDelete(input: { Id: "${measurement?.Id}" }) { Id } } }`);
        expect(deleted.data.uiapi.KPI_Measurement__cDelete).toEqual({ Id: measurement?.Id });
        const again = run(t.engine, `mutation { uiapi { KPI_Measurement__cDelete(input: { Id: "${measurement?.Id}" }) { Id } } }`);
        expect(again.errors?.[0]).toMatchObject({ message: 'entity is deleted', extensions: { errorCode: 'ENTITY_IS_DELETED' } });
    });

    it('related records are not available in mutation results, as in the org', () => {
        const response = run(
            t.engine,
            `mutation { uiapi { KPI_Measurement__cCreate(input: { KPI_Measurement__c: { Customer_KPI__c: "${vars.kpi1}", Value__c: 50 } }) { Record { Id Customer_KPI__r { Name { value } } } } } }`
        );
        expect(response.data.uiapi.KPI_Measurement__cCreate.Record.Customer_KPI__r).toBeNull();
        expect(response.errors?.[0]?.message).toBe('Customer_KPI__r is not currently available in mutation results.');
    });

    it('required, type, length and picklist problems come back on their fields', () => {
        const goal = recordNamed(t.store, 'Customer_Goal__c', 'Cut days sales outstanding from 60 to 40 days');
        const missing = run(
            t.engine,
            'mutation($i: Success_Check_In__cCreateInput!) { uiapi { Success_Check_In__cCreate(input: $i) { Record { Id } } } }',
            {
                i: { Success_Check_In__c: { Opportunity__c: vars.opp } }
            }
        );
        expect(missing.errors?.[0]?.extensions?.fieldErrors).toEqual({
            Summary__c: [{ message: 'Required fields are missing: [Summary__c]', errorCode: 'REQUIRED_FIELD_MISSING' }]
        });
        const wrongType = run(
            t.engine,
            'mutation($i: OpportunityUpdateInput!) { uiapi { OpportunityUpdate(input: $i) { Record { Id } } } }',
            {
                i: { Id: vars.opp, Opportunity: { Amount: 'a lot', CloseDate: '2026-02-30' } }
            }
        );
        expect(wrongType.errors?.[0]?.extensions?.classification).toBe('ValidationError');
        expect(wrongType.errors?.[0]?.extensions?.fieldErrors).toHaveProperty('Amount');
        const store = run(
            t.engine,
            `mutation { uiapi { Customer_KPI__cCreate(input: { Customer_KPI__c: { Name: "Backlog", Customer_Goal__c: "${goal.Id}", Unit__c: "items waiting in the queue", Direction__c: "Sideways", Target_Value__c: 123456789012345.5 } }) { Record { Id } } } }`
        );
        expect(store.errors?.[0]?.extensions?.fieldErrors).toEqual({
            Unit__c: [{ message: 'Unit: data value too large: items waiting in the queue (max length=20)', errorCode: 'STRING_TOO_LONG' }],
            Direction__c: [
                {
                    message: 'Direction: bad value for restricted picklist field: Sideways',
                    errorCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST'
                }
            ],
            Target_Value__c: [
                {
                    message: 'Target Value: value outside of valid range on numeric field: 123456789012345.5',
                    errorCode: 'NUMBER_OUTSIDE_VALID_RANGE'
                }
            ]
        });
        const blank = run(
            t.engine,
            `mutation { uiapi { Success_Check_In__cUpdate(input: { Id: "${[...t.store.records('Success_Check_In__c')][0]?.Id}", Success_Check_In__c: { Summary__c: null } }) { Record { Id } } } }`
        );
        expect(blank.errors?.[0]?.extensions).toMatchObject({
            errorCode: 'REQUIRED_FIELD_MISSING',
            fieldErrors: { Summary__c: [{ errorCode: 'REQUIRED_FIELD_MISSING' }] }
        });
    });

    it('enforces the lookup filter of Originating_Opportunity__c (same account as the goal)', () => {
        const goal = recordNamed(t.store, 'Customer_Goal__c', 'Cut days sales outstanding from 60 to 40 days');
        const otherAccountDeal = recordNamed(t.store, 'Opportunity', 'Kestrel Precision - Financial Close Automation');
        const response = run(
            t.engine,
            `mutation { uiapi { goal: Customer_Goal__cUpdate(input: { Id: "${goal.Id}", Customer_Goal__c: { Originating_Opportunity__c: "${otherAccountDeal.Id}" } }) { Record { Id } } } }`
        );
        expect(response.errors?.[0]?.extensions?.fieldErrors).toEqual({
            Originating_Opportunity__c: [
                { message: 'Choose an opportunity of the same account as this goal.', errorCode: 'FIELD_FILTER_VALIDATION_EXCEPTION' }
            ]
        });
    });

    it('fields that are not writable fail validation; @{alias} must name an earlier operation', () => {
        const formula = run(
            t.engine,
            `mutation { uiapi { OpportunityUpdate(input: { Id: "${vars.opp}", Opportunity: { Follow_Up_Status__c: "Complete" } }) { Record { Id } } } }`
        );
        expect(formula.errors?.[0]?.message).toContain("contains a field not in 'OpportunityUpdateRepresentation': 'Follow_Up_Status__c'");
        const dangling = run(
            t.engine,
            `mutation { uiapi { KPI_Measurement__cCreate(input: { KPI_Measurement__c: { Customer_KPI__c: "@{nowhere}", Value__c: 1 } }) { Record { Id } } } }`
        );
        expect(dangling.errors?.[0]?.message).toBe('@{nowhere} does not name an earlier operation of this request.');
    });

    it('writes survive reopening the store from disk', () => {
        run(t.engine, LOG_CHECK_IN, { ...vars, day2: TODAY });
        const reopened = openStore({ dataFile: t.dataFile });
        expect(countAll(reopened.store)).toEqual(countAll(t.store));
        expect(reopened.store.get(vars.kpi1!)?.record.Current_Value__c).toBe(45);
        expect(reopened.logs.some((l) => l.startsWith('loaded '))).toBe(true);
    });
});
