/**
 * What each platform module the package (or the preview's stand-ins) uses exports, as Salesforce
 * documents it, with the page each list comes from. The stand-ins (preview/client/platform, the
 * Jest stubs, types/*.d.ts) may export these names only, and components may import only these
 * (test/platform/standInExports.test.ts, componentImports.test.ts).
 *
 * Scoped `@salesforce/*` modules have one default export each; their pattern names which
 * specifiers exist (`@salesforce/label/c.X`, `@salesforce/schema/Object.Field`, ...).
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

interface DocPage {
    title: string;
    url: string;
}

export interface DocumentedModule {
    /** The import specifier (`lightning/graphql`), or a scoped prefix ending in `/` (`@salesforce/label/`). */
    module: string;
    /** Runtime exports (`default` for a default export). */
    exports: readonly string[];
    pages: readonly DocPage[];
    /** For scoped prefixes: the specifiers after the prefix that exist, when the docs list them. */
    specifiers?: readonly string[];
    /** Names people reach for that the module does NOT export, and where they really live. */
    notExported?: Readonly<Record<string, string>>;
}

const LWC_GUIDE = 'https://developer.salesforce.com/docs/platform/lwc/guide';

/**
 * `@salesforce/i18n/<property>`: the guide's table ("Access Internationalization Properties")
 * names the properties; the property files lightning-base-components (Salesforce's own package)
 * ships with en-US values name the same set, and are read here rather than retyped.
 */
function i18nProperties(): string[] {
    const dir = join(dirname(require.resolve('lightning-base-components/package.json')), 'scopedImports');
    return readdirSync(dir)
        .map((file) => /^@salesforce-i18n-(.+)\.js$/.exec(file)?.[1])
        .filter((name): name is string => name !== undefined)
        .sort();
}

