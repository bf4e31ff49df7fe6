/**
 * The one place the org commands get jsforce from. jsforce 3.10 asks for undici 8, which needs
 * Node >= 22.19; package.json's overrides pin its undici to 7, as for the CLI's jsforce-node,
 * so it runs on this project's Node 20.
 */
export { Connection } from 'jsforce';
