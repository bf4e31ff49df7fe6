/**
 * The preview's runtime settings, injected by the server as `/preview-config.js` before the
 * bundle runs. Every value has a default so the bundle also works behind a plain file server.
 */
import { CONFIG_GLOBAL, type PreviewClientConfig } from '../../shared/contract';

/** Standard objects' id prefixes; the server adds the custom objects' prefixes it assigns. */
const STANDARD_KEY_PREFIXES: Record<string, string> = {
    '001': 'Account',
    '003': 'Contact',
    '005': 'User',
    '006': 'Opportunity',
    '00k': 'OpportunityContactRole'
};

export interface ResolvedConfig {
    userId: string | undefined;
    keyPrefixes: Record<string, string>;
    liveReloadUrl: string | undefined;
}

let resolved: ResolvedConfig | undefined;

export function previewConfig(): ResolvedConfig {
    if (!resolved) {
        const injected = (globalThis as Record<string, unknown>)[CONFIG_GLOBAL] as PreviewClientConfig | undefined;
        resolved = {
            userId: injected?.userId,
            keyPrefixes: { ...STANDARD_KEY_PREFIXES, ...injected?.keyPrefixes },
            liveReloadUrl: injected?.liveReloadUrl
        };
    }
    return resolved;
}

/** The object a record id belongs to, from its key prefix (as the platform does). */
export function objectApiNameForId(recordId: string): string | undefined {
    return previewConfig().keyPrefixes[recordId.slice(0, 3)];
}
