/** Which Metadata API type a source file holds, from its suffix (and folder for reports and dashboards). */

const SUFFIX_TYPES: [string, string][] = [
    ['.object-meta.xml', 'CustomObject'],
    ['.field-meta.xml', 'CustomField'],
    ['.validationRule-meta.xml', 'ValidationRule'],
    ['.listView-meta.xml', 'ListView'],
    ['.compactLayout-meta.xml', 'CompactLayout'],
    ['.recordType-meta.xml', 'RecordType'],
    ['.fieldSet-meta.xml', 'FieldSet'],
    ['.webLink-meta.xml', 'WebLink'],
    ['.businessProcess-meta.xml', 'BusinessProcess'],
    ['.sharingReason-meta.xml', 'SharingReason'],
    ['.index-meta.xml', 'Index'],
    ['.layout-meta.xml', 'Layout'],
    ['.permissionset-meta.xml', 'PermissionSet'],
    ['.permissionsetgroup-meta.xml', 'PermissionSetGroup'],
    ['.profile-meta.xml', 'Profile'],
    ['.tab-meta.xml', 'CustomTab'],
    ['.md-meta.xml', 'CustomMetadata'],
    ['.app-meta.xml', 'CustomApplication'],
    ['.flexipage-meta.xml', 'FlexiPage'],
    ['.report-meta.xml', 'Report'],
    ['.reportFolder-meta.xml', 'ReportFolder'],
    ['.reportType-meta.xml', 'ReportType'],
    ['.dashboard-meta.xml', 'Dashboard'],
    ['.dashboardFolder-meta.xml', 'DashboardFolder'],
    ['.trigger-meta.xml', 'ApexTrigger'],
    ['.cls-meta.xml', 'ApexClass'],
    ['.page-meta.xml', 'ApexPage'],
    ['.component-meta.xml', 'ApexComponent'],
    ['.js-meta.xml', 'LightningComponentBundle'],
    ['.cmp-meta.xml', 'AuraDefinitionBundle'],
    ['.labels-meta.xml', 'CustomLabels'],
    ['.resource-meta.xml', 'StaticResource'],
    ['.customPermission-meta.xml', 'CustomPermission'],
    ['.globalValueSet-meta.xml', 'GlobalValueSet'],
    ['.standardValueSet-meta.xml', 'StandardValueSet'],
    ['.quickAction-meta.xml', 'QuickAction'],
    ['.messageChannel-meta.xml', 'LightningMessageChannel'],
    ['.objectTranslation-meta.xml', 'CustomObjectTranslation'],
    ['.fieldTranslation-meta.xml', 'CustomFieldTranslation'],
    ['.translation-meta.xml', 'Translations'],
    ['.email-meta.xml', 'EmailTemplate'],
    ['.flow-meta.xml', 'Flow'],
    ['.notiftype-meta.xml', 'CustomNotificationType'],
    ['.contentasset-meta.xml', 'ContentAsset'],
    // Source-format suffixes of further types (Metadata API Developer Guide, each type's "File Suffix
    // and Directory Location"), as Salesforce's sample apps carry them. Types whose jsforce schema is
    // too old for the corpus (Bot, Prompt, CspTrustedSite, Network, ...) stay unknown (a warning)
    // until their elements are in schema-overlay.ts.
    ['.asset-meta.xml', 'ContentAsset'],
    ['.corsWhitelistOrigin-meta.xml', 'CorsWhitelistOrigin'],
    ['.remoteSite-meta.xml', 'RemoteSiteSetting'],
    ['.pathAssistant-meta.xml', 'PathAssistant'],
    ['.queue-meta.xml', 'Queue'],
    ['.servicePresenceStatus-meta.xml', 'ServicePresenceStatus'],
    ['.presenceUserConfig-meta.xml', 'PresenceUserConfig'],
    ['.testSuite-meta.xml', 'ApexTestSuite'],
    ['.workflow-meta.xml', 'Workflow'],
    ['.lightningExperienceTheme-meta.xml', 'LightningExperienceTheme'],
    ['.brandingSet-meta.xml', 'BrandingSet'],
    ['.navigationMenu-meta.xml', 'NavigationMenu'],
    ['.featureParameterInteger-meta.xml', 'FeatureParameterInteger'],
    ['.platformEventChannelMember-meta.xml', 'PlatformEventChannelMember'],
    ['.messagingChannel-meta.xml', 'MessagingChannel'],
    ['.networkBranding-meta.xml', 'NetworkBranding'],
    ['.dwl-meta.xml', 'DataWeaveResource'],
    ['.evt-meta.xml', 'AuraDefinitionBundle']
];

export interface FileKind {
    /** Metadata API type, e.g. CustomField. */
    type: string;
    /** The API name the file defines, as the file name says (e.g. "Customer_Goal__c" or "Customer_Outcomes/Won_Deals"). */
    name: string;
    /** The object a child type (field, list view, ...) belongs to, from the folder. */
    object?: string;
}

/** Classifies a path relative to the package's source directory, e.g. "objects/A__c/fields/B__c.field-meta.xml". */
export function classify(relPath: string): FileKind | undefined {
    const parts = relPath.split(/[\\/]/);
    const file = parts[parts.length - 1] ?? '';
    for (const [suffix, type] of SUFFIX_TYPES) {
        if (!file.endsWith(suffix)) continue;
        const base = file.slice(0, -suffix.length);
        const objectsAt = parts.lastIndexOf('objects');
        const object = objectsAt >= 0 && parts.length > objectsAt + 2 ? parts[objectsAt + 1] : undefined;
        if (type === 'Report' || type === 'Dashboard') {
            const folder = parts[parts.length - 2];
            return { type, name: folder ? `${folder}/${base}` : base };
        }
        if (type === 'CustomObject') return { type, name: base };
        return { type, name: base, object };
    }
    return undefined;
}