export const DOCUMENTED_MODULES: readonly DocumentedModule[] = [
    {
        module: 'lightning/graphql',
        exports: ['executeMutation', 'gql', 'graphql'],
        pages: [
            { title: 'lightning/graphql Wire Adapter (v2)', url: `${LWC_GUIDE}/reference-lightning-graphql-module.html` },
            { title: 'graphql', url: `${LWC_GUIDE}/reference-graphql-wire.html` },
            { title: 'executeMutation', url: `${LWC_GUIDE}/reference-graphql-mutation.html` },
            { title: 'refresh', url: `${LWC_GUIDE}/reference-graphql-refresh.html` },
            {
                title: 'Query Your Data (GraphQL API Developer Guide)',
                url: 'https://developer.salesforce.com/docs/platform/graphql/guide/graphql-wire-lwc-query.html'
            }
        ],
        notExported: {
            refreshGraphQL:
                'refreshGraphQL(result) belongs to the deprecated lightning/uiGraphQLApi ("refreshGraphQL(result) (Deprecated)", ' +
                `${LWC_GUIDE}/reference-refreshgraphql.html); lightning/graphql refreshes through the emitted result's refresh() ` +
                `("refresh", ${LWC_GUIDE}/reference-graphql-refresh.html)`
        }
    },
    {
        module: 'lightning/uiRecordApi',
        exports: [
            'createRecord',
            'createRecordInputFilteredByEditedFields',
            'deleteRecord',
            'generateRecordInputForCreate',
            'generateRecordInputForUpdate',
            'getFieldDisplayValue',
            'getFieldValue',
            'getRecord',
            'getRecordCreateDefaults',
            'getRecordNotifyChange',
            'getRecordUi',
            'getRecords',
            'notifyRecordUpdateAvailable',
            'updateRecord'
        ],
        pages: [{ title: 'lightning/uiRecordApi', url: `${LWC_GUIDE}/reference-lightning-ui-api-record.html` }],
        notExported: {
            refresh: "not listed on the module page; sfdx-lwc-jest's stub exports it",
            getRecordInput: "not listed on the module page; sfdx-lwc-jest's stub exports it"
        }
    },
    {
        module: 'lightning/uiObjectInfoApi',
        exports: ['getObjectInfo', 'getObjectInfos', 'getPicklistValues', 'getPicklistValuesByRecordType'],
        pages: [{ title: 'lightning/uiObjectInfoApi', url: `${LWC_GUIDE}/reference-lightning-ui-api-object-info.html` }]
    },
    {
        module: 'lightning/platformShowToastEvent',
        exports: ['ShowToastEvent'],
        pages: [
            {
                title: 'Platform Show Toast Event (Component Reference)',
                url: 'https://developer.salesforce.com/docs/component-library/bundle/lightning-platform-show-toast-event/documentation'
            }
        ]
    },
    {
        module: 'lightning/navigation',
        exports: ['CurrentPageReference', 'NavigationMixin'],
        pages: [
            {
                title: 'Navigation (Component Reference)',
                url: 'https://developer.salesforce.com/docs/component-library/bundle/lightning-navigation/documentation'
            }
        ]
    },
    {
        module: 'lightning/refresh',
        exports: [
            'RefreshEvent',
            'registerRefreshContainer',
            'registerRefreshHandler',
            'unregisterRefreshContainer',
            'unregisterRefreshHandler'
            // "Use RefreshView API" also mentions "status definitions such as RefreshComplete, RefreshCompleteWithError,
            // and RefreshError" without saying how they are exported; left out until a page names them as exports.
        ],
        pages: [
            { title: 'lightning/refresh Module', url: `${LWC_GUIDE}/reference-lightning-refresh.html` },
            { title: 'Use RefreshView API', url: `${LWC_GUIDE}/data-refreshview-api.html` }
        ]
    },
    {
        module: 'lightning/actions',
        exports: ['CloseActionScreenEvent'],
        pages: [{ title: 'Create Screen Quick Actions', url: `${LWC_GUIDE}/use-quick-actions-screen.html` }]
    },
    {
        module: 'lightning/messageService',
        exports: [
            'APPLICATION_SCOPE',
            'createMessageContext',
            'MessageContext',
            'publish',
            'releaseMessageContext',
            'subscribe',
            'unsubscribe'
        ],
        pages: [
            {
                title: 'Message Service (Component Reference)',
                url: 'https://developer.salesforce.com/docs/platform/lightning-component-reference/guide/lightning-message-service'
            },
            { title: 'Subscribe and Unsubscribe from a Message Channel', url: `${LWC_GUIDE}/use-message-channel-subscribe.html` }
        ],
        notExported: {
            createMessageChannel: "not listed on the module page; sfdx-lwc-jest's stub exports it"
        }
    },
    {
        module: '@salesforce/messageChannel/',
        exports: ['default'],
        pages: [{ title: 'Create a Message Channel', url: `${LWC_GUIDE}/use-message-channel-intro` }]
    },
    {
        module: '@salesforce/user/',
        exports: ['default'],
        specifiers: ['Id', 'isGuest'],
        pages: [{ title: 'Get Information About the Current User', url: `${LWC_GUIDE}/get-current-user.html` }]
    },
    {
        module: '@salesforce/label/',
        exports: ['default'],
        pages: [{ title: 'Access Labels', url: `${LWC_GUIDE}/create-labels` }]
    },
    {
        module: '@salesforce/schema/',
        exports: ['default'],
        pages: [{ title: 'Import Objects and Fields from @salesforce/schema', url: `${LWC_GUIDE}/apex-schema.html` }]
    },
    {
        module: '@salesforce/i18n/',
        exports: ['default'],
        specifiers: i18nProperties(),
        pages: [{ title: 'Access Internationalization Properties', url: `${LWC_GUIDE}/create-i18n` }]
    }
];

/** The documented module an import specifier names, if any. */
export function documentedModule(specifier: string): DocumentedModule | undefined {
    return DOCUMENTED_MODULES.find((m) => (m.module.endsWith('/') ? specifier.startsWith(m.module) : specifier === m.module));
}

/** Whether a specifier is a platform module (so it must be documented): lightning/*, @salesforce/*. */
export function isPlatformSpecifier(specifier: string): boolean {
    return specifier.startsWith('lightning/') || specifier.startsWith('@salesforce/');
}
