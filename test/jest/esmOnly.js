'use strict';

// The platform's GraphQL parser (@salesforce/lds-luvio-onestore-graphql-parser) and the module it
// re-exports are ESM only, as are the local shims of its two unpublished dependencies (tools/shims):
// Jest's CommonJS runtime loads them once Babel has turned their import/export into require.
// Used by jest.config.js (node project) and jest.e2e.config.js (the preview server runs in-process).
const pattern = String.raw`(@salesforce[\/]lds-luvio-onestore-graphql-parser|@conduit-client[\/]onestore-graphql-parser|tools[\/]shims)[\/].+\.js$`;

module.exports = {
    transform: {
        [pattern]: ['babel-jest', { configFile: false, babelrc: false, plugins: ['@babel/plugin-transform-modules-commonjs'] }]
    },
    transformIgnorePatterns: ['/node_modules/(?!(@salesforce/lds-luvio-onestore-graphql-parser|@conduit-client)/)']
};
