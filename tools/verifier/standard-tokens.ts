/**
 * Column and filter tokens of standard fields in list views and related lists (the Metadata API
 * spells standard fields this way, custom fields by API name). Mapped to the field they show where
 * the model knows it, so the reference is counted; unknown upper-case tokens are reported.
 * Add a token here when the package starts using another documented one.
 */

const COMMON: Record<string, string | null> = {
    NAME: 'Name',
    CREATED_DATE: 'CreatedDate',
    LAST_UPDATE: 'LastModifiedDate',
    CREATEDBY_USER: 'CreatedById',
    CREATEDBY_USER_ALIAS: 'CreatedById',
    'CREATEDBY_USER.ALIAS': 'CreatedById',
    UPDATEDBY_USER: 'LastModifiedById',
    'UPDATEDBY_USER.ALIAS': 'LastModifiedById',
    OWNER_NAME: 'OwnerId',
    'OWNER.ALIAS': 'OwnerId',
    'OWNER.FIRST_NAME': 'OwnerId',
    'OWNER.LAST_NAME': 'OwnerId',
    'CORE.USERS.ALIAS': 'OwnerId',
    'CORE.USERS.FULL_NAME': 'OwnerId',
    'CORE.USERS.FIRST_NAME': 'OwnerId',
    'CORE.USERS.LAST_NAME': 'OwnerId',
    RECORDTYPE: null,
    LAST_ACTIVITY: null
};

/**
 * Tokens marked "seen in" come from Salesforce's own deployable sample apps (test/verifier-corpus),
 * since the Metadata API documents no complete list of these column codes.
 */
const ACTIVITY_TOKENS: Record<string, string | null> = {
    // Seen in SalesforceLabs/ActionPlansV4 (a Task related list on a layout).
    'TASK.SUBJECT': 'Subject',
    'TASK.WHO_NAME': 'WhoId',
    'TASK.WHAT_NAME': 'WhatId',
    'ACTIVITY.TASK': null,
    'TASK.DUE_DATE': 'ActivityDate',
    'TASK.STATUS': 'Status',
    'TASK.CLOSED': 'IsClosed',
    'TASK.PRIORITY': 'Priority',
    'TASK.LAST_UPDATE': 'LastModifiedDate'
};

const PER_OBJECT: Record<string, Record<string, string | null>> = {
    Activity: ACTIVITY_TOKENS,
    Task: ACTIVITY_TOKENS,
    // Seen in trailheadapps/ebikes-lwc (Case list view My_Cases).
    Case: { 'CASES.CASE_NUMBER': 'CaseNumber', 'CASES.STATUS': 'Status', 'CASES.SUBJECT': 'Subject', 'CASES.PRIORITY': 'Priority' },
    Opportunity: {
        'OPPORTUNITY.NAME': 'Name',
        'OPPORTUNITY.AMOUNT': 'Amount',
        'OPPORTUNITY.CLOSE_DATE': 'CloseDate',
        'OPPORTUNITY.STAGE_NAME': 'StageName',
        'OPPORTUNITY.PROBABILITY': 'Probability',
        'OPPORTUNITY.TYPE': 'Type',
        'OPPORTUNITY.NEXT_STEP': 'NextStep',
        'OPPORTUNITY.LEAD_SOURCE': null,
        'OPPORTUNITY.FORECAST_CATEGORY': 'ForecastCategoryName',
        'OPPORTUNITY.WON': 'IsWon',
        'OPPORTUNITY.CLOSED': 'IsClosed',
        'OPPORTUNITY.CREATED_DATE': 'CreatedDate',
        'OPPORTUNITY.LAST_UPDATE': 'LastModifiedDate',
        'OPPORTUNITY.LAST_ACTIVITY': null,
        'OPPORTUNITY.EXP_AMOUNT': null,
        'OPPORTUNITY.DESCRIPTION': 'Description',
        'OPPORTUNITY.RECORDTYPE': null,
        'OPPORTUNITY.FISCAL_QUARTER': null,
        'OPPORTUNITY.FISCAL_YEAR': null,
        'ACCOUNT.NAME': 'AccountId',
        FULL_NAME: 'OwnerId'
    },
    Account: {
        'ACCOUNT.NAME': 'Name',
        'ACCOUNT.TYPE': 'Type',
        'ACCOUNT.INDUSTRY': 'Industry',
        'ACCOUNT.PHONE1': 'Phone',
        'ACCOUNT.URL': 'Website',
        'ACCOUNT.SITE': null,
        'ACCOUNT.ACCOUNT_NUMBER': null,
        'ACCOUNT.ADDRESS1_CITY': null,
        'ACCOUNT.ADDRESS1_STATE': null,
        'ACCOUNT.ADDRESS1_COUNTRY': null,
        'ACCOUNT.CREATED_DATE': 'CreatedDate',
        'ACCOUNT.LAST_UPDATE': 'LastModifiedDate',
        'ACCOUNT.LAST_ACTIVITY': null
    },
    Contact: {
        FULL_NAME: 'Name',
        // Seen in trailheadapps/coral-cloud (layout related list and list view columns).
        CNTC_FIRST_NAME: 'FirstName',
        'CONTACT.BIRTHDATE': 'Birthdate',
        'CONTACT.FIRST_NAME': 'FirstName',
        'CONTACT.LAST_NAME': 'LastName',
        'CONTACT.TITLE': 'Title',
        'CONTACT.PHONE1': 'Phone',
        'CONTACT.EMAIL': 'Email',
        'CONTACT.CREATED_DATE': 'CreatedDate',
        'CONTACT.LAST_UPDATE': 'LastModifiedDate',
        'ACCOUNT.NAME': 'AccountId'
    }
};

/** The token's field in the model (its API name), null when standard but not modelled, undefined when unknown. */
export function standardToken(objectName: string, token: string): string | null | undefined {
    const own = PER_OBJECT[objectName]?.[token];
    if (own !== undefined) return own;
    return COMMON[token];
}

export function standardTokens(objectName: string): string[] {
    return [...Object.keys(PER_OBJECT[objectName] ?? {}), ...Object.keys(COMMON)];
}

/** Whether a column token is written in the standard (upper case) form rather than as an API name. */
export function isStandardTokenForm(token: string): boolean {
    return /^[A-Z0-9_.]+$/.test(token) && !/__C$/i.test(token);
}
