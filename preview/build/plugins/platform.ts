/**
 * Points the platform modules the org provides at the preview's stand-ins in
 * preview/client/platform. Runs before the LWC resolver, so lightning-base-components' own
 * imports of these modules get the same stand-ins as the package's components.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'rollup';
import { PLATFORM_DIR, SOURCE_DIR } from '../paths';

/** Platform module → its stand-in file in preview/client/platform (knip.config.ts reads it for entry points). */
export const STAND_INS: Record<string, string> = {
    'lightning/graphql': 'graphql.ts',
    'lightning/uiRecordApi': 'uiRecordApi.ts',
    'lightning/platformShowToastEvent': 'showToastEvent.ts',
    'lightning/navigation': 'navigation.ts',
    'lightning/uiObjectInfoApi': 'uiObjectInfoApi.ts',
    'lightning/refresh': 'refresh.ts',
    'lightning/actions': 'actions.ts',
    'lightning/messageService': 'messageService.ts',
    // lightning-base-components' own lightning/navigation re-exports this Aura-side module.
    'force/navigation': 'navigation.ts',
    '@salesforce/user/Id': 'user.ts'
};

const CONSTANTS: Record<string, unknown> = {
    '@salesforce/user/isGuest': false
};

const CONSTANT_PREFIX = '\0salesforce-constant:';

/**
 * `@salesforce/messageChannel/<Name>__c` (LWC Developer Guide, "Create a Message Channel"): an
 * opaque reference to the channel; here a frozen object naming it, one per channel, for a
 * channel the package defines in force-app/main/default/messageChannels.
 */
const CHANNEL_SPECIFIER = '@salesforce/messageChannel/';
const CHANNEL_PREFIX = '\0salesforce-message-channel:';
const CHANNELS_DIR = join(SOURCE_DIR, 'messageChannels');

export function platformModules(): Plugin {
    return {
        name: 'preview-platform-modules',
        resolveId(source) {
            const file = STAND_INS[source];
            if (file) return join(PLATFORM_DIR, file);
            if (source in CONSTANTS) return CONSTANT_PREFIX + source;
            if (source.startsWith(CHANNEL_SPECIFIER)) {
                const name = source.slice(CHANNEL_SPECIFIER.length).replace(/__c$/, '');
                const file = join(CHANNELS_DIR, `${name}.messageChannel-meta.xml`);
                if (!existsSync(file)) this.error(`${source}: no message channel ${name} in force-app/main/default/messageChannels`);
                return CHANNEL_PREFIX + name;
            }
            if (source.startsWith('@salesforce/apex/')) {
                this.error(`${source}: Apex is not available in the preview; read and write through lightning/graphql (DESIGN.md §5).`);
            }
            return null;
        },
        load(id) {
            if (id.startsWith(CHANNEL_PREFIX))
                return `export default Object.freeze({ channel: ${JSON.stringify(id.slice(CHANNEL_PREFIX.length) + '__c')} });`;
            if (!id.startsWith(CONSTANT_PREFIX)) return null;
            return `export default ${JSON.stringify(CONSTANTS[id.slice(CONSTANT_PREFIX.length)])};`;
        }
    };
}
