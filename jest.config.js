'use strict';

const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

// TypeScript for node-side suites: types stripped by Babel, type-checked separately by `npm run typecheck`.
const nodeTransform = [
    'babel-jest',
    {
        configFile: false,
        babelrc: false,
        presets: [['@babel/preset-typescript', { allowDeclareFields: true }]],
        plugins: ['@babel/plugin-transform-modules-commonjs']
    }
];

// The platform's GraphQL parser (@salesforce/lds-luvio-onestore-graphql-parser) and the module it
// re-exports are ESM only, as are the local shims of its two unpublished dependencies (tools/shims):
// Jest's CommonJS runtime loads them once Babel has turned their import/export into require.
const esmTransform = ['babel-jest', { configFile: false, babelrc: false, plugins: ['@babel/plugin-transform-modules-commonjs'] }];
const esmOnly = String.raw`(@salesforce[\/]lds-luvio-onestore-graphql-parser|@conduit-client[\/]onestore-graphql-parser|tools[\/]shims)[\/].+\.js$`;

module.exports = {
    projects: [
        {
            // Components, run by sfdx-lwc-jest's preset (real LWC engine in jsdom, platform stubs).
            ...jestConfig,
            displayName: 'components',
            rootDir: __dirname,
            roots: ['<rootDir>/force-app'],
            testMatch: ['**/__tests__/**/*.test.ts'],
            setupFilesAfterEnv: [...(jestConfig.setupFilesAfterEnv || []), '<rootDir>/test/jest/sa11ySetup.js'],
            moduleNameMapper: {
                '^lightning/graphql$': '<rootDir>/test/jest/stubs/lightning/graphql.js'
            }
        },
        {
            // Tooling, data model truth tables, preview server, org scripts: plain Node.
            displayName: 'node',
            rootDir: __dirname,
            testEnvironment: 'node',
            testMatch: [
                '<rootDir>/tools/**/__tests__/**/*.test.ts',
                '<rootDir>/scripts/**/__tests__/**/*.test.ts',
                '<rootDir>/test/**/*.test.ts',
                '<rootDir>/preview/**/__tests__/**/*.test.ts'
            ],
            testPathIgnorePatterns: ['/node_modules/', '/fixtures/', '<rootDir>/test/e2e/'],
            transform: { '^.+\\.ts$': nodeTransform, [esmOnly]: esmTransform },
            transformIgnorePatterns: ['/node_modules/(?!(@salesforce/lds-luvio-onestore-graphql-parser|@conduit-client)/)']
        }
    ]
};
